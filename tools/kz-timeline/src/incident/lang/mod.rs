//! The words of each language the incident view reads: what happened and who
//! took part. Adding a language means adding a file here and chaining its
//! list in [`super::cues::Cues::new`].

pub(crate) mod en;
pub(crate) mod ru;
