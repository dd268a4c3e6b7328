//! Agency tags and datelines at the start or end of a story, which a
//! republisher adds, drops or rewrites: "ALMATY, June 5 (Reuters) - ",
//! "БИШКЕК, 5 июня. /ТАСС/. ", "Астана. 14 марта. ИНТЕРФАКС-КАЗАХСТАН – ",
//! "MOSCOW: ", and at the end " — AP", " – AKIpress", "(Reuters)",
//! "(Reporting by …; Editing by …)". [`strip`] gives the text without them,
//! so that the story and its republication have the same words.
//!
//! A tag at the start counts only before the first words of the story and
//! after what looks like a dateline (capitalised words, numbers, month
//! names): "Police told Reuters - ..." keeps its words. At the end, an
//! agency name counts after a dash, in brackets or between slashes, not as
//! the object of a sentence ("… told AFP.").

use crate::lang::agencies::AGENCIES;

/// Bytes at the start (and the end) of a text where a tag is looked for.
const HEAD: usize = 120;
const TAIL: usize = 48;
/// A Reuters trailer in brackets may be long.
const TRAILER: usize = 400;

/// The text without the agency tags and dateline at its start and its end.
pub fn strip(text: &str) -> &str {
    strip_end(strip_start(text))
}

/// Lower case, `ё` as `е`, as the agency names are written.
fn fold(c: char) -> char {
    match c {
        'ё' | 'Ё' => 'е',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => crate::text::cyrillic_lower(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c)),
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

/// The agency names by their first and by their last character (ASCII ones
/// by the character, all others together), longest first in each, so that
/// "interfax-kazakhstan" is tried before "interfax".
struct Names {
    by_first: Vec<Vec<&'static str>>,
    by_last: Vec<Vec<&'static str>>,
    /// Hashes of the last words of the names, read backwards, sorted: a
    /// text whose last word is none of them ends with no agency.
    tails: Vec<u64>,
}

/// Hash of characters read one by one (folded).
fn fold_hash(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(0xcbf2_9ce4_8422_2325, |h: u64, c| (h ^ fold(c) as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// [`fold_hash`] of the last word of `t` read backwards (its last 24
/// letters and digits at most), as the agency names' last words are
/// hashed in `tails`. Every record asks this, so ASCII is read byte by byte
/// without decoding.
fn last_word_hash(t: &str) -> u64 {
    let bytes = t.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut end = bytes.len();
    let mut n = 0;
    while n < 24 && end > 0 {
        let b = bytes[end - 1];
        let folded = if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            end -= 1;
            b.to_ascii_lowercase() as char
        } else {
            let Some(c) = t[..end].chars().next_back() else { break };
            if !crate::text::is_alphanumeric(c) {
                break;
            }
            end -= c.len_utf8();
            fold(c)
        };
        h = (h ^ folded as u64).wrapping_mul(0x0000_0100_0000_01b3);
        n += 1;
    }
    h
}

fn bucket(c: char) -> usize {
    if c.is_ascii() {
        c as usize
    } else {
        128
    }
}

fn names() -> &'static Names {
    use std::sync::LazyLock;
    static NAMES: LazyLock<Names> = LazyLock::new(|| {
        let mut sorted = AGENCIES.to_vec();
        sorted.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        let mut names =
            Names { by_first: vec![Vec::new(); 129], by_last: vec![Vec::new(); 129], tails: Vec::new() };
        for n in sorted {
            names.by_first[bucket(n.chars().next().unwrap_or(' '))].push(n);
            names.by_last[bucket(n.chars().next_back().unwrap_or(' '))].push(n);
            let tail = n.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or(n);
            names.tails.push(fold_hash(tail.chars().rev()));
        }
        names.tails.sort_unstable();
        names.tails.dedup();
        names
    });
    &NAMES
}

/// Byte length of the agency name `s` starts with (then a non-letter).
fn agency_prefix(s: &str) -> Option<usize> {
    'names: for name in &names().by_first[bucket(fold(s.chars().next()?))] {
        let mut chars = s.char_indices();
        for n in name.chars() {
            match chars.next() {
                Some((_, c)) if fold(c) == n => {}
                _ => continue 'names,
            }
        }
        let end = chars.next().map_or(s.len(), |(i, _)| i);
        if !s[end..].chars().next().is_some_and(char::is_alphanumeric) {
            return Some(end);
        }
    }
    None
}

/// Byte offset where the agency name that `s` ends with starts (after a
/// non-letter).
fn agency_suffix(s: &str) -> Option<usize> {
    'names: for name in &names().by_last[bucket(fold(s.chars().next_back()?))] {
        let mut chars = s.char_indices().rev();
        let mut start = s.len();
        for n in name.chars().rev() {
            match chars.next() {
                Some((i, c)) if fold(c) == n => start = i,
                _ => continue 'names,
            }
        }
        if !s[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
            return Some(start);
        }
    }
    None
}

