//! Words of a text, with what the recogniser needs to know about each: where
//! it is, how it is written, what separates it from the word before, and its
//! transliteration skeleton (see [`crate::skeleton`]).

use crate::skeleton::{load_short, Skeletons};

/// What stands between a word and the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// The first word of the text.
    Start,
    /// Spaces or tabs only.
    Space,
    /// A hyphen with no space around it (`Alma-Ata`, `Khabar-24`).
    Hyphen,
    /// A slash or a dot with no space around it (`RFE/RL`).
    Joiner,
    /// Anything else: punctuation, a line break, a quotation mark.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte range of the word (without a possessive ending).
    pub start: usize,
    pub end: usize,
    /// Hash of the word's skeleton; words spelt alike hash alike.
    pub hash: u64,
    pub sep: Sep,
    /// First letter is upper case (`Aktobe`, `NSC`, `Алматы`).
    pub cap: bool,
    /// Two or more letters, all upper case (`NSC`, `DUSHANBE`).
    pub upper: bool,
    /// Begins with a digit.
    pub digit: bool,
    /// Followed by `'s`, `’s`, `''s` or a plural possessive apostrophe.
    pub possessive: bool,
    /// First word of a sentence (after . ! ? : ; or at the start).
    pub initial: bool,
    /// Begins with a Cyrillic letter (Russian and Kazakh words).
    pub cyr: bool,
    /// Ends in a top-level domain joined by a dot (`Vlast.kz`, `78.ru`).
    pub domain: bool,
    /// A lower-case English word that ends a body's name written in lower
    /// case (`ministry`, `service`, `committee`, `guard`, `office`).
    pub head: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "col", "gen", "lt", "maj", "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "prof", "no", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
];

/// Top-level domains that join a site name into one word (`Vlast.kz`).
const DOMAINS: &[&str] = &[
    "kz", "ru", "com", "org", "net", "uz", "kg", "tj", "info", "media", "am", "az", "by", "ua", "tm", "news",
];

/// A hash of the word in ASCII lower case, eight bytes at a time: each
/// byte's 0x20 bit set, which makes a capital its small letter (and also
/// folds some punctuation together: this is only a hash, a word list
/// compares the words it finds by it).
pub fn lower_hash(word: &str) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let bytes = word.as_bytes();
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) | LOWER;
        h = (h.rotate_left(26) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // (The 0x20 bit of the bytes there are, not of the zeros above.)
        let w = load_short(rest) | (LOWER >> (8 * (8 - rest.len())));
        h = (h.rotate_left(26) ^ w).wrapping_mul(K);
    }
    // The maps of these hashes take their low bits, which the product mixes least.
    h ^ (h >> 29)
}

