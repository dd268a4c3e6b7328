//! Sentence boundaries inside one paragraph, as a careful reader of news
//! places them.
//!
//! The scanner walks the bytes looking for `.`, `!`, `?`, `…` and line
//! breaks. At each cluster of end marks (with closing quotes and brackets
//! after it) it decides from the word before and the word after:
//! - no space after the cluster (`3.5`, `U.S.-led`, `example.com`, `Jr.'s`,
//!   `them,”`) never ends a sentence;
//! - a lower-case word after it never starts one (`11 p.m. in the evening`,
//!   `“We will win!” said the minister`);
//! - after an abbreviation (`Mr.`, `Gen.`, `Lt. Col.`, `U.S.`, `p.m.`, `Co.`),
//!   an initial (`J.`) or `No.` before a number, a new sentence starts only
//!   when the next word is one that usually opens a sentence (`The`, `He`,
//!   `In`, …), so `U.S. Army` stays whole and `in the U.S. The` is split;
//! - a list marker that opens a sentence (`1.`, `a.`) is not an end;
//! - an ellipsis ends a sentence before a capital (except `I`);
//! - `[...]` marks an omission inside a quotation, never an end.
//!
//! A line break inside a paragraph followed by a bullet or a numbered item
//! starts a new sentence too.

use std::sync::LazyLock;

/// What the word before a full stop tells about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Not an abbreviation: the stop ends the sentence before a capital.
    No,
    /// Ends a sentence only before a typical sentence opener.
    Usual,
    /// Ends a sentence only before an opener, and never before a number
    /// (`No. 5`, `p. 12`); an ordinary word otherwise (`Sun.`, `art.`).
    BeforeNumber,
    /// Never ends a sentence (`e.g.`, `vs.`).
    Never,
}

/// Abbreviations that stand before names or numbers, or end with a stop
/// mid-sentence. Lower case; matched without regard to case.
const USUAL: &[&str] = &[
    // titles and ranks
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp",
    "det", "amb", "atty", "fr", "sr", "jr", "sra", "srta", "gens", // places
    "mt", "st", "ste", "ft", "ave", "blvd", "rd", "hwy", "dist", "reg", "obl", // companies
    "co", "corp", "inc", "ltd", "plc", "llc", "bros", "dept", "univ", "assn", "govt",
    // months and weekdays that are not words
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "thu",
    "thur", "thurs", "fri", // others
    "etc", "al", "approx", "est", "ca", "jr", "esq",
];

const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "art", "arts", "vol", "vols", "p", "pp", "para", "paras", "sec", "ch", "fig", "figs",
    "tel", "ext", "mar", "sat", "sun", "wed", "n°", "№", "op", "ed", "eds", "pt", "pts", "rm", "bldg", "apt",
];

const NEVER: &[&str] = &["e.g", "i.e", "vs", "cf", "viz", "incl", "esp", "resp"];

/// Capitalised words that usually open a sentence. After an abbreviation,
/// such a word starts a new sentence; any other capitalised word (a name)
/// continues it.
const OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "then",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "also",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "while",
    "where",
    "what",
    "why",
    "how",
    "who",
    "whom",
    "which",
    "if",
    "as",
    "according",
    "since",
    "although",
    "though",
    "some",
    "many",
    "most",
    "all",
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "both",
    "each",
    "every",
    "is",
    "are",
    "was",
    "were",
    "did",
    "do",
    "does",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "let",
    "now",
    "today",
    "yesterday",
    "earlier",
    "later",
    "last",
    "another",
    "other",
    "such",
    "only",
    "not",
    "despite",
    "following",
    "among",
    "for",
    "with",
    "from",
    "to",
    "under",
    "over",
    "even",
    "still",
    "thus",
    "therefore",
    "instead",
    "nevertheless",
    "no",
    "neither",
    "nor",
    "because",
    "once",
    "until",
    "unlike",
    "about",
    "around",
    "more",
    "fewer",
    "less",
    "police",
    "officials",
    "authorities",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nothing",
    "anyone",
    "few",
    "first",
    "finally",
    "moreover",
    "furthermore",
    "overall",
    "separately",
    "afterwards",
    "subsequently",
    "currently",
    "recently",
    "witnesses",
    "residents",
];