/// A word that may stand in a dateline: capitalised, a number or a month
/// name ("ALMATY", "June", "5", "июня", "Reuters").
fn dateline_word(word: &str) -> bool {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_ascii_uppercase() || first.is_ascii_digit() {
        return true;
    }
    // Month names start with one of a few letters: most words need no look-up.
    if word.is_ascii() {
        return matches!(word, "of" | "de")
            || (word.len() <= 9
                && matches!(first, 'j' | 'f' | 'm' | 'a' | 's' | 'o' | 'n' | 'd')
                && kz_shared::words::month_number(word).is_some());
    }
    // A basic Cyrillic letter (most first letters here) is a capital below
    // U+0430 and no digit; only other characters need the Unicode tables.
    let (upper, numeric) = match first as u32 {
        0x400..=0x42f => (true, false),
        0x430..=0x45f => (false, false),
        _ => (first.is_uppercase(), first.is_numeric()),
    };
    upper
        || numeric
        || (word.len() <= 20
            && matches!(first, 'я' | 'ф' | 'м' | 'а' | 'и' | 'с' | 'о' | 'н' | 'д')
            && kz_shared::words::ru::month_number(word).is_some())
}

/// Where the dateline-like start of `text` ends: the start of its first
/// word that could not stand in a dateline, or of its thirteenth word. Every
/// tag at the start lies before it ("ALMATY, June 5 (Reuters) - Police |said").
fn dateline_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        if i > 2 * HEAD {
            return i;
        }
        let (alphanumeric, width) = match bytes[i] {
            b if b < 0x80 => (b.is_ascii_alphanumeric(), 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (crate::text::is_alphanumeric(c), c.len_utf8())
            }
        };
        if alphanumeric {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words += 1;
            if words > 12 || !dateline_word(&text[s..i]) {
                return s;
            }
        }
        i += width;
    }
    match start {
        Some(s) if !dateline_word(&text[s..]) => s,
        _ => text.len(),
    }
}

/// True when the dateline `prefix` starts with a city in capitals ("MOSCOW",
/// "DUSHANBE, Tajikistan", "АЛМАТЫ"), which may stand without an agency.
fn is_capitals_dateline(prefix: &str) -> bool {
    let first = prefix.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    first.chars().count() >= 3 && first.chars().all(char::is_uppercase)
}

/// `text` from `at` on, without the spaces and punctuation that follow a tag.
fn rest_after(text: &str, at: usize) -> &str {
    text[at..]
        .trim_start_matches(|c: char| c.is_whitespace() || is_dash(c) || matches!(c, ':' | '.' | ',' | ')'))
}

