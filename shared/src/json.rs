//! JSON text written straight to a byte buffer, for the fields tools add on
//! their hot paths: strings escaped exactly as serde_json escapes them (so
//! output stays the same byte for byte), and integers. Records are mostly
//! text, so the escaping loop skips eight bytes at a time when none of them
//! needs escaping.

pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

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
    // Most strings tools write (words, names, short quotes) need no escape:
    // checked a word at a time, the last one padded with spaces.
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let mut last = [b' '; 8];
    last[..tail.len()].copy_from_slice(tail);
    if !needs_escape(u64::from_le_bytes(last)) && !words.into_iter().any(|w| needs_escape(word(w))) {
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
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

/// Append `n` in decimal.
pub fn push_int(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    // usize is 64 bits on every target kz builds for.
    push_uint(out, n.unsigned_abs() as usize);
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
        for n in [0i64, -1, 42, -99_999, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            push_int(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }

    proptest! {
        #[test]
        fn any_string_escapes_like_serde_json(s in any::<String>()) {
            prop_assert_eq!(json(&s), serde_json::to_string(&s).unwrap());
        }
    }
}
