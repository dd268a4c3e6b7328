//! What kz-split knows of each language, as lists: abbreviations, the words
//! that open sentences, speech verbs, site boilerplate. The engines
//! ([`crate::sentences`], [`crate::boilerplate`], [`crate::layout`]) are
//! language-neutral and read the lists of every language at once: Latin
//! and Cyrillic words cannot be confused, and a report in one language
//! quotes the other often enough that a document's `lang` alone should not
//! switch rules off. A further language is one more file here and one more
//! entry in [`LANGUAGES`].

pub mod en;
pub mod ru;

use crate::boilerplate::Rule;

/// The lists of one language. Words are lower case; they are matched
/// without regard to case.
pub struct Words {
    /// Abbreviations that stand before names or numbers and may also end a
    /// sentence: after one, a new sentence starts only with a word from
    /// `openers` (`Gen.`, `Co.`, `г.`, `ул.`).
    pub usual: &'static [&'static str],
    /// Abbreviations before a number, never ending a sentence there (`No.
    /// 5`); ordinary words otherwise.
    pub before_number: &'static [&'static str],
    /// Abbreviations that never end a sentence (`e.g.`, `т.е.`).
    pub never: &'static [&'static str],
    /// Abbreviations that end a sentence before a capital as ordinary words
    /// do (`т.д.`, `тыс.`): listed so that no other rule takes them for
    /// initials or abbreviations of names.
    pub ordinary: &'static [&'static str],
    /// Capitalised words that usually open a sentence (`The`, `He`, `В`,
    /// `Он`): after an abbreviation they start a new sentence, any other
    /// capitalised word (a name) continues it.
    pub openers: &'static [&'static str],
    /// Abbreviations of a time after a number (`a.m`, `p.m`; `г` for a
    /// year; four bytes at most): before a capital they end a sentence,
    /// unless the sentence opens with the time (see `time_openers`).
    pub time_abbreviations: &'static [&'static str],
    /// Prepositions that open a sentence with a time (`at`, `shortly`; `в`,
    /// `к`): `At 7 a.m. Mr. Abenov…`, `В марте 2021 г. Токаев…`.
    pub time_openers: &'static [&'static str],
    /// Verbs that attribute a quotation (`said`, `сказал`).
    pub speech_verbs: &'static [&'static str],
    /// Labels before the date of a date line (`published:`,
    /// `опубликовано:`), longest first.
    pub date_labels: &'static [&'static str],
    /// Words that may follow the date in a date line (`gmt`, `a.m.`,
    /// `года`, `мск`).
    pub time_words: &'static [&'static str],
    /// Countries that may follow the place of a dateline (`ORAL,
    /// Kazakhstan (AP)`), as written.
    pub countries: &'static [&'static str],
    /// Words that stand before a colon at the start of a line but are no
    /// places of a dateline (`UPDATE:`, `Фото:`).
    pub line_labels: &'static [&'static str],
    /// News agencies that may stand alone on a line under a headline
    /// (`AFP`, `Reuters`, `РИА Новости`).
    pub agencies: &'static [&'static str],
    /// Marks of a photo credit or a sign-off run on after a caption's or a
    /// paragraph's text (`KUN.UZ/Handout via REUTERS`, `(Reporting by`),
    /// matched as written, each with a `/` or a `(`: the line ends before
    /// the word that holds one.
    pub credit_marks: &'static [&'static str],
    /// What opens a byline (`By `, `Автор: `), as written.
    pub byline_prefixes: &'static [&'static str],
    /// Labels of a source line at the end of an article (`source:`,
    /// `источник:`).
    pub source_labels: &'static [&'static str],
    /// Labels of a list of links to other articles (`read also`,
    /// `читайте также`): the line after one, a headline, is no article
    /// text either.
    pub link_labels: &'static [&'static str],
    /// Boilerplate lines dropped wherever they stand.
    pub boilerplate_anywhere: &'static [Rule],
    /// Boilerplate lines dropped only after the article's text.
    pub boilerplate_tail: &'static [Rule],
}

/// Every language the engines read.
pub const LANGUAGES: &[&Words] = &[&en::WORDS, &ru::WORDS];

/// The lower case of `c` when it has the same UTF-8 length (true of Latin,
/// Cyrillic and Kazakh letters), else `c` itself.
fn lower_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// `word` lower-cased into `buf` (no allocation); `None` when it does not
/// fit. The result has the byte length of `word`.
#[inline]
pub fn lower<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    std::str::from_utf8(lower_bytes(word, buf)?).ok()
}