fn strip_start(text: &str) -> &str {
    // A tag follows a dateline, so only that much of the text is looked at,
    // and only the characters a tag needs.
    let mut end = dateline_end(text).min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[..end];
    for (at, &b) in window.as_bytes().iter().enumerate() {
        let c = match b {
            b'(' | b'/' | b'-' | b':' => b as char,
            0xe2 => match window[at..].chars().next() {
                Some(c) if is_dash(c) => c,
                _ => continue,
            },
            _ => continue,
        };
        let after = at + c.len_utf8();
        match c {
            // "(Reuters)", "(AFP/APP)", "(AFP - Voz Media)"
            '(' => {
                if let Some(n) = agency_prefix(&text[after..]) {
                    let inside = &text[after + n..];
                    let close = inside.char_indices().take(40).find(|&(_, c)| c == ')' || c == '(');
                    if let Some((k, ')')) = close {
                        return rest_after(text, after + n + k + 1);
                    }
                }
            }
            // "/TASS/"
            '/' => {
                if let Some(n) = agency_prefix(&text[after..]) {
                    if text[after + n..].starts_with('/') {
                        return rest_after(text, after + n + 1);
                    }
                }
            }
            // "KazTAG –", "Moscow, Russia – AFP", "MOSCOW: "
            c => {
                // a hyphen inside a word ("ИНТЕРФАКС-КАЗАХСТАН") is not one
                let spaced = c != '-'
                    || text[..at].ends_with(char::is_whitespace)
                    || text[after..].starts_with(char::is_whitespace);
                if !spaced {
                    continue;
                }
                let before = text[..at].trim_end();
                if agency_suffix(before).is_some() {
                    return rest_after(text, after);
                }
                let next = text[after..].trim_start();
                if let Some(n) = agency_prefix(next) {
                    let end = text.len() - next.len() + n;
                    if text[end..].starts_with(|c: char| c == '\n' || c == '.' || is_dash(c)) {
                        return rest_after(text, end);
                    }
                }
                if at <= 60 && is_capitals_dateline(before) {
                    return rest_after(text, after);
                }
            }
        }
    }
    text
}

