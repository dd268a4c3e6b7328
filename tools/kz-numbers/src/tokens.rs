//! A small tokenizer: words, runs of ASCII digits, and single punctuation
//! characters, with byte spans into the text. Spaces are dropped; whether two
//! tokens touch is seen by comparing spans.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tk {
    /// Letters, and digits after a letter ("Flightradar24"), with inner
    /// apostrophes ("city's", "o'clock").
    Word,
    /// ASCII digits only.
    Num,
    /// Any other single character that is not a space.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Tk,
}

/// Classes of bytes, for the tokenizer's inner loops: one table look-up
/// per byte.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const ALPHA: u8 = 4;
/// Other ASCII: punctuation, controls.
const OTHER: u8 = 8;
/// Not ASCII: a byte of a longer character.
const WIDE: u8 = 0;

static CLASS: [u8; 256] = {
    let mut table = [WIDE; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// How many bytes from the start of `bytes` are of one of `classes`.
#[inline]
fn run_of(bytes: &[u8], classes: u8) -> usize {
    bytes.iter().position(|&b| CLASS[b as usize] & classes == 0).unwrap_or(bytes.len())
}

/// Tokens of `text` into `out` (cleared first, reused from call to call).
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Tested in the order of their frequency (letters, then spaces), by
    // bits, which the compiler keeps as plain branches: a jump table on the
    // class (what a `match` or a chain of `==` becomes) mispredicts at
    // nearly every token of running text.
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        if class & ALPHA != 0 {
            let start = i;
            // Fast path, inline: a plain ASCII word ending in a space or
            // ASCII punctuation other than an apostrophe.
            i += 1 + run_of(&bytes[i + 1..], ALPHA | DIGIT);
            if bytes.get(i).is_some_and(|&b| b >= 0x80 || b == b'\'') {
                i = word_end(text, start);
            }
            out.push(Token { start, end: i, kind: Tk::Word });
        } else if class & SPACE != 0 {
            i += 1;
        } else if class & OTHER != 0 {
            out.push(Token { start: i, end: i + 1, kind: Tk::Punct });
            i += 1;
        } else if class & DIGIT != 0 {
            let start = i;
            i += 1 + run_of(&bytes[i + 1..], DIGIT);
            out.push(Token { start, end: i, kind: Tk::Num });
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if cyrillic_letter(c) || c.is_alphabetic() {
                let start = i;
                i = word_end(text, i);
                out.push(Token { start, end: i, kind: Tk::Word });
            } else if c.is_whitespace() {
                i += len;
            } else {
                out.push(Token { start: i, end: i + len, kind: Tk::Punct });
                i += len;
            }
        }
    }
}

/// A Cyrillic letter, told without the Unicode tables (the symbols and
/// combining marks of U+0482 to U+0489 are not letters).
#[inline]
fn cyrillic_letter(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
}

/// The two bytes at `i` are a Cyrillic letter (U+0400 to U+04FF but the
/// signs U+0482 to U+0489): [`cyrillic_letter`] without decoding.
#[inline]
fn cyrillic_at(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1)) {
        (0xD2, Some(0x82..=0x89)) => false,
        (0xD0..=0xD3, Some(0x80..=0xBF)) => true,
        _ => false,
    }
}

fn word_end(text: &str, start: usize) -> usize {
    // Fast path: ASCII letters and digits and Cyrillic letters, told by
    // their bytes, up to a space or ASCII punctuation other than an
    // apostrophe.
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        if CLASS[bytes[i] as usize] & (ALPHA | DIGIT) != 0 {
            i += 1;
        } else if cyrillic_at(bytes, i) {
            i += 2;
        } else {
            break;
        }
    }
    if i > start && (i == bytes.len() || (bytes[i] < 0x80 && bytes[i] != b'\'')) {
        return i;
    }
    // Every character up to `i` is a letter: go on from there a character
    // at a time.
    let mut chars = text[i..].char_indices().peekable();
    let mut end = i;
    while let Some((off, c)) = chars.next() {
        if cyrillic_letter(c) || c.is_alphanumeric() {
            end = i + off + c.len_utf8();
        } else if c == '\'' || c == '\u{2019}' {
            match chars.peek() {
                Some(&(_, next)) if next.is_alphabetic() => {}
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Tk)> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out.iter().map(|t| (text[t.start..t.end].to_string(), t.kind)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            kinds("city's 3,000 Flightradar24 ₸5"),
            vec![
                ("city's".into(), Tk::Word),
                ("3".into(), Tk::Num),
                (",".into(), Tk::Punct),
                ("000".into(), Tk::Num),
                ("Flightradar24".into(), Tk::Word),
                ("₸".into(), Tk::Punct),
                ("5".into(), Tk::Num),
            ]
        );
    }

    #[test]
    fn words_of_every_script_and_their_ends() {
        assert_eq!(
            kinds("Погибли 17 человек, Қазақстан's Ә҂ ёж-Ёж «Алматы» café’s naïve Ωmega 5км"),
            vec![
                ("Погибли".into(), Tk::Word),
                ("17".into(), Tk::Num),
                ("человек".into(), Tk::Word),
                (",".into(), Tk::Punct),
                ("Қазақстан's".into(), Tk::Word),
                ("Ә".into(), Tk::Word),
                ("҂".into(), Tk::Punct),
                ("ёж".into(), Tk::Word),
                ("-".into(), Tk::Punct),
                ("Ёж".into(), Tk::Word),
                ("«".into(), Tk::Punct),
                ("Алматы".into(), Tk::Word),
                ("»".into(), Tk::Punct),
                ("café’s".into(), Tk::Word),
                ("naïve".into(), Tk::Word),
                ("Ωmega".into(), Tk::Word),
                ("5".into(), Tk::Num),
                ("км".into(), Tk::Word),
            ]
        );
        assert_eq!(kinds("Ақ'"), vec![("Ақ".into(), Tk::Word), ("'".into(), Tk::Punct)]);
    }

    #[test]
    fn a_trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(kinds("miners' rally")[0], ("miners".into(), Tk::Word));
        assert_eq!(kinds("o’clock")[0], ("o’clock".into(), Tk::Word));
    }
}