/// Where the scanner stops: end marks (`.`, `!`, `?`), the lead byte 0xE2
/// of `…` and other three-byte marks, and line breaks. Two memchr searches
/// (three bytes and two) run ahead of the scanner, each remembering its next
/// hit, so every byte is looked at by each search once.
struct Candidates<'a> {
    bytes: &'a [u8],
    /// Next `.`, `!` or `?` at or after the last position asked, or
    /// `bytes.len()` for none.
    next_mark: Option<usize>,
    /// Next 0xE2 or `\n`, likewise.
    next_other: Option<usize>,
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Candidates { bytes, next_mark: None, next_other: None }
    }

    /// The first candidate at or after `from`. `from` never decreases from
    /// one call to the next.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        let bytes = self.bytes;
        let rest = bytes.get(from..).unwrap_or(&[]);
        let mark = match self.next_mark {
            Some(k) if k >= from => k,
            _ => find_mark(rest).map_or(bytes.len(), |k| from + k),
        };
        let other = match self.next_other {
            Some(k) if k >= from => k,
            _ => find_other(rest).map_or(bytes.len(), |k| from + k),
        };
        self.next_mark = Some(mark);
        self.next_other = Some(other);
        let next = mark.min(other);
        (next < bytes.len()).then_some(next)
    }
}

/// The AVX2 searches built once: calling them directly skips the
/// dispatch memchr's plain functions do on every call, which counts when
/// the haystacks are a few dozen bytes.
#[cfg(target_arch = "x86_64")]
static SEARCHERS: LazyLock<Option<(avx2::Three, avx2::Two)>> =
    LazyLock::new(|| Some((avx2::Three::new(b'.', b'!', b'?')?, avx2::Two::new(0xE2, b'\n')?)));

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::avx2::memchr as avx2;

/// The first `.`, `!` or `?`.
fn find_mark(hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some((three, _)) = SEARCHERS.as_ref() {
        return three.find(hay);
    }
    memchr::memchr3(b'.', b'!', b'?', hay)
}

/// The first 0xE2 or line break.
fn find_other(hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if let Some((_, two)) = SEARCHERS.as_ref() {
        return two.find(hay);
    }
    memchr::memchr2(0xE2, b'\n', hay)
}

/// A word list for fast look-ups of lower-case words: words of up to
/// eight bytes packed into sorted integers, longer ones kept as they are.
struct WordList {
    short: Vec<u64>,
    long: Vec<&'static str>,
}

/// The bytes of a word of at most eight bytes as one integer.
fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut bytes = [0u8; 8];
    bytes[..word.len()].copy_from_slice(word);
    Some(u64::from_le_bytes(bytes))
}

impl WordList {
    fn new(words: &[&'static str]) -> Self {
        let mut short: Vec<u64> = words.iter().filter_map(|w| pack(w.as_bytes())).collect();
        short.sort_unstable();
        short.dedup();
        let long = words.iter().copied().filter(|w| w.len() > 8).collect();
        WordList { short, long }
    }

    fn contains(&self, lower: &str) -> bool {
        match pack(lower.as_bytes()) {
            Some(key) => self.short.binary_search(&key).is_ok(),
            None => self.long.contains(&lower),
        }
    }
}

static OPENER_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(OPENERS));

/// Every listed abbreviation, packed (see [`pack`]) and sorted, with its
/// kind; a word in two lists keeps the first of `Never`, `BeforeNumber`,
/// `Usual`. One binary search answers for all three lists.
static ABBREVIATIONS: LazyLock<Vec<(u64, Abbrev)>> = LazyLock::new(|| {
    let mut table: Vec<(u64, Abbrev)> = Vec::new();
    for (words, kind) in
        [(NEVER, Abbrev::Never), (BEFORE_NUMBER, Abbrev::BeforeNumber), (USUAL, Abbrev::Usual)]
    {
        for word in words {
            let key = pack(word.as_bytes()).expect("abbreviations are at most eight bytes");
            if !table.iter().any(|&(k, _)| k == key) {
                table.push((key, kind));
            }
        }
    }
    table.sort_unstable_by_key(|&(k, _)| k);
    table
});

