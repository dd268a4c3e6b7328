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

use crate::lang::{self, LANGUAGES};

pub(crate) mod words;

use words::{ascii_lower_key, pack, KeyMap, WordList};

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

static OPENER_LIST: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(LANGUAGES.iter().flat_map(|l| l.openers)));
static SPEECH_VERB_LIST: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(LANGUAGES.iter().flat_map(|l| l.speech_verbs)));

/// Abbreviations are at most this long, in bytes (checked by a test).
const ABBREVIATION_MAX: usize = 16;

/// The longest listed abbreviation that starts with an ASCII letter, in
/// bytes: longer such words need no look-up (most words before a full stop
/// are).
const ASCII_ABBREVIATION_MAX: usize = {
    let mut max = 0;
    let mut l = 0;
    while l < LANGUAGES.len() {
        let words = LANGUAGES[l];
        let lists = [words.usual, words.before_number, words.never, words.ordinary];
        let mut k = 0;
        while k < lists.len() {
            let mut w = 0;
            while w < lists[k].len() {
                let word = lists[k][w].as_bytes();
                if word[0].is_ascii() && word.len() > max {
                    max = word.len();
                }
                w += 1;
            }
            k += 1;
        }
        l += 1;
    }
    max
};

/// Every listed abbreviation of every language, packed (see [`pack`]),
/// with its kind; a word in two lists keeps the first of `Never`,
/// `BeforeNumber`, `Usual`, `No` (the `ordinary` lists). One look-up answers
/// for all the lists.
static ABBREVIATIONS: LazyLock<KeyMap<Abbrev>> = LazyLock::new(|| {
    let mut entries: Vec<(u128, Abbrev)> = Vec::new();
    for kind in [Abbrev::Never, Abbrev::BeforeNumber, Abbrev::Usual, Abbrev::No] {
        for lang in LANGUAGES {
            let words = match kind {
                Abbrev::Never => lang.never,
                Abbrev::BeforeNumber => lang.before_number,
                Abbrev::Usual => lang.usual,
                Abbrev::No => lang.ordinary,
            };
            for word in words {
                entries.push((pack(word.as_bytes()).expect("abbreviations are at most sixteen bytes"), kind));
            }
        }
    }
    KeyMap::new(&entries, Abbrev::No)
});

/// The listed kind of a lower-case word, if it is listed.
#[inline]
fn abbreviation_kind(lower: &str) -> Option<Abbrev> {
    ABBREVIATIONS.get(pack(lower.as_bytes())?)
}

/// Look a word up, lower-cased into a small stack buffer (no allocation).
#[inline]
fn lookup<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let mut buf = [0u8; 32];
    f(lang::lower(word, &mut buf)?)
}

