//! Reading numbers: digits with their separators, dates, codes, clock
//! times, ages, units and qualifiers around a number, ranges. The tokens of
//! one text and what the engine asks of them (`Ctx`).

use std::marker::PhantomData;

use crate::extract::{currency_sign, Kind, Mention, Qualifier, Raw};
use crate::lang::{Lexicon, Qual};
use crate::tokens::{Tk, Token};

/// The tokens of one text, with what the engine asks of them.
pub(crate) struct Ctx<'a, L> {
    pub text: &'a str,
    /// The lowercase text of each token, sliced once: the rules ask for
    /// words many times over.
    pub words: &'a [&'a str],
    pub toks: &'a [Token],
    pub segs: &'a [u32],
    lang: PhantomData<L>,
}

/// A number read from its tokens: its value and the token after it.
struct Lit {
    value: f64,
    end: usize,
    grouped: bool,
    decimal: bool,
    id_like: bool,
    date_like: bool,
    clock: Option<(u32, u32)>,
    /// "10-15": the second number of a range written with a hyphen.
    dash_to: Option<f64>,
    digits: usize,
}

impl<'a, L: Lexicon> Ctx<'a, L> {
    pub(crate) fn new(text: &'a str, words: &'a [&'a str], toks: &'a [Token], segs: &'a [u32]) -> Self {
        Ctx { text, words, toks, segs, lang: PhantomData }
    }

    #[inline]
    pub fn n(&self) -> usize {
        self.toks.len()
    }

    /// The lowercase text of token `i`, or "" past the end.
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    #[inline]
    pub fn is(&self, i: usize, kind: Tk) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    #[inline]
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.is(i, Tk::Word).then(|| self.w(i))
    }

