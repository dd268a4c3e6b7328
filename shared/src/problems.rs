//! Well-formed records with a field in the wrong shape: a `numbers` that is
//! a string, an `entities` that is a number, a `published` that is not a
//! date. A tool that meets one cannot use the field, but must not drop it in
//! silence: [`Problems`] counts each kind of problem with the place of its
//! first record and prints one warning per kind at the end
//! (`3 records have a "numbers" field that is not an array of objects (first
//! at in.jsonl:12); they count no claims`), or, with `--strict`, stops at the
//! first with an error.

use crate::error::{warn, Error, Result};
use crate::record::{thousands, Position};

/// One kind of problem: what is wrong with the field, and what the tool does
/// about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    /// The field's name, as in `a "numbers" field`.
    pub field: &'static str,
    /// What is wrong, after "field that": `is not an array of objects`.
    pub wrong: &'static str,
    /// What the tool did instead: `they count no claims`.
    pub consequence: &'static str,
}

#[derive(Debug)]
struct Seen {
    problem: Problem,
    count: u64,
    first: Position,
}

/// Problems counted over a run.
#[derive(Debug, Default)]
pub struct Problems {
    strict: bool,
    seen: Vec<Seen>,
}

impl Problems {
    /// `strict`: the first problem is an error (`--strict`).
    pub fn new(strict: bool) -> Self {
        Problems { strict, seen: Vec::new() }
    }

    /// Count one record with `problem`; `at` is asked for only for the first
    /// of its kind. With `--strict`, the error to stop with.
    pub fn note(&mut self, problem: Problem, at: impl FnOnce() -> Position) -> Result<()> {
        if let Some(seen) = self.seen.iter_mut().find(|s| s.problem == problem) {
            seen.count += 1;
            return Ok(());
        }
        let first = at();
        if self.strict {
            return Err(Error::data(
                first.input,
                first.line,
                format!("a \"{}\" field that {} (--strict)", problem.field, problem.wrong),
            ));
        }
        self.seen.push(Seen { problem, count: 1, first });
        Ok(())
    }

    /// Records with a problem, of every kind.
    pub fn total(&self) -> u64 {
        self.seen.iter().map(|s| s.count).sum()
    }

    /// The warnings, one a kind, as they will be printed.
    pub fn messages(&self) -> Vec<String> {
        self.seen
            .iter()
            .map(|s| {
                let (records, have) = if s.count == 1 { ("record", "has") } else { ("records", "have") };
                format!(
                    "{} {records} {have} a \"{}\" field that {} (first at {}:{}); {}",
                    thousands(s.count),
                    s.problem.field,
                    s.problem.wrong,
                    s.first.input,
                    s.first.line,
                    s.problem.consequence
                )
            })
            .collect()
    }

    /// Print the warnings (nothing with `--quiet`).
    pub fn finish(&self) {
        for message in self.messages() {
            warn(message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERS: Problem = Problem {
        field: "numbers",
        wrong: "is not an array of objects",
        consequence: "they count no claims",
    };
    const PUBLISHED: Problem =
        Problem { field: "published", wrong: "is not a date", consequence: "their dates are not resolved" };

    fn at(line: u64) -> Position {
        Position { input: "in.jsonl".into(), line }
    }

    #[test]
    fn one_message_a_kind_with_its_first_place_and_count() {
        let mut p = Problems::new(false);
        p.note(NUMBERS, || at(12)).unwrap();
        p.note(PUBLISHED, || at(13)).unwrap();
        p.note(NUMBERS, || panic!("only the first place is asked for")).unwrap();
        p.note(NUMBERS, || at(99)).unwrap();
        assert_eq!(p.total(), 4);
        assert_eq!(
            p.messages(),
            [
                "3 records have a \"numbers\" field that is not an array of objects (first at in.jsonl:12); they count no claims",
                "1 record has a \"published\" field that is not a date (first at in.jsonl:13); their dates are not resolved",
            ]
        );
    }

    #[test]
    fn strict_stops_at_the_first() {
        let mut p = Problems::new(true);
        let err = p.note(NUMBERS, || at(7)).unwrap_err().to_string();
        assert_eq!(err, "in.jsonl:7: a \"numbers\" field that is not an array of objects (--strict)");
    }
}