/// The listed kind of a lower-case word, if it is listed.
fn abbreviation_kind(lower: &str) -> Option<Abbrev> {
    if lower.len() > 6 {
        // No listed abbreviation is longer.
        return None;
    }
    let key = pack(lower.as_bytes())?;
    let table = &*ABBREVIATIONS;
    table.binary_search_by_key(&key, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// Look a word up, lower-cased into a small stack buffer (no allocation).
fn lookup<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    // Lower-casing ASCII bytes keeps the text valid UTF-8.
    let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
    f(lower)
}

fn abbreviation(word: &str) -> Abbrev {
    if word.len() <= 6 {
        if let Some(kind) = lookup(word, abbreviation_kind) {
            return kind;
        }
    }
    let mut chars = word.chars();
    // An initial: one capital letter (`J.`), or a list letter handled elsewhere.
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Abbrev::Usual;
        }
    }
    // Multi-period abbreviations: `U.S`, `p.m`, `Ph.D`, `U.S.A`, `y.o.y` (short
    // parts, one of a single letter; not a domain such as `gov.kz`).
    if word.bytes().any(|b| b == b'.') {
        let mut single = false;
        let short_parts = word.split('.').all(|part| {
            let n = part.chars().count();
            single |= n == 1;
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        });
        if short_parts && single {
            return Abbrev::Usual;
        }
    }
    Abbrev::No
}

fn is_opener(word: &str) -> bool {
    lookup(word, |w| OPENER_LIST.contains(w).then_some(())).is_some()
}

/// Marks that end a sentence.
fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Opening quotes and brackets that may stand before a sentence's first word.
fn is_opener_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '„' | '¿' | '¡')
}

/// Line-break characters: a whitespace run containing one collapses to a
/// single space in a record's text.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '▪' | '●' | '◦' | '⁃' | '-' | '–' | '—' | '*' | '‣')
}

/// A list marker at the start of `s`: `1.`, `12)`, `3.)`, `a.`, `b)`,
/// followed by a space. Returns its length.
fn list_marker(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let head = if (1..=3).contains(&digits) {
        digits
    } else if b.first().is_some_and(u8::is_ascii_lowercase) {
        1
    } else {
        return None;
    };
    let mut i = head;
    match b.get(i) {
        Some(b'.') => {
            i += 1;
            if b.get(i) == Some(&b')') {
                i += 1;
            }
        }
        Some(b')') => i += 1,
        _ => return None,
    }
    (b.get(i) == Some(&b' ')).then_some(i)
}

/// The full stop at `mark` follows a list marker that opens the sentence
/// (`1.`, `a.`, `2.)`), or a number inside a numbered list item (`1. The
/// first item 2. The second`), which [`split_list_items`] cuts before.
fn list_number_before(s: &str, sent_start: usize, mark: usize) -> bool {
    // The token must be one to three digits or one lower-case letter, right
    // after a space, a bullet or the sentence start. Checking that on the
    // last bytes first rules out nearly every full stop cheaply.
    let bytes = s.as_bytes();
    let digits = bytes[sent_start..mark].iter().rev().take(4).take_while(|b| b.is_ascii_digit()).count();
    let letter_last = mark > sent_start && bytes[mark - 1].is_ascii_lowercase();
    let token_len = if (1..=3).contains(&digits) {
        digits
    } else if letter_last {
        1
    } else {
        return false;
    };
    let delimited = s[sent_start..mark - token_len]
        .chars()
        .next_back()
        .map_or(true, |c| c.is_whitespace() || is_bullet(c));
    if !delimited {
        return false;
    }
    let token_start = s[sent_start..mark]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_bullet(c))
        .map_or(sent_start, |(k, c)| sent_start + k + c.len_utf8());
    let token = &s[token_start..mark];
    let number = (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit());
    let letter = token.len() == 1 && token.bytes().all(|b| b.is_ascii_lowercase());
    let opening = s[sent_start..token_start].chars().all(|c| c.is_whitespace() || is_bullet(c));
    let item = s[sent_start..].trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c));
    (number || letter) && (opening || list_marker(item).is_some())
}

/// Cut sentences that hold several inline list items (`1. One 2. Two`,
/// `• One • Two`) before each next item.
fn split_list_items(text: &str, spans: &mut Vec<(usize, usize)>, from: usize) {
    let mut k = from;
    while k < spans.len() {
        let (a, b) = spans[k];
        if let Some(cut) = next_item(&text[a..b]) {
            let first_end = trim_end(text, a, a + cut);
            spans[k] = (a, first_end);
            spans.insert(k + 1, (a + cut, b));
        }
        k += 1;
    }
}

