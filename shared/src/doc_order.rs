//! Records of one document must come together: kz-entities remembers a
//! document's names, kz-timeline dates a document's undated sentences from
//! its other sentences, kz-dedupe `--within doc` compares inside one
//! document. After a shuffle, an unordered parallel run or a `sort` by
//! another key, a document's records come back split, and those tools would
//! silently restart their memory. [`DocOrder`] notices a document that comes
//! back after another one, so the tool can stop with a message that says how
//! to mend the input.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use crate::error::Error;
use crate::record::Position;

/// The one-line fix printed with the error: a stable sort on the `doc`
/// field (kz-split writes it first), which keeps each document's records in
/// their order.
pub const SORT_HINT: &str = "sort them with: LC_ALL=C sort -s -t '\"' -k4,4 FILE \
     (doc must be the first field, as kz-split writes it), or: jq -sc 'group_by(.doc)[][]' FILE";

/// Tracks the documents seen so far. Memory: 16 bytes per document (a 64-bit
/// hash in a set), not per record.
#[derive(Debug, Default)]
pub struct DocOrder {
    current: Option<String>,
    done: HashSet<u64>,
}

impl DocOrder {
    pub fn new() -> Self {
        DocOrder::default()
    }

    /// The next record's document. `Ok(true)` when it starts a new document,
    /// `Ok(false)` when it continues the current one, and an error naming
    /// the record's place (asked for only then) when the document was left
    /// earlier for another one.
    pub fn see(&mut self, doc: &str, at: impl FnOnce() -> Position) -> Result<bool, Error> {
        if self.current.as_deref() == Some(doc) {
            return Ok(false);
        }
        let key = hash(doc);
        if self.done.contains(&key) {
            let after = match self.current.as_deref() {
                Some(previous) => format!("\"{previous}\""),
                None => "a record without a doc".to_string(),
            };
            let at = at();
            return Err(Error::data(
                at.input.clone(),
                at.line,
                format!(
                    "document \"{doc}\" seen again after {after}: records of a document must be together ({SORT_HINT})"
                ),
            ));
        }
        if let Some(previous) = self.current.take() {
            self.done.insert(hash(&previous));
        }
        self.done.insert(key);
        self.current = Some(doc.to_string());
        Ok(true)
    }

    /// A record of no document: the current document ends here (a tool
    /// that remembers a document forgets it at such a record), so its
    /// records after this one count as coming back.
    pub fn interrupt(&mut self) {
        if let Some(previous) = self.current.take() {
            self.done.insert(hash(&previous));
        }
    }

    /// Documents seen so far.
    pub fn documents(&self) -> usize {
        self.done.len()
    }
}

fn hash(doc: &str) -> u64 {
    // Fixed keys: the same document has the same key in every run.
    let mut h = DefaultHasher::new();
    doc.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u64) -> Position {
        Position { input: "in.jsonl".into(), line }
    }

    #[test]
    fn documents_together_pass_and_a_returning_one_is_named() {
        let mut order = DocOrder::new();
        assert!(order.see("a", || at(1)).unwrap());
        assert!(!order.see("a", || at(2)).unwrap());
        assert!(order.see("b", || at(3)).unwrap());
        let err = order.see("a", || at(4)).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "in.jsonl:4: document \"a\" seen again after \"b\": records of a document must be together"
            ),
            "{err}"
        );
        assert!(err.contains("sort -s"), "{err}");
        assert_eq!(order.documents(), 2);
    }

    #[test]
    fn many_documents_each_once_are_fine() {
        let mut order = DocOrder::new();
        for i in 0..10_000 {
            let doc = format!("doc-{i}");
            assert!(order.see(&doc, || at(i)).unwrap());
            assert!(!order.see(&doc, || at(i)).unwrap());
        }
        assert!(order.see("doc-17", || at(1)).is_err());
    }
}
