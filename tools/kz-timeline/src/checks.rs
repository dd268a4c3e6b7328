//! What the timeline checks in each record before it reads it, so that
//! nothing is skipped or misread in silence:
//!
//! - records of one document must come together (a document's undated
//!   sentences take its other sentences' dates): a document that comes back
//!   after another stops the run with the place and the `sort` that mends it;
//! - fields in the wrong shape (`numbers`, `entities` or `times` that are not
//!   arrays of objects, a figure whose `value` is a string, a `published`
//!   that is not a date) are counted and warned about once a kind at the end,
//!   or stop the run with `--strict`;
//! - a `published` written as the press writes dates ("June 6, 2016",
//!   "6 июня 2016 года") is read as that date.

use std::sync::LazyLock;

use kz_shared::doc_order::DocOrder;
use kz_shared::problems::{Problem, Problems};
use kz_shared::record::Position;
use kz_shared::{Record, Result};
use memchr::memmem::Finder;

use crate::annotate::Annotator;
use crate::civil::Date;
use crate::view::{Fields, Json};

const NUMBERS: Problem =
    Problem { field: "numbers", wrong: "is not an array of objects", consequence: "they count no claims" };
const NUMBER_VALUES: Problem = Problem {
    field: "numbers",
    wrong: "has items whose value, low or high is not a number",
    consequence: "those figures are not counted",
};
const ENTITIES: Problem = Problem {
    field: "entities",
    wrong: "is not an array of objects",
    consequence: "their places are not read",
};
const TIMES: Problem = Problem {
    field: "times",
    wrong: "is not an array of objects",
    consequence: "their dates were read from the text again",
};
const PUBLISHED: Problem = Problem {
    field: "published",
    wrong: "is not a date",
    consequence: "their dates are resolved without a publication date",
};

/// What a record's `published` is.
enum Published {
    /// A date as ISO writes it, empty, or null.
    Date,
    /// Another string: perhaps a date in words.
    Words(String),
    /// Not a string.
    Wrong,
}

/// What a record's check found to mend.
pub(crate) struct Mend {
    /// `times` is in the wrong shape: drop it.
    drop_times: bool,
    published: Option<Published>,
}

impl Mend {
    /// Whether [`InputChecks::mend`] has nothing to do (changes nothing,
    /// notes no problem).
    pub(crate) fn is_none(&self) -> bool {
        !self.drop_times && matches!(self.published, None | Some(Published::Date))
    }
}

/// The checks of one run.
pub struct InputChecks {
    order: DocOrder,
    problems: Problems,
    /// Reads a `published` that is not ISO, as a date line would be read.
    dates: Annotator,
}

impl InputChecks {
    pub fn new(strict: bool) -> Self {
        InputChecks { order: DocOrder::new(), problems: Problems::new(strict), dates: Annotator::new(None) }
    }

    /// Check one record, mending what can be mended: a `times` in the wrong
    /// shape is dropped (the timeline then reads the text itself) and a
    /// `published` in words is rewritten as its ISO date (records are not
    /// written out by the timeline, so nothing downstream sees the change).
    pub fn check(&mut self, record: &mut Record, at: impl Fn() -> Position) -> Result<()> {
        let mend = self.inspect(&Fields::of(record, None), &at)?;
        self.mend(record, mend, &at)
    }