/// Where the next inline list item starts in a sentence that opens with one.
fn next_item(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if matches!(first, '•' | '·' | '▪' | '●' | '◦' | '⁃' | '‣') {
        let width = first.len_utf8();
        return s[width..]
            .char_indices()
            .find(|&(k, c)| c == first && s[..width + k].ends_with(char::is_whitespace))
            .map(|(k, _)| width + k);
    }
    let marker = list_marker(s)?;
    let head = &s[..marker];
    let delim = head.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    let label = &head[..head.len() - delim.len()];
    let next_label = match label.parse::<u32>() {
        Ok(n) => (n + 1).to_string(),
        Err(_) => {
            let c = label.bytes().next()?;
            if !c.is_ascii_lowercase() || c == b'z' {
                return None;
            }
            ((c + 1) as char).to_string()
        }
    };
    let needle = format!(" {next_label}{delim} ");
    s.find(&needle).map(|k| k + 1)
}

/// Verbs that attribute a quotation.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "replied",
    "shouted",
    "recalled",
    "stressed",
    "noted",
    "explained",
    "declared",
    "insisted",
    "continued",
];

/// After a closing quotation mark: a name (not a word that opens
/// sentences, like `He` or `The`) and a speech verb within four words.
fn attribution_follows(s: &str, word_start: usize, end: usize) -> bool {
    let rest = &s[word_start..end];
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first_word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    if is_opener(first_word) || !first.starts_with(char::is_uppercase) {
        return false;
    }
    for w in std::iter::once(first).chain(words).take(4) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if SPEECH_VERBS.contains(&bare) {
            return true;
        }
        // The attribution ends at the first sentence end.
        if bare.len() != w.len() && w.ends_with(['.', '!', '?']) {
            return false;
        }
    }
    false
}

/// A line inside a paragraph that starts a list item: a bullet or a marker.
fn starts_item(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if is_bullet(c) => chars.next().is_some_and(|n| n == ' ' || n == '\t'),
        Some(c) if c.is_ascii_alphanumeric() => list_marker(line).is_some(),
        _ => false,
    }
}

/// Byte length of the char starting at `i`.
fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// The sentence spans of `text[start..end]` (a trimmed paragraph), as
/// absolute byte offsets, appended to `out`. Every span is non-empty,
/// trimmed, in order, and the spans do not overlap.
pub fn split(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let from = out.len();
    split_sentences(text, start, end, out);
    split_list_items(text, out, from);
}

fn split_sentences(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let para = &text[..end];
    let bytes = para.as_bytes();
    let mut sent_start = start;
    let mut i = start;
    let mut candidates = Candidates::new(&bytes[..end]);
    while i < end {
        match candidates.next_from(i) {
            Some(k) => i = k,
            None => break,
        }
        let b = bytes[i];
        if b == b'\n' {
            let next_line = &para[i + 1..];
            if starts_item(next_line) {
                let sent_end = trim_end(para, sent_start, i);
                if sent_end > sent_start {
                    out.push((sent_start, sent_end));
                }
                sent_start = skip_space(para, i + 1, end);
            }
            i += 1;
            continue;
        }
        // The commonest case first: a lone full stop and a space, not the
        // start of a spaced ellipsis (`. .`), is a cluster of its own.
        let lone_stop = b == b'.' && bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2) != Some(&b'.');
        let (cluster_end, after) = if lone_stop {
            (i + 1, i + 1)
        } else {
            let c = char_at(para, i).unwrap_or(' ');
            if !is_end_mark(c) {
                i += if b < 0x80 { 1 } else { c.len_utf8().max(1) };
                continue;
            }
            scan_cluster(para, i, end)
        };
        if after >= end {
            break;
        }
        if ends_sentence(para, sent_start, i, cluster_end, after, end) {
            out.push((sent_start, after));
            sent_start = skip_space(para, after, end);
            i = sent_start;
        } else {
            i = after.max(i + 1);
        }
    }
    let sent_end = trim_end(para, sent_start, end);
    if sent_end > sent_start {
        out.push((sent_start, sent_end));
    }
}

/// From an end mark at `i`: the end of the run of end marks (spaced
/// ellipses `. . .` included), and the end of the closing quotes and
/// brackets after it (end marks after closers join too: `”.`).
fn scan_cluster(s: &str, i: usize, end: usize) -> (usize, usize) {
    let mut j = i;
    let mut marks_end = i;
    loop {
        let mut moved = false;
        while j < end {
            let c = char_at(s, j).unwrap_or(' ');
            if is_end_mark(c) {
                j += c.len_utf8();
                marks_end = j;
                moved = true;
            } else if c == ' ' && s[j..end].starts_with(" .") && s[..j].ends_with('.') {
                // `. . .`: a spaced ellipsis continues the cluster
                j += 1;
            } else {
                break;
            }
        }
        while j < end {
            let c = char_at(s, j).unwrap_or(' ');
            let apostrophe = matches!(c, '\'' | '’')
                && s[j + c.len_utf8()..end].starts_with(|n: char| n.is_alphanumeric());
            if is_closer(c) && !apostrophe {
                j += c.len_utf8();
                moved = true;
            } else {
                break;
            }
        }
        if !moved || j >= end || !is_end_mark(char_at(s, j).unwrap_or(' ')) {
            break;
        }
    }
    (marks_end, j)
}

