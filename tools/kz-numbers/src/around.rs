//! The words around a count: the noun phrase after it (who was counted),
//! the verbs and phrases after it and before it (what happened to them),
//! tolls, groups and phrases of place between. Language-neutral: every word
//! is asked of the `Lexicon`.

use crate::extract::Ctx;
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
    pub(crate) fn empty(j: usize) -> Noun {
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

    pub(crate) fn among() -> Noun {
        Noun { among: true, ..Noun::empty(0) }
    }

    /// The mark of a toll that names no people ("the death toll rose to
    /// 93": people, not the noun of an earlier count).
    pub(crate) fn toll() -> Noun {
        Noun::empty(0)
    }
}

/// Quotation marks around a word ("six \"bandits\" were \"liquidated\"").
pub(crate) fn quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "«" | "»" | "„" | "'" | "‘" | "’")
}

pub(crate) fn dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

impl<L: Lexicon> Ctx<'_, L> {
    /// The token after `j`, past quotation marks.
    pub(crate) fn unquote(&self, mut j: usize) -> usize {
        while quote(self.w(j)) && self.is(j, Tk::Punct) {
            j += 1;
        }
        j
    }

    /// The noun after a count: "26 armed criminals", "of the gunmen", "of them".
    pub(crate) fn noun_after(&self, mut j: usize, approx: bool) -> Noun {
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
                    && (L::verb_like(w) || self.word(k + 1).and_then(L::people_noun).is_none()))
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
            // "трое раненых кыргызских пограничников": a participle of the
            // event before the noun of people, an adjective between.
            if L::FREE_ORDER && noun.head.is_none() && noun.adj_event.is_none() {
                if let Some(e) = L::event_noun(w) {
                    let people_next = (k + 1..k + 3)
                        .take_while(|&x| self.word(x).is_some_and(|x| !L::stop_word(x)))
                        .any(|x| L::people_noun(self.w(x)).is_some());
                    if people_next {
                        noun.adj_event = Some(e);
                        k += 1;
                        words += 1;
                        continue;
                    }
                }
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
                || L::light_verb(w)
                || (L::verb_like(w) && self.word(k + 1).map_or(true, |x| L::people_noun(x).is_none()))
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
                        // Not past a verb: "23 сотрудника силовых структур получили ранения".
                        while e < x + 5
                            && self.word(e).is_some_and(|w| {
                                !L::stop_word(w)
                                    && L::event_word(w).is_none()
                                    && L::active_verb(w).is_none()
                                    && !L::light_verb(w)
                                    && (!L::verb_like(w) || self.capitalized(e))
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
    pub(crate) fn event_after(&self, j: usize, seg: u32, people: bool) -> Option<Event> {
        self.event_after_count(j, seg, people, None)
    }

    /// [`Self::event_after`] knowing the value counted (for agreement).
    pub(crate) fn event_after_count(
        &self,
        mut j: usize,
        seg: u32,
        people: bool,
        count: Option<f64>,
    ) -> Option<Event> {
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
                let many = count.map_or(true, |c| c > 1.0);
                let mut x = v;
                while self.word(x).is_some_and(|w| L::auxiliary(w) || L::aux_word(w)) {
                    x += 1;
                }
                let active = L::relative(self.w(j)) && L::object_start(self, x + 1);
                if !(active || many && L::singular_aux(self.w(v))) {
                    j = v;
                }
            }
        }
        // "один из бойцов группы «Альфа» получил ранение": in free order, a
        // complement of plain words and names after the noun, then the verb.
        if L::FREE_ORDER && people {
            let plain = |k: usize| {
                let w = self.w(k);
                self.seg(k) == seg
                    && (quote(w)
                        || self.is(k, Tk::Word)
                            && !L::stop_word(w)
                            && !L::auxiliary(w)
                            && !L::relative(w)
                            && !L::light_verb(w)
                            && !L::verb_like(w)
                            && L::event_word(w).is_none()
                            && L::active_verb(w).is_none()
                            && L::event_phrase(self, k).is_none())
            };
            if plain(j) {
                if let Some(v) = (j..j + 5).take_while(|&k| plain(k)).last().map(|k| k + 1) {
                    let w = self.w(v);
                    let verb = self.seg(v) == seg
                        && (L::event_word(w).is_some()
                            || L::auxiliary(w)
                            || (L::light_verb(w) && (v + 1..v + 4).any(|x| L::wound_noun(self.w(x)))));
                    if verb {
                        j = v;
                    }
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
                    // "Over 40 people, including 12 soldiers have been
                    // killed": the aside's closing comma left out; the verb
                    // after it is the whole subject's.
                    let verb = (j + 2..j + 10)
                        .take_while(|&k| {
                            self.seg(k) == seg
                                && (self.is(k, Tk::Word) || self.is(k, Tk::Num))
                                && !L::relative(self.w(k))
                        })
                        .find(|&k| L::auxiliary(self.w(k)) || L::event_word(self.w(k)).is_some())
                        .filter(|&k| {
                            (j + 2..k).any(|x| self.is(x, Tk::Num) || L::people_noun(self.w(x)).is_some())
                        });
                    j = verb?;
                    steps += 1;
                    continue;
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
                && (!self.is(j + 2, Tk::Word) || L::stop_word(self.w(j + 2)))
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
                let verb = (j + 1..j + 16)
                    .take_while(|&k| {
                        self.is(k, Tk::Word) || self.is(k, Tk::Num) || self.w(k) == "," || quote(self.w(k))
                    })
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
            // order, a verb with no object after the count takes it (the
            // verb ends the clause, or a phrase of place follows).
            let bare = |x: usize| !self.is(x, Tk::Word) || L::stop_word(self.w(x));
            if L::FREE_ORDER && L::takes_object(w) && bare(j + 1) {
                if let Some(e) = L::active_verb(w) {
                    return Some(e);
                }
            }
            let weak = L::weak_event(w).filter(|_| people);
            if let Some(mut e) = L::event_word(w).or(weak) {
                // "were fatally wounded", "смертельно ранены": killed.
                if e.class() == Event::Injured && L::fatal_word(self.w(j - 1)) {
                    e = Event::Killed;
                }
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
                    return Some(self.verb_beyond(j, seg, false).unwrap_or(e));
                }
                return Some(e);
            }
            // "six people suspected of the attack were detained"
            if !passive && steps == 0 && L::modifier_participle(w) {
                return self.verb_beyond(j, seg, true);
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
    pub(crate) fn report_clause(&self, j: usize, seg: u32) -> Option<usize> {
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
    pub(crate) fn verb_beyond(&self, j: usize, seg: u32, list: bool) -> Option<Event> {
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
                // "30 people described as militants, and some 30 civilians
                // were killed": past the phrase, the list goes on to its
                // verb (`list`: after a participle of no event; not "two
                // guards killed, including a cook, and 9 others wounded").
                if list
                    && L::conjunction(w)
                    && k > j + 1
                    && (k + 1..k + 3).any(|x| self.is(x, Tk::Num) || L::number_words(self, x).is_some())
                {
                    k += 1;
                    continue;
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
    pub(crate) fn other_verb_after(&self, mut j: usize, seg: u32) -> bool {
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
    pub(crate) fn event_before(&self, first: usize, seg: u32) -> Option<(Event, Option<Noun>)> {
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
        if !(self.is(p, Tk::Word) || dash(w) && L::among_link(w)) {
            return None;
        }
        // "были уничтожены девять боевиков": a verb that harms only people,
        // before a count of people.
        if let Some(e) = L::weak_event(w).filter(|_| L::FREE_ORDER) {
            if (first..first + 4)
                .take_while(|&k| self.seg(k) == seg)
                .any(|k| self.word(k).and_then(L::people_noun).is_some())
            {
                return Some((e, None));
            }
        }
        if let Some(e) = L::active_verb(w) {
            // "fatally wounded two guards", "смертельно ранила троих": killed.
            if e.class() == Event::Injured && p > 0 && L::fatal_word(self.w(p - 1)) {
                return Some((Event::Killed, None));
            }
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
                    // "the number of casualties …, though … put the death
                    // toll at 12": the nearest toll is the figure's.
                    if number_of.is_none() {
                        break;
                    }
                }
            }
            // "The number of people killed rose to 41", "число погибших возросло до 13"
            if let Some(e) = number_of.and_then(|after| {
                (after..(after + 4).min(p)).find_map(|x| {
                    let w = self.w(x);
                    L::event_word(w)
                        .or_else(|| L::group_event(w))
                        .or_else(|| L::event_noun(w))
                        // "the number of people who sought medical help"
                        .or_else(|| L::event_phrase(self, x).map(|(e, _)| e))
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
    pub(crate) fn among_after(&self, mut j: usize, seg: u32) -> Option<Event> {
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
}
