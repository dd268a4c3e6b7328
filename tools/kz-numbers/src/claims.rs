//! Who a count is about and what happened to them: the second pass of the
//! engine, over the numbers [`crate::extract`] read. Language-neutral: every
//! word is asked of the [`Lexicon`].

use crate::extract::{Ctx, Kind, People, Raw};
use crate::lang::{Event, Lexicon, WhoClass};
use crate::tokens::Tk;

/// The noun phrase after a count.
pub(crate) struct Noun {
    pub start: usize,
    pub head: Option<(usize, WhoClass)>,
    /// One past the head (or past the words read when there is no head).
    pub end: usize,
    pub partitive: bool,
    pub pronoun: bool,
    pub adj_event: Option<Event>,
    /// "three of five": something follows that is not a noun phrase.
    pub blocked: bool,
    pub armed: bool,
    /// Not a noun: the mark of "Among the dead were …".
    pub among: bool,
}

impl Noun {
    fn empty(j: usize) -> Noun {
        Noun {
            start: j,
            head: None,
            end: j,
            partitive: false,
            pronoun: false,
            adj_event: None,
            blocked: false,
            armed: false,
            among: false,
        }
    }

    fn among() -> Noun {
        Noun { among: true, ..Noun::empty(0) }
    }
}

impl<L: Lexicon> Ctx<'_, L> {
    /// The noun after a count: "26 armed criminals", "of the gunmen", "of them".
    pub fn noun_after(&self, mut j: usize, approx: bool) -> Noun {
        let mut noun = Noun::empty(j);
        if L::partitive_prep(self.w(j)) {
            let next = self.w(j + 1);
            if approx {
                j += 1;
                if L::determiner(self.w(j), true) {
                    j += 1;
                }
            } else if L::partitive_pronoun(next) {
                noun.start = j + 1;
                noun.end = j + 2;
                noun.partitive = true;
                noun.pronoun = true;
                return noun;
            } else if L::determiner(next, false) {
                noun.partitive = true;
                j += 2;
            } else {
                noun.blocked = true;
                return noun;
            }
        }
        while self.word(j).is_some_and(L::noun_prefix) {
            j += 1;
        }
        noun.start = j;
        let mut k = j;
        let mut words = 0;
        while words < 4 {
            let Some(w) = self.word(k) else { break };
            if L::stop_word(w) {
                break;
            }
            // "four of the injured": the participle names the people.
            if noun.partitive && words == 0 && (L::event_noun(w).is_some() || L::partitive_participle(w)) {
                noun.head = Some((k, WhoClass::People));
                k += 1;
                break;
            }
            if let Some(e) = L::event_word(w) {
                let next_is_noun =
                    self.word(k + 1).is_some_and(|x| L::people_noun(x).is_some() && !L::stop_word(x));
                if next_is_noun {
                    noun.adj_event = Some(e);
                } else {
                    break;
                }
            } else if let Some(class) = L::people_noun(w) {
                // "police vehicles", "guard post": a people noun used as a modifier.
                let modifier = L::attributive_noun(w)
                    && self.word(k + 1).is_some_and(|x| {
                        !L::stop_word(x) && L::people_noun(x).is_none() && L::event_word(x).is_none()
                    });
                if !modifier {
                    noun.head = Some((k, class));
                }
            }
            if L::armed_word(w) {
                noun.armed = true;
            }
            k += 1;
            words += 1;
            // "law-enforcement officers": a hyphen inside the noun.
            if self.w(k) == "-" && self.touch(k - 1, k) && self.touch(k, k + 1) && self.is(k + 1, Tk::Word) {
                k += 1;
            }
            if self.is(k, Tk::Punct) {
                break;
            }
        }
        noun.end = match noun.head {
            // "passers-by"
            Some((h, _)) if self.w(h + 1) == "-" && self.w(h + 2) == "by" && self.touch(h, h + 1) => h + 3,
            Some((h, _)) => h + 1,
            None => k,
        };
        noun
    }

    /// The reporting verb after the people counted: "were killed", "have been
    /// detained", "lost their lives", "injured".
    fn event_after(&self, mut j: usize, seg: u32) -> Option<Event> {
        // "eight citizens of Georgia were detained", "two servicemen of the
        // National Guard died": a named origin between.
        if L::origin_prep(self.w(j)) {
            let name = if L::article(self.w(j + 1)) { j + 2 } else { j + 1 };
            if self.is(name, Tk::Word) && self.capitalized(name) {
                j = name;
                while self.is(j, Tk::Word) && self.capitalized(j) && self.seg(j) == seg {
                    j += 1;
                }
            } else if let Some(verb) = (name..name + 4)
                // "16 employees of law enforcement agencies were killed": a
                // short phrase of plain words, then the auxiliary.
                .take_while(|&k| self.is(k, Tk::Word) && self.seg(k) == seg && !L::stop_word(self.w(k)))
                .last()
                .map(|k| k + 1)
                .filter(|&k| L::auxiliary(self.w(k)))
            {
                j = verb;
            }
        }
        let mut steps = 0;
        let mut passive = false;
        while steps < 7 && self.seg(j) == seg {
            // "Three people, including a child, were killed": step over an
            // aside between commas.
            if self.w(j) == "," && steps == 0 && L::aside_opener(self.w(j + 1)) {
                let close = (j + 2..j + 10).find(|&k| self.w(k) == "," && self.seg(k) == seg)?;
                j = close + 1;
                steps += 1;
                continue;
            }
            // "Two guards and a cleaner were killed": step over the rest of
            // the subject to its verb.
            if steps == 0 && L::conjunction(self.w(j)) {
                let verb = (j + 1..j + 6)
                    .take_while(|&k| self.is(k, Tk::Word) || self.is(k, Tk::Num))
                    .find(|&k| L::auxiliary(self.w(k)))?;
                j = verb;
                steps += 1;
                continue;
            }
            let w = self.word(j)?;
            if L::negation(w) {
                return None;
            }
            // "a man who killed two guards": the people counted did the harm.
            if L::relative(w) && self.word(j + 1).is_some_and(|v| L::active_verb(v).is_some() && !passive) {
                return None;
            }
            if let Some((e, _)) = L::event_phrase(self, j) {
                return Some(e);
            }
            if let Some(e) = L::event_word(w) {
                return Some(e);
            }
            // "suffered gunshot wounds", "sustained injuries"
            if L::light_verb(w) && (j + 1..j + 4).any(|k| L::wound_noun(self.w(k))) {
                return Some(Event::Injured);
            }
            // "were held" is a detention; "held a rally" is not.
            if passive {
                if let Some(e) = L::passive_event(w) {
                    return Some(e);
                }
            }
            if !L::aux_word(w) {
                return None;
            }
            passive |= L::passive_aux(w);
            j += 1;
            steps += 1;
        }
        None
    }

    /// An auxiliary then a verb that is no reporting verb: "were later released".
    fn other_verb_after(&self, mut j: usize, seg: u32) -> bool {
        let mut aux = false;
        while self.seg(j) == seg {
            let Some(w) = self.word(j) else { return false };
            if L::auxiliary(w) {
                aux = true;
            } else if !L::aux_word(w) {
                return aux && L::event_word(w).is_none();
            }
            j += 1;
        }
        false
    }

    /// The event named before the number: "killed three soldiers", "Among the
    /// dead were", "the death toll has risen to 13". The toll also names the
    /// people when it says whose toll it is.
    fn event_before(&self, first: usize, seg: u32) -> Option<(Event, Option<Noun>)> {
        let mut p = first.checked_sub(1)?;
        // "detained reportedly 40 people", "arrested the 2 suspects"
        if L::before_skip(self.w(p)) && p > 0 {
            p -= 1;
        }
        if self.seg(p) != seg || !self.is(p, Tk::Word) {
            return None;
        }
        let w = self.w(p);
        if let Some(e) = L::active_verb(w) {
            return Some((e, None));
        }
        // "shot dead a policeman", "gunned down two guards"
        if p > 0 {
            if let Some(e) = L::verb_pair(self.w(p - 1), w) {
                return Some((e, None));
            }
        }
        // "Among the victims were three civilians"
        if L::among_link(w) && p >= 2 {
            let noun = self.w(p - 1);
            let e = L::group_event(noun);
            if let Some(e) = e {
                let among = (p.saturating_sub(4)..p - 1).any(|k| L::among(self.w(k)));
                if among {
                    return Some((e, Some(Noun::among())));
                }
            }
        }
        // "The death toll … has risen to 13", "a death toll of 13".
        if L::toll_verb(w) || (L::partitive_prep(w) && p > 0 && L::toll_noun(self.w(p - 1))) {
            let lo = p.saturating_sub(20);
            // "The number of people killed rose to 41"
            if let Some(e) = (lo..p)
                .filter(|&k| self.seg(k) == seg)
                .find_map(|k| L::number_of(self, k))
                .and_then(|after| (after..(after + 4).min(p)).find_map(|x| L::event_word(self.w(x))))
            {
                if !L::partitive_prep(w) {
                    return Some((e, None));
                }
            }
            let toll = (lo..p).rev().find(|&k| self.seg(k) == seg && L::toll_noun(self.w(k)))?;
            if toll + 1 < p && L::partitive_prep(w) {
                return None;
            }
            let who = if L::partitive_prep(self.w(toll + 1)) {
                let mut j = toll + 2;
                if L::article(self.w(j)) {
                    j += 1;
                }
                let noun = self.noun_after(j, true);
                noun.head.map(|_| noun)
            } else {
                None
            };
            return Some((Event::Killed, who));
        }
        None
    }

    /// "were among the dead", "are among the injured": the event of the
    /// group the people counted belong to.
    fn among_after(&self, mut j: usize, seg: u32) -> Option<Event> {
        // "A woman and her two children were among those killed"
        if L::conjunction(self.w(j)) {
            j = (j + 1..j + 6)
                .take_while(|&k| self.is(k, Tk::Word) || self.is(k, Tk::Num))
                .find(|&k| L::copula(self.w(k)))?;
        }
        let mut aux = false;
        while self.seg(j) == seg && (L::copula(self.w(j)) || L::verb_adverb(self.w(j))) {
            aux = true;
            j += 1;
        }
        if !aux || !L::among(self.w(j)) || self.seg(j) != seg {
            return None;
        }
        let g = if L::article(self.w(j + 1)) { j + 2 } else { j + 1 };
        let w = self.w(g);
        if L::demonstrative(w) {
            // "among those detained"
            L::group_event(self.w(g + 1)).or_else(|| L::event_word(self.w(g + 1)))
        } else {
            L::group_event(w)
        }
    }

    /// The count before `k`, when `k` is the second object of its verb:
    /// "killed three soldiers and two civilians", "… and a bus driver".
    /// Not when a verb of its own follows the noun (ending at `end`): "…
    /// and two shepherds fled".
    fn conjunct_of<'r>(&self, k: usize, raws: &'r [Raw], end: usize) -> Option<&'r People> {
        let raw = &raws[k];
        if k == 0 || raw.first == 0 || !L::conjunction(self.w(raw.first - 1)) {
            return None;
        }
        let ends_clause = !self.is(end, Tk::Word) || self.seg(end) != raw.seg || L::clause_end(self.w(end));
        if !ends_clause {
            return None;
        }
        let prev = &raws[k - 1];
        let people = prev.m.people.as_ref()?;
        if prev.seg != raw.seg || prev.m.kind != Kind::Count || people.event == Event::Involved {
            return None;
        }
        let noun = self.noun_after(prev.last, prev.approx);
        (noun.head.is_some() && !noun.pronoun && noun.end + 1 == raw.first).then_some(people)
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
        let e =
            (s + 2..comma).find_map(|x| L::group_event(self.w(x)).or_else(|| L::event_word(self.w(x))))?;
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

    /// An auxiliary then a verb of fate ([`Lexicon::fate_verb`]): "were
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

    // Out of line: inlined into `extract` it made the whole loop slower
    // (more instructions under callgrind).
    #[inline(never)]
    pub fn people(&self, k: usize, raws: &[Raw]) -> Option<People> {
        let raw = &raws[k];
        let seg = raw.seg;
        let noun = self.noun_after(raw.noun_at.unwrap_or(raw.last), raw.approx);
        if noun.blocked {
            return None;
        }
        let mut noun = noun;
        let chunk_has_words = noun.end > noun.start && !noun.pronoun;
        let before = self.event_before(raw.first, seg);
        if chunk_has_words && noun.head.is_none() {
            // A noun not in the table is taken for people only when a verb of
            // harm or arrest goes with it: "seven sailors perished"; else it
            // counts things: "two gun shops", "several reports".
            // Only verbs that take people as their object vouch for a noun
            // before it: "lost 7 tanks", "captured 3 trucks" do not.
            let strong = raw.first > 0 && L::strong_verb(self.w(raw.first - 1));
            let e = before
                .as_ref()
                .filter(|(_, n)| strong || n.as_ref().is_some_and(|n| n.among))
                .map(|(e, _)| *e)
                .or_else(|| self.event_after(noun.end, seg))
                // "killed four bandits and two shepherds"
                .or_else(|| self.conjunct_of(k, raws, noun.end).map(|p| p.event));
            let harm = e.is_some_and(Event::is_harm);
            if !harm || noun.end - noun.start > 2 || !self.is(noun.end - 1, Tk::Word) {
                return None;
            }
            noun.head = Some((noun.end - 1, WhoClass::People));
        }
        let after_from = if noun.pronoun || noun.head.is_some() { noun.end } else { noun.start };
        let mut after = self.event_after(after_from, seg);
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
        let fronted = if before.is_none() && after.is_none() { self.fronted_group(k, raws) } else { None };
        // "19 were police officers": the people are named after the verb.
        let predicate = if noun.end == noun.start && !noun.pronoun && fronted.is_some() {
            self.predicate_noun(raw.last)
        } else {
            None
        };
        let own_verb = predicate.is_none() && self.other_verb_after(after_from, seg);
        let head_word = noun.head.map(|(h, _)| self.w(h));
        let noun_event = head_word.and_then(L::event_noun).map(|e| {
            if raw.zero && e == Event::Other {
                Event::Killed // "no casualties": nobody died
            } else {
                e
            }
        });
        let mut event = before
            .as_ref()
            .map(|(e, _)| *e)
            .or(after)
            .or(conjunct.map(|p| p.event))
            .or(fronted.filter(|_| !own_verb).map(|(e, _)| e))
            .or(noun.adj_event)
            .or(noun_event);
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

        let earlier =
            || (0..k).rev().take_while(|&x| raws[x].seg == seg).filter(|&x| raws[x].m.people.is_some());
        // "killed an officer and a civilian and injured 7": a singular noun
        // counted by "a" is not the noun left out of a plural count.
        let antecedent =
            earlier().next().filter(|&x| !raws[x].article).and_then(|x| raws[x].m.people.as_ref());
        let subtotal = L::subtotal_before(self, raw.first)
            || noun.pronoun
            || fronted.is_some()
            || among_after.is_some()
            || conjunct.is_some_and(|p| p.subtotal);
        let total = if let Some((_, total)) = fronted {
            total
        } else if let Some(p) = conjunct {
            p.part_of
        } else if subtotal && among_after.is_none() {
            earlier().find(|&x| raws[x].m.people.as_ref().is_some_and(|p| p.part_of.is_none()))
        } else {
            None
        };
        let total_people = total.and_then(|x| raws[x].m.people.as_ref());
        if event.is_none() {
            // Members listed with "including" share their total's event; a
            // part of them ("15 of them were released") that has a verb of its
            // own did something else.
            let own_verb = own_verb && (noun.pronoun || fronted.is_some());
            event = if own_verb {
                Some(self.fate_after(after_from, seg).unwrap_or(Event::Other))
            } else {
                total_people.map(|p| p.event)
            };
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
                let class = toll.head.map_or(WhoClass::People, |(_, c)| c);
                (self.slice(toll.start, toll.end).to_string(), class)
            } else if raw.zero_pronoun {
                ("people".to_string(), WhoClass::People)
            } else if let Some(a) = antecedent {
                (a.who.clone(), a.who_class)
            } else {
                ("people".to_string(), WhoClass::People)
            }
        };
        // "were sentenced", "fined 23 activists": a fate that is no harm.
        let fate = || {
            raw.first
                .checked_sub(1)
                .and_then(|p| L::fate_verb(self.w(p)))
                .or_else(|| self.fate_after(after_from, seg))
        };
        let event = event.unwrap_or_else(|| match fate() {
            Some(e) => e,
            None if noun.partitive => Event::Other,
            None => Event::Involved,
        });
        if raw.zero && matches!(event, Event::Involved | Event::Other) && noun_event.is_none() {
            return None; // "no one claimed responsibility"
        }
        if raw.article && !self.article_claim(raw, event, before.is_some()) {
            return None; // "a police car", "a witness said", "kills a guard"
        }
        let among = matches!(&before, Some((_, Some(n))) if n.among);
        Some(People { event, who, who_class, part_of: total, subtotal: subtotal || among, superseded: false })
    }
}