fn strip_end(text: &str) -> &str {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if t.is_empty() {
        return text;
    }
    // A text that is only an agency's name has nothing else to compare.
    if t.len() <= 40 && agency_prefix(t) == Some(t.len()) {
        return "";
    }
    // "(Reuters)", "(Reporting by …)"
    if let Some(inside) = t.strip_suffix(')') {
        let mut from = inside.len().saturating_sub(TRAILER);
        while !inside.is_char_boundary(from) {
            from += 1;
        }
        if let Some(open) = inside[from..].rfind('(').map(|o| from + o) {
            let content = inside[open + 1..].trim_start();
            let lower: String = content.chars().take(24).map(fold).collect();
            let trailer = ["reporting by", "writing by", "editing by", "additional reporting", "compiled by"]
                .iter()
                .any(|p| lower.starts_with(p));
            let tag = inside.len() - open <= TAIL && agency_prefix(content).is_some();
            if trailer || tag {
                return inside[..open].trim_end();
            }
        }
        return text;
    }
    // "/Xinhua/"
    if let Some(inside) = t.strip_suffix('/') {
        if let Some(s) = agency_suffix(inside) {
            if inside[..s].ends_with('/') {
                return inside[..s - 1].trim_end();
            }
        }
        return text;
    }
    // "— AP", "– AKIpress", "-Reuters", "Source: Kabar": a dash or colon
    // near the end with only an agency's name after it (the first such, so
    // that "– ИТАР-ТАСС" is cut whole).
    if names().tails.binary_search(&last_word_hash(t)).is_err() {
        return text;
    }
    let bytes = t.as_bytes();
    let mut found = None;
    let mut at = bytes.len();
    while at > 0 && bytes.len() - at < TAIL {
        at -= 1;
        let (c, width) = match bytes[at] {
            b'-' => ('-', 1),
            b':' => (':', 1),
            0xe2 => match t[at..].chars().next() {
                Some(c) if is_dash(c) => (c, c.len_utf8()),
                _ => continue,
            },
            _ => continue,
        };
        let name = t[at + width..].trim_start();
        if agency_prefix(name) == Some(name.len()) {
            found = Some((at, c));
        }
    }
    let Some((at, c)) = found else { return text };
    let before = t[..at].trim_end();
    if c != ':' {
        return before;
    }
    let label: String = before.chars().rev().take(9).map(fold).collect();
    for (word, n) in [("ecruos", 6), ("кинчотси", 8)] {
        if label.starts_with(word) {
            let cut = before.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
            return before[..cut].trim_end();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_at_the_start_go_with_their_dateline() {
        let story = "Police detained three men in Osh on Monday.";
        for tagged in [
            "OSH, June 5 (Reuters) - Police detained three men in Osh on Monday.",
            "OSH (AP) — Police detained three men in Osh on Monday.",
            "(AFP) Police detained three men in Osh on Monday.",
            "Osh, Kyrgyzstan, June 5 (AFP/APP): Police detained three men in Osh on Monday.",
            "OSH/BISHKEK (Reuters) - Police detained three men in Osh on Monday.",
            "June 5 (Reuters) - Police detained three men in Osh on Monday.",
            "OSH, June 5. /TASS/. Police detained three men in Osh on Monday.",
            "Osh, June 5, AKIpress - Police detained three men in Osh on Monday.",
            "OSH: Police detained three men in Osh on Monday.",
            "OSH, Kyrgyzstan — Police detained three men in Osh on Monday.",
        ] {
            assert_eq!(strip(tagged), story, "{tagged}");
        }
        let ru = "Полиция задержала троих мужчин.";
        for tagged in [
            "ОШ, 5 июня. /ТАСС/. Полиция задержала троих мужчин.",
            "Ош. 5 июня. ИНТЕРФАКС-КАЗАХСТАН – Полиция задержала троих мужчин.",
            "ОШ, 5 июня. КазТАГ – Полиция задержала троих мужчин.",
            "ОШ, 5 июня – РИА Новости. Полиция задержала троих мужчин.",
        ] {
            assert_eq!(strip(tagged), ru, "{tagged}");
        }
    }

    #[test]
    fn tags_at_the_end() {
        let story = "Police detained three men in Osh on Monday.";
        for tagged in [
            "Police detained three men in Osh on Monday. — AP",
            "Police detained three men in Osh on Monday. – AKIpress",
            "Police detained three men in Osh on Monday.–Agencies",
            "Police detained three men in Osh on Monday. (Reuters)",
            "Police detained three men in Osh on Monday. /Xinhua/",
            "Police detained three men in Osh on Monday. Source: Kabar",
            "Police detained three men in Osh on Monday. (Reporting by A. Name; Editing by B. Name)",
            "Police detained three men in Osh on Monday. — ИТАР-ТАСС",
        ] {
            assert_eq!(strip(tagged), story, "{tagged}");
        }
        assert_eq!(strip("Reuters"), "");
        assert_eq!(strip("/ТАСС/."), "");
    }

    #[test]
    fn the_last_word_is_hashed_as_its_characters_are() {
        for t in [
            "told AFP",
            "сообщает ТАСС",
            "ends with 2024",
            "x",
            "",
            "a.",
            "Ёлка Ёж",
            "Straße",
            "İİ",
            "a very long word like abcdefghijklmnopqrstuvwxyzabc",
            "смешанноеmixedСЛОВО",
        ] {
            let slow = t.chars().rev().take_while(|&c| crate::text::is_alphanumeric(c)).take(24);
            assert_eq!(last_word_hash(t), fold_hash(slow), "{t}");
        }
    }

    #[test]
    fn cyrillic_capitals_are_told_without_the_tables() {
        for c in '\u{400}'..='\u{45f}' {
            let word = c.to_string();
            let month = kz_shared::words::ru::month_number(&word).is_some();
            assert_eq!(dateline_word(&word), c.is_uppercase() || c.is_numeric() || month, "{c}");
        }
        assert!(dateline_word("Алматы") && dateline_word("июня") && !dateline_word("полиция"));
    }

    #[test]
    fn agencies_inside_a_story_stay() {
        for text in [
            "Police told Reuters - on condition of anonymity - that three men were held.",
            "Three men were held, a police officer told AFP.",
            "The report (AP) was denied by the ministry later.",
            "Nur-Sultan police said AP reporters were not held.",
            "Interfax-Kazakhstan reported the arrests.",
            "A long sentence that goes on and on about the case before it names a source (Reuters) in the middle of everything else.",
            "Prices – a trend",
        ] {
            assert_eq!(strip(text), text, "{text}");
        }
    }
}
