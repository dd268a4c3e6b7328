//! Cue words: what a sentence says happened and who took part, as bits.
//!
//! One Aho-Corasick automaton holds the words of every language (each
//! language's list is in [`super::lang`]); a match counts when it starts a
//! word, and, for words marked whole, when it also ends one. Matching is
//! leftmost-longest, so "stun grenade" is not a grenade attack and
//! "attackers" is both an attack and an armed actor.

use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// What happened.
pub(crate) const SUICIDE: u32 = 1 << 0;
pub(crate) const EXPLOSIVE: u32 = 1 << 1;
pub(crate) const GRENADE: u32 = 1 << 2;
pub(crate) const CLASH: u32 = 1 << 3;
pub(crate) const RIOT: u32 = 1 << 4;
pub(crate) const MOB: u32 = 1 << 5;
pub(crate) const PROTEST: u32 = 1 << 6;
pub(crate) const INTERVENTION: u32 = 1 << 7;
pub(crate) const FORCE: u32 = 1 << 8;
pub(crate) const ATTACK: u32 = 1 << 9;
pub(crate) const ABDUCTION: u32 = 1 << 10;
pub(crate) const ARREST: u32 = 1 << 11;
pub(crate) const DRONE: u32 = 1 << 12;
pub(crate) const SHELLING: u32 = 1 << 13;
/// An accident: a gas explosion, a road crash (no political violence).
pub(crate) const ACCIDENT: u32 = 1 << 14;
/// Who took part.
pub(crate) const POLICE: u32 = 1 << 16;
pub(crate) const MILITARY: u32 = 1 << 17;
pub(crate) const ARMED: u32 = 1 << 18;
pub(crate) const RIOTERS: u32 = 1 << 19;
pub(crate) const PROTESTERS: u32 = 1 << 20;
pub(crate) const CIVILIANS: u32 = 1 << 21;
pub(crate) const EXTERNAL: u32 = 1 << 22;
/// Where: "near", "outside", "on the outskirts of" (a place given only
/// roughly, ACLED's geo_precision 2).
pub(crate) const NEAR: u32 = 1 << 24;

/// A cue: its text, its bits, and whether it must end a word too.
pub(crate) type Cue = (&'static str, u32, bool);

#[derive(Clone)]
pub(crate) struct Cues {
    automaton: AhoCorasick,
    bits: Arc<[(u32, bool)]>,
}

/// Built once a process: a run has one view, but tests and the fuzz target
/// build many, and the automaton takes milliseconds.
static CUES: LazyLock<Cues> = LazyLock::new(Cues::build);

impl Cues {
    pub(crate) fn new() -> Self {
        CUES.clone()
    }

    fn build() -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut bits = Vec::new();
        for &(text, b, whole) in super::lang::en::CUES.iter().chain(super::lang::ru::CUES) {
            patterns.push(text.to_string());
            bits.push((b, whole));
            // Cyrillic is not folded by the ASCII-insensitive search: add
            // the form that starts a sentence.
            let mut chars = text.chars();
            if let Some(first) = chars.next() {
                if !first.is_ascii() && first.is_lowercase() {
                    patterns.push(first.to_uppercase().chain(chars).collect());
                    bits.push((b, whole));
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("the cue words build an automaton");
        Cues { automaton, bits: bits.into() }
    }

    /// The bits of every cue in `text`.
    pub(crate) fn scan(&self, text: &str) -> u32 {
        let bytes = text.as_bytes();
        let mut out = 0;
        for m in self.automaton.find_iter(text) {
            let (b, whole) = self.bits[m.pattern().as_usize()];
            if out & b == b {
                continue;
            }
            if !starts_word(text, m.start()) {
                continue;
            }
            if whole
                && m.end() < bytes.len()
                && text[m.end()..].chars().next().is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            out |= b;
        }
        out
    }
}

fn starts_word(text: &str, at: usize) -> bool {
    !matches!(text[..at].chars().next_back(), Some(c) if c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_give_their_bits_at_word_starts_only() {
        let c = Cues::new();
        // A gas explosion is an accident, not a bombing, in both languages.
        let b = c.scan("A gas explosion tore through a flat on the fifth floor.");
        assert_eq!(b & (ACCIDENT | EXPLOSIVE), ACCIDENT);
        let b = c.scan("При взрыве газа в жилом доме пострадали четыре человека.");
        assert_eq!(b & (ACCIDENT | EXPLOSIVE), ACCIDENT);
        assert_ne!(c.scan("В результате ДТП погибли двое.") & ACCIDENT, 0);
        assert_eq!(c.scan("Взрыв прогремел у здания полиции.") & (ACCIDENT | EXPLOSIVE), EXPLOSIVE);
        assert_eq!(c.scan("Riot police used stun grenades on the marchers.") & GRENADE, 0);
        assert_ne!(c.scan("Riot police used stun grenades on the marchers.") & INTERVENTION, 0);
        assert_ne!(c.scan("A grenade went off.") & GRENADE, 0);
        let b = c.scan("The attackers fled.");
        assert_eq!(b & (ATTACK | ARMED), ATTACK | ARMED);
        // "mob" is a whole word: mobile phones are no mob.
        assert_eq!(c.scan("Mobile networks were down.") & MOB, 0);
        assert_ne!(c.scan("A mob beat the man.") & MOB, 0);
        // Russian, at the start of a sentence too.
        assert_ne!(c.scan("Перестрелка длилась час.") & CLASH, 0);
        assert_ne!(c.scan("Начались массовые беспорядки.") & RIOT, 0);
        assert_eq!(c.scan("The weather was fine."), 0);
    }
}