    /// The checks of [`InputChecks::check`] on the fields of a record found
    /// already (the incident view finds them once for the checks and its own
    /// reading), and what is to be mended, for [`InputChecks::mend`].
    pub(crate) fn inspect(&mut self, f: &Fields, at: &impl Fn() -> Position) -> Result<Mend> {
        self.order.see(f.doc.and_then(Json::str).as_deref().unwrap_or(""), at)?;
        if let Some(raw) = f.numbers.and_then(Json::raw) {
            if !is_array_of_objects(raw) {
                self.problems.note(NUMBERS, at)?;
            } else if has_non_number_figure(raw) {
                self.problems.note(NUMBER_VALUES, at)?;
            }
        }
        if f.entities.and_then(Json::raw).is_some_and(|raw| !is_array_of_objects(raw)) {
            self.problems.note(ENTITIES, at)?;
        }
        let drop_times = f.times.and_then(Json::raw).is_some_and(|raw| !is_array_of_objects(raw));
        if drop_times {
            self.problems.note(TIMES, at)?;
        }
        let published = f.published.map(|p| match p.str() {
            Some(text) if text.is_empty() || Date::parse_iso(&text).is_some() => Published::Date,
            Some(text) => Published::Words(text.into_owned()),
            // null is "not known", as kz-split writes it; anything else is wrong.
            None if p.raw() == Some("null") => Published::Date,
            None => Published::Wrong,
        });
        Ok(Mend { drop_times, published })
    }

    /// Mend what [`InputChecks::inspect`] found.
    pub(crate) fn mend(&mut self, record: &mut Record, mend: Mend, at: &impl Fn() -> Position) -> Result<()> {
        if mend.drop_times {
            record.remove("times");
        }
        match mend.published {
            Some(Published::Words(text)) => match self.date_in_words(&text) {
                Some(date) => record.insert("published".into(), date.to_string().into()),
                None => self.problems.note(PUBLISHED, at)?,
            },
            Some(Published::Wrong) => self.problems.note(PUBLISHED, at)?,
            Some(Published::Date) | None => {}
        }
        Ok(())
    }

    /// The one full date a `published` written in words gives, if it gives
    /// exactly one and nothing else of length.
    fn date_in_words(&mut self, text: &str) -> Option<Date> {
        let mentions = self.dates.scan(text, None);
        let [only] = mentions.as_slice() else { return None };
        // The date must be most of the field: "garbage 2016" is not a date.
        let covered = only.end - only.start;
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        if only.granularity != "day" || covered * 2 < letters {
            return None;
        }
        Date::parse_iso(only.value.as_deref()?)
    }

    /// Print the warnings of the run (once a kind).
    pub fn finish(&self) {
        self.problems.finish();
    }
}

/// `[]` or `[{…`: the shape every tool writes for its arrays. Cheap: only
/// the first item is looked at (a tool writes all its items alike).
fn is_array_of_objects(raw: &str) -> bool {
    let Some(inner) = raw.trim_start().strip_prefix('[') else { return false };
    matches!(inner.trim_start().as_bytes().first(), Some(b']') | Some(b'{'))
}