    /// Tokens `a` and `b` touch (no space between).
    #[inline]
    pub fn touch(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).and_then(|t| self.text[t.start..].chars().next()).is_some_and(char::is_uppercase)
    }

    #[inline]
    pub fn seg(&self, i: usize) -> u32 {
        self.segs.get(i).copied().unwrap_or(u32::MAX)
    }

    /// The words `words` end just before token `end`: the index of the first.
    #[inline]
    pub fn ends_with(&self, end: usize, words: &[&str]) -> Option<usize> {
        let start = end.checked_sub(words.len())?;
        for (k, w) in words.iter().enumerate() {
            if !self.is(start + k, Tk::Word) || self.w(start + k) != *w {
                return None;
            }
        }
        Some(start)
    }

    #[inline]
    pub fn starts_with(&self, start: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(start + k, Tk::Word) && self.w(start + k) == *w)
    }

    /// The original text of tokens `a..b`.
    #[inline]
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        if b <= a || b > self.n() {
            return "";
        }
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    // ----- reading a number ------------------------------------------------

    /// Digits with their separators, starting at token `i`.
    fn literal(&self, i: usize) -> Lit {
        let t = self.toks[i];
        let s = &self.text[t.start..t.end];
        let mut lit = Lit {
            value: s.parse().unwrap_or(f64::MAX),
            end: i + 1,
            grouped: false,
            decimal: false,
            id_like: false,
            date_like: false,
            clock: None,
            dash_to: None,
            digits: s.len(),
        };
        // Glued to a word or a path before it: "Su-24", "Flightradar24", "/06/".
        if i > 0 && self.touch(i - 1, i) {
            let prev = self.w(i - 1);
            if self.is(i - 1, Tk::Word)
                || matches!(prev, "/" | "\\" | "_" | "@" | "#" | "+" | "." | ":" | "=" | "&")
                || (matches!(prev, "-" | "–") && i > 1 && self.touch(i - 2, i - 1))
            {
                lit.id_like = true;
            }
        }
        let n = self.n();
        let mut j = i + 1;
        loop {
            if j + 1 < n && self.touch(j - 1, j) && self.touch(j, j + 1) && self.is(j + 1, Tk::Num) {
                let next = &self.text[self.toks[j + 1].start..self.toks[j + 1].end];
                match self.w(j) {
                    // "1,5 млн": a decimal comma, where the language writes one.
                    "," if L::DECIMAL_COMMA
                        && !lit.decimal
                        && !lit.grouped
                        && self.decimal_comma(j, next) =>
                    {
                        let frac: f64 = format!("0.{next}").parse().unwrap_or(0.0);
                        lit.value += frac;
                        lit.decimal = true;
                        j += 2;
                        continue;
                    }
                    "," if next.len() == 3 && !lit.decimal && lit.digits <= 3 => {
                        lit.value = lit.value * 1000.0 + next.parse::<f64>().unwrap_or(0.0);
                        lit.grouped = true;
                        lit.digits = 3;
                        j += 2;
                        continue;
                    }
                    // "в 20.30": a clock time written with a dot.
                    "." if !lit.decimal
                        && next.len() == 2
                        && lit.value <= 24.0
                        && next.parse::<u32>().is_ok_and(|m| m < 60)
                        && L::dot_clock(self, i) =>
                    {
                        lit.clock = Some((lit.value as u32, next.parse().unwrap_or(0)));
                        j += 2;
                        break;
                    }
                    "." if !lit.decimal => {
                        // 04.10.2020 is a date; 1.5 a decimal.
                        if j + 3 < n
                            && self.w(j + 2) == "."
                            && self.touch(j + 1, j + 2)
                            && self.touch(j + 2, j + 3)
                            && self.is(j + 3, Tk::Num)
                        {
                            lit.date_like = true;
                            j += 4;
                            break;
                        }
                        let frac: f64 = format!("0.{next}").parse().unwrap_or(0.0);
                        lit.value += frac;
                        lit.decimal = true;
                        j += 2;
                        continue;
                    }
                    ":" if next.len() == 2 && !lit.decimal && !lit.grouped => {
                        let m: u32 = next.parse().unwrap_or(99);
                        if lit.value <= 24.0 && m < 60 {
                            lit.clock = Some((lit.value as u32, m));
                        } else {
                            lit.id_like = true;
                        }
                        j += 2;
                        break;
                    }
                    "/" | "\\" | "." | "," | ":" | "_" => {
                        lit.id_like = true;
                        j += 2;
                        while j + 1 < n
                            && self.touch(j - 1, j)
                            && self.touch(j, j + 1)
                            && matches!(self.w(j), "/" | "." | "-" | ":")
                            && self.is(j + 1, Tk::Num)
                        {
                            j += 2;
                        }
                        break;
                    }
                    "-" | "–" => {
                        let mut groups = 2;
                        let mut k = j + 2;
                        while k + 1 < n
                            && self.touch(k - 1, k)
                            && self.touch(k, k + 1)
                            && matches!(self.w(k), "-" | "–")
                            && self.is(k + 1, Tk::Num)
                        {
                            groups += 1;
                            k += 2;
                        }
                        let mut second: f64 = next.parse().unwrap_or(f64::MAX);
                        // "1–1,5 тыс.": the second number's decimal comma.
                        if L::DECIMAL_COMMA
                            && groups == 2
                            && k + 1 < n
                            && self.w(k) == ","
                            && self.touch(k - 1, k)
                            && self.touch(k, k + 1)
                            && self.toks[k + 1].end - self.toks[k + 1].start < 3
                        {
                            let frac = &self.text[self.toks[k + 1].start..self.toks[k + 1].end];
                            second += format!("0.{frac}").parse::<f64>().unwrap_or(0.0);
                            k += 2;
                        }
                        // "5,000-6,000": the second number has its groups too.
                        if lit.grouped && groups == 2 {
                            while k + 1 < n
                                && self.w(k) == ","
                                && self.touch(k - 1, k)
                                && self.touch(k, k + 1)
                                && self.toks[k + 1].end - self.toks[k + 1].start == 3
                            {
                                let g: f64 = self.text[self.toks[k + 1].start..self.toks[k + 1].end]
                                    .parse()
                                    .unwrap_or(0.0);
                                second = second * 1000.0 + g;
                                k += 2;
                            }
                        }
                        if groups == 2
                            && !lit.decimal
                            && !next.starts_with('0')
                            && second > lit.value
                            && lit.digits < 5
                        {
                            lit.dash_to = Some(second);
                        } else {
                            lit.id_like = true;
                        }
                        j = k;
                        break;
                    }
                    _ => break,
                }
            }
            // "8 7172 71 24 05": three or more groups after spaces that are
            // not thousands are a phone number.
            if j == i + 1 && self.spaced_groups(i) >= 3 {
                let mut k = i + 1;
                while k < n && self.is(k, Tk::Num) && self.single_space(k - 1, k) {
                    k += 1;
                }
                let thousands =
                    (i + 1..k).all(|g| self.toks[g].end - self.toks[g].start == 3) && lit.digits <= 3;
                if !thousands {
                    lit.id_like = true;
                    j = k;
                    break;
                }
            }
            // "3 000": a group of three after a space.
            if !lit.decimal
                && lit.digits <= 3
                && j < n
                && self.is(j, Tk::Num)
                && self.toks[j].end - self.toks[j].start == 3
                && matches!(
                    &self.text[self.toks[j - 1].end..self.toks[j].start],
                    " " | "\u{a0}" | "\u{202f}" | "\u{2009}"
                )
                // "3 000,5" and "1 651.2" join digits after the mark; "1 651, из них"
                // and "1 651." end the number at the mark.
                && !(self.touch(j, j + 1)
                    && matches!(self.w(j + 1), "," | "." | ":" | "-" | "/")
                    && j + 2 < n
                    && self.touch(j + 1, j + 2)
                    && self.is(j + 2, Tk::Num))
            {
                let next = &self.text[self.toks[j].start..self.toks[j].end];
                lit.value = lit.value * 1000.0 + next.parse::<f64>().unwrap_or(0.0);
                lit.grouped = true;
                lit.digits = 3;
                j += 1;
                continue;
            }
            break;
        }
        lit.end = j;
        if !lit.grouped && !lit.decimal && s.len() >= 7 {
            lit.id_like = true; // phone numbers, case numbers
        }
        lit
    }

    /// The comma at token `j` before the digits `next` is a decimal one:
    /// one or two digits ("1,5", "2,75"), or three before a multiplier
    /// ("1,500 млн"); "3,000 человек" keeps the comma of thousands.
    fn decimal_comma(&self, j: usize, next: &str) -> bool {
        next.len() < 3
            || (next.len() == 3 && self.word(j + 2).and_then(L::multiplier_word).is_some())
            || next.len() > 3
    }

    /// Tokens `a` and `b` are separated by exactly one space.
    fn single_space(&self, a: usize, b: usize) -> bool {
        matches!(&self.text[self.toks[a].end..self.toks[b].start], " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
    }

    /// How many runs of digits follow one another from `i`, one space apart.
    fn spaced_groups(&self, i: usize) -> usize {
        let mut k = i + 1;
        while k < self.n() && self.is(k, Tk::Num) && self.single_space(k - 1, k) {
            k += 1;
        }
        k - i
    }

    /// A number's value, digits or words, for the second half of a range.
    pub fn plain_value(&self, i: usize) -> Option<(f64, usize)> {
        if self.is(i, Tk::Num) {
            let lit = self.literal(i);
            if lit.id_like || lit.date_like || lit.clock.is_some() || lit.dash_to.is_some() {
                return None;
            }
            return Some(self.multiplied(lit.value, lit.end));
        }
        L::number_words(self, i)
    }

    /// "1.5 million": the multiplier words after a value.
    pub fn multiplied(&self, mut v: f64, mut j: usize) -> (f64, usize) {
        while let Some(m) = self.word(j).and_then(L::multiplier_word) {
            v *= m;
            j += 1;
            // "тыс.", "млн.": the abbreviation's full stop.
            if self.w(j) == "." && self.touch(j - 1, j) && L::abbreviation(self.w(j - 1)) {
                j += 1;
            } else if let Some((rest, end)) = self.lower_part(m, j) {
                // "2 тысячи 238", "1 million 200 thousand": one number.
                return (v + rest, end);
            }
        }
        (v, j)
    }

    /// The smaller part written after a multiplier word at `j - 1` of
    /// value `m`: "238" after "тысячи", "200 тысяч" after "млн". A bare
    /// number only after "thousand" and below it ("1 million 200" stays
    /// two numbers), never a day of a month.
    fn lower_part(&self, m: f64, j: usize) -> Option<(f64, usize)> {
        if !self.is(j, Tk::Num) || !self.single_space(j - 1, j) {
            return None;
        }
        let lit = self.literal(j);
        if lit.end != j + 1
            || lit.grouped
            || lit.decimal
            || lit.digits > 3
            || lit.id_like
            || lit.date_like
            || lit.clock.is_some()
            || lit.dash_to.is_some()
        {
            return None;
        }
        match self.word(j + 1).and_then(L::multiplier_word) {
            Some(m2) if m2 < m && lit.value * m2 < m => {
                let mut end = j + 2;
                if self.w(end) == "." && self.touch(end - 1, end) && L::abbreviation(self.w(end - 1)) {
                    end += 1;
                }
                Some((lit.value * m2, end))
            }
            None if m == 1000.0 && lit.value < 1000.0 && !L::is_month(self, j + 1) => {
                Some((lit.value, j + 1))
            }
            _ => None,
        }
    }

    pub fn blank(start: usize, value: Option<f64>) -> Mention {
        Mention {
            start,
            end: start,
            value,
            low: None,
            high: None,
            qualifier: Qualifier::Exact,
            kind: Kind::Count,
            unit: None,
            additional: false,
            clock: None,
            people: None,
        }
    }

    pub fn raw(&self, m: Mention, first: usize, last: usize) -> Raw {
        Raw {
            m,
            first,
            last,
            approx: false,
            zero: false,
            zero_pronoun: false,
            article: false,
            noun_at: None,
            seg: self.seg(first),
        }
    }

    /// The number starting at token `i`, if there is one.
    pub(crate) fn read_at(&self, i: usize) -> Option<Raw> {
        let tok = self.toks[i];
        match tok.kind {
            Tk::Punct => None,
            Tk::Num => self.read_digits(i),
            Tk::Word => L::read_words(self, i),
        }
    }

    fn read_digits(&self, i: usize) -> Option<Raw> {
        let lit = self.literal(i);
        if i > 0 && self.w(i - 1) == "+" && self.touch(i - 1, i) {
            // "+7 701 555 3344": a phone number, groups and all.
            let mut j = lit.end;
            while j < self.n()
                && self.is(j, Tk::Num)
                && self.toks[j].start - self.toks[j - 1].end <= 1
                && (self.toks[j].start > self.toks[j - 1].end || self.w(j - 1) == "-")
            {
                j += 1;
                if self.w(j) == "-" && self.touch(j - 1, j) && self.touch(j, j + 1) {
                    j += 1;
                }
            }
            let mut m = Self::blank(0, None);
            m.kind = Kind::Other;
            let raw = self.raw(m, i - 1, j);
            return Some(self.finish(raw));
        }
        let mut m = Self::blank(0, Some(lit.value));
        if lit.id_like || lit.date_like {
            // A date or a code: its digits are not an amount.
            m.kind = Kind::Other;
            if lit.date_like || lit.end > i + 1 {
                m.value = None;
            }
            let raw = self.raw(m, i, lit.end);
            return Some(self.finish(raw));
        }
        if let Some((h, min)) = lit.clock {
            m.value = None;
            m.kind = Kind::Time;
            let mut raw = self.raw(m, i, lit.end);
            let (hour, end) = L::meridiem(self, h, lit.end);
            raw.last = end;
            raw.m.clock = Some(format!("{hour:02}:{min:02}"));
            let raw = self.qualify(raw);
            return Some(self.finish(raw));
        }
        if let Some(second) = lit.dash_to {
            // "1–1,5 тыс.", "10-15 million": the multiplier is both's.
            let (high, end) = self.multiplied(second, lit.end);
            let low = lit.value * if second > 0.0 { high / second } else { 1.0 };
            m.value = None;
            m.low = Some(low);
            m.high = Some(high);
            m.qualifier = Qualifier::Range;
            let mut raw = self.qualify(self.raw(m, i, end));
            raw.m.qualifier = Qualifier::Range;
            (raw.m.low, raw.m.high) = (Some(low), Some(high));
            if let Some((unit, kind, end)) = L::unit_words(self, end) {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            } else if lit.digits == 4 && (1800.0..=2100.0).contains(&lit.value) {
                raw.m.kind = Kind::Year;
            } else if second <= 31.0 && self.near_month(i, raw.last) {
                raw.m.kind = Kind::Other; // "on August 7-8": days
            }
            return Some(self.finish(raw));
        }
        // "8 (7132) 55-02-02": a phone number with its area code in brackets.
        let bracketed = |a: usize| self.w(a) == "(" && self.is(a + 1, Tk::Num) && self.w(a + 2) == ")";
        let phone = (bracketed(lit.end) && self.is(lit.end + 3, Tk::Num))
            || (i > 0 && bracketed(i - 1) && self.is(i + 2, Tk::Num) && lit.end == i + 1);
        // "Mr Nazarbayev, 81, was …", "the president, 68,": an age in
        // apposition to a name or a person.
        if i > 1
            && self.w(i - 1) == ","
            && self.is(i - 2, Tk::Word)
            && (self.capitalized(i - 2)
                || L::people_noun(self.w(i - 2)).is_some()
                || L::person_title(self.w(i - 2)))
            && self.w(lit.end) == ","
            && lit.digits <= 3
            && (1.0..=110.0).contains(&lit.value)
            && !lit.decimal
        {
            m.kind = Kind::Age;
            m.unit = Some("years");
            let raw = self.raw(m, i, lit.end);
            return Some(self.finish(raw));
        }
        // "article 272", "Abai Street, 12", "№ 3": a label, not an amount.
        let label = i > 0
            && (L::label_word(self.w(i - 1))
                || self.w(i - 1) == "№"
                || (matches!(self.w(i - 1), "," | ".") && i > 1 && L::label_word(self.w(i - 2))));
        if phone || label {
            m.kind = Kind::Other;
            let raw = self.raw(m, i, lit.end);
            return Some(self.finish(raw));
        }
        // Leading zeros ("007", "06" outside a date) are codes, not amounts.
        let leading_zero = lit.digits >= 2 && !lit.grouped && !lit.decimal && self.w(i).starts_with('0');
        let (v, end) = self.multiplied(lit.value, lit.end);
        m.value = Some(v);
        let mut raw = self.raw(m, i, end);

        // Glued suffixes: "8th", "17%", "5km", "3pm", "1990s", "12A".
        if end == lit.end && self.touch(end - 1, end) {
            let suffix = self.w(end);
            if self.is(end, Tk::Word) {
                if L::ordinal_suffix(suffix) {
                    raw.m.kind = if self.near_month(i, end + 1) { Kind::Other } else { Kind::Ordinal };
                    raw.last = end + 1;
                    return Some(self.finish(raw));
                } else if L::decade_suffix(suffix) && lit.digits == 4 {
                    raw.m.kind = Kind::Year;
                    raw.last = end + 1;
                    return Some(self.finish(raw));
                } else if L::meridiem_suffix(suffix) && v <= 12.0 {
                    let hour = L::meridiem_hour(v as u32, suffix);
                    raw.m.kind = Kind::Time;
                    raw.m.clock = Some(format!("{hour:02}:00"));
                    raw.m.value = Some(v);
                    raw.last = end + 1;
                    let raw = self.qualify(raw);
                    return Some(self.finish(raw));
                } else if L::thousand_suffix(suffix) {
                    raw.m.value = Some(v * 1e3);
                    raw.last = end + 1;
                } else {
                    if let Some((unit, kind)) =
                        L::unit_after(suffix).filter(|(_, k)| *k != "other" || suffix.chars().count() <= 3)
                    {
                        raw.m.unit = Some(unit);
                        raw.m.kind = Kind::of_unit_kind(kind);
                        raw.last = end + 1;
                        let raw = self.per_liter(raw);
                        let raw = self.qualify(raw);
                        return Some(self.finish(raw));
                    }
                    raw.m.kind = Kind::Other;
                    raw.last = end + 1;
                    return Some(self.finish(raw));
                }
            }
        }
        if leading_zero {
            raw.m.kind = Kind::Other;
            return Some(self.finish(raw));
        }
        // "aged 25"
        if i > 0 && L::age_before(self.w(i - 1)) {
            raw.m.kind = Kind::Age;
            raw.m.unit = Some("years");
            raw.first = i - 1;
            return Some(self.finish(raw));
        }
        // Clock times: "3 p.m.", "11 pm", "7 o'clock".
        if v <= 12.0 && !lit.decimal {
            let (hour, after) = L::meridiem(self, v as u32, raw.last);
            if after > raw.last {
                raw.m.kind = Kind::Time;
                raw.m.clock = Some(format!("{hour:02}:00"));
                raw.last = after;
                let raw = self.qualify(raw);
                return Some(self.finish(raw));
            }
        }
        // Dates: "June 14", "14 June", "the 6th of January" (handled above).
        if !lit.grouped && !lit.decimal && (1.0..=31.0).contains(&v) && self.near_month(i, raw.last) {
            raw.m.kind = Kind::Other;
            return Some(self.finish(raw));
        }
        // Years: four digits in range, with no noun of people after them.
        if !lit.grouped
            && !lit.decimal
            && lit.digits == 4
            && (1800.0..=2100.0).contains(&v)
            && !self.word(raw.last).is_some_and(|w| L::people_noun(w).is_some())
            && (i == 0 || L::active_verb(self.w(i - 1)).is_none())
        {
            raw.m.kind = Kind::Year;
            return Some(self.finish(raw));
        }
        // A number that is part of a name: "Khabar 24", "Channel 31".
        if i > 0
            && self.is(i - 1, Tk::Word)
            && self.capitalized(i - 1)
            && self.seg(i - 1) == self.seg(i)
            && (i - 1 > 0 && self.seg(i - 2) == self.seg(i - 1))
            && !L::known_word(self.w(i - 1))
            && !self.word(raw.last).is_some_and(|w| L::people_noun(w).is_some())
            && L::unit_after(self.w(raw.last)).is_none()
        {
            raw.m.kind = Kind::Other;
            return Some(self.finish(raw));
        }
        Some(self.after_core(raw))
    }

    /// Month name just before `i` or just after `end` ("June 14", "14 June",
    /// "6th of January").
    pub fn near_month(&self, i: usize, end: usize) -> bool {
        // "Jan. 6": an abbreviated month with its full stop.
        let abbreviated =
            i > 1 && self.w(i - 1) == "." && self.touch(i - 2, i - 1) && L::is_month(self, i - 2);
        (i > 0 && L::is_month(self, i - 1))
            || abbreviated
            || L::is_month(self, end)
            || (self.w(end) == "of" && L::is_month(self, end + 1))
    }

    /// "per liter" after a price: the unit becomes e.g. KZT/l.
    fn per_liter(&self, mut raw: Raw) -> Raw {
        self.per_liter_in(&mut raw);
        raw
    }

    /// [`Self::per_liter`] in place.
    fn per_liter_in(&self, raw: &mut Raw) {
        if raw.m.kind != Kind::Money {
            return;
        }
        if let Some(end) = L::per_liter(self, raw.last) {
            raw.m.unit = Some(match raw.m.unit {
                Some("KZT") => "KZT/l",
                Some("USD") => "USD/l",
                Some("RUB") => "RUB/l",
                Some("EUR") => "EUR/l",
                other => other.unwrap_or("per liter"),
            });
            raw.last = end;
        }
    }

    /// What follows a count-like core: "more", "or more", a range, a unit,
    /// a currency sign before it; then the qualifier.
    pub fn after_core(&self, mut raw: Raw) -> Raw {
        let core_start = raw.first;
        // Currency before: "$5", "US$5", "₸500".
        if core_start > 0 && self.touch(core_start - 1, core_start) {
            if let Some(cur) = currency_sign(self.w(core_start - 1)) {
                raw.m.unit = Some(cur);
                raw.m.kind = Kind::Money;
                raw.first = core_start - 1;
                if raw.first > 0 && self.w(raw.first - 1) == "us" && self.touch(raw.first - 1, raw.first) {
                    raw.first -= 1;
                }
            }
        }
        // A currency code before: "USD 39 billion", "KZT 5,000".
        if raw.m.unit.is_none() && core_start > 0 && self.is(core_start - 1, Tk::Word) {
            if let Some(cur) = L::currency_code(self.w(core_start - 1)) {
                raw.m.unit = Some(cur);
                raw.m.kind = Kind::Money;
                raw.first = core_start - 1;
            }
        }
        if raw.m.unit.is_none() {
            if let Some((unit, kind, end)) = L::unit_words(self, raw.last) {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            }
        }
        // In place: a `Raw` is large to move in and out of calls.
        self.per_liter_in(&mut raw);
        self.qualify_in(&mut raw);
        if raw.m.kind == Kind::Count {
            // "five more attackers", "18 more were wounded"
            if L::more_after(self, raw.last) {
                raw.m.additional = true;
                raw.last += 1;
            } else if let Some((q, end)) = L::after_qualifier(self, raw.last) {
                if raw.m.qualifier == Qualifier::Exact {
                    raw.m.qualifier = q;
                    match q {
                        Qualifier::AtLeast | Qualifier::MoreThan => raw.m.low = raw.m.value,
                        Qualifier::UpTo | Qualifier::LessThan => raw.m.high = raw.m.value,
                        _ => {}
                    }
                }
                raw.last = end;
            }
        }
        self.range(raw)
    }

    /// A second number making a range: "between 10 and 15", "10 to 15",
    /// "two or three". "rose from 60 to 120" is a change, not a range.
    fn range(&self, mut raw: Raw) -> Raw {
        if raw.m.value.is_none() || matches!(raw.m.kind, Kind::Year | Kind::Age | Kind::Ordinal | Kind::Time)
        {
            return self.finish(raw);
        }
        let between = raw.m.qualifier == Qualifier::Range;
        if L::range_link(self, &raw, raw.last, between) {
            if let Some((second, end)) = self.plain_value(raw.last + 1) {
                // "3−4 тысяч", "three to four million": the first has the
                // second's multiplier.
                if let Some(m) = self.word(end - 1).and_then(L::multiplier_word) {
                    if raw.m.value.is_some_and(|v| v * m <= second && v < second / m + 1.0) {
                        raw.m.value = raw.m.value.map(|v| v * m);
                    }
                }
                if second > raw.m.value.unwrap_or(f64::MAX) {
                    raw.m.low = raw.m.value;
                    raw.m.high = Some(second);
                    raw.m.value = None;
                    raw.m.qualifier = Qualifier::Range;
                    raw.last = end;
                    if raw.m.unit.is_none() {
                        if let Some((unit, kind, end)) = L::unit_words(self, raw.last) {
                            raw.m.unit = Some(unit);
                            raw.m.kind = kind;
                            raw.last = end;
                        }
                    }
                    // "aged between 18 and 25"
                    if raw.first > 0 && L::age_before(self.w(raw.first - 1)) {
                        raw.m.kind = Kind::Age;
                        raw.m.unit = Some("years");
                    }
                    return self.finish(raw);
                }
            }
        }
        if between {
            // "between" with no second number: an ordinary number.
            raw.m.qualifier = Qualifier::Exact;
            raw.m.low = None;
            raw.m.high = None;
            raw.first += 1;
        }
        self.finish(raw)
    }

    /// The qualifier and additive words before the number.
    pub fn qualify(&self, mut raw: Raw) -> Raw {
        self.qualify_in(&mut raw);
        raw
    }

    /// [`Self::qualify`] in place.
    pub fn qualify_in(&self, raw: &mut Raw) {
        // Most numbers have no qualifier: look at the word before first.
        let before = if raw.first > 0 && self.is(raw.first - 1, Tk::Word) {
            self.w(raw.first - 1)
        } else {
            return;
        };
        // "the toll could reach 300", "может достигать 2 тысяч": up to.
        if raw.m.qualifier == Qualifier::Exact && raw.m.value.is_some() && L::modal_reach(self, raw.first - 1)
        {
            raw.m.qualifier = Qualifier::UpTo;
            raw.m.high = raw.m.value;
            return;
        }
        // "the toll exceeded 200", "число раненых превысило 300": more than.
        if L::exceed_verb(before) && raw.m.qualifier == Qualifier::Exact && raw.m.value.is_some() {
            raw.m.qualifier = Qualifier::MoreThan;
            raw.m.low = raw.m.value;
            return;
        }
        if !L::qualifier_end(before) {
            return;
        }
        for words in L::ADDITIVE {
            if let Some(s) = self.ends_with(raw.first, words) {
                raw.m.additional = true;
                raw.first = s;
                break;
            }
        }
        if raw.approx {
            return;
        }
        // Compare the word before with each qualifier's last word first.
        let prev = if raw.first > 0 { self.w(raw.first - 1) } else { "" };
        for (words, q) in L::QUALIFIERS {
            if words.last().copied() != Some(prev) {
                continue;
            }
            let Some(s) = self.ends_with(raw.first, words) else {
                continue;
            };
            if !L::qualifier_ok(self, s) {
                break;
            }
            let v = raw.m.value;
            raw.first = s;
            match q {
                Qual::AtLeast => {
                    raw.m.qualifier = Qualifier::AtLeast;
                    raw.m.low = v;
                }
                Qual::MoreThan => {
                    raw.m.qualifier = Qualifier::MoreThan;
                    raw.m.low = v;
                }
                Qual::LessThan => {
                    raw.m.qualifier = Qualifier::LessThan;
                    raw.m.high = v;
                }
                Qual::UpTo => {
                    raw.m.qualifier = Qualifier::UpTo;
                    raw.m.high = v;
                }
                Qual::About => raw.m.qualifier = Qualifier::About,
                Qual::Nearly => {
                    raw.m.qualifier = Qualifier::About;
                    raw.m.high = v;
                }
                Qual::Between => raw.m.qualifier = Qualifier::Range,
            }
            break;
        }
    }

    /// Set the byte span from the token span.
    pub fn finish(&self, mut raw: Raw) -> Raw {
        let last = raw.last.max(raw.first + 1).min(self.n());
        raw.last = last;
        raw.m.start = self.toks[raw.first].start;
        raw.m.end = self.toks[last - 1].end;
        raw.seg = self.seg(raw.first);
        raw
    }
}