/// Whitespace as `char::is_whitespace` has it, for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Where the last whitespace-delimited word of `s[from..to]` starts (just
/// after the last whitespace, or `from`). ASCII bytes are looked at as
/// bytes; the first other one hands over to a search by characters.
fn word_start_before(s: &str, from: usize, to: usize) -> usize {
    let bytes = s.as_bytes();
    let mut k = to;
    while k > from {
        let b = bytes[k - 1];
        if !b.is_ascii() {
            return s[from..k]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(from, |(i, c)| from + i + c.len_utf8());
        }
        if is_ascii_space(b) {
            return k;
        }
        k -= 1;
    }
    from
}

/// Where the run of alphanumeric characters starting at `from` ends
/// (before `end`), ASCII looked at as bytes.
fn alphanumeric_end(s: &str, from: usize, end: usize) -> usize {
    let bytes = s.as_bytes();
    let mut k = from;
    while k < end {
        let b = bytes[k];
        if !b.is_ascii() {
            return s[k..end].find(|c: char| !c.is_alphanumeric()).map_or(end, |i| k + i);
        }
        if !b.is_ascii_alphanumeric() {
            return k;
        }
        k += 1;
    }
    end
}

fn skip_space(s: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        let c = char_at(s, i).unwrap_or('x');
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end().len()
}