/// [`lower`] as bytes, without checking them again: what a byte-wise
/// search needs. ASCII letters are lowered byte by byte; of the others only
/// the two-byte letters: the Russian alphabet and Latin-1 by arithmetic on
/// the bytes, the rest (Kazakh, Latin Extended) by the Unicode tables.
#[inline]
pub fn lower_bytes<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    // Lowered, and looked at for lead bytes of two-byte letters, in one
    // pass that the compiler turns into vector code.
    let mut two_byte_letters = false;
    for (d, &s) in out.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
        two_byte_letters |= s.wrapping_sub(0xC3) <= 0xD4 - 0xC3;
    }
    // ASCII, curly quotes and dashes (three bytes) leave nothing to do.
    if !two_byte_letters {
        return Some(out);
    }
    let mut k = 0;
    while k + 1 < out.len() {
        let (lead, next) = (out[k], out[k + 1]);
        match (lead, next) {
            // А–П → а–п
            (0xD0, 0x90..=0x9F) => out[k + 1] = next + 0x20,
            // Р–Я → р–я
            (0xD0, 0xA0..=0xAF) => {
                out[k] = 0xD1;
                out[k + 1] = next - 0x20;
            }
            // Ѐ–Џ (Ё, Ї, Ў…) → ѐ–џ
            (0xD0, 0x80..=0x8F) => {
                out[k] = 0xD1;
                out[k + 1] = next + 0x10;
            }
            (0xD0, _) | (0xD1, 0x80..=0x9F) => {}
            // À–Þ but ×
            (0xC3, 0x80..=0x9E) if next != 0x97 => out[k + 1] = next + 0x20,
            (0xC3, _) => {}
            // Old Cyrillic, Kazakh, Latin Extended.
            (0xC4..=0xD4, _) => {
                let c = char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F));
                if let Some(c) = c {
                    lower_char(c).encode_utf8(&mut out[k..k + 2]);
                }
            }
            _ => {
                k += 1;
                continue;
            }
        }
        k += 2;
    }
    Some(out)
}

/// Whether any byte passes `test`, scanning without an early exit so that
/// the compiler turns the loop into vector code (an early exit keeps it a
/// byte at a time, three instructions a byte).
#[inline]
pub fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes.iter().fold(false, |found, &b| found | test(b))
}

/// Whether `bytes` hold an ASCII digit.
#[inline]
pub fn has_digit(bytes: &[u8]) -> bool {
    any_byte(bytes, |b| b.wrapping_sub(b'0') < 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_of_latin_cyrillic_and_kazakh_letters() {
        let mut buf = [0u8; 32];
        assert_eq!(lower("Gen", &mut buf), Some("gen"));
        assert_eq!(lower("ОБЛ", &mut buf), Some("обл"));
        assert_eq!(lower("Ёлка", &mut buf), Some("ёлка"));
        assert_eq!(lower("ҚАЗАҚ", &mut buf), Some("қазақ"));
        assert_eq!(lower(&"x".repeat(33), &mut buf), None);
        assert_eq!(lower("“Ёлка” — ÉTÉ", &mut buf), Some("“ёлка” — été"));
        let mixed = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁЇЎ ӘҒҚҢӨҰҮҺІ ÀÉÎÕÜÞ×ß ĀŁŒ абвёя";
        assert_eq!(lower(mixed, &mut [0u8; 128]), Some(mixed.to_lowercase().as_str()));
    }

    #[test]
    fn labels_fit_the_quick_checks() {
        for words in LANGUAGES {
            for a in words.time_abbreviations {
                assert!(a.len() <= 4, "time abbreviation {a} is longer than sentences reads");
            }
            for label in words.date_labels {
                assert!(label.len() <= 32, "date label {label} is longer than dates::strip_label reads");
            }
            for label in words.link_labels {
                assert!(
                    label.len() <= 44,
                    "link label {label} is longer than boilerplate::is_link_label reads"
                );
            }
        }
    }

    #[test]
    fn byte_lowering_agrees_with_unicode() {
        // Every letter of the Russian, Kazakh and Latin-1 alphabets, both
        // cases, and some neighbours.
        let mut all = String::new();
        for c in ('\u{00C0}'..='\u{00FF}').chain('\u{0400}'..='\u{04FF}').chain('A'..='z') {
            all.push(c);
            all.push(' ');
        }
        all.push_str("“Ёлка” — ÉTÉ Ӏ ĀŁŒ");
        let mut buf = [0u8; 4096];
        let got = lower(&all, &mut buf).unwrap();
        let want: String = all.chars().map(lower_char).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn byte_scans() {
        assert!(has_digit(b"in 2016"));
        assert!(!has_digit(b"no digits here"));
        assert!(any_byte("Ж".as_bytes(), |b| b == 0xD0));
    }

    #[test]
    fn lists_are_lower_case() {
        let mut buf = [0u8; 64];
        for words in LANGUAGES {
            for list in [
                words.usual,
                words.before_number,
                words.never,
                words.ordinary,
                words.openers,
                words.time_abbreviations,
                words.time_openers,
                words.speech_verbs,
            ] {
                for w in list {
                    assert_eq!(lower(w, &mut buf), Some(*w), "{w} is not lower case");
                }
            }
        }
    }
}
