//! Russian: the morphology of names ([`morph`]), transliteration to Latin
//! letters ([`translit`]), and the rules that find and type the names no
//! list has from their Russian context.

pub mod morph;
pub mod translit;