/// Decide whether the cluster of end marks at `mark..marks_end` (closers up
/// to `after`) ends the sentence that began at `sent_start`.
fn ends_sentence(
    s: &str,
    sent_start: usize,
    mark: usize,
    marks_end: usize,
    after: usize,
    end: usize,
) -> bool {
    // Something glued after the cluster: decimals, URLs, `Jr.'s`, `them,”`.
    if !char_at(s, after).is_some_and(char::is_whitespace) {
        return false;
    }
    let next = skip_space(s, after, end);
    if next >= end {
        return true;
    }
    let marks = &s[mark..marks_end];
    let closers = &s[marks_end..after];
    // The next word, behind any opening quotes or brackets.
    let mut word_start = next;
    while let Some(c) = char_at(s, word_start).filter(|&c| is_opener_mark(c)) {
        word_start += c.len_utf8();
        if word_start >= end {
            return true;
        }
    }
    let word_end = alphanumeric_end(s, word_start, end);
    let word = &s[word_start..word_end];
    let first = char_at(s, word_start).unwrap_or(' ');
    if first.is_lowercase() {
        return false;
    }
    // Another end mark or a closing symbol right after: `. . .` handled by the
    // cluster; a lone `)` or `,` after a space continues.
    if matches!(first, ',' | ';' | ':' | ')' | ']' | '.') {
        return false;
    }
    let omission = s[..mark].ends_with('[') && closers.starts_with(']');
    if omission {
        return false;
    }
    if marks == "." && list_number_before(s, sent_start, mark) {
        return false;
    }
    let ellipsis = marks != "." && (marks.contains('…') || marks.bytes().filter(|&b| b == b'.').count() >= 2);
    if ellipsis {
        return word != "I";
    }
    // `“Where is my son?” Aigul Bekova asked.`: a quotation, then who said it.
    if closers.contains(['"', '”', '»', '\'', '’']) && attribution_follows(s, word_start, end) {
        return false;
    }
    if marks.contains(['!', '?', '‼', '⁇', '⁈', '⁉']) {
        return true;
    }
    if !closers.is_empty() {
        return true;
    }
    // A single full stop: look at the word before it.
    let token_start = word_start_before(s, sent_start, mark);
    let token = s[token_start..mark].trim_start_matches(is_opener_mark);
    if token.is_empty() {
        return true;
    }
    let starts_number = first.is_ascii_digit();
    match abbreviation(token) {
        Abbrev::No => true,
        Abbrev::Never => false,
        Abbrev::BeforeNumber => !starts_number,
        Abbrev::Usual => {
            // A following initial (`J. R. Smith`) continues a name.
            let next_is_initial = word.chars().count() == 1 && s[word_end..].starts_with('.');
            !next_is_initial && is_opener(word)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        let trimmed = text.trim_end();
        let start = text.len() - text.trim_start().len();
        split(text, start, trimmed.len(), &mut spans);
        spans.iter().map(|&(a, b)| &text[a..b]).collect()
    }

    #[track_caller]
    fn check(text: &str, want: &[&str]) {
        assert_eq!(sentences(text), want, "splitting {text:?}");
    }

    #[test]
    fn candidates_are_every_end_mark_break_and_three_byte_lead_in_order() {
        let text = "a.b!c\nd?e…f”g";
        let mut found = Vec::new();
        let mut c = Candidates::new(text.as_bytes());
        let mut from = 0;
        while let Some(k) = c.next_from(from) {
            found.push(k);
            from = k + 1;
        }
        let want: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(found, want);
        // Asking again from a later place skips what lies before it.
        let mut c = Candidates::new(text.as_bytes());
        assert_eq!(c.next_from(0), Some(1));
        assert_eq!(c.next_from(4), Some(5));
        assert_eq!(c.next_from(text.len()), None);
    }

    #[test]
    fn plain_ends() {
        check(
            "Troops left the square. Shops opened again! Will the curfew end?",
            &["Troops left the square.", "Shops opened again!", "Will the curfew end?"],
        );
    }

    #[test]
    fn one_letter_abbreviations_and_initials() {
        check(
            "The report was signed by Daniyar K. Nurlanov. He denied it.",
            &["The report was signed by Daniyar K. Nurlanov.", "He denied it."],
        );
        check("Read the decree on p. 14 of the gazette.", &["Read the decree on p. 14 of the gazette."]);
        check("Officials met J. R. Abenov in Taraz.", &["Officials met J. R. Abenov in Taraz."]);
        check("It was code Plan B. The police denied it.", &["It was code Plan B.", "The police denied it."]);
    }

    #[test]
    fn two_letter_abbreviations_mid_and_end() {
        check(
            "The mine belongs to Kazakh Coal Co. and employs 900 people.",
            &["The mine belongs to Kazakh Coal Co. and employs 900 people."],
        );
        check(
            "The contract went to Steppe Builders Co. It was signed in May.",
            &["The contract went to Steppe Builders Co.", "It was signed in May."],
        );
        check(
            "Ask Aliya and co. at the union office. They know.",
            &["Ask Aliya and co. at the union office.", "They know."],
        );
    }

    #[test]
    fn titles_and_place_abbreviations_before_names() {
        check(
            "Lt. Col. Serik Omarov and Gen. Bolat Ismailov arrived with Mr. Ahmetov and Dr. Ivanova.",
            &["Lt. Col. Serik Omarov and Gen. Bolat Ismailov arrived with Mr. Ahmetov and Dr. Ivanova."],
        );
        check(
            "Climbers left Mt. Talgar for St. Nicholas Cathedral on Abai Ave. near the park.",
            &["Climbers left Mt. Talgar for St. Nicholas Cathedral on Abai Ave. near the park."],
        );
        check("It is Aidos Jr.'s car.", &["It is Aidos Jr.'s car."]);
    }

    #[test]
    fn multi_period_abbreviations() {
        check(
            "The U.S. Embassy in Astana issued a warning. The U.K. did too.",
            &["The U.S. Embassy in Astana issued a warning.", "The U.K. did too."],
        );
        check("She studied in the U.S. for two years.", &["She studied in the U.S. for two years."]);
        check(
            "Talks were held with the U.S. They ended without a deal.",
            &["Talks were held with the U.S.", "They ended without a deal."],
        );
        check("He holds a Ph.D. in law.", &["He holds a Ph.D. in law."]);
        check(
            "Talks were held in Washington, D.C. The envoy left.",
            &["Talks were held in Washington, D.C.", "The envoy left."],
        );
        check(
            "Prices rose 9% y.o.y. in May. Bread cost more.",
            &["Prices rose 9% y.o.y. in May.", "Bread cost more."],
        );
        check("See www.gov.kz. Call 102.", &["See www.gov.kz.", "Call 102."]);
    }

    #[test]
    fn times_of_day() {
        check(
            "Shots rang out around 3 p.m. The crowd ran toward the square.",
            &["Shots rang out around 3 p.m.", "The crowd ran toward the square."],
        );
        check("It happened at 5 a.m. Nobody was hurt.", &["It happened at 5 a.m.", "Nobody was hurt."]);
        check(
            "At 6 a.m. Tuesday the road reopened, and at 7 p.m. in the evening it closed.",
            &["At 6 a.m. Tuesday the road reopened, and at 7 p.m. in the evening it closed."],
        );
    }

    #[test]
    fn months_and_numbered_things() {
        check(
            "The trial opened on Jan. 12 in court No. 3 under Art. 174 of the code.",
            &["The trial opened on Jan. 12 in court No. 3 under Art. 174 of the code."],
        );
        check("He answered no. Nobody asked again.", &["He answered no.", "Nobody asked again."]);
    }

    #[test]
    fn numbers_with_points_and_commas() {
        check(
            "Prices rose 1.5 percent. About 3,000 people marched. Fuel cost 120.50 tenge.",
            &["Prices rose 1.5 percent.", "About 3,000 people marched.", "Fuel cost 120.50 tenge."],
        );
        check(
            "The toll rose to 13. 26 suspects were held.",
            &["The toll rose to 13.", "26 suspects were held."],
        );
    }

    #[test]
    fn ellipses() {
        check(
            "Gunfire went on… Then it stopped. The line went dead... Nobody answered.",
            &["Gunfire went on…", "Then it stopped.", "The line went dead...", "Nobody answered."],
        );
        check("He paused … and said it was over.", &["He paused … and said it was over."]);
        check("We waited. . . . The bus never came.", &["We waited. . . .", "The bus never came."]);
        check("I was not sure . . . I still am not.", &["I was not sure . . . I still am not."]);
        check(
            "\"The decree [...] Was never signed,\" he said.",
            &["\"The decree [...] Was never signed,\" he said."],
        );
    }

    #[test]
    fn quotations() {
        check(
            "“Where is my son?” Aigul Bekova asked. Nobody answered.",
            &["“Where is my son?” Aigul Bekova asked.", "Nobody answered."],
        );
        check(
            "“Order is restored.” Akim Serik Aliyev said on Friday.",
            &["“Order is restored.” Akim Serik Aliyev said on Friday."],
        );
        check("“We are done.” He said nothing else.", &["“We are done.”", "He said nothing else."]);
        check(
            "\"This is a fine day.\" Marat left the room. Nobody said a word.",
            &["\"This is a fine day.\"", "Marat left the room.", "Nobody said a word."],
        );
        check(
            "“We will find and punish them,” Tokayev said. Talks followed.",
            &["“We will find and punish them,” Tokayev said.", "Talks followed."],
        );
        check(
            "“It is over.” said the akim. “Go home!” he added.",
            &["“It is over.” said the akim.", "“Go home!” he added."],
        );
        check(
            "The minister said, “Order is restored.” Residents doubted it.",
            &["The minister said, “Order is restored.”", "Residents doubted it."],
        );
        check("He called it ‘a tragedy.’ Then he left.", &["He called it ‘a tragedy.’", "Then he left."]);
    }

    #[test]
    fn parentheses() {
        check(
            "The unit (it had arrived that morning.) was sent north.",
            &["The unit (it had arrived that morning.) was sent north."],
        );
        check(
            "Roads were closed. (Traffic police gave no reason.) Buses stopped.",
            &["Roads were closed.", "(Traffic police gave no reason.)", "Buses stopped."],
        );
    }

    #[test]
    fn double_punctuation() {
        check("Really?! Nobody knew.", &["Really?!", "Nobody knew."]);
        check("Stop!! Police!", &["Stop!!", "Police!"]);
        check("Who fired?? No one says.", &["Who fired??", "No one says."]);
    }

    #[test]
    fn urls_and_emails() {
        check(
            "Write to press@akimat.kz. The office replies in a day.",
            &["Write to press@akimat.kz.", "The office replies in a day."],
        );
        check(
            "The list is at https://gov.kz/news/list.html. It is updated daily.",
            &["The list is at https://gov.kz/news/list.html.", "It is updated daily."],
        );
    }

    #[test]
    fn colons_and_dashes_do_not_split() {
        check(
            "The ministry reported: 26 were killed – 18 more wounded.",
            &["The ministry reported: 26 were killed – 18 more wounded."],
        );
    }

    #[test]
    fn lists() {
        check(
            "1. Release the detainees. 2. Lower the price of gas.",
            &["1. Release the detainees.", "2. Lower the price of gas."],
        );
        check(
            "The demands:\n1. Release the detainees\n2. Lower fuel prices",
            &["The demands:", "1. Release the detainees", "2. Lower fuel prices"],
        );
        check("Schools closed:\n• in Almaty\n• in Taraz", &["Schools closed:", "• in Almaty", "• in Taraz"]);
        check("a. The first point", &["a. The first point"]);
        check(
            "1. Free the detainees 2. Cut fuel prices 3. Dismiss the akim",
            &["1. Free the detainees", "2. Cut fuel prices", "3. Dismiss the akim"],
        );
        check(
            "1.) Free the detainees. 2.) Cut fuel prices.",
            &["1.) Free the detainees.", "2.) Cut fuel prices."],
        );
        check("1) Free the detainees 2) Cut fuel prices", &["1) Free the detainees", "2) Cut fuel prices"]);
        check("a. Free the detainees b. Cut fuel prices", &["a. Free the detainees", "b. Cut fuel prices"]);
        check(
            "• 4. Free the detainees • 5. Cut fuel prices",
            &["• 4. Free the detainees", "• 5. Cut fuel prices"],
        );
        check(
            "⁃4. Free the detainees ⁃5. Cut fuel prices",
            &["⁃4. Free the detainees", "⁃5. Cut fuel prices"],
        );
    }

    #[test]
    fn exclamation_in_names_before_lower_case() {
        check("She works at Yahoo! in Almaty.", &["She works at Yahoo! in Almaty."]);
    }

    #[test]
    fn non_breaking_spaces_separate_sentences() {
        check("They were held.\u{a0} We know them all.", &["They were held.", "We know them all."]);
        check("Met with\u{a0}Gen. Bolat Ismailov.", &["Met with\u{a0}Gen. Bolat Ismailov."]);
    }

    #[test]
    fn pronoun_i_after_an_initial() {
        check(
            "The team was you and I. Did you see Marat I. Suleimenov?",
            &["The team was you and I.", "Did you see Marat I. Suleimenov?"],
        );
    }

    #[test]
    fn geo_coordinates_and_symbols() {
        check(
            "The cache was at N°. 43.238949. It held rifles.",
            &["The cache was at N°. 43.238949.", "It held rifles."],
        );
    }
}

#[cfg(test)]
mod scan_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn byte_scans_agree_with_char_scans(
            s in "[a-zA-Z0-9 .\t\u{b}\u{85}\u{a0}\u{2003}éЖ—“]{0,40}",
            a in 0usize..48,
            b in 0usize..48,
        ) {
            let bound = |k: usize| (0..=k.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap();
            let (from, to) = (bound(a.min(b)), bound(a.max(b)));
            let want_start = s[from..to]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(from, |(k, c)| from + k + c.len_utf8());
            prop_assert_eq!(word_start_before(&s, from, to), want_start);
            let want_end = s[from..to].find(|c: char| !c.is_alphanumeric()).map_or(to, |k| from + k);
            prop_assert_eq!(alphanumeric_end(&s, from, to), want_end);
        }
    }
}

