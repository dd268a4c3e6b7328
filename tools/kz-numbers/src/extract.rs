//! Finding numbers in a text: the language-neutral engine.
//!
//! Three passes over the tokens of one record: (1) read every number with
//! the words around it that belong to it (qualifier, unit, "more", a range's
//! second number) and decide its kind; (2) for counts, find the people
//! counted and the event ([`crate::claims`]); (3) drop what was only a
//! candidate ("no one" with no event) and number the subtotals' links.
//!
//! What a language writes (number words, units, qualifiers, verbs) comes
//! from its `Lexicon`; the engine is compiled once per language.

use crate::lang::en::En;
use crate::lang::ru::Ru;
use crate::lang::Lexicon;
use crate::tokens::{tokenize, Tk, Token};

pub(crate) use crate::read::Ctx;
use kz_shared::lang::{detect, Lang};

pub use crate::lang::{Event, WhoClass};

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

    pub(crate) fn of_unit_kind(k: &str) -> Kind {
        match k {
            "money" => Kind::Money,
            "distance" => Kind::Distance,
            "percent" => Kind::Percent,
            "age" => Kind::Age,
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
    /// A figure the report itself replaces: "earlier reports put the toll
    /// at 24", "ранее сообщалось о трех погибших", "revised up from 10".
    pub superseded: bool,
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
pub(crate) struct Raw {
    pub m: Mention,
    /// First token of the mention's text (qualifier included).
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    pub approx: bool,
    /// "no one", "nobody", "none", "no casualties": kept only with an event.
    pub zero: bool,
    /// "no one"/"nobody": the people are unspecified, never an earlier noun.
    pub zero_pronoun: bool,
    /// "a"/"an" read as one: kept only with an event of harm.
    pub article: bool,
    /// Where the people's noun starts when not right after the mention ("a
    /// 16-year-old boy": after the age).
    pub noun_at: Option<usize>,
    pub seg: u32,
}

/// Reads numbers; keeps its buffers from one text to the next.
#[derive(Default)]
pub struct Extractor {
    lower: String,
    tokens: Vec<Token>,
    /// The buffer of the per-text list of words (empty between texts).
    words: Vec<&'static str>,
    segs: Vec<u32>,
    raws: Vec<Raw>,
    /// Where each candidate goes in the output (kept from text to text).
    new_index: Vec<usize>,
}

/// True when the text may hold a number in English or Russian: a cheap test
/// run before any tokenizing; most sentences of a news report have none.
pub fn may_have_numbers(text: &str) -> bool {
    En::may_have_numbers(text) || Ru::may_have_numbers(text)
}

/// True when `text` holds an ASCII digit: the first test of every
/// `may_have_numbers`, run on every text, so eight bytes at a time.
pub(crate) fn has_ascii_digit(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    /// A byte of `w` is '0' to '9': for each byte below 0x80, its low seven
    /// bits plus (0x7F - '9') carry into the high bit when above '9', plus
    /// (0x80 - '0') when at least '0' (the classic "has between" test).
    fn digit_in(w: u64) -> bool {
        let low = w & (ONES * 0x7F);
        let above_nine = low + ONES * (0x7F - u64::from(b'9'));
        let at_least_zero = low + ONES * (0x80 - u64::from(b'0'));
        (!above_nine & at_least_zero & !w & HIGHS) != 0
    }
    let mut chunks = text.as_bytes().chunks_exact(8);
    if chunks.any(|c| digit_in(u64::from_le_bytes(c.try_into().expect("eight bytes")))) {
        return true;
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// The language whose rules read `text` when the record says none: English
/// for text in ASCII (no test needed), else what [`detect`] finds; Kazakh
/// text is read with the Russian rules (digits, and the Russian words
/// Kazakh reports quote) until a Kazakh lexicon exists.
pub fn rules_for(text: &str, lang: Option<Lang>) -> Lang {
    // No Cyrillic letter (their first bytes are D0 to D3): English, with
    // no count of letters (most non-ASCII English has only quotes, dashes).
    let cyrillic = || text.bytes().any(|b| (0xD0..=0xD3).contains(&b));
    let lang = match lang {
        Some(l) if l != Lang::Unknown => l,
        _ if text.is_ascii() || !cyrillic() => Lang::En,
        _ => detect(text),
    };
    match lang {
        Lang::Ru | Lang::Kk => Lang::Ru,
        Lang::En => Lang::En,
        // Too few letters to tell: Cyrillic letters decide.
        Lang::Unknown => {
            if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
                Lang::Ru
            } else {
                Lang::En
            }
        }
    }
}

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// The numbers of `text`, in text order, read with the rules of the
    /// text's language (see [`rules_for`]).
    pub fn extract(&mut self, text: &str) -> Vec<Mention> {
        self.extract_lang(text, None)
    }

    /// The numbers of `text`, read with the rules of `lang` (the record's
    /// `lang` field), or of the language detected when `None`.
    pub fn extract_lang(&mut self, text: &str, lang: Option<Lang>) -> Vec<Mention> {
        let mut out = Vec::new();
        self.extract_lang_into(text, lang, &mut out);
        out
    }

    /// [`Extractor::extract_lang`] into `out` (cleared first): a caller
    /// that reads many texts keeps one list and allocates none per text.
    pub fn extract_lang_into(&mut self, text: &str, lang: Option<Lang>, out: &mut Vec<Mention>) {
        out.clear();
        match rules_for(text, lang) {
            Lang::Ru => self.run::<Ru>(text, out),
            _ => self.run::<En>(text, out),
        }
    }

    fn run<L: Lexicon>(&mut self, text: &str, out: &mut Vec<Mention>) {
        self.raws.clear();
        if !L::may_have_numbers(text) {
            return;
        }
        L::lowercase(text, &mut self.lower);
        tokenize(text, &mut self.tokens);
        let mut raws = std::mem::take(&mut self.raws);
        let mut words = recycle(std::mem::take(&mut self.words));
        words.extend(self.tokens.iter().map(|t| &self.lower[t.start..t.end]));
        segment::<L>(text, &words, &self.tokens, &mut self.segs);
        let cx = Ctx::<L>::new(text, &words, &self.tokens, &self.segs);
        let mut i = 0;
        while i < cx.toks.len() {
            // Most tokens start no number: punctuation, and words unlike
            // any number word (told here, without a call).
            let skip = match cx.toks[i].kind {
                Tk::Punct => true,
                Tk::Word => !L::may_start_number(cx.w(i)),
                Tk::Num => false,
            };
            if skip {
                i += 1;
                continue;
            }
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
                && L::ratio_link(cx.w(a.last))
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
                && L::change_to(cx.w(a.last))
                && a.first > 0
                && L::change_from(cx.w(a.first - 1))
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
        // "rose to 14, up from 7": the figure replaced has the event of the
        // count before it, and is superseded.
        for k in 1..raws.len() {
            let a = &raws[k];
            if a.m.kind == Kind::Count
                && a.m.people.is_none()
                && a.first > 1
                && L::change_from(cx.w(a.first - 1))
                && L::revise_verb(cx.w(a.first - 2))
            {
                let seg = a.seg;
                let prev =
                    (0..k).rev().take_while(|&x| raws[x].seg == seg).find_map(|x| raws[x].m.people.clone());
                if let Some(mut p) = prev {
                    p.superseded = true;
                    p.part_of = None;
                    p.subtotal = false;
                    raws[k].m.people = Some(p);
                }
            }
        }
        // "raised the toll from 10 to 13": the figure replaced has the
        // event of the one that replaces it.
        for k in 0..raws.len().saturating_sub(1) {
            let (a, b) = (&raws[k], &raws[k + 1]);
            if a.m.kind == Kind::Count
                && a.m.people.is_none()
                && a.first > 0
                && L::change_from(cx.w(a.first - 1))
                && b.first == a.last + 1
                && L::change_to(cx.w(a.last))
            {
                if let Some(p) = b.m.people.as_ref() {
                    let mut p = p.clone();
                    p.superseded = true;
                    raws[k].m.people = Some(p);
                }
            }
        }
        // "seven of about 20 suspected snipers detained", "25 из 29
        // погибших": a part of the count that follows, with its event.
        for k in (0..raws.len().saturating_sub(1)).rev() {
            let (a, b) = (&raws[k], &raws[k + 1]);
            if a.m.kind == Kind::Count
                && a.m.people.is_none()
                && !a.zero
                && a.m.value.map_or(true, |v| v > 1.0)
                && L::partitive_link(&cx, a.last) == Some(b.first)
                && !cx.complement_of_noun(a.first)
                && a.m.value.zip(b.m.value.or(b.m.low)).map_or(true, |(x, y)| x <= y)
            {
                if let Some(p) = b.m.people.as_ref() {
                    let mut p = p.clone();
                    p.part_of = Some(k + 1);
                    p.subtotal = true;
                    raws[k].m.people = Some(p);
                }
            }
        }
        // Drop zero candidates without an event, and renumber links.
        let mut new_index = std::mem::take(&mut self.new_index);
        new_index.clear();
        new_index.resize(raws.len(), usize::MAX);
        let mut kept = 0;
        for (k, raw) in raws.iter().enumerate() {
            if !((raw.zero || raw.article) && raw.m.people.is_none()) {
                new_index[k] = kept;
                kept += 1 + usize::from(cx.zero_also(raw).is_some());
            }
        }
        out.reserve(kept);
        // The mentions move out (their strings with them): `raws` is done.
        for (k, raw) in raws.drain(..).enumerate() {
            if new_index[k] == usize::MAX {
                continue;
            }
            let also = cx.zero_also(&raw);
            let mut m = raw.m;
            if let Some(p) = m.people.as_mut() {
                p.part_of = p.part_of.and_then(|t| Some(new_index[t]).filter(|&x| x != usize::MAX));
            }
            // "погибших и раненых нет": a zero claim for each harm.
            let second = also.map(|e| {
                let mut m2 = m.clone();
                if let Some(p) = m2.people.as_mut() {
                    p.event = e;
                }
                m2
            });
            out.push(m);
            out.extend(second);
        }
        raws.clear();
        self.raws = raws;
        self.new_index = new_index;
        self.words = recycle(words);
    }
}

/// An empty list with the allocation of `v`, for slices of another
/// lifetime: the words of each text go in one buffer kept from text to
/// text (collecting a `Vec`'s own iterator into an item of the same size
/// reuses its allocation).
fn recycle<'b>(mut v: Vec<&str>) -> Vec<&'b str> {
    v.clear();
    v.into_iter().map(|_| "").collect()
}

/// Sentence numbers of the tokens: a record may hold a paragraph, and
/// what a count inherits (its noun, its total) stays in its sentence.
fn segment<L: Lexicon>(text: &str, words: &[&str], toks: &[Token], segs: &mut Vec<u32>) {
    let cx = Ctx::<L>::new(text, words, toks, &[]);
    segs.clear();
    let mut seg = 0u32;
    for k in 0..toks.len() {
        segs.push(seg);
        let p = cx.w(k);
        if toks[k].kind == Tk::Punct && matches!(p, "." | "!" | "?" | "…") {
            let abbrev = k > 0 && cx.is(k - 1, Tk::Word) && L::abbreviation(cx.w(k - 1));
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

/// Currency signs written before (or right after) a number.
pub(crate) fn currency_sign(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "₸" => "KZT",
        "€" => "EUR",
        "₽" => "RUB",
        "£" => "GBP",
        _ => return None,
    })
}
