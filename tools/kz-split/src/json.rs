//! JSON text of output records, appended straight to a byte buffer: strings
//! escaped exactly as serde_json escapes them (so output stays the same
//! byte for byte), and unsigned numbers. Records are mostly text, and the
//! escaping loop is where splitting spends much of its time: it skips eight
//! bytes at a time when none of them needs escaping.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// What follows the backslash for a byte that needs escaping (`u` for
/// `\u00XX`), or 0: control characters, `"` and `\`, as serde_json does.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// True if one of the eight bytes of `w` is below 0x20, `"` or `\`.
#[inline]
fn needs_escape(w: u64) -> bool {
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let quote = w ^ (ONES * b'"' as u64);
    let backslash = w ^ (ONES * b'\\' as u64);
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x;
    (below_space | zero_in(quote) | zero_in(backslash)) & HIGHS != 0
}

/// Append `s` as a JSON string.
pub fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Whole words without anything to escape, then the bytes of the
        // next word (or of the tail) one at a time.
        let clean = bytes[i..].chunks_exact(8).take_while(|w| !needs_escape(word(w))).count();
        i += 8 * clean;
        let stop = (i + 8).min(bytes.len());
        while i < stop {
            let b = bytes[i];
            let escape = ESCAPE[b as usize];
            if escape != 0 {
                out.extend_from_slice(&bytes[copied..i]);
                if escape == b'u' {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(b >> 4) as usize]);
                    out.push(HEX[(b & 0xF) as usize]);
                } else {
                    out.push(b'\\');
                    out.push(escape);
                }
                copied = i + 1;
            }
            i += 1;
        }
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Eight bytes as one integer.
#[inline]
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("eight bytes"))
}

/// "00" to "99", for writing numbers two digits at a time.
static PAIRS: [u8; 200] = {
    let mut table = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        table[2 * n] = b'0' + (n / 10) as u8;
        table[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    table
};

/// Append `n` in decimal.
pub fn push_uint(out: &mut Vec<u8>, mut n: usize) {
    // Paragraph and sentence numbers are mostly one or two digits.
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        k -= 2;
        digits[k..k + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        k -= 2;
        digits[k..k + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
    } else {
        k -= 1;
        digits[k] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[k..]);
}

/// Number of characters (code points) in UTF-8 bytes: every byte that does
/// not continue a character (`10xxxxxx`) starts one. Counts eight bytes at
/// a time.
pub fn count_chars(bytes: &[u8]) -> usize {
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

/// Character offsets of byte offsets of one text, cheap when the offsets
/// come in increasing order (as records do) and free on ASCII text.
pub struct CharCursor<'a> {
    text: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCursor { text: text.as_bytes(), ascii: text.is_ascii(), byte: 0, chars: 0 }
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
        self.chars += count_chars(&self.text[self.byte..byte]);
        self.byte = byte;
        self.chars
    }

    /// Move on to byte offset `byte`, known to be character offset `chars`
    /// (the caller saw only ASCII since the last offset asked).
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

    fn json(s: &str) -> String {
        let mut out = Vec::new();
        push_str(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_like_serde_json() {
        for s in [
            "",
            "plain text that is longer than eight bytes",
            "\"quoted\" and back\\slash",
            "tab\there, line\nbreak, return\r, bell\u{7}, nul\u{0}, esc\u{1b}, \u{8}\u{c}",
            "Алматы — “quotes” \u{7f} \u{2028} 👍",
            "12345678\"",
            "1234567\\",
        ] {
            assert_eq!(json(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn numbers() {
        for n in [0usize, 7, 10, 99, 100, 123_456_789, usize::MAX] {
            let mut out = Vec::new();
            push_uint(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }

    #[test]
    fn characters_are_counted_as_code_points() {
        let t = "Алматы — 6 killed 👍 at 10:00 “today”";
        assert_eq!(count_chars(t.as_bytes()), t.chars().count());
        let mut cursor = CharCursor::new(t);
        let six = t.find('6').unwrap();
        assert_eq!(cursor.span(0, six), (0, 9));
        assert_eq!(cursor.char_of(t.len()), t.chars().count());
        // Going back starts over.
        assert_eq!(cursor.char_of(six), 9);
        // Skipping an ASCII stretch the caller has seen keeps the count right.
        let t = "“a” then plain ascii text, then é";
        let mut cursor = CharCursor::new(t);
        let plain = t.find("then").unwrap();
        let at = cursor.char_of(plain);
        let accent = t.find('é').unwrap();
        cursor.skip_ascii(accent, at + (accent - plain));
        assert_eq!(cursor.char_of(t.len()), t.chars().count());
    }

    proptest! {
        #[test]
        fn any_string_escapes_like_serde_json(s in any::<String>()) {
            prop_assert_eq!(json(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_text_counts_like_chars(s in "\\PC{0,80}", cut in 0usize..100) {
            let cut = (0..=cut.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap();
            prop_assert_eq!(count_chars(&s.as_bytes()[..cut]), s[..cut].chars().count());
            prop_assert_eq!(CharCursor::new(&s).char_of(cut), s[..cut].chars().count());
        }
    }
}
