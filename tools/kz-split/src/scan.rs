//! Byte searches on short haystacks (a line, a paragraph's tail), with the
//! AVX2 searchers of `memchr` built once: memchr's plain functions choose
//! their implementation on every call, which costs as much as the search
//! itself on a line of a few hundred bytes.

use std::sync::LazyLock;

#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::avx2::memchr as avx2;

/// A search for either of two bytes.
pub struct Two {
    a: u8,
    b: u8,
    #[cfg(target_arch = "x86_64")]
    avx2: Option<avx2::Two>,
}

impl Two {
    fn new(a: u8, b: u8) -> Self {
        Two {
            a,
            b,
            #[cfg(target_arch = "x86_64")]
            avx2: avx2::Two::new(a, b),
        }
    }

    /// Whether `hay` holds either byte.
    #[inline]
    pub fn in_bytes(&self, hay: &[u8]) -> bool {
        #[cfg(target_arch = "x86_64")]
        if let Some(two) = &self.avx2 {
            return two.find(hay).is_some();
        }
        memchr::memchr2(self.a, self.b, hay).is_some()
    }
}

/// The lead bytes of the Russian alphabet in UTF-8 (А–п, р–я and Ё).
pub static CYRILLIC_LEAD: LazyLock<Two> = LazyLock::new(|| Two::new(0xD0, 0xD1));

/// What every credit mark holds (see `boilerplate::credit_tail`).
pub static SLASH_OR_BRACKET: LazyLock<Two> = LazyLock::new(|| Two::new(b'/', b'('));

/// Line breaks.
pub static LINE_BREAK: LazyLock<Two> = LazyLock::new(|| Two::new(b'\n', b'\r'));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_either_byte_anywhere_as_memchr_does() {
        let text = "Алматы, 5 June (AFP) / Steppe\r\nWire";
        for end in 0..=text.len() {
            let hay = &text.as_bytes()[..end];
            assert_eq!(CYRILLIC_LEAD.in_bytes(hay), memchr::memchr2(0xD0, 0xD1, hay).is_some());
            assert_eq!(SLASH_OR_BRACKET.in_bytes(hay), memchr::memchr2(b'/', b'(', hay).is_some());
            assert_eq!(LINE_BREAK.in_bytes(hay), memchr::memchr2(b'\n', b'\r', hay).is_some());
        }
        let long = "x".repeat(300) + "(";
        assert!(SLASH_OR_BRACKET.in_bytes(long.as_bytes()));
        assert!(!SLASH_OR_BRACKET.in_bytes(&long.as_bytes()[..300]));
    }
}
