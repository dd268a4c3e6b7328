//! Who a count is about and what happened to them: the second pass of the
//! engine, over the numbers [`crate::extract`] read. Language-neutral: every
//! word is asked of the `Lexicon`.
//!
//! A count of people is a claim only when an event is found for it: a verb
//! or phrase before or after it (near, or past a participle phrase, an
//! aside, a coordinated subject, "it said"), a noun that is the event ("the
//! deaths of", "24 погибших"), a toll, a group it is among, the total it is
//! part of, or a verb of fate. Crowds, participants and forces sent in are
//! `involved`; any other count of people with no event is no claim at all.

use crate::extract::{Ctx, Kind, People, Raw};
use crate::lang::{Event, Lexicon, WhoClass};
use crate::tokens::Tk;

use crate::around::{dash, Noun};

impl<L: Lexicon> Ctx<'_, L> {
    /// The count before `k`, when `k` is the next object of its verb:
    /// "killed three soldiers and two civilians", "… and a bus driver",
    /// "killing 15 officers, a priest and an unknown number of civilians".
    /// Not when a verb of its own follows the noun (ending at `end`): "…
    /// and two shepherds fled".
    fn conjunct_of<'r>(&self, k: usize, raws: &'r [Raw], end: usize) -> Option<&'r People> {
        let raw = &raws[k];
        if k == 0 || raw.first == 0 {
            return None;
        }
        let (link, loose) = L::conjunct_link(self, raw.first)?;
        // "… и 19 жителей Таджикистана.": a name after the noun ends it too.
        let mut end = end;
        let stop = end + 4;
        while end < stop && self.is(end, Tk::Word) && self.seg(end) == raw.seg && self.capitalized(end) {
            end += 1;
        }
        let ends_clause = !self.is(end, Tk::Word)
            || self.seg(end) != raw.seg
            || L::clause_end(self.w(end))
            || L::modifier_participle(self.w(end));
        if !ends_clause {
            return None;
        }
        let prev = &raws[k - 1];
        let people = prev.m.people.as_ref()?;
        if prev.seg != raw.seg || prev.m.kind != Kind::Count || people.event == Event::Involved {
            return None;
        }
        // "Four gunmen were caught, along with five others": the company
        // shares the fate of the count before, wherever its noun ends.
        if loose {
            return Some(people);
        }
        let noun = self.noun_after(prev.last, prev.approx);
        let link = if link > 0 && self.w(link - 1) == "," { link - 1 } else { link };
        // The noun before may have a phrase after it: "24 members of the
        // Islamic State group and three guards".
        let attached = noun.end <= link
            && link - noun.end <= 8
            && (noun.end..link).all(|t| {
                let w = self.w(t);
                (self.is(t, Tk::Word) || w == "-")
                    && !L::auxiliary(w)
                    && L::event_word(w).is_none()
                    && L::active_verb(w).is_none()
                    && !L::relative(w)
            });
        ((noun.head.is_some() || noun.end > noun.start) && !noun.pronoun && attached).then_some(people)
    }

    /// "Of the 225 dead, 19 …", "Of those detained, 40 …": the event of the
    /// group at the head of the sentence and the index of its count, when the
    /// count `k` comes right after the comma that closes it.
    fn fronted_group(&self, k: usize, raws: &[Raw]) -> Option<(Event, Option<usize>)> {
        let raw = &raws[k];
        if raw.first == 0 || self.w(raw.first - 1) != "," {
            return None;
        }
        let comma = raw.first - 1;
        let mut s = comma;
        while s > 0 && self.seg(s - 1) == raw.seg && comma - s < 8 {
            s -= 1;
        }
        if (s > 0 && self.seg(s - 1) == raw.seg)
            || !L::partitive_prep(self.w(s))
            || !(L::article(self.w(s + 1)) || L::demonstrative(self.w(s + 1)))
        {
            return None;
        }
        // "Of the 35 people taken to hospital,": a phrase of event too.
        let e = (s + 2..comma).find_map(|x| {
            L::group_event(self.w(x))
                .or_else(|| L::event_word(self.w(x)))
                .or_else(|| L::event_phrase(self, x).map(|(e, _)| e))
        })?;
        let total = (0..k)
            .rev()
            .take_while(|&x| raws[x].seg == raw.seg)
            .find(|&x| raws[x].first > s && raws[x].m.people.is_some());
        Some((e, total))
    }

    /// The people named after a copula: "19 were law-enforcement officers".
    fn predicate_noun(&self, j: usize) -> Option<Noun> {
        if !L::copula(self.w(j)) {
            return None;
        }
        let noun = self.noun_after(j + 1, false);
        noun.head.is_some().then_some(noun)
    }

    /// An auxiliary then a verb of fate (`Lexicon::fate_verb`): "were
    /// sentenced", "was later released". Also "received suspended terms",
    /// "got five years", and over an aside: "One man, aged 19, was acquitted".
    fn fate_after(&self, mut j: usize, seg: u32) -> Option<Event> {
        if self.w(j) == "," && L::aside_opener(self.w(j + 1)) {
            match (j + 2..j + 8).find(|&k| self.w(k) == "," && self.seg(k) == seg) {
                Some(close) => j = close + 1,
                None => return None,
            }
        }
        while self.seg(j) == seg {
            match self.word(j) {
                Some(w) => {
                    if let Some(e) = L::fate_verb(w) {
                        return Some(e);
                    }
                    if let Some(e) = L::fate_phrase(self, j) {
                        return e;
                    }
                    if L::aux_word(w) {
                        j += 1;
                    } else {
                        return None;
                    }
                }
                None => return None,
            }
        }
        None
    }

    /// "a"/"an" counts one only in a claim of harm with a verb in the past:
    /// "a guard was killed", "killed a visitor"; not "kills a guard".
    fn article_claim(&self, raw: &Raw, event: Event, before: bool) -> bool {
        if !event.is_harm() {
            return false;
        }
        if !before {
            return true;
        }
        let mut p = raw.first - 1;
        if L::verb_adverb(self.w(p)) && p > 0 {
            p -= 1;
        }
        L::past_verb(self.w(p))
    }

    /// A figure the sentence itself replaces: "Earlier reports put the toll
    /// at 24", "ранее сообщалось о трех погибших", "raised the toll from 10
    /// to 13", "a figure later retracted".
    fn superseded(&self, k: usize, raws: &[Raw]) -> bool {
        let raw = &raws[k];
        let seg = raw.seg;
        let (first, last) = (raw.first, raw.last);
        // "from 10 (to 13)" after a verb of change or a toll.
        if first > 0 && L::change_from(self.w(first - 1)) {
            let lo = first.saturating_sub(8);
            if (lo..first - 1)
                .any(|k| self.seg(k) == seg && (L::toll_noun(self.w(k)) || L::revise_verb(self.w(k))))
            {
                return true;
            }
        }
        let lo = first.saturating_sub(12);
        let hi = (last + 6).min(self.n());
        // "Earlier reports put the toll at", "police previously said",
        // "ранее сообщалось": a word of earlier by a verb of saying or a
        // noun of figures; not "killed earlier this week", "initially killed".
        let reported = |k: usize| {
            L::figure_noun(self.w(k + 1))
                || (k.saturating_sub(3)..k + 4).any(|x| self.seg(x) == seg && L::report_verb(self.w(x)))
        };
        // The word belongs to the nearest count: "rose to 14, up from 7
        // reported earlier" supersedes the 7, not the 14.
        let nearest = |t: usize| {
            let dist = |r: &Raw| if t < r.first { r.first - t } else { t.saturating_sub(r.last - 1) };
            raws.iter()
                .enumerate()
                .filter(|(_, r)| r.seg == seg && r.m.kind == Kind::Count)
                .min_by_key(|(_, r)| dist(r))
                .is_some_and(|(x, _)| x == k)
        };
        (lo..hi).any(|t| {
            let w = self.w(t);
            L::supersede_initial(w)
                && self.seg(t) == seg
                && ((L::earlier_word(w) && !L::time_after_earlier(self.w(t + 1)) && reported(t))
                    || L::retract_word(w))
                && nearest(t)
        })
    }

    /// The count `k` is an item of a breakdown or a clause left short: no
    /// noun, no verb, and after it a place, "with" and wounds, or the end
    /// of the clause ("… were killed: three in Makhachkala, two in
    /// Derbent", "243 injured, 94 with gunshot wounds", "and in Derbent,
    /// two."). The earlier count whose event it takes, and whether it is a
    /// part of it.
    fn ellipsis_of(&self, k: usize, raws: &[Raw]) -> Option<(usize, bool)> {
        let raw = &raws[k];
        let mut j = raw.last;
        let dashed = dash(self.w(j));
        if dashed {
            j += 1;
        }
        let w = self.w(j);
        let place = L::locative(w) && self.is(j + 1, Tk::Word);
        // "14 with gunshot wounds", "25 — закрытые черепно-мозговые травмы"
        let wounds = (L::with_word(w) && (j + 1..j + 4).any(|x| L::wound_noun(self.w(x))))
            || (dashed && (j..j + 5).any(|x| L::wound_noun(self.w(x))));
        let end = matches!(w, "." | ";" | "") || self.seg(j) != raw.seg;
        if !(place || wounds || end) {
            return None;
        }
        let sep = raw.first.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
        if !(matches!(sep, "," | ":" | ";") || dash(sep) || L::conjunction(sep)) {
            return None;
        }
        let prev = (0..k).rev().take_while(|&x| raws[x].seg == raw.seg).find(|&x| {
            raws[x].m.kind == Kind::Count
                && raws[x].m.people.as_ref().is_some_and(|p| p.event != Event::Involved || end)
        })?;
        if place || wounds {
            // A part: of the total the earlier item is part of, or of the
            // earlier count itself.
            let total = raws[prev].m.people.as_ref().and_then(|p| p.part_of).unwrap_or(prev);
            let bigger = raws[total].m.value.or(raws[total].m.low).unwrap_or(f64::MAX)
                > raw.m.value.or(raw.m.low).unwrap_or(0.0);
            return Some((total, bigger));
        }
        Some((prev, false))
    }

    // Out of line: inlined into `extract` it made the whole loop slower
    // (more instructions under callgrind).
    #[inline(never)]
    /// A zero claim that names a second harm with the first: "погибших и
    /// раненых … нет", "no deaths or injuries", "no one was killed or
    /// injured", "никто не погиб и не пострадал": that harm's event (the
    /// claim is made for both).
    pub(crate) fn zero_also(&self, raw: &Raw) -> Option<Event> {
        if !raw.zero {
            return None;
        }
        let e = raw.m.people.as_ref()?.event.class();
        let harm_class = |x: Event| matches!(x, Event::Killed | Event::Injured);
        if !harm_class(e) {
            return None;
        }
        let harm = |t: usize| {
            let w = self.word(t)?;
            L::event_noun(w).or_else(|| L::event_word(w)).map(Event::class)
        };
        for t in raw.first + 1..(raw.first + 10).min(self.n()) {
            if self.seg(t) != raw.seg {
                break;
            }
            if L::conjunction(self.w(t)) && harm(t - 1) == Some(e) {
                let x = if L::negation(self.w(t + 1)) { t + 2 } else { t + 1 };
                return harm(x).filter(|&o| o != e && harm_class(o));
            }
        }
        None
    }

    pub fn people(&self, k: usize, raws: &[Raw]) -> Option<People> {
        let mut people = self.people_of(k, raws)?;
        if people.event.class() != Event::Involved && self.superseded(k, raws) {
            people.superseded = true;
        }
        Some(people)
    }

    /// The count at `first` is a population: "с населением 1,2 млн", "a
    /// population of 20 million" (whatever verb is near).
    fn population(&self, first: usize) -> bool {
        first >= 1 && L::population_word(self.w(first - 1))
            || first >= 2 && L::population_word(self.w(first - 2)) && L::partitive_prep(self.w(first - 1))
    }

    /// The count at `first` is the complement of another noun: "the body
    /// of one of them", "the trial of 22 protesters", "representatives of
    /// 11 parties".
    pub fn complement_of_noun(&self, first: usize) -> bool {
        self.population(first)
            || first >= 2
                && L::partitive_prep(self.w(first - 1))
                && self.is(first - 2, Tk::Word)
                && L::number_words(self, first - 2).is_none()
                && !L::determiner(self.w(first - 2), false)
                && !L::noun_prefix(self.w(first - 2))
                && !L::total_noun(self.w(first - 2))
                && !L::crowd_noun(self.w(first - 2))
    }

    fn people_of(&self, k: usize, raws: &[Raw]) -> Option<People> {
        let raw = &raws[k];
        let seg = raw.seg;
        let noun = self.noun_after(raw.noun_at.unwrap_or(raw.last), raw.approx);
        if noun.blocked || self.population(raw.first) {
            return None;
        }
        let mut noun = noun;
        let chunk_has_words = noun.end > noun.start && !noun.pronoun;
        let before = self.event_before(raw.first, seg);
        let complement = before.is_none() && self.complement_of_noun(raw.first);
        if chunk_has_words && noun.head.is_none() {
            // A noun not in the table is taken for people only when a verb of
            // harm or arrest goes with it: "seven sailors perished"; else it
            // counts things: "two gun shops", "several reports".
            // Only verbs that take people as their object vouch for a noun
            // before it: "lost 7 tanks", "captured 3 trucks" do not.
            let strong = raw.first > 0
                && (L::strong_verb(self.w(raw.first - 1))
                    || L::phrase_before(self, raw.first - 1).is_some()
                    || L::event_noun_of(self.w(raw.first - 1)).is_some());
            let e = before
                .as_ref()
                .filter(|(_, n)| strong || n.as_ref().is_some_and(|n| n.among))
                .map(|(e, _)| *e)
                .or_else(|| self.event_after(noun.end, seg, false))
                // "killed four bandits and two shepherds"
                .or_else(|| self.conjunct_of(k, raws, noun.end).map(|p| p.event))
                // "dozens of students, including 14 Pakistanis"
                .or_else(|| {
                    L::subtotal_before(self, raw.first)
                        .then(|| {
                            (0..k)
                                .rev()
                                .take_while(|&x| raws[x].seg == seg)
                                .find_map(|x| raws[x].m.people.as_ref())
                        })
                        .flatten()
                        .map(|p| p.event)
                });
            let harm = e.is_some_and(Event::is_harm);
            if !harm || noun.end - noun.start > 2 || !self.is(noun.end - 1, Tk::Word) {
                return None;
            }
            noun.head = Some((noun.end - 1, WhoClass::People));
        }
        let after_from = if noun.pronoun || noun.head.is_some() { noun.end } else { noun.start };
        let mut after = self.event_after_count(after_from, seg, true, raw.m.value.or(raw.m.low));

        // "four children were among the dead": a part of that group.
        let among_after = if after.is_none() { self.among_after(after_from, seg) } else { None };
        after = after.or(among_after);
        // "killed three soldiers and two civilians": the second object shares the verb.
        let conjunct = if before.is_none() && after.is_none() && (noun.head.is_some() || raw.article) {
            self.conjunct_of(k, raws, noun.end)
        } else {
            None
        };
        // "Of the 225 dead, 19 were police officers": the group heads the sentence.
        // (A part of it even with a verb of its own: "Of the 40 people
        // hospitalised, 11 remain in critical condition".)
        let fronted = if before.is_none() { self.fronted_group(k, raws) } else { None };
        // "19 were police officers": the people are named after the verb.
        let predicate = if noun.end == noun.start && !noun.pronoun && fronted.is_some() {
            self.predicate_noun(raw.last)
        } else {
            None
        };
        let own_verb = predicate.is_none() && self.other_verb_after(after_from, seg);
        let head_word = noun.head.map(|(h, _)| self.w(h));
        let noun_event = head_word.and_then(L::event_noun).map(|e| {
            if raw.zero && matches!(e, Event::Other | Event::Casualties) {
                Event::Killed // "no casualties": nobody died
            } else {
                e
            }
        });
        // "claimed 140 lives", "took 17 lives"; not "saved 40 lives".
        let lives = head_word.is_some_and(L::life_noun);
        if lives && !(raw.first > 0 && L::life_verb(self.w(raw.first - 1))) && after.is_none() {
            return None;
        }
        let noun_event = noun_event.or(lives.then_some(Event::Killed));
        // "the families of 12 victims", "the trial of 22 activists": the
        // count belongs to another noun, unless an event of its own goes
        // with it ("the bodies of 24 people killed", "список из 95 погибших").
        if complement && after.is_none() && noun_event.is_none() {
            return None;
        }
        // "один погибший, 45 раненых": the noun's own event comes before
        // the one it would share with the count before it.
        let mut event = before
            .as_ref()
            .map(|(e, _)| *e)
            .or(after)
            .or(noun_event)
            .or(conjunct.map(|p| p.event))
            .or(fronted.filter(|_| !own_verb).map(|(e, _)| e))
            .or(noun.adj_event);
        // "hundreds more in Taraz": the verb is left out with the noun.
        if event.is_none()
            && raw.m.additional
            && noun.end == noun.start
            && !noun.pronoun
            && (L::locative(self.w(raw.last)) || matches!(self.w(raw.last), "," | "." | ";" | ""))
        {
            let prev =
                (0..k).rev().take_while(|&x| raws[x].seg == seg).find_map(|x| raws[x].m.people.as_ref());
            event = prev.map(|p| p.event);
        }
        // "… killed: three in Makhachkala, two in Derbent": items of a
        // breakdown take the total's event and noun; "… injured: 14 with
        // gunshot wounds, 9 with burns" are parts of the injured.
        let bare = noun.end == noun.start && !noun.pronoun && !raw.zero;
        let ellipsis = if bare && (event.is_none() || after == Some(Event::Injured)) {
            self.ellipsis_of(k, raws).filter(|&(x, part)| {
                event.is_none()
                    || (part && raws[x].m.people.as_ref().is_some_and(|p| p.event.class() == Event::Injured))
            })
        } else {
            None
        };

        let earlier =
            || (0..k).rev().take_while(|&x| raws[x].seg == seg).filter(|&x| raws[x].m.people.is_some());
        // "killed an officer and a civilian and injured 7": a singular noun
        // counted by "a" is not the noun left out of a plural count.
        // Not across a relative clause: "the four perpetrators of the
        // massacre that claimed 130 lives".
        // Nor from a part of a count before it: "killed four people, including
        // two children, and injured 17" injured people, not children. (A
        // part of a group with no count lends the group: "Four of the
        // injured ..., and one".)
        let antecedent = earlier()
            .find(|&x| raws[x].m.people.as_ref().is_some_and(|p| !(p.subtotal && p.part_of.is_some())))
            .filter(|&x| !raws[x].article && !(raws[x].last..raw.first).any(|t| L::relative(self.w(t))))
            .and_then(|x| raws[x].m.people.as_ref());
        let subtotal = L::subtotal_before(self, raw.first)
            || noun.pronoun
            || (noun.partitive && noun.adj_event.is_some())
            || fronted.is_some()
            || among_after.is_some()
            || conjunct.is_some_and(|p| p.subtotal)
            || ellipsis.is_some_and(|(_, part)| part);
        let total = if let Some((_, total)) = fronted {
            total
        } else if let Some(p) = conjunct {
            p.part_of
        } else if let Some((x, part)) = ellipsis {
            part.then_some(x)
        } else if subtotal && among_after.is_none() {
            earlier().find(|&x| raws[x].m.people.as_ref().is_some_and(|p| p.part_of.is_none()))
        } else {
            None
        };
        let total_people = total.and_then(|x| raws[x].m.people.as_ref());
        let ellipsis_people = ellipsis.and_then(|(x, _)| raws[x].m.people.as_ref());
        if event.is_none() {
            event = ellipsis_people.map(|p| p.event);
        }
        // "were sentenced", "fined 23 activists": a fate that is no harm.
        let fate = || {
            raw.first
                .checked_sub(1)
                .and_then(|p| L::fate_verb(self.w(p)))
                .or_else(|| self.fate_after(after_from, seg))
        };
        if event.is_none() {
            // Members listed with "including" share their total's event; a
            // part of them ("15 of them were released") that has a verb of its
            // own did something else.
            let own_verb = own_verb && (noun.pronoun || fronted.is_some());
            event =
                if own_verb { Some(fate().unwrap_or(Event::Other)) } else { total_people.map(|p| p.event) };
        }
        if event.is_none() {
            event = fate();
        }

        let (who, who_class) = if noun.pronoun {
            let class = total_people.or(antecedent).map_or(WhoClass::People, |p| p.who_class);
            (self.slice(noun.start, noun.end).to_string(), class)
        } else if let Some((_, class)) = noun.head {
            let class = if noun.armed && class == WhoClass::People { WhoClass::Militants } else { class };
            (self.slice(noun.start, noun.end).to_string(), class)
        } else {
            // The noun is left out: "at least nine injured", "seven have been detained".
            event?;
            if let Some(named) = predicate {
                let class = named.head.map_or(WhoClass::People, |(_, c)| c);
                (self.slice(named.start, named.end).to_string(), class)
            } else if let Some((_, Some(toll))) =
                before.as_ref().filter(|(_, n)| n.as_ref().is_some_and(|n| !n.among))
            {
                match toll.head {
                    Some((_, class)) => (self.slice(toll.start, toll.end).to_string(), class),
                    None => ("people".to_string(), WhoClass::People),
                }
            } else if raw.zero_pronoun {
                ("people".to_string(), WhoClass::People)
            } else if let Some(p) = ellipsis_people.or(antecedent) {
                (p.who.clone(), p.who_class)
            } else {
                ("people".to_string(), WhoClass::People)
            }
        };
        let event = match event {
            Some(e) => e,
            // "19 of them backed out": a part of a group that did something.
            None if noun.pronoun && self.word(after_from).is_some_and(|w| !L::stop_word(w)) => Event::Other,
            // Crowds and participants by their noun: "about 200 demonstrators",
            // "four gunmen"; anyone else with no event is no claim.
            None if matches!(who_class, WhoClass::Protesters | WhoClass::Militants)
                || head_word.is_some_and(L::participant_noun) =>
            {
                Event::Involved
            }
            None => return None,
        };
        if raw.zero && matches!(event.class(), Event::Involved | Event::Other) && noun_event.is_none() {
            return None; // "no one claimed responsibility"
        }
        if raw.article && !self.article_claim(raw, event, before.is_some()) {
            return None; // "a police car", "a witness said", "kills a guard"
        }
        let among = matches!(&before, Some((_, Some(n))) if n.among);
        Some(People { event, who, who_class, part_of: total, subtotal: subtotal || among, superseded: false })
    }
}
