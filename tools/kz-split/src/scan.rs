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

/// Where line feeds stand in a text, in order.
pub enum LineFeeds<'a, 'h> {
    #[cfg(target_arch = "x86_64")]
    Avx2(avx2::OneIter<'a, 'h>),
    Generic(memchr::Memchr<'h>, std::marker::PhantomData<&'a ()>),
}

impl Iterator for LineFeeds<'_, '_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            #[cfg(target_arch = "x86_64")]
            LineFeeds::Avx2(it) => it.next(),
            LineFeeds::Generic(it, _) => it.next(),
        }
    }
}

#[cfg(target_arch = "x86_64")]
static LINE_FEED: LazyLock<Option<avx2::One>> = LazyLock::new(|| avx2::One::new(b'\n'));

/// The positions of `\n` in `hay`.
pub fn line_feeds(hay: &[u8]) -> LineFeeds<'static, '_> {
    #[cfg(target_arch = "x86_64")]
    if let Some(one) = LINE_FEED.as_ref() {
        return LineFeeds::Avx2(one.iter(hay));
    }
    LineFeeds::Generic(memchr::memchr_iter(b'\n', hay), std::marker::PhantomData)
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
        let lines = "one\ntwo\n\nthree".repeat(20) + "\n";
        let feeds: Vec<usize> = line_feeds(lines.as_bytes()).collect();
        assert_eq!(feeds, memchr::memchr_iter(b'\n', lines.as_bytes()).collect::<Vec<_>>());
        assert_eq!(line_feeds(b"").count(), 0);
        let long = "x".repeat(300) + "(";
        assert!(SLASH_OR_BRACKET.in_bytes(long.as_bytes()));
        assert!(!SLASH_OR_BRACKET.in_bytes(&long.as_bytes()[..300]));
    }
}
