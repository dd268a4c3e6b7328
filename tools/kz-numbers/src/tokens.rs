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

/// Tokens of `text` into `out` (cleared first, reused from call to call).
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() {
                i += 1;
            } else if b.is_ascii_digit() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                out.push(Token { start, end: i, kind: Tk::Num });
            } else if b.is_ascii_alphabetic() {
                let start = i;
                // Fast path, inline: a plain ASCII word ending in a space or
                // ASCII punctuation other than an apostrophe.
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] >= 0x80 || bytes[i] == b'\'') {
                    i = word_end(text, start);
                }
                out.push(Token { start, end: i, kind: Tk::Word });
            } else {
                out.push(Token { start: i, end: i + 1, kind: Tk::Punct });
                i += 1;
            }
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

fn word_end(text: &str, start: usize) -> usize {
    // Fast path: a plain ASCII word ending in a space or ASCII punctuation.
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i > start && (i == bytes.len() || (bytes[i] < 0x80 && bytes[i] != b'\'')) {
        return i;
    }
    let mut chars = text[start..].char_indices().peekable();
    let mut end = start;
    while let Some((off, c)) = chars.next() {
        if cyrillic_letter(c) || c.is_alphanumeric() {
            end = start + off + c.len_utf8();
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
    fn a_trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(kinds("miners' rally")[0], ("miners".into(), Tk::Word));
        assert_eq!(kinds("o’clock")[0], ("o’clock".into(), Tk::Word));
    }
}
