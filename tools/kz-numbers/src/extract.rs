//! Finding numbers in a text and reading what they count.
//!
//! Three passes over the tokens of one record: (1) read every number with
//! the words around it that belong to it (qualifier, unit, "more", a range's
//! second number) and decide its kind; (2) for counts, find the people
//! counted and the event (the reporting verb before or after, a toll, a
//! subtotal introduced by "including" or "of them", a noun left out and
//! taken from the previous count); (3) drop what was only a candidate
//! ("no one" with no event) and number the subtotals' links.

use crate::lexicon::*;
use crate::tokens::{tokenize, Tk, Token};
use kz_shared::words::{month_number, tens_number, unit_number, weekday_number};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    LessThan,
    Range,
    ApproxWord,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
            Qualifier::Range => "range",
            Qualifier::ApproxWord => "approx_word",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    Money,
    Distance,
    Percent,
    Age,
    Year,
    Ordinal,
    Time,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Distance => "distance",
            Kind::Percent => "percent",
            Kind::Age => "age",
            Kind::Year => "year",
            Kind::Ordinal => "ordinal",
            Kind::Time => "time",
            Kind::Other => "other",
        }
    }

    fn of_unit_kind(k: &str) -> Kind {
        match k {
            "money" => Kind::Money,
            "distance" => Kind::Distance,
            "percent" => Kind::Percent,
            _ => Kind::Other,
        }
    }
}

/// The people a count is about, and what happened to them.
#[derive(Clone, Debug, PartialEq)]
pub struct People {
    pub event: Event,
    pub who: String,
    pub who_class: WhoClass,
    /// Index, in the record's list of mentions, of the total this count is part of.
    pub part_of: Option<usize>,
    /// Worded as part of a total ("including", "of them", "Among the dead
    /// were"), whether or not the total is in the same record.
    pub subtotal: bool,
}

/// One number found in a text. `start`/`end` are byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    /// Added to a count given before: "a further two", "five more".
    pub additional: bool,
    /// A clock time as HH:MM ("3 p.m." is 15:00).
    pub clock: Option<String>,
    pub people: Option<People>,
}

/// A mention while it is being read: its tokens and what the later passes need.
struct Raw {
    m: Mention,
    /// First token of the mention's text (qualifier included).
    first: usize,
    /// One past its last token.
    last: usize,
    approx: bool,
    /// "no one", "nobody", "none", "no casualties": kept only with an event.
    zero: bool,
    /// "no one"/"nobody": the people are unspecified, never an earlier noun.
    zero_pronoun: bool,
    /// "a"/"an" read as one: kept only with an event of harm.
    article: bool,
    /// Where the people's noun starts when not right after the mention ("a
    /// 16-year-old boy": after the age).
    noun_at: Option<usize>,
    seg: u32,
}

/// Reads numbers; keeps its buffers from one text to the next.
#[derive(Default)]
pub struct Extractor {
    lower: String,
    tokens: Vec<Token>,
    segs: Vec<u32>,
    raws: Vec<Raw>,
}

/// True when the text may hold a number: an ASCII digit, a number word
/// ("one" … "ninety", "dozens", "no one", "none" …) or a word of harm (for
/// "a guard was killed"). A cheap test run before any tokenizing; most
/// sentences of a news report have none of them.
pub fn may_have_numbers(text: &str) -> bool {
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
    use std::sync::LazyLock;
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(NUMBER_WORDS.iter().chain(HARM_WORDS))
            .expect("number words build")
    });
    text.bytes().any(|b| b.is_ascii_digit()) || WORDS.is_match(text)
}

/// What a number may start with: "one" … "ninety", "dozen", "no one" …
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "several", "few", "nobody", "none", "no ", "first", "second",
    "third", "fifth", "th ", "tieth", "twelfth", "scores", "tens of",
];

/// Words of harm or arrest: only with them can "a", "an" or "another" count
/// one ("a guard was killed").
const HARM_WORDS: &[&str] = &[
    "kill",
    "wound",
    "injur",
    "hurt",
    "died",
    "dead",
    "slain",
    "slew",
    "murder",
    "behead",
    "liquidat",
    "eliminat",
    "detain",
    "arrest",
    "custody",
    "captur",
    "apprehend",
    "missing",
    "hospital",
    "shot",
];

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// The numbers of `text`, in text order.
    pub fn extract(&mut self, text: &str) -> Vec<Mention> {
        self.raws.clear();
        if !may_have_numbers(text) {
            return Vec::new();
        }
        self.lower.clear();
        self.lower.push_str(text);
        self.lower.make_ascii_lowercase();
        tokenize(text, &mut self.tokens);
        let mut raws = std::mem::take(&mut self.raws);
        segment(text, &self.lower, &self.tokens, &mut self.segs);
        let cx = Ctx { text, lower: &self.lower, toks: &self.tokens, segs: &self.segs };
        let mut i = 0;
        while i < cx.toks.len() {
            match cx.read_at(i) {
                Some(raw) => {
                    i = raw.last.max(i + 1);
                    raws.push(raw);
                }
                None => i += 1,
            }
        }
        // "one in five detainees": a ratio, not two counts.
        for k in 1..raws.len() {
            let (head, tail) = raws.split_at_mut(k);
            let (a, b) = (&mut head[k - 1], &mut tail[0]);
            if a.m.kind == Kind::Count
                && b.m.kind == Kind::Count
                && b.first == a.last + 1
                && cx.w(a.last) == "in"
                && a.m.value.is_some()
                && b.m.value.is_some_and(|v| v > a.m.value.unwrap_or(f64::MAX))
            {
                a.m.kind = Kind::Other;
                b.m.kind = Kind::Other;
            }
        }
        // "from 60 to 120 tenge": the first figure has the unit of the second.
        for k in 1..raws.len() {
            let (head, tail) = raws.split_at_mut(k);
            let (a, b) = (&mut head[k - 1], &tail[0]);
            if a.m.kind == Kind::Count
                && a.m.unit.is_none()
                && b.m.unit.is_some()
                && b.first == a.last + 1
                && cx.w(a.last) == "to"
                && a.first > 0
                && cx.w(a.first - 1) == "from"
            {
                (a.m.unit, a.m.kind) = (b.m.unit, b.m.kind);
            }
        }
        for k in 0..raws.len() {
            if raws[k].m.kind == Kind::Count {
                let people = cx.people(k, &raws);
                raws[k].m.people = people;
            }
        }
        // Drop zero candidates without an event, and renumber links.
        let mut new_index = vec![usize::MAX; raws.len()];
        let mut out = Vec::with_capacity(raws.len());
        for (k, raw) in raws.iter().enumerate() {
            if (raw.zero || raw.article) && raw.m.people.is_none() {
                continue;
            }
            new_index[k] = out.len();
            let mut m = raw.m.clone();
            if let Some(p) = m.people.as_mut() {
                p.part_of = p.part_of.and_then(|t| Some(new_index[t]).filter(|&x| x != usize::MAX));
            }
            out.push(m);
        }
        raws.clear();
        self.raws = raws;
        out
    }
}

