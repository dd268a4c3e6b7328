//! Who a count is about and what happened to them: the second pass of the
//! engine, over the numbers [`crate::extract`] read. Language-neutral: every
//! word is asked of the [`Lexicon`].
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

    /// The mark of a toll that names no people ("the death toll rose to
    /// 93": people, not the noun of an earlier count).
    fn toll() -> Noun {
        Noun::empty(0)
    }
}

/// Quotation marks around a word ("six \"bandits\" were \"liquidated\"").
fn quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "«" | "»" | "„" | "'" | "‘" | "’")
}

fn dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

impl<L: Lexicon> Ctx<'_, L> {
    /// The token after `j`, past quotation marks.
    fn unquote(&self, mut j: usize) -> usize {
        while quote(self.w(j)) && self.is(j, Tk::Punct) {
            j += 1;
        }
        j
    }

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
            } else if L::partitive_pronoun(next)
                && !(L::demonstrative(next) && self.word(j + 2).is_some_and(|w| !L::stop_word(w)))
            {
                noun.start = j + 1;
                noun.end = j + 2;
                noun.partitive = true;
                noun.pronoun = true;
                return noun;
            } else if !L::PARTITIVE_NEEDS_DETERMINER && self.is(j + 1, Tk::Word) && !L::stop_word(next) {
                // "двое из пострадавших": the whole named by its noun alone.
                noun.partitive = true;
                j += 1;
            } else if L::determiner(next, false) || L::partitive_pronoun(next) {
                // "two of the guards", "one of these parties"
                if self.is(j + 2, Tk::Num) {
                    noun.blocked = true; // "15 of the 29 injured"
                    return noun;
                }
                noun.partitive = true;
                j += 2;
            } else {
                noun.blocked = true;
                return noun;
            }
        }
        // "от 8 до 10 (по разным данным) погибших": an aside in brackets.
        if self.w(j) == "(" {
            if let Some(close) = (j + 1..j + 8).find(|&k| self.w(k) == ")") {
                if self.is(close + 1, Tk::Word) {
                    j = close + 1;
                }
            }
        }
        while self.word(j).is_some_and(L::noun_prefix) {
            j += 1;
        }
        // Six "militants": the noun in quotation marks.
        if quote(self.w(j)) && self.is(j + 1, Tk::Word) {
            j += 1;
        }
        noun.start = j;
        let mut k = j;
        let mut words = 0;
        while words < 4 {
            let Some(w) = self.word(k) else { break };
            // After the noun of people, only another one continues it:
            // "five gunmen (began shooting civilians)".
            if L::stop_word(w)
                || (noun.head.is_some()
                    && L::people_noun(w).is_none()
                    && !(!L::verb_like(w) && self.word(k + 1).and_then(L::people_noun).is_some()))
            {
                break;
            }
            // "four of the injured": the participle names the people.
            if noun.partitive && words == 0 && (L::event_noun(w).is_some() || L::partitive_participle(w)) {
                noun.head = Some((k, WhoClass::People));
                // "19 of those killed": a part of the killed.
                noun.adj_event = L::group_event(w).or_else(|| L::event_word(w));
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
            } else if L::event_phrase(self, k).is_some()
                || (L::verb_like(w) && self.word(k + 1).is_none_or(|x| L::people_noun(x).is_none()))
            {
                // "(500 or so) swept up", "(2,000) filled the square": a
                // verb, not a noun.
                break;
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
            Some((h, c)) => {
                // "members of the security forces", "сотрудников полиции": a
                // generic noun takes its class from its complement.
                let mut end = h + 1;
                if L::generic_noun(self.w(h)) {
                    let mut x = h + 1;
                    if L::origin_prep(self.w(x)) {
                        x += 1;
                    }
                    if L::article(self.w(x)) {
                        x += 1;
                    }
                    if let Some((cls, mut e)) = (x..x + 5)
                        .take_while(|&y| self.is(y, Tk::Word) && !L::stop_word(self.w(y)))
                        .find_map(|y| L::complement_class(self.w(y)).map(|cls| (cls, y + 1)))
                    {
                        // "… of the GKNB security service": the rest of the name.
                        while e < x + 5
                            && self.word(e).is_some_and(|w| {
                                !L::stop_word(w) && L::event_word(w).is_none() && L::active_verb(w).is_none()
                            })
                        {
                            e += 1;
                        }
                        noun.head = Some((h, cls));
                        end = e;
                    } else {
                        noun.head = Some((h, c));
                    }
                }
                end
            }
            None => k,
        };
        noun
    }

    /// The reporting verb after the people counted: "were killed", "have been
    /// detained", "lost their lives", "injured". `people`: the noun is one of
    /// people (a verb like "destroyed" then counts as killing).
    fn event_after(&self, j: usize, seg: u32, people: bool) -> Option<Event> {
        self.event_after_count(j, seg, people, None)
    }

    /// [`Self::event_after`] knowing the value counted (for agreement).
    fn event_after_count(&self, mut j: usize, seg: u32, people: bool, count: Option<f64>) -> Option<Event> {
        // "eight citizens of Georgia were detained", "two servicemen of the
        // National Guard died", "an officer of the GKNB security service
        // died": a named origin between.
        if L::origin_prep(self.w(j)) {
            let mut name = if L::article(self.w(j + 1)) { j + 2 } else { j + 1 };
            if self.is(name, Tk::Word) && self.capitalized(name) {
                while self.is(name, Tk::Word) && self.capitalized(name) && self.seg(name) == seg {
                    name += 1;
                }
                j = name;
            }
            // "16 employees of law enforcement agencies were killed", "an
            // officer of the GKNB security service died": a short phrase of
            // plain words, then the verb.
            let plain = |k: usize| {
                let w = self.w(k);
                self.is(k, Tk::Word)
                    && self.seg(k) == seg
                    && !L::stop_word(w)
                    && !L::auxiliary(w)
                    && L::event_word(w).is_none()
            };
            if let Some(verb) = (name..name + 4)
                .take_while(|&k| plain(k))
                .last()
                .map(|k| k + 1)
                .filter(|&k| L::auxiliary(self.w(k)) || L::event_word(self.w(k)).is_some())
            {
                j = verb;
            }
        }
        // "12 victims of the riots on August 7-8 in Koi-Tash village and
        // Bishkek city are still in hospitals": a chain of phrases of place,
        // time and origin, then the verb.
        if people && (L::locative(self.w(j)) || L::origin_prep(self.w(j)) || L::relative(self.w(j))) {
            // The first verb after the phrases: an auxiliary, a verb of
            // event ("… по дороге скончались"), or one with wounds; not a
            // noun after a preposition ("photographs of dead protesters").
            let verb = |k: usize| {
                let w = self.w(k);
                L::auxiliary(w)
                    || ((L::event_word(w).is_some()
                        || L::active_verb(w).is_some()
                        || L::event_phrase(self, k).is_some()
                        || (L::light_verb(w) && (k + 1..k + 6).any(|x| L::wound_noun(self.w(x)))))
                        && !L::stop_word(self.w(k - 1)))
            };
            if let Some(v) = (j + 1..j + 20)
                .take_while(|&k| {
                    self.seg(k) == seg
                        && (self.is(k, Tk::Num) || self.w(k) == "-" || self.is(k, Tk::Word))
                        && !L::report_verb(self.w(k))
                        && !L::relative(self.w(k))
                })
                .find(|&k| verb(k))
            {
                // "The trial of 39 defendants … was held": a verb in the
                // singular after a count of many is another noun's.
                // "two countries that has killed 24": the clause's own
                // verb, with its object, is not about the people counted.
                let many = count.is_none_or(|c| c > 1.0);
                let mut x = v;
                while self.word(x).is_some_and(|w| L::auxiliary(w) || L::aux_word(w)) {
                    x += 1;
                }
                let active = L::relative(self.w(j)) && L::object_start(self, x + 1);
                if !(many && L::singular_aux(self.w(v))) && !active {
                    j = v;
                }
            }
        }
        let mut steps = 0;
        let mut passive = false;
        while steps < 7 && self.seg(j) == seg {
            let w0 = self.w(j);
            // "Three people, including a child, were killed": step over an
            // aside between commas; "two people - A and B - were killed":
            // between dashes.
            // "nine people, detained in Vahdat, …": a participle in apposition.
            if steps == 0 && w0 == "," && self.word(j + 1).is_some_and(L::participle) {
                let next = self.w(j + 1);
                if let Some((e, _)) = L::event_phrase(self, j + 1) {
                    return Some(e);
                }
                if let Some(e) = L::event_word(next).or_else(|| L::event_noun(next)) {
                    return Some(e);
                }
            }
            if steps == 0 && w0 == "," {
                // "330 people, about half of them children, were killed":
                // an aside that the verb follows.
                let close = (j + 2..j + 12).find(|&k| self.w(k) == w0 && self.seg(k) == seg);
                if let Some(close) = close {
                    let next = self.w(close + 1);
                    if L::aside_opener(self.w(j + 1)) || L::auxiliary(next) || L::event_word(next).is_some() {
                        j = close + 1;
                        steps += 1;
                        continue;
                    }
                } else if L::aside_opener(self.w(j + 1)) {
                    return None;
                }
            }
            if steps == 0 && dash(w0) {
                let close = (j + 2..j + 12).find(|&k| self.w(k) == w0 && self.seg(k) == seg);
                match close {
                    Some(close) => {
                        let next = self.w(close + 1);
                        if L::auxiliary(next) || L::event_word(next).is_some() {
                            j = close + 1;
                            steps += 1;
                            continue;
                        }
                    }
                    // "более 70 – задержаны": a dash in place of the verb "to be".
                    None => {
                        j += 1;
                        steps += 1;
                        continue;
                    }
                }
            }
            // "Почти всех, 162 человека, отпустили": the verb after a comma
            // takes the count.
            if steps == 0
                && w0 == ","
                && L::FREE_ORDER
                && self.word(j + 1).is_some_and(L::takes_object)
                && !L::object_start(self, j + 2)
            {
                if let Some(e) = L::active_verb(self.w(j + 1)) {
                    return Some(e);
                }
            }
            // "274 человек, которые обратились за помощью": the relative
            // clause says what befell them.
            if steps == 0 && w0 == "," && L::relative(self.w(j + 1)) {
                j += 2;
                steps += 1;
                continue;
            }
            // "Two guards and a cleaner were killed", "Over 15 cops, civilians
            // killed": step over the rest of the subject to its verb.
            if steps == 0
                && (L::conjunction(w0)
                    || (w0 == ","
                        && (self.word(j + 1).is_some_and(|x| L::people_noun(x).is_some())
                            || self.is(j + 1, Tk::Num))))
            {
                // The first verb decides: "590 человек, 150 из них
                // госпитализированы, один скончался" has one per clause.
                let verb = (j + 1..j + 12)
                    .take_while(|&k| self.is(k, Tk::Word) || self.is(k, Tk::Num) || self.w(k) == ",")
                    .find(|&k| L::auxiliary(self.w(k)) || L::event_word(self.w(k)).is_some())?;
                let shared = L::auxiliary(self.w(verb))
                    || (self.w(verb - 1) != ","
                        && (j + 1..verb).any(|x| L::people_noun(self.w(x)).is_some())
                        && !(j + 1..verb).any(|x| L::partitive_pronoun(self.w(x)))
                        && !L::object_start(self, verb + 1));
                if !shared {
                    return None;
                }
                j = verb;
                steps += 1;
                continue;
            }
            // "the 29 inmates it said were killed": a reporting clause between.
            if steps == 0 {
                if let Some(after) = self.report_clause(j, seg) {
                    j = after;
                    steps += 1;
                    continue;
                }
            }
            // Quotation marks: were "liquidated".
            if quote(w0) && self.is(j, Tk::Punct) {
                j += 1;
                continue;
            }
            let w = self.word(j)?;
            if L::negation(w) {
                return None;
            }
            // "a man who killed two guards": the people counted did the harm.
            if L::relative(w) && self.word(j + 1).is_some_and(|v| L::takes_object(v) && !passive) {
                return None;
            }
            if let Some((e, _)) = L::event_phrase(self, j) {
                return Some(e);
            }
            // "with gunshot wounds", "с огнестрельными ранениями"
            if L::with_word(w) && (j + 1..j + 4).any(|k| L::wound_noun(self.w(k))) {
                return Some(Event::Injured);
            }
            // "150 из них госпитализировали": in a language of free word
            // order, a verb with no object after the count takes it.
            if L::FREE_ORDER && L::takes_object(w) && !L::object_start(self, j + 1) {
                if let Some(e) = L::active_verb(w) {
                    return Some(e);
                }
            }
            let weak = L::weak_event(w).filter(|_| people);
            if let Some(e) = L::event_word(w).or(weak) {
                // "30 inmates killed three guards", "an armed man seized a
                // bus": the people counted did it.
                if !passive
                    && steps == 0
                    && (L::takes_object(w) || weak.is_some())
                    && L::object_start(self, j + 1)
                {
                    return Some(Event::Involved);
                }
                // "five gunmen involved in the attacks … have been killed":
                // past a participle phrase, the clause's own verb.
                if !passive && steps == 0 && L::participle(w) {
                    return Some(self.verb_beyond(j, seg).unwrap_or(e));
                }
                return Some(e);
            }
            // "six people suspected of the attack were detained"
            if !passive && steps == 0 && L::modifier_participle(w) {
                return self.verb_beyond(j, seg);
            }
            // "suffered gunshot wounds", "received fatal wounds"
            if L::light_verb(w) {
                if let Some(k) = (j + 1..j + 6).find(|&k| L::wound_noun(self.w(k))) {
                    let fatal = (j + 1..k).any(|x| L::fatal_word(self.w(x)));
                    return Some(if fatal { Event::Killed } else { Event::Injured });
                }
            }
            // "were held" is a detention; "held a rally" is not.
            if passive {
                if let Some(e) = L::passive_event(w) {
                    return Some(e);
                }
                // "800 people were on the square": present.
                if steps > 0 && L::copula(self.w(j - 1)) && L::locative(w) && self.is(j + 1, Tk::Word) {
                    return Some(Event::Involved);
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

    /// "it said", "police said", "officials reported" at `j`, before an
    /// auxiliary or a verb of event: the token after it.
    fn report_clause(&self, j: usize, seg: u32) -> Option<usize> {
        let verb = (j + 1..j + 3).find(|&k| L::report_verb(self.w(k)))?;
        let plain =
            (j..verb).all(|k| self.is(k, Tk::Word) && !L::report_verb(self.w(k)) && self.seg(k) == seg);
        let next = self.w(verb + 1);
        (plain && (L::auxiliary(next) || L::event_word(next).is_some())).then_some(verb + 1)
    }

    /// Past a participle phrase at `j` ("involved in the attacks in Dagestan
    /// on Sunday"), the verb of the clause: the event of an auxiliary and a
    /// verb ("have been killed"), of a verb of event ("died"), or `Involved`
    /// when an active verb of harm follows ("killed three guards": the
    /// people counted did it).
    fn verb_beyond(&self, j: usize, seg: u32) -> Option<Event> {
        let mut k = j + 1;
        while k < j + 16 && self.seg(k) == seg {
            let w = self.w(k);
            if matches!(w, ";" | ":" | "(" | ")") {
                return None;
            }
            if self.is(k, Tk::Word) {
                if L::auxiliary(w) && self.w(k - 1) != "," {
                    let mut x = k;
                    while self.word(x).is_some_and(|v| L::aux_word(v) || L::auxiliary(v)) {
                        x += 1;
                    }
                    let x = self.unquote(x);
                    return self.word(x).and_then(|v| L::event_word(v).or_else(|| L::weak_event(v)));
                }
                if L::takes_object(w) && L::object_start(self, k + 1) {
                    return Some(Event::Involved);
                }
                if L::conjunction(w) || L::relative(w) {
                    return None;
                }
            }
            k += 1;
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
                // "four of which were children": a noun, no verb.
                return aux && L::event_word(w).is_none() && L::people_noun(w).is_none();
            }
            j += 1;
        }
        false
    }

    /// The event named before the number: "killed three soldiers", "Among the
    /// dead were", "the death toll has risen to 13", "the deaths of 15". The
    /// toll also names the people when it says whose toll it is.
    fn event_before(&self, first: usize, seg: u32) -> Option<(Event, Option<Noun>)> {
        let mut p = first.checked_sub(1)?;
        // "detained a total of 11 suspects": the verb before.
        if p >= 2 && L::partitive_prep(self.w(p)) && L::total_noun(self.w(p - 1)) {
            p -= 2;
        }
        // "пострадали в общей сложности 590": a filler between.
        p = p.saturating_sub(L::filler_before(self, p));
        // "detained reportedly 40 people", "arrested the 2 suspects"
        if L::before_skip(self.w(p)) && p > 0 {
            p -= 1;
        }
        if self.seg(p) != seg {
            return None;
        }
        if let Some(e) = L::phrase_before(self, p) {
            return Some((e, None));
        }
        // "освободили из изолятора 8 преступников": in free order, the
        // verb may stand before a phrase of place.
        if L::FREE_ORDER && self.is(p, Tk::Word) && L::active_verb(self.w(p)).is_none() {
            if let Some(v) = (p.saturating_sub(6)..p).rev().take_while(|&k| self.is(k, Tk::Word)).find(|&k| {
                L::active_verb(self.w(k)).is_some() && self.word(k + 1).is_some_and(L::locative_or_origin)
            }) {
                if (v + 1..=p).all(|k| L::active_verb(self.w(k)).is_none() || k == v) {
                    return L::active_verb(self.w(v)).map(|e| (e, None));
                }
            }
        }
        let w = self.w(p);
        // "Среди погибших — 38 сотрудников": the link may be a dash.
        if !self.is(p, Tk::Word) && !(dash(w) && L::among_link(w)) {
            return None;
        }
        if let Some(e) = L::active_verb(w) {
            return Some((e, None));
        }
        // "the deaths of 15 officers", "injuries to 12 others", "о гибели двух".
        if let Some(e) = L::event_noun_of(w) {
            return Some((e, None));
        }
        if p > 0 && L::noun_link(w) {
            if let Some(e) = L::event_noun_of(self.w(p - 1)) {
                return Some((e, None));
            }
            // "a crowd of 300": present.
            if L::crowd_noun(self.w(p - 1)) {
                return Some((Event::Involved, None));
            }
        }
        // "claimed more than 140 lives" is read with the noun; "унесла
        // жизни 17 человек" here.
        if L::life_noun(w) && p > 0 && L::life_verb(self.w(p - 1)) {
            return Some((Event::Killed, None));
        }
        // "Among the victims were three civilians", "The dead included six".
        if L::among_link(w) && p >= 1 {
            // "the toll included 14 civilians"
            let group = self.w(p - 1);
            let toll = L::toll_noun(group) && L::include_verb(w);
            if let Some(e) = L::group_event(group).or(toll.then_some(Event::Killed)) {
                let among = (p.saturating_sub(4)..p - 1).any(|k| L::among(self.w(k)));
                if among || L::include_verb(w) {
                    return Some((e, Some(Noun::among())));
                }
            }
        }
        // "The death toll … has risen to 13", "a death toll of 13".
        if L::toll_verb(w) || (L::partitive_prep(w) && p > 0 && L::toll_noun(self.w(p - 1))) {
            // One pass back, within the sentence, to the noun of the toll.
            let lo = p.saturating_sub(30);
            let mut number_of = None;
            let mut toll = None;
            for k in (lo..p).rev() {
                if self.seg(k) != seg {
                    break;
                }
                if let Some(after) = L::number_of(self, k) {
                    number_of = Some(after);
                }
                if toll.is_none() && L::toll_noun(self.w(k)) {
                    toll = Some(k);
                }
            }
            // "The number of people killed rose to 41", "число погибших возросло до 13"
            if let Some(e) = number_of.and_then(|after| {
                (after..(after + 4).min(p)).find_map(|x| {
                    let w = self.w(x);
                    L::event_word(w).or_else(|| L::group_event(w)).or_else(|| L::event_noun(w))
                })
            }) {
                if !L::partitive_prep(w) {
                    return Some((e, Some(Noun::toll())));
                }
            }
            let toll = toll?;
            if toll + 1 < p && L::partitive_prep(w) {
                return None;
            }
            let default = L::toll_default(self.w(toll))?;
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
            return Some((default, Some(who.unwrap_or_else(Noun::toll))));
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
    pub fn people(&self, k: usize, raws: &[Raw]) -> Option<People> {
        let mut people = self.people_of(k, raws)?;
        if people.event.class() != Event::Involved && self.superseded(k, raws) {
            people.superseded = true;
        }
        Some(people)
    }

    /// The count at `first` is the complement of another noun: "the body
    /// of one of them", "the trial of 22 protesters", "representatives of
    /// 11 parties".
    pub fn complement_of_noun(&self, first: usize) -> bool {
        first >= 2
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
        if noun.blocked {
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
        let antecedent = earlier()
            .next()
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