fn abbreviation(word: &str) -> Abbrev {
    let bytes = word.as_bytes();
    let listed = match bytes.first() {
        // ASCII: the key lower-cased straight from the bytes.
        Some(b) if b.is_ascii() => {
            if bytes.len() > ASCII_ABBREVIATION_MAX {
                None
            } else if let Some(key) = ascii_lower_key(bytes) {
                ABBREVIATIONS.get(key)
            } else {
                // `N°`
                lookup(word, abbreviation_kind)
            }
        }
        _ if word.len() <= ABBREVIATION_MAX => lookup(word, abbreviation_kind),
        _ => None,
    };
    if let Some(kind) = listed {
        return kind;
    }
    let mut chars = word.chars();
    // An initial: one capital letter (`J.`), or a list letter handled elsewhere.
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Abbrev::Usual;
        }
    }
    // Multi-period abbreviations: `U.S`, `p.m`, `Ph.D`, `U.S.A`, `y.o.y`,
    // initials `Н.А`, `К.-Ж` (short parts, one of a single letter; not a
    // domain such as `gov.kz`).
    if word.bytes().any(|b| b == b'.') {
        let mut single = false;
        let short_parts = word.split('.').all(|part| {
            let part = part.strip_prefix('-').unwrap_or(part);
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

/// A listed abbreviation of two parts written with a space (`т. д.`, `и.
/// о.`, `e. g.`), whose second part is `token` (the word before the full
/// stop at `token_end`): its kind, when the two parts joined are listed.
fn spaced_abbreviation(s: &str, sent_start: usize, token_start: usize, token: &str) -> Option<Abbrev> {
    let short_letters = |w: &str| (1..=2).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic);
    if !short_letters(token) {
        return None;
    }
    let before = s[sent_start..token_start].trim_end();
    let prev_end = sent_start + before.len();
    let prev = before.strip_suffix('.')?;
    let prev_start = word_start_before(s, sent_start, prev_end - 1);
    let prev = &prev[prev_start - sent_start..];
    if !short_letters(prev) || prev_end == token_start {
        return None;
    }
    let mut joined = [0u8; 16];
    let n = prev.len() + 1 + token.len();
    let slot = joined.get_mut(..n)?;
    slot[..prev.len()].copy_from_slice(prev.as_bytes());
    slot[prev.len()] = b'.';
    slot[prev.len() + 1..].copy_from_slice(token.as_bytes());
    lookup(std::str::from_utf8(slot).ok()?, abbreviation_kind)
}

/// A capitalised word that usually opens a sentence (`The`, `В`), in any
/// language's list.
pub(crate) fn is_opener(word: &str) -> bool {
    match ascii_lower_key(word.as_bytes()) {
        Some(key) => OPENER_LIST.contains_key(key),
        None => lookup(word, |w| OPENER_LIST.contains(w).then_some(())).is_some(),
    }
}

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERB_LIST.contains(word)
}

/// Marks that end a sentence.
#[inline]
fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing quotes and brackets that belong to the sentence they follow.
#[inline]
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Opening quotes and brackets that may stand before a sentence's first word.
#[inline]
fn is_opener_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '„' | '¿' | '¡')
}

/// `s` without the opening quotes and brackets it starts with (none when it
/// starts with an ASCII letter or digit, as words nearly always do).
#[inline]
fn strip_opener_marks(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => s,
        _ => s.trim_start_matches(is_opener_mark),
    }
}

/// Line-break characters: a whitespace run containing one collapses to a
/// single space in a record's text.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r')
}

