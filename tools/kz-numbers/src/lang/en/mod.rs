//! English: the English ways of writing numbers ("twenty-five", "a dozen",
//! "no one", "3 p.m.") and the answers of the `Lexicon` for English, from
//! the word lists in `words`. Words are ASCII-lowercased (the text's other
//! characters are unchanged).

use super::{Event, Lexicon, Qual, WhoClass};
use crate::extract::{Ctx, Kind, Qualifier, Raw};
use crate::tokens::Tk;
use kz_shared::words::{month_number, tens_number, unit_number};

mod words;
use words::*;

/// English.
pub struct En;

impl En {
    /// "hundred", "dozen", "hundred thousand" after "several" or "a few":
    /// their product and the token after.
    fn vague_multiple(cx: &Ctx<Self>, mut j: usize) -> Option<(f64, usize)> {
        let start = j;
        let mut size = 1.0;
        while let Some(m) =
            cx.word(j).and_then(|w| if w == "dozen" { Some(12.0) } else { multiplier_word(w) })
        {
            size *= m;
            j += 1;
        }
        (j > start).then_some((size, j))
    }
}

impl Lexicon for En {
    #[inline]
    fn may_have_numbers(text: &str) -> bool {
        may_have_numbers(text)
    }

    #[inline]
    fn lowercase(text: &str, out: &mut String) {
        out.clear();
        out.push_str(text);
        out.make_ascii_lowercase();
    }

    const DECIMAL_COMMA: bool = false;

    const PARTITIVE_NEEDS_DETERMINER: bool = true;

    const FREE_ORDER: bool = false;

    fn filler_before(cx: &Ctx<Self>, p: usize) -> usize {
        // "killed in total 12", "detained in all 40"
        if matches!(cx.w(p), "total" | "all") && p > 0 && cx.w(p - 1) == "in" {
            2
        } else {
            0
        }
    }

    #[inline]
    fn dot_clock(_cx: &Ctx<Self>, _i: usize) -> bool {
        false
    }

    #[inline]
    fn qualifier_ok(_cx: &Ctx<Self>, _start: usize) -> bool {
        true
    }

    #[inline]
    fn abbreviation(w: &str) -> bool {
        abbreviation(w)
    }

    /// Every word read by `read_words` (number, ordinal, vague amount, "no
    /// one", "a", "another"): one look-up, and most words stop here.
    #[inline]
    fn may_start_number(w: &str) -> bool {
        starts_number(w)
    }

