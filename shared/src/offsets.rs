//! Byte ↔ character offsets. Records count offsets in Unicode code points
//! (as jq and Python do); Rust strings index bytes.

/// Number of characters in the first `byte` bytes of `text`. Never panics: a
/// byte offset inside a character counts that character as not yet begun.
pub fn byte_to_char(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    count_chars(&text.as_bytes()[..byte])
}

/// Byte offset of character `ch` of `text`, or `None` past the end (the end
/// itself, `ch == char count`, is `Some(text.len())`).
pub fn char_to_byte(text: &str, ch: usize) -> Option<usize> {
    if ch == 0 {
        return Some(0);
    }
    match text.char_indices().nth(ch) {
        Some((b, _)) => Some(b),
        None if text.chars().count() == ch => Some(text.len()),
        None => None,
    }
}

/// Character count of a UTF-8 byte slice: every byte that does not continue
/// a character starts one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Converts many byte offsets of one text to character offsets, cheaply when
/// they come in increasing order (as matches do), and for free on ASCII text.
pub struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        CharOffsets { text, ascii: text.is_ascii(), byte: 0, chars: 0 }
    }

    /// Character offset of byte offset `byte`.
    pub fn char_of(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += count_chars(&self.text.as_bytes()[self.byte..byte]);
        self.byte = byte;
        self.chars
    }

    /// Character span of the byte span `start..end`.
    pub fn span(&mut self, start: usize, end: usize) -> (usize, usize) {
        let s = self.char_of(start);
        (s, self.char_of(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_code_points_not_bytes() {
        let t = "Алматы — 6 killed 👍";
        let b = t.find('6').unwrap();
        assert_eq!(byte_to_char(t, b), 9);
        assert_eq!(char_to_byte(t, 9), Some(b));
        assert_eq!(char_to_byte(t, t.chars().count()), Some(t.len()));
        assert_eq!(char_to_byte(t, 100), None);
    }

    #[test]
    fn inside_a_character_does_not_panic() {
        assert_eq!(byte_to_char("é", 1), 0);
        assert_eq!(byte_to_char("é", 99), 1);
    }

    #[test]
    fn cursor_handles_backward_offsets() {
        let t = "ab çd éf";
        let mut c = CharOffsets::new(t);
        assert_eq!(c.char_of(t.find('f').unwrap()), 7);
        assert_eq!(c.char_of(t.find('d').unwrap()), 4);
    }

    proptest! {
        #[test]
        fn cursor_agrees_with_char_indices(s in "\\PC{0,40}") {
            let mut c = CharOffsets::new(&s);
            for (i, (b, _)) in s.char_indices().enumerate() {
                prop_assert_eq!(c.char_of(b), i);
                prop_assert_eq!(byte_to_char(&s, b), i);
                prop_assert_eq!(char_to_byte(&s, i), Some(b));
            }
        }
    }
}