/// A dash at `i` standing between words: `—`, `–`, or a hyphen with a
/// space after it (as plain-text copies write the dash).
#[inline]
fn is_speech_dash(s: &str, i: usize, end: usize) -> bool {
    // `—` and `–` are led by 0xE2.
    if !matches!(s.as_bytes().get(i), Some(b'-' | 0xE2)) {
        return false;
    }
    match char_at(s, i) {
        Some('—' | '–') => true,
        Some('-') => s[i + 1..end].starts_with(char::is_whitespace),
        _ => false,
    }
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
        if is_speech_verb(bare) {
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

/// A line break after a short line without closing punctuation, before a
/// capital, in a paragraph with a much longer line: a headline, a caption
/// or a linked title run into the text (`Pay rise for miners\nThe union
/// said…`), not a sentence broken by a hard wrap (whose lines are as long
/// as the paragraph's longest).
fn short_line_break(para: &str, start: usize, end: usize, i: usize, longest: &mut Option<usize>) -> bool {
    let line_start = para[start..i].rfind('\n').map_or(start, |k| start + k + 1);
    let line = para[line_start..i].trim_end();
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if is_end_mark(last) || matches!(last, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '/' | '&' | '+') {
        return false;
    }
    // A line that stops on `that`, `the`, `и`, `в`: the sentence goes on.
    let last_word = &line[word_start_before(line, 0, line.len())..];
    if last_word.starts_with(char::is_lowercase) && is_opener(last_word) {
        return false;
    }
    let next = skip_space(para, i + 1, end);
    let mut k = next;
    while let Some(c) = char_at(para, k).filter(|&c| is_opener_mark(c) && k < end) {
        k += c.len_utf8();
    }
    if k >= end || !char_at(para, k).is_some_and(char::is_uppercase) {
        return false;
    }
    let longest =
        *longest.get_or_insert_with(|| para[start..end].split('\n').map(str::len).max().unwrap_or(0));
    longest >= 100 && line.len() * 10 < longest * 6
}

/// Byte length of the char starting at `i`.
#[inline(always)]
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
    // Bytes of the paragraph's longest line, counted at its first line break.
    let mut longest_line = None;
    while i < end {
        match candidates.next_from(i) {
            Some(k) => i = k,
            None => break,
        }
        let b = bytes[i];
        if b == b'\n' {
            let next_line = &para[i + 1..];
            if starts_item(next_line) || short_line_break(para, start, end, i, &mut longest_line) {
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
            let glued_word = s[j + c.len_utf8()..end].starts_with(|n: char| n.is_alphanumeric());
            let apostrophe = matches!(c, '\'' | '’') && glued_word;
            // `“` closes a quotation opened with `„` (Russian, German):
            // right after an end mark and before no word.
            let low_quote_closer = c == '“' && !glued_word;
            if (is_closer(c) && !apostrophe) || low_quote_closer {
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
#[inline(always)]
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
#[inline(always)]
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

#[inline(always)]
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

#[inline]
fn trim_end(s: &str, start: usize, end: usize) -> usize {
    start + s[start..end].trim_end().len()
}

/// A sentence end with no space after it (`the attack.The police`,
/// `on Saturday.Preliminary`, `гражданские.В четверг`, `said.«We`): the
/// word before the marks is a word of two letters or more or a number, and
/// no abbreviation; the word after is capitalised, behind any opening
/// quotes. An abbreviation
/// (`U.S.Army`, `ул.Абая`), a domain or an address (`gov.kz`,
/// `Sputnik.Az`, `press@akimat.kz`) and a decimal are no boundary.
fn glued_boundary(s: &str, sent_start: usize, mark: usize, after: usize, end: usize) -> bool {
    let mut k = after;
    while let Some(c) = char_at(s, k).filter(|&c| is_opener_mark(c) && c != '(' && c != '[') {
        k += c.len_utf8();
    }
    if k >= end || !char_at(s, k).is_some_and(char::is_uppercase) {
        return false;
    }
    let first_len = char_at(s, k).map_or(1, char::len_utf8);
    // A word: `The`, or a one-letter word such as `В` or `A` before a space.
    let word_like = match char_at(s, k + first_len) {
        Some(c) => c.is_lowercase() || c.is_whitespace() || c == ',',
        None => true,
    };
    if !word_like {
        return false;
    }
    let token_start = word_start_before(s, sent_start, mark);
    let token = strip_opener_marks(&s[token_start..mark]);
    let core = token.trim_end_matches(is_closer);
    if core.contains(['/', '@', ':', '.']) || core.starts_with("www") {
        return false;
    }
    // `Aigul.Serikova@example.kz`, `Site.Com/News`: an address goes on.
    let run_end = s[after..end].find(char::is_whitespace).map_or(end, |k| after + k);
    if s[after..run_end].contains(['@', '/']) {
        return false;
    }
    let word = core.chars().count() >= 2 && core.chars().all(char::is_alphabetic);
    let number = !core.is_empty() && core.bytes().all(|b| b.is_ascii_digit());
    if !(word || number) || abbreviation(core) != Abbrev::No {
        return false;
    }
    // `Sputnik.Az`, `Gazeta.Ru`: a domain's last part.
    let next_end = alphanumeric_end(s, k, end);
    lookup(&s[k..next_end], |w| TOP_LEVEL_DOMAINS.contains(&w).then_some(())).is_none()
}

/// Domain endings seen capitalised in news copy (`Sputnik.Az`); none of
/// them a word that opens sentences.
const TOP_LEVEL_DOMAINS: &[&str] =
    &["ru", "kz", "kg", "uz", "tj", "az", "tm", "ge", "am", "ua", "com", "net", "org", "info", "su", "рф"];

/// `rest` is a short bracket and nothing after it (`(AFP)`, `(Photo: Aliya
/// Bekova)`), with no sentence inside (`(Traffic police gave no reason.)`
/// is one).
#[inline]
fn credit_in_brackets(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('(').and_then(|r| r.trim_end().strip_suffix(')')) else {
        return false;
    };
    inner.len() <= 60
        && inner.split_whitespace().count() <= 6
        && !inner.contains(['(', ')', '.', '!', '?'])
        && inner.starts_with(char::is_uppercase)
}

/// `He left at 9 P.M. Mr. Abenov drove home`, `…в марте 2021 г. Проверки
/// идут`: a time after a number (`a.m.`, `p.m.`, `г.` of a year) ends the
/// sentence before a capitalised word, unless the word dates or places the
/// time (`6 a.m. Tuesday`, `9 p.m. GMT`, `8 p.m. Almaty time`) or the
/// sentence opens with the time (`At 7 a.m. Mr. Abenov…`, `В марте 2021 г.
/// Токаев…`). `None` for other words before the stop.
fn time_abbreviation_ends(
    s: &str,
    sent_start: usize,
    token_start: usize,
    token: &str,
    word: &str,
    word_end: usize,
    end: usize,
) -> Option<bool> {
    if word.is_empty() || token.len() > 4 {
        return None;
    }
    let number_before = s[..token_start].trim_end().ends_with(|c: char| c.is_ascii_digit());
    if !number_before {
        return None;
    }
    lookup(token, |t| LANGUAGES.iter().any(|l| l.time_abbreviations.contains(&t)).then_some(()))?;
    // A time put first belongs to the clause after it: a preposition opens
    // the sentence, and few words stand before the time.
    let before = &s[sent_start..token_start];
    let first = before.split_whitespace().next().unwrap_or("");
    let opener = lookup(first, |w| LANGUAGES.iter().any(|l| l.time_openers.contains(&w)).then_some(()));
    let fronted = opener.is_some() && before.split_whitespace().count() <= 5;
    let dates = kz_shared::words::weekday_or_abbreviation_number(word).is_some()
        || kz_shared::words::month_number(word).is_some()
        || matches!(word, "GMT" | "UTC" | "EST" | "CET" | "MSK")
        || s[word_end..end].trim_start().starts_with("time");
    Some(!fronted && !dates)
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
    // Something glued after the cluster: decimals, URLs, `Jr.'s`, `them,”`,
    // or a new sentence that a bad copy lost its space before.
    if !char_at(s, after).is_some_and(char::is_whitespace) {
        return glued_boundary(s, sent_start, mark, after, end);
    }
    let next = skip_space(s, after, end);
    if next >= end {
        return true;
    }
    // A photo credit after a caption's last sentence: `… border. / AFP`,
    // `… on Monday. (AFP)`, `(Photo: Steppe Daily)` at the paragraph's end.
    if s[next..end].starts_with('/') || credit_in_brackets(&s[next..end]) {
        return false;
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
    // The dash of direct speech: `«Где он?» — спросила мать.`, `Стоять! —
    // крикнул он.` A capital after the dash starts a new sentence.
    if is_speech_dash(s, word_start, end) {
        let said = skip_space(s, word_start + first.len_utf8(), end);
        if char_at(s, said).is_some_and(char::is_lowercase) {
            return false;
        }
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
    let token = strip_opener_marks(&s[token_start..mark]);
    if token.is_empty() {
        return true;
    }
    let starts_number = first.is_ascii_digit();
    // One or two letters (`д`, `е`; two bytes each in Cyrillic).
    let short = token.len() <= 2 || (token.len() <= 4 && !token.is_ascii());
    let spaced = if short { spaced_abbreviation(s, sent_start, token_start, token) } else { None };
    let kind = spaced.unwrap_or_else(|| abbreviation(token));
    match kind {
        Abbrev::No => true,
        Abbrev::Never => false,
        Abbrev::BeforeNumber => !starts_number,
        Abbrev::Usual => {
            // A following initial (`J. R. Smith`) continues a name.
            let next_is_initial = s[word_end..].starts_with('.') && word.chars().count() == 1;
            if next_is_initial {
                return false;
            }
            match time_abbreviation_ends(s, sent_start, token_start, token, word, word_end, end) {
                Some(ends) => ends,
                None => is_opener(word),
            }
        }
    }
}

#[cfg(test)]
mod tests;