/// Sentence numbers of the tokens: a record may hold a paragraph, and
/// what a count inherits (its noun, its total) stays in its sentence.
fn segment(text: &str, lower: &str, toks: &[Token], segs: &mut Vec<u32>) {
    let cx = Ctx { text, lower, toks, segs: &[] };
    segs.clear();
    let mut seg = 0u32;
    for k in 0..toks.len() {
        segs.push(seg);
        let p = cx.w(k);
        if toks[k].kind == Tk::Punct && matches!(p, "." | "!" | "?" | "…") {
            let abbrev = k > 0 && cx.is(k - 1, Tk::Word) && abbreviation(cx.w(k - 1));
            let next_starts = k + 1 < toks.len()
                && (cx.capitalized(k + 1)
                    || cx.is(k + 1, Tk::Num)
                    || matches!(cx.w(k + 1), "\"" | "“" | "«" | "'"));
            if next_starts && !abbrev {
                seg += 1;
            }
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Token],
    segs: &'a [u32],
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

impl Ctx<'_> {
    fn n(&self) -> usize {
        self.toks.len()
    }

    /// The lowercase text of token `i`, or "" past the end.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.lower[t.start..t.end],
            None => "",
        }
    }

    fn is(&self, i: usize, kind: Tk) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.is(i, Tk::Word).then(|| self.w(i))
    }

    /// Tokens `a` and `b` touch (no space between).
    fn touch(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).and_then(|t| self.text[t.start..].chars().next()).is_some_and(char::is_uppercase)
    }

    fn seg(&self, i: usize) -> u32 {
        self.segs.get(i).copied().unwrap_or(u32::MAX)
    }

    /// The words `words` end just before token `end`: the index of the first.
    fn ends_with(&self, end: usize, words: &[&str]) -> Option<usize> {
        let start = end.checked_sub(words.len())?;
        for (k, w) in words.iter().enumerate() {
            if !self.is(start + k, Tk::Word) || self.w(start + k) != *w {
                return None;
            }
        }
        Some(start)
    }

    fn starts_with(&self, start: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(start + k, Tk::Word) && self.w(start + k) == *w)
    }

    /// A word that this tool knows as something other than a name.
    fn known_word(&self, w: &str) -> bool {
        stop_word(w)
            || event_word(w).is_some()
            || active_verb(w).is_some()
            || people_noun(w).is_some()
            || month_number(w).is_some()
            || weekday_number(w).is_some()
            || unit_after(w).is_some()
            || change_verb(w)
            || toll_verb(w)
            || unit_number(w).is_some()
            || matches!(
                w,
                "least"
                    | "about"
                    | "around"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "approximately"
                    | "roughly"
                    | "toll"
                    | "killing"
                    | "injuring"
                    | "total"
                    | "another"
                    | "further"
                    | "including"
                    | "among"
                    | "only"
                    | "just"
                    | "aged"
                    | "age"
            )
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
                    "," if next.len() == 3 && !lit.decimal && lit.digits <= 3 => {
                        lit.value = lit.value * 1000.0 + next.parse::<f64>().unwrap_or(0.0);
                        lit.grouped = true;
                        lit.digits = 3;
                        j += 2;
                        continue;
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
                        let second: f64 = next.parse().unwrap_or(f64::MAX);
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
                && !(self.touch(j, j + 1) && matches!(self.w(j + 1), "," | "." | ":" | "-" | "/"))
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

    /// Number words from token `i`: "twenty-five", "two hundred", "three thousand".
    fn number_words(&self, i: usize) -> Option<(f64, usize)> {
        let (mut total, mut current, mut any) = (0.0f64, 0.0f64, false);
        let mut j = i;
        while let Some(w) = self.word(j) {
            if let Some(t) = tens_number(w) {
                if current % 100.0 != 0.0 {
                    break;
                }
                current += t as f64;
                any = true;
                if matches!(self.w(j + 1), "-" | "–") && self.touch(j, j + 1) && self.touch(j + 1, j + 2) {
                    if let Some(u) = self.word(j + 2).and_then(unit_number).filter(|&u| u < 10) {
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
            } else if w == "and"
                && any
                && current == 0.0
                && self.word(j + 1).is_some_and(|x| unit_number(x).is_some() || tens_number(x).is_some())
            {
                j += 1;
            } else {
                break;
            }
        }
        any.then_some((total + current, j))
    }

    /// A number's value, digits or words, for the second half of a range.
    fn plain_value(&self, i: usize) -> Option<(f64, usize)> {
        if self.is(i, Tk::Num) {
            let lit = self.literal(i);
            if lit.id_like || lit.date_like || lit.clock.is_some() || lit.dash_to.is_some() {
                return None;
            }
            return Some(self.multiplied(lit.value, lit.end));
        }
        self.number_words(i)
    }

    /// "hundred", "dozen", "hundred thousand" after "several" or "a few":
    /// their product and the token after.
    fn vague_multiple(&self, mut j: usize) -> Option<(f64, usize)> {
        let start = j;
        let mut size = 1.0;
        while let Some(m) =
            self.word(j).and_then(|w| if w == "dozen" { Some(12.0) } else { multiplier_word(w) })
        {
            size *= m;
            j += 1;
        }
        (j > start).then_some((size, j))
    }

    /// "1.5 million": the multiplier words after a value.
    fn multiplied(&self, mut v: f64, mut j: usize) -> (f64, usize) {
        while let Some(m) = self.word(j).and_then(multiplier_word) {
            v *= m;
            j += 1;
        }
        (v, j)
    }

    fn blank(start: usize, value: Option<f64>) -> Mention {
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

    fn raw(&self, m: Mention, first: usize, last: usize) -> Raw {
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
    fn read_at(&self, i: usize) -> Option<Raw> {
        let tok = self.toks[i];
        match tok.kind {
            Tk::Punct => None,
            Tk::Num => self.read_digits(i),
            Tk::Word => self.read_words(i),
        }
    }

    fn read_words(&self, i: usize) -> Option<Raw> {
        let w = self.w(i);
        // Every word read here (number, ordinal, vague amount, "no one", "a",
        // "another") starts with one of these letters: most words stop here.
        if !matches!(w.as_bytes()[0], b'a' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't') {
            return None;
        }
        // Zero: "no one", "nobody", "none", "no casualties".
        if w == "nobody" || w == "none" || (w == "no" && self.word(i + 1) == Some("one")) {
            let last = if w == "no" { i + 2 } else { i + 1 };
            let mut raw = self.raw(Self::blank(0, Some(0.0)), i, last);
            raw.zero = true;
            raw.zero_pronoun = w != "none";
            return Some(self.finish(raw));
        }
        if w == "no" {
            let noun = self.word(i + 1)?;
            if people_noun(noun).is_some() || event_noun(noun).is_some() {
                let mut raw = self.raw(Self::blank(0, Some(0.0)), i, i + 1);
                raw.zero = true;
                return Some(self.finish(raw));
            }
            return None;
        }
        // "a dozen", "a hundred", "a few".
        if w == "a" || w == "an" {
            // "a 16-year-old (boy) was killed": one, the noun after the age.
            if self.is(i + 1, Tk::Num) {
                let (_, _, end) = self.unit_words(i + 2).filter(|(_, kind, _)| *kind == Kind::Age)?;
                let noun = self.noun_after(end, false);
                if noun.blocked || noun.partitive || (noun.head.is_none() && noun.end > noun.start) {
                    return None;
                }
                let mut raw = self.raw(Self::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.noun_at = Some(end);
                return Some(self.finish(raw));
            }
            let next = self.word(i + 1)?;
            if next == "dozen" {
                let raw = self.raw(Self::blank(0, Some(12.0)), i, i + 2);
                return Some(self.after_core(raw));
            }
            if let Some(m) = multiplier_word(next) {
                let (v, end) = self.multiplied(1.0, i + 1);
                let _ = m;
                let raw = self.raw(Self::blank(0, Some(v)), i, end);
                return Some(self.after_core(raw));
            }
            if next == "few" || next == "handful" {
                let mut m = Self::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut last = i + 2;
                // "a few hundred": at least two hundred, like "hundreds".
                if let Some((size, end)) = self.vague_multiple(last).filter(|_| next == "few") {
                    m.low = Some(2.0 * size);
                    last = end;
                }
                let mut raw = self.raw(m, i, last);
                raw.approx = true;
                return Some(self.finish(raw));
            }
            // "a number of journalists": an unknown count, like "several".
            if next == "number" && self.w(i + 2) == "of" {
                let mut m = Self::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = self.raw(m, i, i + 2);
                raw.approx = true;
                return Some(self.finish(raw));
            }
            // "a police officer was killed": one, kept only with an event of harm.
            // "a second man died", "a third was wounded": one more.
            // Not "a second attack": the noun, if any, must name people.
            let after_ordinal = || {
                let noun = self.noun_after(i + 2, false);
                noun.head.is_some() || noun.end == noun.start
            };
            if ordinal_word(next).is_some_and(|n| (2..=10).contains(&n)) && after_ordinal() {
                let mut raw = self.raw(Self::blank(0, Some(1.0)), i, i + 2);
                raw.article = true;
                raw.m.additional = true;
                return Some(self.finish(raw));
            }
            // "an unknown number of", "a large number of": an unknown count.
            if self.w(i + 2) == "number" && self.w(i + 3) == "of" && self.is(i + 1, Tk::Word) {
                let mut m = Self::blank(0, None);
                m.qualifier = Qualifier::ApproxWord;
                let mut raw = self.raw(m, i, i + 3);
                raw.approx = true;
                return Some(self.finish(raw));
            }
            // Not "a further two men", "a 25-year-old woman": another number follows.
            let noun = self.noun_after(i + 1, false);
            let plain = |h: usize| {
                noun.start == i + 1
                    && (i + 1..h).all(|x| {
                        (self.is(x, Tk::Word) && unit_number(self.w(x)).is_none()) || self.w(x) == "-"
                    })
            };
            // A noun not in the table only after a verb that takes people or
            // after "and": "killed a cashier", "three guards and a cook"
            // (checked again with the event).
            let unknown = noun.head.is_none()
                && i > 0
                && (strong_verb(self.w(i - 1)) || self.w(i - 1) == "and")
                && noun.end > noun.start
                && noun.end - noun.start <= 2
                && plain(noun.end);
            if (noun.head.is_some_and(|(h, _)| plain(h)) || unknown) && !noun.blocked && !noun.partitive {
                let mut raw = self.raw(Self::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                return Some(self.finish(raw));
            }
            return None;
        }
        // "One guard was killed and another wounded": "another" alone is one more.
        if w == "another" {
            let next = self.w(i + 1);
            let number = self.is(i + 1, Tk::Num)
                || unit_number(next).is_some()
                || tens_number(next).is_some()
                || matches!(next, "one" | "dozen" | "few" | "several" | "hundred" | "further");
            let noun = self.noun_after(i + 1, false);
            if !number && (noun.head.is_some() || noun.end == noun.start) {
                let mut raw = self.raw(Self::blank(0, Some(1.0)), i, i + 1);
                raw.article = true;
                raw.m.additional = true;
                return Some(self.finish(raw));
            }
            return None;
        }
        // Vague amounts: "dozens", "hundreds of thousands", "scores of", "tens of".
        let vague = match w {
            "tens" | "scores" if self.w(i + 1) == "of" => {
                let base = if w == "tens" { 20.0 } else { 40.0 };
                Some(Some(base))
            }
            _ => vague_word(w),
        };
        if let Some(low) = vague {
            let mut last = i + 1;
            let mut low = low;
            // "several hundred", "several dozen": at least two of them.
            if w == "several" {
                if let Some((size, end)) = self.vague_multiple(last) {
                    low = Some(2.0 * size);
                    last = end;
                }
            }
            if self.w(i + 1) == "of" {
                if let Some(m) = self.word(i + 2).and_then(|x| match x {
                    "thousands" => Some(1e3),
                    "millions" => Some(1e6),
                    _ => None,
                }) {
                    low = low.map(|l| l * m);
                    last = i + 3;
                }
            }
            let mut m = Self::blank(0, None);
            m.qualifier = Qualifier::ApproxWord;
            m.low = low;
            // "hundreds more", "dozens more were hurt"
            if self.w(last) == "more" && self.w(last + 1) != "than" {
                m.additional = true;
                last += 1;
            }
            let mut raw = self.raw(m, i, last);
            raw.approx = true;
            // "several weeks", "hundreds of kilometres"
            let unit_at = if self.w(last) == "of" { last + 1 } else { last };
            if let Some((unit, kind, end)) = self.unit_words(unit_at).filter(|_| self.is(unit_at, Tk::Word)) {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            }
            return Some(self.finish(raw));
        }
        if let Some(n) = ordinal_word(w) {
            let mut m = Self::blank(0, Some(n as f64));
            m.kind = Kind::Ordinal;
            let raw = self.raw(m, i, i + 1);
            return Some(self.finish(raw));
        }
        if unit_number(w).is_some() || tens_number(w).is_some() {
            // "one" as a pronoun: "the one", "one another", "this one".
            if w == "one"
                && (i > 0
                    && matches!(
                        self.w(i - 1),
                        "the" | "this" | "that" | "any" | "every" | "each" | "which" | "no"
                    )
                    || self.w(i + 1) == "another")
            {
                return None;
            }
            let (v, end) = self.number_words(i)?;
            let raw = self.raw(Self::blank(0, Some(v)), i, end);
            return Some(self.after_core(raw));
        }
        None
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
            let (hour, end) = self.meridiem(h, lit.end);
            raw.last = end;
            raw.m.clock = Some(format!("{hour:02}:{min:02}"));
            let raw = self.qualify(raw);
            return Some(self.finish(raw));
        }
        if let Some(second) = lit.dash_to {
            m.value = None;
            m.low = Some(lit.value);
            m.high = Some(second);
            m.qualifier = Qualifier::Range;
            let mut raw = self.qualify(self.raw(m, i, lit.end));
            raw.m.qualifier = Qualifier::Range;
            (raw.m.low, raw.m.high) = (Some(lit.value), Some(second));
            if let Some((unit, kind, end)) = self.unit_words(lit.end) {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            } else if lit.digits == 4 && (1800.0..=2100.0).contains(&lit.value) {
                raw.m.kind = Kind::Year;
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
                || people_noun(self.w(i - 2)).is_some()
                || person_title(self.w(i - 2)))
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
        // "article 272", "Abai Street, 12": a label, not an amount.
        let label = i > 0
            && (label_word(self.w(i - 1)) || (self.w(i - 1) == "," && i > 1 && label_word(self.w(i - 2))));
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
                match suffix {
                    "st" | "nd" | "rd" | "th" => {
                        raw.m.kind = if self.near_month(i, end + 1) { Kind::Other } else { Kind::Ordinal };
                        raw.last = end + 1;
                        return Some(self.finish(raw));
                    }
                    "s" if lit.digits == 4 => {
                        raw.m.kind = Kind::Year;
                        raw.last = end + 1;
                        return Some(self.finish(raw));
                    }
                    "pm" | "am" if v <= 12.0 => {
                        let (hour, _) = self.meridiem_word(v as u32, suffix);
                        raw.m.kind = Kind::Time;
                        raw.m.clock = Some(format!("{hour:02}:00"));
                        raw.m.value = Some(v);
                        raw.last = end + 1;
                        let raw = self.qualify(raw);
                        return Some(self.finish(raw));
                    }
                    "k" => {
                        raw.m.value = Some(v * 1e3);
                        raw.last = end + 1;
                    }
                    _ => {
                        if let Some((unit, kind)) =
                            unit_after(suffix).filter(|(_, k)| *k != "other" || suffix.len() <= 3)
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
        }
        if leading_zero {
            raw.m.kind = Kind::Other;
            return Some(self.finish(raw));
        }
        // "aged 25"
        if i > 0 && self.w(i - 1) == "aged" {
            raw.m.kind = Kind::Age;
            raw.m.unit = Some("years");
            raw.first = i - 1;
            return Some(self.finish(raw));
        }
        // Clock times: "3 p.m.", "11 pm", "7 o'clock".
        if v <= 12.0 && !lit.decimal {
            let (hour, after) = self.meridiem(v as u32, raw.last);
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
            && !self.word(raw.last).is_some_and(|w| people_noun(w).is_some())
            && (i == 0 || active_verb(self.w(i - 1)).is_none())
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
            && !self.known_word(self.w(i - 1))
            && !self.word(raw.last).is_some_and(|w| people_noun(w).is_some())
            && unit_after(self.w(raw.last)).is_none()
        {
            raw.m.kind = Kind::Other;
            return Some(self.finish(raw));
        }
        Some(self.after_core(raw))
    }

    /// Month name just before `i` or just after `end` ("June 14", "14 June",
    /// "6th of January").
    fn near_month(&self, i: usize, end: usize) -> bool {
        let is_month = |k: usize| {
            self.word(k).is_some_and(|w| month_number(w).is_some() && (w != "may" || self.capitalized(k)))
        };
        // "Jan. 6": an abbreviated month with its full stop.
        let abbreviated = i > 1 && self.w(i - 1) == "." && self.touch(i - 2, i - 1) && is_month(i - 2);
        (i > 0 && is_month(i - 1))
            || abbreviated
            || is_month(end)
            || (self.w(end) == "of" && is_month(end + 1))
    }

    /// "p.m.", "a.m.", "pm", "am", "o'clock" at token `j`: the hour on a 24-hour
    /// clock and the token after.
    fn meridiem(&self, h: u32, j: usize) -> (u32, usize) {
        match self.w(j) {
            "p" | "a" if self.w(j + 1) == "." && self.w(j + 2) == "m" && self.touch(j, j + 1) => {
                let end = if self.w(j + 3) == "." && self.touch(j + 2, j + 3) { j + 4 } else { j + 3 };
                (self.meridiem_word(h, if self.w(j) == "p" { "pm" } else { "am" }).0, end)
            }
            "pm" | "am" if h <= 12 => (self.meridiem_word(h, self.w(j)).0, j + 1),
            "o'clock" | "o’clock" => (h, j + 1),
            _ => (h, j),
        }
    }

    fn meridiem_word(&self, h: u32, w: &str) -> (u32, ()) {
        let h = match (w, h) {
            ("pm", h) if h < 12 => h + 12,
            ("am", 12) => 0,
            (_, h) => h,
        };
        (h, ())
    }

    /// A unit in words after token `j`: its normal form, kind, and the token after.
    fn unit_words(&self, j: usize) -> Option<(&'static str, Kind, usize)> {
        let w = self.w(j);
        if self.is(j, Tk::Punct) {
            if w == "%" {
                return Some(("percent", Kind::Percent, j + 1));
            }
            if let Some(cur) = currency_sign(w) {
                return Some((cur, Kind::Money, j + 1));
            }
            // "a nine-hour standoff", "a 3-km queue"
            if w == "-"
                && self.touch(j - 1, j)
                && self.touch(j, j + 1)
                && self.w(j + 1) != "year"
                && self.is(j + 1, Tk::Word)
            {
                let (unit, kind) = unit_after(self.w(j + 1))?;
                return Some((unit, Kind::of_unit_kind(kind), j + 2));
            }
            // "25-year-old", "25-year old"
            if w == "-" && self.touch(j - 1, j) && self.w(j + 1) == "year" {
                let mut end = j + 2;
                if matches!(self.w(end), "-") && self.w(end + 1) == "old" {
                    end += 2;
                } else if self.w(end) == "old" {
                    end += 1;
                } else {
                    return None;
                }
                return Some(("years", Kind::Age, end));
            }
            return None;
        }
        if !self.is(j, Tk::Word) {
            return None;
        }
        if w == "per" && self.w(j + 1) == "cent" {
            return Some(("percent", Kind::Percent, j + 2));
        }
        if matches!(w, "year" | "years") {
            if self.w(j + 1) == "old" {
                return Some(("years", Kind::Age, j + 2));
            }
            if self.w(j + 1) == "-" && self.w(j + 2) == "old" {
                return Some(("years", Kind::Age, j + 3));
            }
        }
        let (unit, kind) = unit_after(w)?;
        if unit == "m" && w == "m" && self.w(j + 1) == "." {
            return None; // "p.m." is read elsewhere; a lone "m." is not metres
        }
        Some((unit, Kind::of_unit_kind(kind), j + 1))
    }

    /// "per liter" after a price: the unit becomes e.g. KZT/l.
    fn per_liter(&self, mut raw: Raw) -> Raw {
        if raw.m.kind != Kind::Money {
            return raw;
        }
        let j = raw.last;
        let per = matches!(self.w(j), "per" | "a" | "/") && matches!(self.w(j + 1), "liter" | "litre" | "l");
        if per {
            raw.m.unit = Some(match raw.m.unit {
                Some("KZT") => "KZT/l",
                Some("USD") => "USD/l",
                Some("RUB") => "RUB/l",
                Some("EUR") => "EUR/l",
                other => other.unwrap_or("per liter"),
            });
            raw.last = j + 2;
        }
        raw
    }

    /// What follows a count-like core: "more", "or more", a range, a unit,
    /// a currency sign before it; then the qualifier.
    fn after_core(&self, mut raw: Raw) -> Raw {
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
            if let Some(cur) = currency_code(self.w(core_start - 1)) {
                raw.m.unit = Some(cur);
                raw.m.kind = Kind::Money;
                raw.first = core_start - 1;
            }
        }
        if raw.m.unit.is_none() {
            if let Some((unit, kind, end)) = self.unit_words(raw.last) {
                raw.m.unit = Some(unit);
                raw.m.kind = kind;
                raw.last = end;
            }
        }
        raw = self.per_liter(raw);
        raw = self.qualify(raw);
        if raw.m.kind == Kind::Count {
            // "five more attackers", "18 more were wounded"
            if self.w(raw.last) == "more" && self.w(raw.last + 1) != "than" {
                raw.m.additional = true;
                raw.last += 1;
            } else if self.w(raw.last) == "or" && self.w(raw.last + 1) == "more" {
                raw.m.qualifier = Qualifier::AtLeast;
                raw.m.low = raw.m.value;
                raw.last += 2;
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
        let link = self.w(raw.last);
        let ok_link = if between {
            link == "and"
        } else if link == "to" {
            let from = raw.first > 0 && self.w(raw.first - 1) == "from";
            let change = from && (raw.first.saturating_sub(4)..raw.first - 1).any(|k| change_verb(self.w(k)));
            !change && raw.m.unit.is_none()
        } else {
            matches!(link, "or" | "–" | "—") && raw.m.unit.is_none()
        };
        if ok_link {
            if let Some((second, end)) = self.plain_value(raw.last + 1) {
                if second > raw.m.value.unwrap_or(f64::MAX) {
                    raw.m.low = raw.m.value;
                    raw.m.high = Some(second);
                    raw.m.value = None;
                    raw.m.qualifier = Qualifier::Range;
                    raw.last = end;
                    if raw.m.unit.is_none() {
                        if let Some((unit, kind, end)) = self.unit_words(raw.last) {
                            raw.m.unit = Some(unit);
                            raw.m.kind = kind;
                            raw.last = end;
                        }
                    }
                    // "aged between 18 and 25"
                    if raw.first > 0 && self.w(raw.first - 1) == "aged" {
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
    fn qualify(&self, mut raw: Raw) -> Raw {
        // Most numbers have no qualifier: look at the word before first.
        let before = if raw.first > 0 && self.is(raw.first - 1, Tk::Word) {
            self.w(raw.first - 1)
        } else {
            return raw;
        };
        if !matches!(
            before,
            "than"
                | "least"
                | "of"
                | "over"
                | "under"
                | "below"
                | "as"
                | "most"
                | "to"
                | "nearly"
                | "almost"
                | "estimated"
                | "approximately"
                | "approx"
                | "around"
                | "about"
                | "roughly"
                | "some"
                | "circa"
                | "between"
                | "further"
                | "additional"
                | "another"
        ) {
            return raw;
        }
        for words in ADDITIVE {
            if let Some(s) = self.ends_with(raw.first, words) {
                raw.m.additional = true;
                raw.first = s;
                break;
            }
        }
        if raw.approx {
            return raw;
        }
        // Compare the word before with each qualifier's last word first.
        let prev = if raw.first > 0 { self.w(raw.first - 1) } else { "" };
        for (words, q) in QUALIFIERS {
            if words.last().copied() != Some(prev) {
                continue;
            }
            let Some(s) = self.ends_with(raw.first, words) else {
                continue;
            };
            // "over" and "under" before a number of years are rarely qualifiers
            // of a count; the same rules apply to every kind though.
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
        raw
    }

    /// Set the byte span from the token span.
    fn finish(&self, mut raw: Raw) -> Raw {
        let last = raw.last.max(raw.first + 1).min(self.n());
        raw.last = last;
        raw.m.start = self.toks[raw.first].start;
        raw.m.end = self.toks[last - 1].end;
        raw.seg = self.seg(raw.first);
        raw
    }

    // ----- who was counted, and what happened to them ------------------------

    /// The noun after a count: "26 armed criminals", "of the gunmen", "of them".
    fn noun_after(&self, mut j: usize, approx: bool) -> Noun {
        let mut noun = Noun {
            start: j,
            head: None,
            end: j,
            partitive: false,
            pronoun: false,
            adj_event: None,
            blocked: false,
            armed: false,
            among: false,
        };
        if self.w(j) == "of" {
            let next = self.w(j + 1);
            if approx {
                j += 1;
                if matches!(self.w(j), "the" | "these" | "those") {
                    j += 1;
                }
            } else if matches!(next, "them" | "whom" | "which" | "us" | "those" | "these") {
                noun.start = j + 1;
                noun.end = j + 2;
                noun.partitive = true;
                noun.pronoun = true;
                return noun;
            } else if matches!(next, "the" | "their" | "our" | "its" | "his" | "her") {
                noun.partitive = true;
                j += 2;
            } else {
                noun.blocked = true;
                return noun;
            }
        }
        while self.word(j).is_some_and(|w| matches!(w, "other" | "more" | "additional" | "further")) {
            j += 1;
        }
        noun.start = j;
        let mut k = j;
        let mut words = 0;
        while words < 4 {
            let Some(w) = self.word(k) else { break };
            if stop_word(w) {
                break;
            }
            // "four of the injured": the participle names the people.
            if noun.partitive
                && words == 0
                && (event_noun(w).is_some()
                    || matches!(w, "killed" | "detained" | "arrested" | "missing" | "hospitalized"))
            {
                noun.head = Some((k, WhoClass::People));
                k += 1;
                break;
            }
            if let Some(e) = event_word(w) {
                let next_is_noun =
                    self.word(k + 1).is_some_and(|x| people_noun(x).is_some() && !stop_word(x));
                if next_is_noun {
                    noun.adj_event = Some(e);
                } else {
                    break;
                }
            } else if let Some(class) = people_noun(w) {
                // "police vehicles", "guard post": a people noun used as a modifier.
                let modifier = attributive_noun(w)
                    && self.word(k + 1).is_some_and(|x| {
                        !stop_word(x) && people_noun(x).is_none() && event_word(x).is_none()
                    });
                if !modifier {
                    noun.head = Some((k, class));
                }
            }
            if w == "armed" {
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
        if matches!(self.w(j), "of" | "from") {
            let name = if self.w(j + 1) == "the" { j + 2 } else { j + 1 };
            if self.is(name, Tk::Word) && self.capitalized(name) {
                j = name;
                while self.is(j, Tk::Word) && self.capitalized(j) && self.seg(j) == seg {
                    j += 1;
                }
            } else if let Some(verb) = (name..name + 4)
                // "16 employees of law enforcement agencies were killed": a
                // short phrase of plain words, then the auxiliary.
                .take_while(|&k| self.is(k, Tk::Word) && self.seg(k) == seg && !stop_word(self.w(k)))
                .last()
                .map(|k| k + 1)
                .filter(|&k| matches!(self.w(k), "were" | "was" | "have" | "had" | "are" | "is"))
            {
                j = verb;
            }
        }
        let mut steps = 0;
        let mut passive = false;
        while steps < 7 && self.seg(j) == seg {
            // "Three people, including a child, were killed": step over an
            // aside between commas.
            if self.w(j) == ","
                && steps == 0
                && matches!(
                    self.w(j + 1),
                    "including"
                        | "born"
                        | "among"
                        | "mostly"
                        | "most"
                        | "many"
                        | "all"
                        | "both"
                        | "aged"
                        | "according"
                )
            {
                let close = (j + 2..j + 10).find(|&k| self.w(k) == "," && self.seg(k) == seg)?;
                j = close + 1;
                steps += 1;
                continue;
            }
            // "Two guards and a cleaner were killed": step over the rest of
            // the subject to its verb.
            if steps == 0 && matches!(self.w(j), "and" | "or") {
                let verb = (j + 1..j + 6)
                    .take_while(|&k| self.is(k, Tk::Word) || self.is(k, Tk::Num))
                    .find(|&k| matches!(self.w(k), "were" | "was" | "have" | "had" | "are"))?;
                j = verb;
                steps += 1;
                continue;
            }
            let w = self.word(j)?;
            if matches!(w, "not" | "never" | "no") {
                return None;
            }
            // "a man who killed two guards": the people counted did the harm.
            if w == "who" && self.word(j + 1).is_some_and(|v| active_verb(v).is_some() && !passive) {
                return None;
            }
            // Most words open no phrase: compare the first word before the rest.
            for (phrase, e) in EVENT_PHRASES {
                if phrase[0] == w && self.starts_with(j + 1, &phrase[1..]) {
                    return Some(*e);
                }
            }
            if let Some(e) = event_word(w) {
                return Some(e);
            }
            // "suffered gunshot wounds", "sustained injuries"
            if matches!(w, "suffered" | "sustained" | "received" | "suffering" | "sustaining")
                && (j + 1..j + 4)
                    .any(|k| matches!(self.w(k), "wounds" | "wound" | "injuries" | "injury" | "burns"))
            {
                return Some(Event::Injured);
            }
            // "received administrative arrest": a short detention.
            if matches!(w, "received" | "given" | "got") && (j + 1..j + 3).any(|k| self.w(k) == "arrest") {
                return Some(Event::Detained);
            }
            // "were held" is a detention; "held a rally" is not.
            if passive && matches!(w, "held" | "jailed" | "seized") {
                return Some(Event::Detained);
            }
            if !aux_word(w) {
                return None;
            }
            passive |= matches!(w, "were" | "was" | "been" | "being" | "are" | "is");
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
            if matches!(w, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been") {
                aux = true;
            } else if !aux_word(w) {
                return aux && event_word(w).is_none();
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
        if matches!(self.w(p), "reportedly" | "allegedly" | "also" | "the" | "all" | "its" | "their") && p > 0
        {
            p -= 1;
        }
        if self.seg(p) != seg || !self.is(p, Tk::Word) {
            return None;
        }
        let w = self.w(p);
        if let Some(e) = active_verb(w) {
            return Some((e, None));
        }
        // "shot dead a policeman", "gunned down two guards"
        if p > 0 && matches!((self.w(p - 1), w), ("shot", "dead") | ("gunned" | "shot", "down")) {
            return Some((Event::Killed, None));
        }
        // "Among the victims were three civilians"
        if matches!(w, "were" | "was" | "are" | "is" | "included") && p >= 2 {
            let noun = self.w(p - 1);
            let e = group_event(noun);
            if let Some(e) = e {
                let among = (p.saturating_sub(4)..p - 1).any(|k| self.w(k) == "among");
                if among {
                    return Some((e, Some(Noun::among())));
                }
            }
        }
        // "The death toll … has risen to 13", "a death toll of 13".
        if toll_verb(w) || (w == "of" && p > 0 && self.w(p - 1) == "toll") {
            let lo = p.saturating_sub(20);
            // "The number of people killed rose to 41"
            if let Some(e) = (lo..p)
                .filter(|&k| self.seg(k) == seg && self.w(k) == "number" && self.w(k + 1) == "of")
                .find_map(|k| (k + 2..(k + 6).min(p)).find_map(|x| event_word(self.w(x))))
            {
                if !matches!(w, "of") {
                    return Some((e, None));
                }
            }
            let toll = (lo..p).rev().find(|&k| self.seg(k) == seg && self.w(k) == "toll")?;
            if toll + 1 < p && w == "of" {
                return None;
            }
            let who = if self.w(toll + 1) == "of" {
                let mut j = toll + 2;
                if self.w(j) == "the" {
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
        if self.w(j) == "and" {
            j = (j + 1..j + 6)
                .take_while(|&k| self.is(k, Tk::Word) || self.is(k, Tk::Num))
                .find(|&k| matches!(self.w(k), "were" | "was" | "are" | "is"))?;
        }
        let mut aux = false;
        while self.seg(j) == seg && matches!(self.w(j), "were" | "was" | "are" | "is" | "also" | "reportedly")
        {
            aux = true;
            j += 1;
        }
        if !aux || self.w(j) != "among" || self.seg(j) != seg {
            return None;
        }
        let g = if self.w(j + 1) == "the" { j + 2 } else { j + 1 };
        match self.w(g) {
            // "among those detained"
            "those" => group_event(self.w(g + 1)).or_else(|| event_word(self.w(g + 1))),
            w => group_event(w),
        }
    }

    /// The count before `k`, when `k` is the second object of its verb:
    /// "killed three soldiers and two civilians", "… and a bus driver".
    /// Not when a verb of its own follows the noun (ending at `end`): "…
    /// and two shepherds fled".
    fn conjunct_of<'r>(&self, k: usize, raws: &'r [Raw], end: usize) -> Option<&'r People> {
        let raw = &raws[k];
        if k == 0 || raw.first == 0 || self.w(raw.first - 1) != "and" {
            return None;
        }
        let ends_clause = !self.is(end, Tk::Word)
            || self.seg(end) != raw.seg
            || matches!(
                self.w(end),
                "in" | "at"
                    | "on"
                    | "near"
                    | "during"
                    | "after"
                    | "before"
                    | "with"
                    | "from"
                    | "outside"
                    | "inside"
                    | "and"
                    | "while"
                    | "when"
                    | "as"
                    | "by"
                    | "but"
                    | "according"
                    | "last"
                    | "this"
                    | "overnight"
                    | "yesterday"
                    | "today"
            );
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
            || self.w(s) != "of"
            || !matches!(self.w(s + 1), "the" | "those")
        {
            return None;
        }
        let e = (s + 2..comma).find_map(|x| group_event(self.w(x)).or_else(|| event_word(self.w(x))))?;
        let total = (0..k)
            .rev()
            .take_while(|&x| raws[x].seg == raw.seg)
            .find(|&x| raws[x].first > s && raws[x].m.people.is_some());
        Some((e, total))
    }

    /// The people named after a copula: "19 were law-enforcement officers".
    fn predicate_noun(&self, j: usize) -> Option<Noun> {
        if !matches!(self.w(j), "were" | "was" | "are" | "is") {
            return None;
        }
        let noun = self.noun_after(j + 1, false);
        noun.head.is_some().then_some(noun)
    }

    /// An auxiliary then a verb of [`fate_verb`]: "were sentenced", "was later released".
    /// Also "received suspended terms", "got five years", and over an
    /// aside: "One man, aged 19, was acquitted".
    fn fate_after(&self, mut j: usize, seg: u32) -> bool {
        if self.w(j) == "," && matches!(self.w(j + 1), "aged" | "both" | "all" | "including") {
            match (j + 2..j + 8).find(|&k| self.w(k) == "," && self.seg(k) == seg) {
                Some(close) => j = close + 1,
                None => return false,
            }
        }
        while self.seg(j) == seg {
            match self.word(j) {
                Some(w) if fate_verb(w) => return true,
                // "were brought to administrative responsibility"
                Some("brought") => return (j + 1..j + 5).any(|k| self.w(k) == "responsibility"),
                Some("received" | "got" | "given" | "handed") => {
                    return (j + 1..j + 5).any(|k| {
                        matches!(
                            self.w(k),
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
                }
                Some(w) if aux_word(w) => j += 1,
                _ => return false,
            }
        }
        false
    }

    /// "a"/"an" counts one only in a claim of harm with a verb in the past:
    /// "a guard was killed", "killed a visitor"; not "kills a guard".
    fn article_claim(&self, raw: &Raw, event: Event, before: bool) -> bool {
        let harm = matches!(
            event,
            Event::Killed
                | Event::Injured
                | Event::Detained
                | Event::Arrested
                | Event::Missing
                | Event::Hospitalized
        );
        if !harm {
            return false;
        }
        if !before {
            return true;
        }
        let mut p = raw.first - 1;
        if matches!(self.w(p), "reportedly" | "allegedly" | "also") && p > 0 {
            p -= 1;
        }
        let verb = self.w(p);
        verb.ends_with("ed")
            || matches!(
                verb,
                "slew" | "slain" | "lost" | "hurt" | "were" | "was" | "included" | "dead" | "down"
            )
    }

    /// "including 11 attackers", "among them two children": a subtotal.
    fn subtotal_before(&self, first: usize) -> bool {
        first > 0 && matches!(self.w(first - 1), "including" | "incl")
            || self.ends_with(first, &["among", "them"]).is_some()
            || self.ends_with(first, &["among", "whom"]).is_some()
            || self.ends_with(first, &["of", "whom"]).is_some()
    }

    // Out of line: inlined into `extract` it made the whole loop slower
    // (more instructions under callgrind).
    #[inline(never)]
    fn people(&self, k: usize, raws: &[Raw]) -> Option<People> {
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
            let strong = raw.first > 0 && strong_verb(self.w(raw.first - 1));
            let e = before
                .as_ref()
                .filter(|(_, n)| strong || n.as_ref().is_some_and(|n| n.among))
                .map(|(e, _)| *e)
                .or_else(|| self.event_after(noun.end, seg))
                // "killed four bandits and two shepherds"
                .or_else(|| self.conjunct_of(k, raws, noun.end).map(|p| p.event));
            let harm = matches!(
                e,
                Some(
                    Event::Killed
                        | Event::Injured
                        | Event::Hospitalized
                        | Event::Detained
                        | Event::Arrested
                        | Event::Missing
                )
            );
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
        let noun_event = head_word.and_then(event_noun).map(|e| {
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
            && matches!(self.w(raw.last), "in" | "at" | "on" | "near" | "," | "." | ";" | "")
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
        let subtotal = self.subtotal_before(raw.first)
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
            event = if own_verb { Some(Event::Other) } else { total_people.map(|p| p.event) };
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
        let fate = || (raw.first > 0 && fate_verb(self.w(raw.first - 1))) || self.fate_after(after_from, seg);
        let event =
            event.unwrap_or_else(|| if noun.partitive || fate() { Event::Other } else { Event::Involved });
        if raw.zero && matches!(event, Event::Involved | Event::Other) && noun_event.is_none() {
            return None; // "no one claimed responsibility"
        }
        if raw.article && !self.article_claim(raw, event, before.is_some()) {
            return None; // "a police car", "a witness said", "kills a guard"
        }
        let among = matches!(&before, Some((_, Some(n))) if n.among);
        Some(People { event, who, who_class, part_of: total, subtotal: subtotal || among })
    }

    /// The original text of tokens `a..b`.
    fn slice(&self, a: usize, b: usize) -> &str {
        if b <= a || b > self.n() {
            return "";
        }
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }
}

struct Noun {
    start: usize,
    head: Option<(usize, WhoClass)>,
    /// One past the head (or past the words read when there is no head).
    end: usize,
    partitive: bool,
    pronoun: bool,
    adj_event: Option<Event>,
    /// "three of five": something follows that is not a noun phrase.
    blocked: bool,
    armed: bool,
    /// Not a noun: the mark of "Among the dead were …".
    among: bool,
}

impl Noun {
    fn among() -> Noun {
        Noun {
            start: 0,
            head: None,
            end: 0,
            partitive: false,
            pronoun: false,
            adj_event: None,
            blocked: false,
            armed: false,
            among: true,
        }
    }
}
