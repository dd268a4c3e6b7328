//! Russian: abbreviations, words that open sentences, speech verbs and
//! site boilerplate. Lists only; the rules that use them are in the
//! engine modules.

use super::Words;
use crate::boilerplate::Rule::{self, *};

pub const WORDS: Words = Words {
    usual: USUAL,
    before_number: BEFORE_NUMBER,
    never: NEVER,
    openers: OPENERS,
    speech_verbs: SPEECH_VERBS,
    boilerplate_anywhere: ANYWHERE,
    boilerplate_tail: TAIL_ONLY,
};

pub const USUAL: &[&str] = &[];
pub const BEFORE_NUMBER: &[&str] = &[];
pub const NEVER: &[&str] = &[];
pub const OPENERS: &[&str] = &[];
pub const SPEECH_VERBS: &[&str] = &[];
pub const ANYWHERE: &[Rule] = &[Is("поделиться")];
pub const TAIL_ONLY: &[Rule] = &[];
