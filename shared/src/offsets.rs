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

/// Character count of UTF-8 bytes: every byte that does not continue a
/// character (`10xxxxxx`) starts one. Counts eight bytes at a time.
pub fn count_chars(bytes: &[u8]) -> usize {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuing = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Bit 7 set and bit 6 clear: a continuation byte.
        continuing += (w & !(w << 1) & HIGHS).count_ones() as usize;
    }
    continuing += chunks.remainder().iter().filter(|&&b| b & 0xC0 == 0x80).count();
    bytes.len() - continuing
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

    /// Move on to byte offset `byte`, known to be character offset `chars`
    /// (the caller saw only ASCII since the last offset it asked for).
    pub fn skip_ascii(&mut self, byte: usize, chars: usize) {
        if byte >= self.byte && byte <= self.text.len() {
            self.byte = byte;
            self.chars = chars;
        }
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

    #[test]
    fn skipping_a_seen_ascii_stretch_keeps_the_count() {
        let t = "“a” then plain ascii text, then é";
        let mut c = CharOffsets::new(t);
        let plain = t.find("then").unwrap();
        let at = c.char_of(plain);
        let accent = t.find('é').unwrap();
        c.skip_ascii(accent, at + (accent - plain));
        assert_eq!(c.char_of(t.len()), t.chars().count());
    }

    proptest! {
        #[test]
        fn any_prefix_counts_like_chars(s in "\\PC{0,80}", cut in 0usize..100) {
            let cut = (0..=cut.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap();
            prop_assert_eq!(count_chars(&s.as_bytes()[..cut]), s[..cut].chars().count());
        }

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