/// A figure's `value`, `low` or `high` written as a string (`"value":"5"`,
/// or `"value": "5"`).
fn has_non_number_figure(raw: &str) -> bool {
    // A search for each key (built once), then a look at what follows it:
    // half the searches of one for each key and spacing.
    static KEYS: LazyLock<[Finder<'static>; 3]> =
        LazyLock::new(|| ["\"value\":", "\"low\":", "\"high\":"].map(Finder::new));
    let bytes = raw.as_bytes();
    KEYS.iter().any(|k| {
        k.find_iter(bytes).any(|at| {
            let rest = &bytes[at + k.needle().len()..];
            rest.starts_with(b"\"") || rest.starts_with(b" \"")
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> Record {
        json.parse().unwrap()
    }

    fn at(line: u64) -> impl Fn() -> Position {
        move || Position { input: "in.jsonl".into(), line }
    }

    #[test]
    fn shapes_are_told_apart_cheaply() {
        assert!(is_array_of_objects("[]"));
        assert!(is_array_of_objects(" [ {\"a\":1}]"));
        assert!(!is_array_of_objects("\"6 killed\""));
        assert!(!is_array_of_objects("{\"value\":6}"));
        assert!(!is_array_of_objects("[6, 7]"));
        assert!(!is_array_of_objects("7"));
        assert!(has_non_number_figure(r#"[{"value":"6","event":"killed"}]"#));
        assert!(!has_non_number_figure(r#"[{"value":6,"text":"\"value\":"}]"#));
        assert!(has_non_number_figure(r#"[{"value":6},{"low": "5"}]"#));
        assert!(has_non_number_figure(r#"[{"high":"x"}]"#));
        assert!(!has_non_number_figure(r#"[{"value":6,"low":null,"high": 7,"highs":"x"}]"#));
    }

    #[test]
    fn wrong_shapes_are_counted_once_a_kind() {
        let mut c = InputChecks::new(false);
        let mut r = record(r#"{"doc":"a","numbers":"six killed","entities":5,"times":{"value":"2016"}}"#);
        c.check(&mut r, at(1)).unwrap();
        assert!(!r.contains_key("times"), "a times in the wrong shape is read again");
        let mut r = record(r#"{"doc":"a","numbers":[{"value":"6","event":"killed"}]}"#);
        c.check(&mut r, at(2)).unwrap();
        let mut r = record(r#"{"doc":"a","numbers":"again"}"#);
        c.check(&mut r, at(3)).unwrap();
        assert_eq!(
            c.problems.messages(),
            [
                "2 records have a \"numbers\" field that is not an array of objects (first at in.jsonl:1); they count no claims",
                "1 record has a \"entities\" field that is not an array of objects (first at in.jsonl:1); their places are not read",
                "1 record has a \"times\" field that is not an array of objects (first at in.jsonl:1); their dates were read from the text again",
                "1 record has a \"numbers\" field that has items whose value, low or high is not a number (first at in.jsonl:2); those figures are not counted",
            ]
        );
    }

    #[test]
    fn published_in_words_is_read_and_garbage_is_reported() {
        let mut c = InputChecks::new(false);
        let mut r = record(r#"{"doc":"a","published":"June 6, 2016"}"#);
        c.check(&mut r, at(1)).unwrap();
        assert_eq!(r.get_str("published").as_deref(), Some("2016-06-06"));
        let mut r = record(r#"{"doc":"a","published":"6 июня 2016 года"}"#);
        c.check(&mut r, at(1)).unwrap();
        assert_eq!(r.get_str("published").as_deref(), Some("2016-06-06"));
        let mut r = record(r#"{"doc":"a","published":"2016-06-07"}"#);
        c.check(&mut r, at(2)).unwrap();
        assert_eq!(r.get_str("published").as_deref(), Some("2016-06-07"));
        for bad in [r#""garbage""#, "20160606", r#""sometime in June 2016, reportedly""#] {
            let mut r = record(&format!(r#"{{"doc":"a","published":{bad}}}"#));
            c.check(&mut r, at(3)).unwrap();
        }
        let mut r = record(r#"{"doc":"a","published":null}"#);
        c.check(&mut r, at(4)).unwrap();
        assert_eq!(
            c.problems.messages(),
            ["3 records have a \"published\" field that is not a date (first at in.jsonl:3); their dates are resolved without a publication date"]
        );
    }

    #[test]
    fn strict_stops_at_the_first_wrong_shape() {
        let mut c = InputChecks::new(true);
        let mut r = record(r#"{"doc":"a","numbers":"six"}"#);
        let err = c.check(&mut r, at(9)).unwrap_err().to_string();
        assert_eq!(err, "in.jsonl:9: a \"numbers\" field that is not an array of objects (--strict)");
    }

    #[test]
    fn a_document_that_comes_back_is_an_error() {
        let mut c = InputChecks::new(false);
        for (i, doc) in ["a", "a", "b"].iter().enumerate() {
            c.check(&mut record(&format!(r#"{{"doc":"{doc}"}}"#)), at(i as u64 + 1)).unwrap();
        }
        let err = c.check(&mut record(r#"{"doc":"a"}"#), at(4)).unwrap_err().to_string();
        assert!(err.starts_with("in.jsonl:4: document \"a\" seen again after \"b\""), "{err}");
    }
}