/// A top-level domain of [`DOMAINS`], in any case (`kz`, `COM`).
pub fn is_domain(word: &str) -> bool {
    DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// The character at byte `pos` and its width: quickly for ASCII and for
/// two-byte letters (Cyrillic, Latin with diacritics), which make up
/// nearly all of the words of news text.
fn char_at(text: &str, pos: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[pos];
    if b < 0x80 {
        return (b as char, 1);
    }
    if (0xC2..=0xDF).contains(&b) {
        if let Some(&next) = bytes.get(pos + 1) {
            let code = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
            if let Some(c) = char::from_u32(code) {
                return (c, 2);
            }
        }
    }
    let c = text[pos..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// ASCII letters and digits: the bytes that are a word's characters by
/// themselves (a table, for the byte loops that find words).
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// ASCII bytes that are not letters or digits: the bytes between words
/// that are passed one at a time without decoding (one lookup a byte).
static ASCII_BETWEEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// How many of the eight bytes of `w` (in memory order, little-endian)
/// are ASCII letters before the first that is not: each byte's low seven
/// bits, with the 0x20 bit set (capitals to small letters), compared with
/// `a` and `z` by adding so that the byte's high bit tells (no carry crosses
/// bytes, the sums stay below 0x100).
fn leading_letters(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low = (w | (ONES * 0x20)) & !HIGH;
    let at_least_a = low + ONES * (0x80 - u64::from(b'a'));
    let past_z = low + ONES * (0x80 - u64::from(b'z') - 1);
    let letter = at_least_a & !past_z & !w & HIGH;
    ((!letter & HIGH).trailing_zeros() / 8) as usize
}

/// `c.is_alphabetic()`, told without the Unicode table for ASCII and the
/// letters of the Cyrillic block (all of U+0400 to U+04FF but the signs and
/// marks U+0482 to U+0489; a test checks they are all alphabetic).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

fn is_word_char(c: char) -> bool {
    // Cyrillic letters (Russian text is made of them) and dashes and curly
    // quotes (General Punctuation, frequent in news text, no letter or
    // digit) are told without the Unicode table.
    match c {
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

/// An apostrophe whose text after it begins at `after` is inside a word
/// (d'état, O'Brien): a letter follows, and not a possessive `s`.
fn apostrophe_inside(text: &str, after: usize) -> bool {
    let mut next = text[after..].chars();
    let n1 = next.next();
    let n2 = next.next();
    let possessive = matches!(n1, Some('s') | Some('S')) && !n2.is_some_and(is_word_char);
    n1.is_some_and(char::is_alphabetic) && !possessive
}

/// A dot at `p` that joins a top-level domain to the word before it
/// (Vlast.kz).
fn domain_after(text: &str, p: usize) -> bool {
    let after = &text[p + 1..];
    let word: &str = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let tail_ok = !after[word.len()..].starts_with(|c: char| c.is_alphanumeric());
    !word.is_empty() && tail_ok && is_domain(word)
}

/// Splits `text` into words, reusing `out` (no allocation once it has grown)
/// and the skeletons of words seen before.
pub fn tokenize(text: &str, out: &mut Vec<Token>, skeletons: &mut Skeletons) {
    out.clear();
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut prev_tail = 0; // end of the previous word including a possessive
                           // Whether the last word and the one before it are capitalised or numbers.
    let mut name_like = [false, false];
    let len = bytes.len();
    while pos < len {
        // Find the next word start (ASCII fast path first).
        while pos < len && ASCII_BETWEEN[usize::from(bytes[pos])] {
            pos += 1;
        }
        if pos >= len {
            break;
        }
        // The loop above stops at an ASCII byte only if it is a letter or digit.
        let width = if bytes[pos] < 0x80 {
            1
        } else {
            let (c, width) = char_at(text, pos);
            if !is_word_char(c) {
                pos += width;
                continue;
            }
            width
        };
        let start = pos;
        let mut p = pos + width;
        let mut domain = false;
        loop {
            // Eight bytes at a time while they are ASCII letters (most of
            // a word), then a byte at a time over digits and the rest.
            while p + 8 <= len && bytes[p] < 0x80 {
                let run =
                    leading_letters(u64::from_le_bytes(bytes[p..p + 8].try_into().expect("eight bytes")));
                p += run;
                if run < 8 {
                    break;
                }
            }
            while p < len && ASCII_WORD[usize::from(bytes[p])] {
                p += 1;
            }
            if p >= len {
                break;
            }
            let b = bytes[p];
            if b >= 0x80 {
                // Letters of U+0400 to U+047F (the Russian alphabet and
                // more), two bytes each with a lead of D0 or D1, are word
                // characters: a run of them is passed without decoding.
                if matches!(b, 0xD0 | 0xD1) {
                    p += 2;
                    while p < len && matches!(bytes[p], 0xD0 | 0xD1) {
                        p += 2;
                    }
                    continue;
                }
                let (ch, w) = char_at(text, p);
                if is_word_char(ch) || is_apostrophe(ch) && apostrophe_inside(text, p + w) {
                    p += w;
                    continue;
                }
            } else if b == b'\'' && apostrophe_inside(text, p + 1) {
                // An apostrophe inside a word (d'état, O'Brien), but not a possessive.
                p += 1;
                continue;
            } else if b == b'.' && domain_after(text, p) {
                // A dot before a domain name (Vlast.kz).
                p += 1;
                domain = true;
                continue;
            }
            break;
        }
        let end = p;
        let word = &text[start..end];
        // Possessive endings: 's ’s ''s and a bare apostrophe after s.
        let mut tail = end;
        let mut possessive = false;
        let may_be_possessive = end < len && matches!(bytes[end], b'\'' | 0xE2 | 0xCA);
        let endings: &[&str] =
            if may_be_possessive { &["''s", "'s", "’s", "ʼs", "''S", "'S", "’S"] } else { &[] };
        for ending in endings {
            if text[end..].starts_with(ending)
                && !text[end + ending.len()..].chars().next().is_some_and(is_word_char)
            {
                tail = end + ending.len();
                possessive = true;
                break;
            }
        }
        if may_be_possessive && !possessive && (word.ends_with('s') || word.ends_with('S')) {
            if let Some(ch) = text[end..].chars().next() {
                if is_apostrophe(ch) && !text[end + ch.len_utf8()..].chars().next().is_some_and(is_word_char)
                {
                    tail = end + ch.len_utf8();
                    possessive = true;
                }
            }
        }
        // (One space is most separators: told by its bytes first, without
        // looking at the text between.)
        let (sep, initial) = if out.is_empty() {
            (Sep::Start, true)
        } else if start == prev_tail + 1 && bytes[prev_tail] == b' ' {
            (Sep::Space, false)
        } else {
            let between = &text[prev_tail..start];
            let sep = if between.is_empty() {
                Sep::Joiner
            } else if between.bytes().all(|b| b == b' ' || b == b'\t') {
                Sep::Space
            } else if if between.bytes().any(|b| matches!(b, b'\'' | 0xE2 | 0xCA)) {
                matches!(between.trim_matches(is_apostrophe), "-" | "‑")
            } else {
                // (No byte of an apostrophe or of `‑`: nothing to trim.)
                between == "-"
            } {
                Sep::Hyphen
            } else if between == "/" || between == "." {
                Sep::Joiner
            } else {
                Sep::Punct
            };
            let initial = sep != Sep::Space && {
                let prev = out.last().expect("a word before");
                let ends_sentence =
                    between.chars().any(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | '\n' | '\r'));
                let abbreviation = between.starts_with('.')
                    && (ABBREVIATIONS.iter().any(|a| prev.text(text).eq_ignore_ascii_case(a))
                        || prev.text(text).chars().nth(1).is_none() && prev.upper_or_single(bytes));
                ends_sentence && !abbreviation
            };
            (sep, initial)
        };
        let first_byte = bytes[start];
        let (first, cap, upper) = if first_byte < 0x80 {
            // ASCII first letter: most words; no Unicode tables for them.
            let cap = first_byte.is_ascii_uppercase();
            // (Most capitalised words go on in small letters: told by their
            // second byte before the whole word is looked at.)
            let upper = cap && !bytes.get(start + 1).is_some_and(u8::is_ascii_lowercase) && {
                let w = word.as_bytes();
                if word.is_ascii() {
                    !w.iter().any(u8::is_ascii_lowercase)
                        && w.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
                } else {
                    !word.chars().any(char::is_lowercase)
                        && word.chars().filter(|&c| is_letter(c)).count() >= 2
                }
            };
            (first_byte as char, cap, upper)
        } else {
            let first = word.chars().next().unwrap_or(' ');
            let cap = first.is_uppercase();
            let upper = cap
                && !word.chars().any(char::is_lowercase)
                && word.chars().filter(|&c| is_letter(c)).count() >= 2;
            (first, cap, upper)
        };
        // Only words that can be part of a name need a skeleton: capitalised
        // ones, numbers, and the two words after them (`of the Republic`).
        // (Lower-case words inside aliases are short: of, the, region, oblast.)
        // Cyrillic words all get one: Russian names of bodies run through
        // long lower-case words (`Комитет национальной безопасности`), and
        // some begin with one (`министерство обороны`).
        let cyr = is_cyrillic_lead(bytes[start]);
        let digit = first.is_ascii_digit();
        let near_name = end - start <= 8 && (name_like[0] || name_like[1]);
        name_like = [cap || digit, name_like[0]];
        let hash = if cap || cyr || digit || near_name { skeletons.hash(word) } else { 0 };
        out.push(Token {
            start,
            end,
            hash,
            sep,
            cap,
            upper,
            digit,
            possessive,
            initial,
            cyr,
            domain,
            head: !cap
                && matches!(end - start, 5..=9)
                && matches!(first_byte, b'm' | b's' | b'c' | b'g' | b'o')
                && matches!(word, "ministry" | "service" | "committee" | "guard" | "office"),
        });
        prev_tail = tail;
        pos = tail;
    }
}

impl Token {
    /// A single capital letter (`A` of `A. Smith`, `Ж` of `Ж. Омаров`).
    pub fn upper_letter(&self, text: &str) -> bool {
        let mut c = self.text(text).chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_none()
    }

    /// A one-letter upper-case word (an initial such as the `J` of `J. Smith`
    /// or the `Ж` of `Ж. Бусурманкулов`).
    fn upper_or_single(&self, bytes: &[u8]) -> bool {
        bytes[self.start].is_ascii_uppercase() || self.cap && is_cyrillic_lead(bytes[self.start])
    }
}

/// The first byte of a letter of the Cyrillic block (U+0400 to U+04FF).
pub fn is_cyrillic_lead(b: u8) -> bool {
    (0xD0..=0xD3).contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, Sep, bool, bool)> {
        let mut out = Vec::new();
        tokenize(text, &mut out, &mut Skeletons::default());
        out.iter().map(|t| (t.text(text).to_string(), t.sep, t.possessive, t.initial)).collect()
    }

    #[test]
    fn possessives_are_not_part_of_the_word() {
        let w = words("Russia's border, Kazakhstan’s army, Kazakhstan''s first, the Russians' homes");
        assert_eq!(w[0].0, "Russia");
        assert!(w[0].2);
        assert_eq!(w[2].0, "Kazakhstan");
        assert!(w[2].2);
        assert_eq!(w[4].0, "Kazakhstan");
        assert!(w[4].2);
        assert_eq!(w[7].0, "Russians");
        assert!(w[7].2);
    }

    #[test]
    fn hyphens_split_words_but_are_remembered() {
        let w = words("Alma-Ata and Khabar-24");
        assert_eq!(w[0].0, "Alma");
        assert_eq!(w[1], ("Ata".to_string(), Sep::Hyphen, false, false));
        assert_eq!(w[4].1, Sep::Hyphen);
    }

    #[test]
    fn sentence_starts_are_marked_but_not_after_abbreviations() {
        let w = words("He left. Then Col. Zhaksybekov spoke: Police came");
        let initial: Vec<&str> = w.iter().filter(|x| x.3).map(|x| x.0.as_str()).collect();
        assert_eq!(initial, ["He", "Then", "Police"]);
    }

    #[test]
    fn site_names_keep_their_domain() {
        let w = words("reported Vlast.kz. Next");
        assert_eq!(w[1].0, "Vlast.kz");
        assert!(w[2].3);
    }

    #[test]
    fn a_cyrillic_initial_does_not_end_a_sentence() {
        let w = words("Пресс-секретарь Ж. Бусурманкулов подтвердил. Затем");
        let initial: Vec<&str> = w.iter().filter(|x| x.3).map(|x| x.0.as_str()).collect();
        assert_eq!(initial, ["Пресс", "Затем"]);
    }

    #[test]
    fn lower_hash_is_the_bytewise_hash() {
        fn bytewise(word: &str) -> u64 {
            const K: u64 = 0x9e37_79b9_7f4a_7c15;
            let mut h = (word.len() as u64).wrapping_mul(K);
            for c in word.as_bytes().chunks(8) {
                let w = c.iter().enumerate().fold(0u64, |w, (i, &b)| w | (u64::from(b | 0x20) << (8 * i)));
                h = (h.rotate_left(26) ^ w).wrapping_mul(K);
            }
            h ^ (h >> 29)
        }
        let text = "Counter-terrorism Committee ПОЛИЦИЯ";
        for a in 0..text.len() {
            for b in a..=text.len() {
                if let Some(w) = text.get(a..b) {
                    assert_eq!(lower_hash(w), bytewise(w), "{w}");
                }
            }
        }
    }

    #[test]
    fn letter_runs_are_counted_as_bytes_are() {
        for w in [*b"abcdefgh", *b"ABCDxyz1", *b"Za@[`{09", *b"ab\xd0\x90cdef", *b" abcdefg", *b"Kazakh's"] {
            let slow = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(leading_letters(u64::from_le_bytes(w)), slow, "{w:?}");
        }
        for b in 0..=255u8 {
            let w = [b, b'a', b'a', b'a', b'a', b'a', b'a', b'a'];
            let expect = if b.is_ascii_alphabetic() { 8 } else { 0 };
            assert_eq!(leading_letters(u64::from_le_bytes(w)), expect, "{b}");
            let w = [b'a', b'a', b'a', b'a', b'a', b'a', b'a', b];
            assert_eq!(leading_letters(u64::from_le_bytes(w)), if b.is_ascii_alphabetic() { 8 } else { 7 });
        }
    }

    #[test]
    fn long_words_and_digits_after_letters_stay_one_word() {
        let w = words("Counterintelligence units of Khabar24tv, SOUTHKAZAKHSTAN");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Counterintelligence", "units", "of", "Khabar24tv", "SOUTHKAZAKHSTAN"]);
    }

    #[test]
    fn russian_words_run_to_their_last_letter() {
        let w = words("Ѐкибастуз҂ ёлка, Қостанай-2 ПОЛИЦИЯ’s");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Ѐкибастуз", "ёлка", "Қостанай", "2", "ПОЛИЦИЯ"]);
        assert!(w[4].2);
    }

    #[test]
    fn letters_are_the_alphabetic_characters() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{1F44D}', '\u{10400}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn inner_apostrophes_stay() {
        let w = words("a coup d’état in Ust'-Kamenogorsk");
        assert_eq!(w[2].0, "d’état");
        assert_eq!(w[4].0, "Ust");
        assert_eq!(w[5].1, Sep::Hyphen);
    }
}
