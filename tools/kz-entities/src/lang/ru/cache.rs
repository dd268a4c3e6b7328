//! The nominatives of Cyrillic words seen before, remembered by spelling:
//! Russian text asks of every Cyrillic word which nominatives it may stand
//! for ([`for_each_lemma`]) and their skeletons, and news text repeats its
//! words (most are found here after the first few hundred records).

use super::morph::for_each_lemma;
use crate::skeleton::{slot_of, Skeletons};

/// Words up to this many bytes are remembered (19 Cyrillic letters).
const KEY: usize = 38;
/// Most nominatives a word may have that are remembered (a word ending in
/// `-ому` has seven; one with more is computed each time).
const MAX: usize = 8;
/// Slots: `1 << SLOT_BITS`.
const SLOT_BITS: u32 = 13;

#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    count: u8,
    word: [u8; KEY],
    hashes: [u64; MAX],
}

/// Skeleton hashes of the nominatives of words by their spelling, the most
/// recent word of each slot remembered.
pub struct LemmaHashes {
    slots: Box<[Slot]>,
    found: Vec<u64>,
}

impl Default for LemmaHashes {
    fn default() -> Self {
        let empty = Slot { len: 0, count: 0, word: [0; KEY], hashes: [0; MAX] };
        LemmaHashes { slots: vec![empty; 1 << SLOT_BITS].into_boxed_slice(), found: Vec::new() }
    }
}

impl LemmaHashes {
    /// Calls `f` with the skeleton hash of each nominative `word` may stand
    /// for, in the order of [`for_each_lemma`], each hash once.
    pub fn for_each(&mut self, word: &str, skeletons: &mut Skeletons, mut f: impl FnMut(u64)) {
        let bytes = word.as_bytes();
        let cached = !bytes.is_empty() && bytes.len() <= KEY;
        let index = if cached { slot_of(bytes, SLOT_BITS) } else { 0 };
        if cached {
            let slot = &self.slots[index];
            if usize::from(slot.len) == bytes.len() && &slot.word[..bytes.len()] == bytes {
                slot.hashes[..usize::from(slot.count)].iter().for_each(|&h| f(h));
                return;
            }
        }
        let found = &mut self.found;
        found.clear();
        for_each_lemma(word, |lemma| {
            let h = skeletons.hash(lemma);
            if !found.contains(&h) {
                found.push(h);
            }
        });
        found.iter().for_each(|&h| f(h));
        if cached && found.len() <= MAX {
            let slot = &mut self.slots[index];
            slot.len = bytes.len() as u8;
            slot.count = found.len() as u8;
            slot.word[..bytes.len()].copy_from_slice(bytes);
            slot.hashes[..found.len()].copy_from_slice(found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn direct(word: &str) -> Vec<u64> {
        let mut out = Vec::new();
        let mut skeletons = Skeletons::uncached();
        for_each_lemma(word, |l| {
            let h = skeletons.hash(l);
            if !out.contains(&h) {
                out.push(h);
            }
        });
        out
    }

    #[test]
    fn remembered_nominatives_are_the_nominatives() {
        let mut cache = LemmaHashes::default();
        let mut skeletons = Skeletons::default();
        let words = [
            "Токаеву",
            "области",
            "Актюбинской",
            "государственному",
            "правоохранительными",
            "обл",
            "Ош",
            "",
            "Alma",
            "Тургумбаеву",
        ];
        // Twice over, and with many words between, so slots are reused.
        let filler: Vec<String> = (0..20_000).map(|i| format!("слово{i}ому")).collect();
        for round in 0..2 {
            for w in words.iter().copied().chain(filler.iter().map(String::as_str).take(round * 20_000)) {
                let mut got = Vec::new();
                cache.for_each(w, &mut skeletons, |h| got.push(h));
                assert_eq!(got, direct(w), "{w}");
            }
        }
        let mut many = Vec::new();
        cache.for_each("Государственному", &mut skeletons, |h| many.push(h));
        assert!(many.len() >= 4 && many.len() <= MAX, "{}", many.len());
    }
}