#[cfg(test)]
mod word_list_tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_no_other() {
        for w in USUAL.iter().chain(BEFORE_NUMBER) {
            assert!(abbreviation_kind(w).is_some(), "{w}");
            assert!(w.len() <= 6, "{w} is longer than the quick check allows");
        }
        for w in OPENERS {
            assert!(is_opener(w), "{w}");
        }
        assert!(is_opener("Nevertheless"));
        assert!(!is_opener("Nurlan"));
        assert_eq!(abbreviation_kind("said"), None);
        for w in NEVER {
            assert_eq!(abbreviation_kind(w), Some(Abbrev::Never), "{w}");
        }
        assert_eq!(abbreviation_kind("no"), Some(Abbrev::BeforeNumber));
        assert_eq!(abbreviation_kind("gen"), Some(Abbrev::Usual));
        assert_eq!(abbreviation(&"Colonel".to_uppercase()), Abbrev::No);
    }

    #[test]
    fn numbers_and_letters_before_a_stop_that_are_no_list_markers() {
        let split_at = |text: &str| {
            let mut spans = Vec::new();
            split(text, 0, text.len(), &mut spans);
            spans.len()
        };
        // A year, a code and a word ending in a digit or a letter end sentences.
        assert_eq!(split_at("It happened in 2021. Then it stopped."), 2);
        assert_eq!(split_at("The flight was KC12. Then it left."), 2);
        assert_eq!(split_at("They said so. Then they left."), 2);
        assert_eq!(split_at("Read 3. Then it ended."), 2);
        // A one-letter or short number token opening the sentence is a list marker.
        assert_eq!(split_at("12. The first one"), 1);
        assert_eq!(split_at("• b. The second one"), 1);
    }
}