    fn read_words(cx: &Ctx<Self>, i: usize) -> Option<Raw> {
        let w = cx.w(i);
        if !starts_number(w) {
            return None;
        }
        // Zero: "no one", "nobody", "none", "no casualties".
        if w == "nobody" || w == "none" || (w == "no" && cx.word(i + 1) == Some("one")) {
            let last = if w == "no" { i + 2 } else { i + 1 };
            let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), i, last);
            raw.zero = true;
            raw.zero_pronoun = w != "none";
            return Some(cx.finish(raw));
        }
        if w == "no" {
            let noun = cx.word(i + 1)?;
            if people_noun(noun).is_some() || event_noun(noun).is_some() {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(0.0)), i, i + 1);
                raw.zero = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // "a dozen", "a hundred", "a few".
        if w == "a" || w == "an" {
            // "a 16-year-old (boy) was killed": one, the noun after the age.
            if cx.is(i + 1, Tk::Num) {
                let (_, _, end) = Self::unit_words(cx, i + 2).filter(|(_, kind, _)| *kind == Kind::Age)?;
                let noun = cx.noun_after(end, false);
                if noun.blocked || noun.partitive || (noun.head.is_none() && noun.end > noun.start) {
                    return None;
                }
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.noun_at = Some(end);
                return Some(cx.finish(raw));
            }
            let next = cx.word(i + 1)?;
            if next == "dozen" {
                let raw = cx.raw(Ctx::<Self>::blank(0, Some(12.0)), i, i + 2);
                return Some(cx.after_core(raw));
            }
            if multiplier_word(next).is_some() {
                let (v, end) = cx.multiplied(1.0, i + 1);
                let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, end);
                return Some(cx.after_core(raw));
            }
            if next == "few" || next == "handful" {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut last = i + 2;
                // "a few hundred": at least two hundred, like "hundreds".
                if let Some((size, end)) = Self::vague_multiple(cx, last).filter(|_| next == "few") {
                    m.low = Some(2.0 * size);
                    last = end;
                }
                let mut raw = cx.raw(m, i, last);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // "a number of journalists": an unknown count, like "several".
            if next == "number" && cx.w(i + 2) == "of" {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = cx.raw(m, i, i + 2);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // "a police officer was killed": one, kept only with an event of harm.
            // "a second man died", "a third was wounded": one more.
            // Not "a second attack": the noun, if any, must name people.
            let after_ordinal = || {
                let noun = cx.noun_after(i + 2, false);
                noun.head.is_some() || noun.end == noun.start
            };
            if ordinal_word(next).is_some_and(|n| (2..=10).contains(&n)) && after_ordinal() {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 2);
                raw.article = true;
                raw.m.additional = true;
                return Some(cx.finish(raw));
            }
            // "an unknown number of", "a large number of": an unknown count.
            if cx.w(i + 2) == "number" && cx.w(i + 3) == "of" && cx.is(i + 1, Tk::Word) {
                let mut m = Ctx::<Self>::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = cx.raw(m, i, i + 3);
                raw.approx = true;
                return Some(cx.finish(raw));
            }
            // Not "a further two men", "a 25-year-old woman": another number follows.
            let noun = cx.noun_after(i + 1, false);
            let plain = |h: usize| {
                noun.start == i + 1
                    && (i + 1..h)
                        .all(|x| (cx.is(x, Tk::Word) && unit_number(cx.w(x)).is_none()) || cx.w(x) == "-")
            };
            // A noun not in the table only after a verb that takes people or
            // after "and": "killed a cashier", "three guards and a cook"
            // (checked again with the event).
            let unknown = noun.head.is_none()
                && !total_noun(cx.w(i + 1))
                && i > 0
                && (strong_verb(cx.w(i - 1)) || cx.w(i - 1) == "and")
                && noun.end > noun.start
                && noun.end - noun.start <= 2
                && plain(noun.end);
            if (noun.head.is_some_and(|(h, _)| plain(h)) || unknown) && !noun.blocked && !noun.partitive {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // "One guard was killed and another wounded": "another" alone is one more.
        if w == "another" {
            let next = cx.w(i + 1);
            let number = cx.is(i + 1, Tk::Num)
                || unit_number(next).is_some()
                || tens_number(next).is_some()
                || matches!(next, "one" | "dozen" | "few" | "several" | "hundred" | "further");
            let noun = cx.noun_after(i + 1, false);
            if !number && (noun.head.is_some() || noun.end == noun.start) {
                let mut raw = cx.raw(Ctx::<Self>::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.m.additional = true;
                return Some(cx.finish(raw));
            }
            return None;
        }
        // Vague amounts: "dozens", "hundreds of thousands", "scores of", "tens of".
        let vague = match w {
            "tens" | "scores" if cx.w(i + 1) == "of" => {
                let base = if w == "tens" { 20.0 } else { 40.0 };
                Some(Some(base))
            }
            // "Scores Die As …", "scores killed": a headline's count of people.
            "scores"
                if matches!(
                    cx.w(i + 1),
                    "die" | "dead" | "killed" | "hurt" | "injured" | "wounded" | "arrested" | "detained"
                ) =>
            {
                Some(Some(40.0))
            }
            _ => vague_word(w),
        };
        if let Some(low) = vague {
            let mut last = i + 1;
            let mut low = low;
            // "several hundred", "several dozen": at least two of them.
            if w == "several" {
                if let Some((size, end)) = Self::vague_multiple(cx, last) {
                    low = Some(2.0 * size);
                    last = end;
                }
            }
            if cx.w(i + 1) == "of" {
                if let Some(m) = cx.word(i + 2).and_then(|x| match x {
                    "thousands" => Some(1e3),
                    "millions" => Some(1e6),
                    _ => None,
                }) {
                    low = low.map(|l| l * m);
                    last = i + 3;
                }
            }
            let mut m = Ctx::<Self>::blank(0, None);
            m.qualifier = Qualifier::ApproxWord;
            m.low = low;
            // "hundreds more", "dozens more were hurt"
            if cx.w(last) == "more" && cx.w(last + 1) != "than" {
                m.additional = true;
                last += 1;
            }
            let mut raw = cx.raw(m, i, last);
            raw.approx = true;
            // "several weeks", "hundreds of kilometres"
            let unit_at = if cx.w(last) == "of" { last + 1 } else { last };
            if let Some((unit, kind, end)) =
                Self::unit_words(cx, unit_at).filter(|_| cx.is(unit_at, Tk::Word))
            {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            }
            return Some(cx.finish(raw));
        }
        if let Some(n) = ordinal_word(w) {
            let mut m = Ctx::<Self>::blank(0, Some(n as f64));
            m.kind = Kind::Ordinal;
            let raw = cx.raw(m, i, i + 1);
            return Some(cx.finish(raw));
        }
        if unit_number(w).is_some() || tens_number(w).is_some() {
            // "one" as a pronoun: "the one", "one another", "this one".
            if w == "one"
                && (i > 0
                    && matches!(
                        cx.w(i - 1),
                        "the" | "this" | "that" | "any" | "every" | "each" | "which" | "no"
                    )
                    // "(said) that one person died": a number.
                    && !(matches!(cx.w(i - 1), "that" | "which") && people_noun(cx.w(i + 1)).is_some())
                    || cx.w(i + 1) == "another")
            {
                return None;
            }
            let (v, end) = Self::number_words(cx, i)?;
            let raw = cx.raw(Ctx::<Self>::blank(0, Some(v)), i, end);
            return Some(cx.after_core(raw));
        }
        None
    }

    /// Number words from token `i`: "twenty-five", "two hundred", "three thousand".
    fn number_words(cx: &Ctx<Self>, i: usize) -> Option<(f64, usize)> {
        let (mut total, mut current, mut any) = (0.0f64, 0.0f64, false);
        let mut j = i;
        while let Some(w) = cx.word(j) {
            if let Some(t) = tens_number(w) {
                if current % 100.0 != 0.0 {
                    break;
                }
                current += t as f64;
                any = true;
                if matches!(cx.w(j + 1), "-" | "–") && cx.touch(j, j + 1) && cx.touch(j + 1, j + 2) {
                    if let Some(u) = cx.word(j + 2).and_then(unit_number).filter(|&u| u < 10) {
                        current += u as f64;
                        j += 3;
                        continue;
                    }
                }
                j += 1;
            } else if let Some(u) = unit_number(w) {
                let rest = current % 100.0;
                if !(rest == 0.0 || rest >= 20.0 && rest % 10.0 == 0.0 && u < 10) {
                    break;
                }
                current += u as f64;
                any = true;
                j += 1;
            } else if w == "hundred" && any && current % 100.0 != 0.0 {
                current *= 100.0;
                j += 1;
            } else if let Some(m) = multiplier_word(w).filter(|&m| m >= 1e3 && any) {
                total += current.max(1.0) * m;
                current = 0.0;
                j += 1;
            } else if w == "dozen" && any {
                current *= 12.0;
                j += 1;
            } else if w == "and" && any && cx.w(j + 1) == "a" && cx.w(j + 2) == "half" && current % 1.0 == 0.0
            {
                // "one and a half thousand", "two and a half"
                current += 0.5;
                j += 3;
            } else if w == "and"
                && any
                && current == 0.0
                && cx.word(j + 1).is_some_and(|x| unit_number(x).is_some() || tens_number(x).is_some())
            {
                j += 1;
            } else {
                break;
            }
        }
        any.then_some((total + current, j))
    }

    #[inline]
    fn multiplier_word(w: &str) -> Option<f64> {
        multiplier_word(w)
    }

    /// A unit in words after token `j`: its normal form, kind, and the token after.
    fn unit_words(cx: &Ctx<Self>, j: usize) -> Option<(&'static str, Kind, usize)> {
        let w = cx.w(j);
        if cx.is(j, Tk::Punct) {
            if w == "%" {
                return Some(("percent", Kind::Percent, j + 1));
            }
            if let Some(cur) = crate::extract::currency_sign(w) {
                return Some((cur, Kind::Money, j + 1));
            }
            // "a nine-hour standoff", "a 3-km queue"
            if w == "-"
                && cx.touch(j - 1, j)
                && cx.touch(j, j + 1)
                && cx.w(j + 1) != "year"
                && cx.is(j + 1, Tk::Word)
            {
                let (unit, kind) = unit_after(cx.w(j + 1))?;
                return Some((unit, Kind::of_unit_kind(kind), j + 2));
            }
            // "29-yearold"
            if w == "-" && cx.touch(j - 1, j) && cx.w(j + 1) == "yearold" {
                return Some(("years", Kind::Age, j + 2));
            }
            // "25-year-old", "25-year old"
            if w == "-" && cx.touch(j - 1, j) && cx.w(j + 1) == "year" {
                let mut end = j + 2;
                if matches!(cx.w(end), "-") && cx.w(end + 1) == "old" {
                    end += 2;
                } else if cx.w(end) == "old" {
                    end += 1;
                } else {
                    return None;
                }
                return Some(("years", Kind::Age, end));
            }
            return None;
        }
        if !cx.is(j, Tk::Word) {
            return None;
        }
        if w == "per" && cx.w(j + 1) == "cent" {
            return Some(("percent", Kind::Percent, j + 2));
        }
        if matches!(w, "year" | "years") {
            if cx.w(j + 1) == "old" {
                return Some(("years", Kind::Age, j + 2));
            }
            if cx.w(j + 1) == "-" && cx.w(j + 2) == "old" {
                return Some(("years", Kind::Age, j + 3));
            }
        }
        let (unit, kind) = unit_after(w)?;
        if unit == "m" && w == "m" && cx.w(j + 1) == "." {
            return None; // "p.m." is read elsewhere; a lone "m." is not metres
        }
        Some((unit, Kind::of_unit_kind(kind), j + 1))
    }

    #[inline]
    fn unit_after(w: &str) -> Option<(&'static str, &'static str)> {
        unit_after(w)
    }

    #[inline]
    fn per_liter(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        (matches!(cx.w(j), "per" | "a" | "/") && matches!(cx.w(j + 1), "liter" | "litre" | "l"))
            .then_some(j + 2)
    }

    #[inline]
    fn currency_code(w: &str) -> Option<&'static str> {
        currency_code(w)
    }

    #[inline]
    fn ordinal_suffix(w: &str) -> bool {
        matches!(w, "st" | "nd" | "rd" | "th")
    }

    #[inline]
    fn decade_suffix(w: &str) -> bool {
        w == "s"
    }

    #[inline]
    fn meridiem_suffix(w: &str) -> bool {
        matches!(w, "pm" | "am")
    }

    #[inline]
    fn thousand_suffix(w: &str) -> bool {
        w == "k"
    }

    /// "p.m.", "a.m.", "pm", "am", "o'clock" at token `j`: the hour on a 24-hour
    /// clock and the token after.
    fn meridiem(cx: &Ctx<Self>, h: u32, j: usize) -> (u32, usize) {
        match cx.w(j) {
            "p" | "a" if cx.w(j + 1) == "." && cx.w(j + 2) == "m" && cx.touch(j, j + 1) => {
                let end = if cx.w(j + 3) == "." && cx.touch(j + 2, j + 3) { j + 4 } else { j + 3 };
                (Self::meridiem_hour(h, if cx.w(j) == "p" { "pm" } else { "am" }), end)
            }
            "pm" | "am" if h <= 12 => (Self::meridiem_hour(h, cx.w(j)), j + 1),
            "o'clock" | "o’clock" => (h, j + 1),
            _ => (h, j),
        }
    }

    #[inline]
    fn meridiem_hour(h: u32, w: &str) -> u32 {
        match (w, h) {
            ("pm", h) if h < 12 => h + 12,
            ("am", 12) => 0,
            (_, h) => h,
        }
    }

    #[inline]
    fn is_month(cx: &Ctx<Self>, k: usize) -> bool {
        cx.word(k).is_some_and(|w| month_number(w).is_some() && (w != "may" || cx.capitalized(k)))
    }

    #[inline]
    fn age_before(w: &str) -> bool {
        w == "aged"
    }

    #[inline]
    fn label_word(w: &str) -> bool {
        label_word(w)
    }

    #[inline]
    fn person_title(w: &str) -> bool {
        person_title(w)
    }

    #[inline]
    fn known_word(w: &str) -> bool {
        known_word(w)
    }

    #[inline]
    fn ratio_link(w: &str) -> bool {
        w == "in"
    }

    #[inline]
    fn change_from(w: &str) -> bool {
        w == "from"
    }

    #[inline]
    fn change_to(w: &str) -> bool {
        w == "to"
    }

    const QUALIFIERS: &'static [(&'static [&'static str], Qual)] = QUALIFIERS;

    #[inline]
    fn qualifier_end(w: &str) -> bool {
        qualifier_end(w)
    }

    const ADDITIVE: &'static [&'static [&'static str]] = ADDITIVE;

    #[inline]
    fn more_after(cx: &Ctx<Self>, j: usize) -> bool {
        cx.w(j) == "more" && cx.w(j + 1) != "than"
    }

    fn after_qualifier(cx: &Ctx<Self>, j: usize) -> Option<(Qualifier, usize)> {
        match (cx.w(j), cx.w(j + 1)) {
            ("or", "more") => Some((Qualifier::AtLeast, j + 2)),
            // "500 or so"
            ("or", "so") => Some((Qualifier::About, j + 2)),
            _ => None,
        }
    }

    fn range_link(cx: &Ctx<Self>, raw: &Raw, j: usize, between: bool) -> bool {
        let link = cx.w(j);
        if between {
            link == "and"
        } else if link == "to" {
            let from = raw.first > 0 && cx.w(raw.first - 1) == "from";
            let change = from
                && (raw.first.saturating_sub(6)..raw.first - 1)
                    .any(|k| change_verb(cx.w(k)) || cx.w(k) == "toll" || Self::revise_verb(cx.w(k)));
            !change && raw.m.unit.is_none()
        } else {
            matches!(link, "or" | "–" | "—") && raw.m.unit.is_none()
        }
    }

    #[inline]
    fn active_verb(w: &str) -> Option<Event> {
        active_verb(w)
    }

    #[inline]
    fn strong_verb(w: &str) -> bool {
        strong_verb(w)
    }

    #[inline]
    fn takes_object(w: &str) -> bool {
        active_verb(w).is_some()
    }

    #[inline]
    fn event_word(w: &str) -> Option<Event> {
        event_word(w)
    }

    fn event_phrase(cx: &Ctx<Self>, j: usize) -> Option<(Event, usize)> {
        let w = cx.w(j);
        // Most words open no phrase: look the word up first.
        for (rest, e) in event_phrases(w) {
            if cx.starts_with(j + 1, rest) {
                return Some((*e, j + 1 + rest.len()));
            }
        }
        // "received out-patient treatment": the hyphen is a token of its own.
        if matches!(w, "received" | "needed" | "given")
            && cx.w(j + 1) == "out"
            && cx.w(j + 2) == "-"
            && cx.w(j + 3) == "patient"
        {
            return Some((Event::Hospitalized, j + 4));
        }
        if !matches!(
            w,
            "taken"
                | "admitted"
                | "delivered"
                | "brought"
                | "rushed"
                | "transported"
                | "sent"
                | "in"
                | "hostage"
                | "hostages"
                | "pulled"
                | "called"
                | "drafted"
                | "received"
                | "given"
                | "got"
        ) {
            return None;
        }
        // "taken to a local hospital", "admitted to Moscow hospitals",
        // "delivered to the morgue"
        if matches!(w, "taken" | "admitted" | "delivered" | "brought" | "rushed" | "transported" | "sent")
            && cx.w(j + 1) == "to"
        {
            if let Some(k) = (j + 2..j + 6).find(|&k| {
                matches!(
                    cx.w(k),
                    "hospital" | "hospitals" | "clinic" | "clinics" | "morgue" | "ward" | "wards"
                )
            }) {
                let e = if cx.w(k) == "morgue" { Event::Killed } else { Event::Hospitalized };
                return Some((e, k + 1));
            }
        }
        // "in (a, an extremely) serious condition", "in stable condition"
        if w == "in" {
            if let Some(k) = (j + 1..j + 6).find(|&k| cx.w(k) == "condition") {
                if (j + 1..k).all(|x| cx.is(x, Tk::Word) && !matches!(cx.w(x), "good" | "no")) {
                    return Some((Event::Hospitalized, k + 1));
                }
            }
            if matches!(cx.w(j + 1), "medical" | "treatment") {
                return Some((Event::Hospitalized, j + 2));
            }
        }
        // "took 800 people hostage", "were held hostage"
        if matches!(w, "hostage" | "hostages") {
            return Some((Event::Hostage, j + 1));
        }
        // "were pulled in", "brought in", "called in": forces sent in.
        if matches!(w, "pulled" | "brought" | "called" | "drafted" | "sent") && cx.w(j + 1) == "in" {
            return Some((Event::Involved, j + 2));
        }
        // "received administrative arrest": a short detention.
        if matches!(w, "received" | "given" | "got") {
            if let Some(k) = (j + 1..j + 3).find(|&k| cx.w(k) == "arrest") {
                return Some((Event::Detained, k + 1));
            }
        }
        None
    }

    #[inline]
    fn group_event(w: &str) -> Option<Event> {
        group_event(w)
    }

    #[inline]
    fn event_noun(w: &str) -> Option<Event> {
        event_noun(w)
    }

    #[inline]
    fn partitive_participle(w: &str) -> bool {
        matches!(w, "killed" | "detained" | "arrested" | "missing" | "hospitalized")
    }

    #[inline]
    fn people_noun(w: &str) -> Option<WhoClass> {
        people_noun(w)
    }

    #[inline]
    fn attributive_noun(w: &str) -> bool {
        attributive_noun(w)
    }

    #[inline]
    fn generic_noun(w: &str) -> bool {
        generic_noun(w)
    }

    #[inline]
    fn complement_class(w: &str) -> Option<WhoClass> {
        complement_class(w)
    }

    #[inline]
    fn armed_word(w: &str) -> bool {
        w == "armed"
    }

    #[inline]
    fn aux_word(w: &str) -> bool {
        aux_word(w)
    }

    #[inline]
    fn copula(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is")
    }

    #[inline]
    fn auxiliary(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been")
    }

    #[inline]
    fn singular_aux(w: &str) -> bool {
        matches!(w, "was" | "is" | "has")
    }

    #[inline]
    fn passive_aux(w: &str) -> bool {
        matches!(w, "were" | "was" | "been" | "being" | "are" | "is")
    }

    #[inline]
    fn passive_event(w: &str) -> Option<Event> {
        matches!(w, "held" | "jailed" | "seized").then_some(Event::Detained)
    }

    fn phrase_before(cx: &Ctx<Self>, p: usize) -> Option<Event> {
        let w = cx.w(p);
        if !matches!(w, "dead" | "down" | "for" | "of" | "death") || p == 0 {
            return None;
        }
        let prev = cx.w(p - 1);
        match (prev, w) {
            // "shot dead a policeman", "gunned down two guards"
            ("shot" | "shooting" | "gunned", "dead") | ("gunned" | "shot", "down") => Some(Event::Killed),
            // "police are looking for eight suspects": still at large.
            ("looking" | "searching" | "hunting" | "search" | "hunt" | "manhunt", "for") => {
                Some(Event::AtLarge)
            }
            // "claimed the lives of 5 people"
            ("lives", "of") if p > 2 && cx.w(p - 2) == "the" && life_verb(cx.w(p - 3)) => Some(Event::Killed),
            // "stabbed to death three guards", "beat to death"
            ("to", "death") => Some(Event::Killed),
            _ => None,
        }
    }

    #[inline]
    fn participle(w: &str) -> bool {
        participle(w)
    }

    #[inline]
    fn modifier_participle(w: &str) -> bool {
        modifier_participle(w)
    }

    #[inline]
    fn report_verb(w: &str) -> bool {
        report_verb(w)
    }

    fn object_start(cx: &Ctx<Self>, k: usize) -> bool {
        let w = cx.w(k);
        let number = cx.is(k, Tk::Num)
            || (cx.is(k, Tk::Word) && (unit_number(w).is_some() || tens_number(w).is_some()))
            || matches!(w, "dozens" | "several" | "hundreds" | "scores");
        if number {
            // "killed two guards", not "killed two days ago"
            let next = if cx.is(k + 1, Tk::Punct) { cx.w(k + 2) } else { cx.w(k + 1) };
            return unit_after(next).is_none();
        }
        matches!(w, "a" | "an" | "his" | "her" | "their" | "its") || people_noun(w).is_some()
    }

    #[inline]
    fn weak_event(w: &str) -> Option<Event> {
        weak_event(w)
    }

    #[inline]
    fn with_word(w: &str) -> bool {
        w == "with"
    }

    #[inline]
    fn fatal_word(w: &str) -> bool {
        matches!(w, "fatal" | "mortal" | "lethal" | "fatally" | "mortally")
    }

    #[inline]
    fn event_noun_of(w: &str) -> Option<Event> {
        event_noun_of(w)
    }

    #[inline]
    fn noun_link(w: &str) -> bool {
        matches!(w, "of" | "to")
    }

    #[inline]
    fn crowd_noun(w: &str) -> bool {
        crowd_noun(w)
    }

    #[inline]
    fn participant_noun(w: &str) -> bool {
        matches!(w, "participants" | "participant" | "attendees" | "crowd")
    }

    #[inline]
    fn life_noun(w: &str) -> bool {
        w == "lives"
    }

    #[inline]
    fn life_verb(w: &str) -> bool {
        life_verb(w)
    }

    #[inline]
    fn include_verb(w: &str) -> bool {
        matches!(w, "included" | "include" | "includes")
    }

    fn conjunct_link(cx: &Ctx<Self>, first: usize) -> Option<(usize, bool)> {
        let p = first.checked_sub(1)?;
        match cx.w(p) {
            // "three guards, and then five inmates"
            "then" if p > 0 && cx.w(p - 1) == "and" => Some((p - 1, false)),
            "and" | "or" | "," => Some((p, false)),
            // "along with", "together with"
            "with" if p > 0 && matches!(cx.w(p - 1), "along" | "together") => Some((p - 1, true)),
            // "as well as"
            "as" if cx.ends_with(first, &["as", "well", "as"]).is_some() => Some((p - 2, true)),
            _ => None,
        }
    }

    #[inline]
    fn verb_like(w: &str) -> bool {
        verb_like(w)
    }

    #[inline]
    fn population_word(w: &str) -> bool {
        matches!(w, "population" | "inhabitants")
    }

    #[inline]
    fn total_noun(w: &str) -> bool {
        total_noun(w)
    }

    #[inline]
    fn revise_verb(w: &str) -> bool {
        change_verb(w) || matches!(w, "revised" | "corrected" | "updated" | "lowered" | "up" | "down")
    }

    #[inline]
    fn earlier_word(w: &str) -> bool {
        matches!(w, "earlier" | "previously" | "initially" | "originally" | "previous" | "initial")
    }

    #[inline]
    fn time_after_earlier(w: &str) -> bool {
        time_after_earlier(w)
    }

    #[inline]
    fn figure_noun(w: &str) -> bool {
        figure_noun(w)
    }

    #[inline]
    fn supersede_initial(w: &str) -> bool {
        matches!(w.as_bytes().first(), Some(b'e' | b'p' | b'i' | b'o' | b'r' | b'w' | b'd'))
    }

    #[inline]
    fn retract_word(w: &str) -> bool {
        matches!(w, "retracted" | "retract" | "withdrew" | "withdrawn" | "disavowed")
    }

    #[inline]
    fn among_link(w: &str) -> bool {
        matches!(w, "were" | "was" | "are" | "is" | "included" | "include" | "includes")
    }

    #[inline]
    fn number_of(cx: &Ctx<Self>, k: usize) -> Option<usize> {
        (cx.w(k) == "number" && cx.w(k + 1) == "of").then_some(k + 2)
    }

    #[inline]
    fn locative(w: &str) -> bool {
        matches!(w, "in" | "at" | "on" | "near")
    }

    fn fate_phrase(cx: &Ctx<Self>, j: usize) -> Option<Option<Event>> {
        match cx.w(j) {
            // "were brought to administrative responsibility"
            "brought" => Some((j + 1..j + 5).any(|k| cx.w(k) == "responsibility").then_some(Event::Other)),
            // "face charges", "facing trial"
            "face" | "faces" | "facing" => Some(
                (j + 1..j + 3)
                    .any(|k| matches!(cx.w(k), "charges" | "charge" | "trial" | "prosecution"))
                    .then_some(Event::Charged),
            ),
            "received" | "got" | "given" | "handed" => Some(
                (j + 1..j + 5)
                    .any(|k| {
                        matches!(
                            cx.w(k),
                            "sentence"
                                | "sentences"
                                | "term"
                                | "terms"
                                | "years"
                                | "fine"
                                | "fines"
                                | "probation"
                        )
                    })
                    .then_some(Event::Sentenced),
            ),
            _ => None,
        }
    }

    #[inline]
    fn past_verb(w: &str) -> bool {
        w.ends_with("ed")
            || matches!(w, "slew" | "slain" | "lost" | "hurt" | "were" | "was" | "included" | "dead" | "down")
    }

    #[inline]
    fn stop_word(w: &str) -> bool {
        stop_word(w)
    }

    #[inline]
    fn fate_verb(w: &str) -> Option<Event> {
        fate_verb(w)
    }

    fn modal_reach(cx: &Ctx<Self>, i: usize) -> bool {
        let verb = match cx.w(i) {
            "reach" | "hit" | "top" => i,
            "to" if i > 0 && matches!(cx.w(i - 1), "rise" | "climb" | "grow" | "increase" | "go") => i - 1,
            _ => return false,
        };
        // "could reach", "could well reach", "may eventually rise to".
        (1..=2).any(|b| verb >= b && matches!(cx.w(verb - b), "could" | "may" | "might" | "would"))
    }

    #[inline]
    fn exceed_verb(w: &str) -> bool {
        matches!(w, "exceeded" | "exceeds" | "exceeding" | "topped" | "tops" | "surpassed" | "surpasses")
    }

    #[inline]
    fn toll_verb(w: &str) -> bool {
        toll_verb(w)
    }

    #[inline]
    fn toll_noun(w: &str) -> bool {
        w == "toll"
    }

    #[inline]
    fn toll_default(w: &str) -> Option<Event> {
        (w == "toll").then_some(Event::Killed)
    }

    #[inline]
    fn partitive_prep(w: &str) -> bool {
        w == "of"
    }

    fn partitive_link(cx: &Ctx<Self>, j: usize) -> Option<usize> {
        let k = match (cx.w(j), cx.w(j + 1)) {
            ("of", _) => j + 1,
            ("out", "of") => j + 2,
            _ => return None,
        };
        Some(if cx.w(k) == "the" { k + 1 } else { k })
    }

    #[inline]
    fn partitive_pronoun(w: &str) -> bool {
        matches!(w, "them" | "whom" | "which" | "us" | "those" | "these")
    }

    #[inline]
    fn determiner(w: &str, after_vague: bool) -> bool {
        if after_vague {
            matches!(w, "the" | "these" | "those")
        } else {
            matches!(w, "the" | "their" | "our" | "its" | "his" | "her")
        }
    }

    #[inline]
    fn article(w: &str) -> bool {
        w == "the"
    }

    #[inline]
    fn demonstrative(w: &str) -> bool {
        matches!(w, "those" | "these")
    }

    #[inline]
    fn noun_prefix(w: &str) -> bool {
        matches!(w, "other" | "more" | "additional" | "further")
    }

    #[inline]
    fn conjunction(w: &str) -> bool {
        matches!(w, "and" | "or")
    }

    #[inline]
    fn negation(w: &str) -> bool {
        matches!(w, "not" | "never" | "no")
    }

    #[inline]
    fn relative(w: &str) -> bool {
        matches!(w, "who" | "that" | "which")
    }

    #[inline]
    fn among(w: &str) -> bool {
        w == "among"
    }

    #[inline]
    fn aside_opener(w: &str) -> bool {
        aside_opener(w)
    }

    #[inline]
    fn origin_prep(w: &str) -> bool {
        matches!(w, "of" | "from")
    }

    #[inline]
    fn light_verb(w: &str) -> bool {
        light_verb(w)
    }

    #[inline]
    fn wound_noun(w: &str) -> bool {
        wound_noun(w)
    }

    #[inline]
    fn clause_end(w: &str) -> bool {
        clause_end(w)
    }

    /// "including 11 attackers", "among them two children": a subtotal.
    fn subtotal_before(cx: &Ctx<Self>, first: usize) -> bool {
        if first == 0 {
            return false;
        }
        match cx.w(first - 1) {
            "including" | "incl" => true,
            "them" => first > 1 && cx.w(first - 2) == "among",
            "whom" => first > 1 && matches!(cx.w(first - 2), "among" | "of"),
            _ => false,
        }
    }

    #[inline]
    fn verb_adverb(w: &str) -> bool {
        matches!(w, "reportedly" | "allegedly" | "also")
    }

    #[inline]
    fn before_skip(w: &str) -> bool {
        matches!(w, "reportedly" | "allegedly" | "also" | "the" | "all" | "its" | "their" | "a")
    }
}
