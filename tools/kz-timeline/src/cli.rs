//! Command-line definition and wiring of kz-timeline.

use clap::{CommandFactory, Parser};
use kz_shared::io::Output;
use kz_shared::record::{annotate_stream, TextField};
use kz_shared::{CommonArgs, RecordReader, Result};

use crate::annotate::Annotator;
use crate::checks::InputChecks;
use crate::civil::Date;
use crate::incident::{Incidents, DEFAULT_WINDOW};
use crate::timeline::{Format, Timeline, Undated};

/// What the aggregating view groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    /// One record per incident: place, dates, kind, actors, tolls across outlets and days
    Incident,
    /// One entry per date, with the claims of every outlet
    Date,
}

const EXAMPLES: &str = "\
Examples:
  # Resolve the dates of each sentence (adds `times`)
  kz-split news/*.txt | kz-timeline --annotate | jq -c '.times[]'

  # Articles without a date line: resolve against a date you know
  kz-split --from jsonl feed.jsonl | kz-timeline --annotate --anchor 2022-01-07

  # The whole pipeline, one JSON line per incident, oldest first
  kz-split news/*.txt | kz-entities | kz-numbers | kz-timeline > incidents.jsonl

  # Every incident's latest death toll, with its sources
  jq -c '{incident, place: .place.name, sources, killed: [.claims[]
          | select(.event == \"killed\" and .who_class == \"people\") | .latest]}' incidents.jsonl

  # Tolls on which the outlets disagree (not a toll that grew over days)
  jq -c '.incident as $i | .claims[] | select(.conflict)
         | {incident: $i, event, who_class, low, best, high}' incidents.jsonl

  # One row per incident and claim, with coordinates, for a spreadsheet or QGIS
  kz-split news/*.txt | kz-entities | kz-numbers | kz-timeline --format csv -o incidents.csv

  # Reports a week apart are one incident; a month apart with --window 30
  kz-split news/*.txt | kz-entities | kz-numbers | kz-timeline --window 30

  # The date view: one JSON line per date, and a table for a report
  kz-split news/*.txt | kz-numbers | kz-timeline --by date > timeline.jsonl
  kz-split news/*.txt | kz-numbers | kz-timeline --by date --format md --drop-undated";

const AFTER_HELP: &str = "\
Dates: `value` is ISO 8601 as far as the text allows (2016-06-05, 2016-06,
2016, 2016-W23, decade 199, century 19), XXXX-06-08 when the year is unknown,
null when the expression cannot be placed. Weekdays take the latest such day
on or before the publication date (`published`, else --anchor), or the next
one in a future-tense clause or a deadline that still holds (\"must leave by
Friday\", \"the curfew stays until January 5\"; not \"had been held until
March 3\"); \"the day before\", \"two days later\" count from the last date
the document mentioned. Nothing reads today's date.

Sentence dates (both views): each sentence takes its own date, else that of
the latest dated sentence of its paragraph, else that of the document's main
event (the day with most killed or injured figures, else the first date of
the report that is not only when a source spoke), else the publication date
(`dated_by`).

Incidents (--by incident, the default): a document tells of one incident,
at its most prominent place (headline and lead count most; a country is no
place) on its main event's date; a paragraph dated before that incident's
window tells of an earlier one. Reports of places that meet (the same place,
a city and its region, a facility and its city) within --window days of the
incident's latest day (and three windows of its first) are one incident;
reports of unknown year join by place and month and day, undated ones by
place and shared names or figures; nothing joins for lacking a date alone.
Claims: each document counts once, its largest figure (\"five more\" added
to the one before); copies and figures a report supersedes count in no
estimate; low is the smallest figure stated, high the largest total; a
figure is outdated when a later report gives a larger one; best is the
median of the figures not outdated; rising says a toll grew, conflict that
the current figures differ; latest is the most recently published figure.
Ids are the place's slug and the start date.

Dates (--by date): claims group figures by date, event and who_class; each
document counts once, with its largest figure; low/high span the documents;
best is their median (the lower middle one when even); conflict is true when
documents differ. Parts of a total (`part_of`) never add to it (either view).";

#[derive(Parser, Debug)]
#[command(
    name = "kz-timeline",
    version,
    about = "Resolve dates against the publication date and build a timeline that reconciles sources",
    long_about = "Resolve dates against the publication date and build a timeline that reconciles sources.\n\n\
With --annotate, adds `times` to each sentence record. Without it, reads sentence records (annotating \
those without `times`), with `entities` and `numbers` when present, and prints one record per incident, \
oldest first (--by incident, the default):\n\
{incident, start, end, granularity, time_precision, date_prec, place: {name, type, id, lat, lon, country}, \
geo_precision, where_prec, country, places, event_type, sub_event_type, event_type_rule, \
actors: [{name, type, inter}], docs, mentioned_in, sources, events: [{doc, sent, date, text, dated_by}], \
claims: [{event, who_class, low, best, high, conflict, rising, counted_docs, latest: {value, as_of, doc, source}, \
reports: [{doc, source, as_of, sent, value, qualifier, superseded, copy_of, text}]}]}\n\n\
or, with --by date, one entry per date, oldest first:\n\
{date, granularity, docs, sources, places, events: [{doc, sent, text, dated_by}], \
claims: [{event, who_class, low, best, high, reports: [{doc, source, value, qualifier, text}], conflict}]}.",
    after_help = EXAMPLES,
    after_long_help = format!("{AFTER_HELP}\n\n{EXAMPLES}\n\n{}", kz_shared::cli::EXIT_STATUS_HELP)
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Add `times` to each record instead of building the timeline
    #[arg(long)]
    pub annotate: bool,

    /// Resolve the dates of records without `published` against DATE (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub anchor: Option<Date>,

    /// Group by incident (one record per incident) or by date
    #[arg(long, value_enum, default_value = "incident", conflicts_with = "annotate")]
    pub by: By,

    /// Days within which reports of one place tell of one incident (--by incident)
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_WINDOW, conflicts_with = "annotate",
          value_parser = clap::value_parser!(i64).range(0..=3650))]
    pub window: i64,

    /// Output format of the timeline
    #[arg(long, value_enum, default_value = "jsonl", conflicts_with = "annotate")]
    pub format: Format,

    /// Put dates of unknown year and undated sentences (or incidents) at the end (the default)
    #[arg(long, conflicts_with_all = ["drop_undated", "annotate"])]
    pub keep_undated: bool,

    /// Leave out dates of unknown year and undated sentences (or incidents)
    #[arg(long, conflicts_with = "annotate")]
    pub drop_undated: bool,
}

fn parse_date(s: &str) -> std::result::Result<Date, String> {
    if s.len() != 10 {
        return Err("expected YYYY-MM-DD".into());
    }
    Date::parse_iso(s).ok_or_else(|| "expected a valid date as YYYY-MM-DD".into())
}

/// The clap definition, also used to generate the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

pub fn run(cli: Cli) -> Result<()> {
    if cli.annotate {
        let mut annotator = Annotator::new(cli.anchor);
        return annotate_stream(&cli.common, |record, text| {
            annotator.annotate_record(record, text);
            Ok(())
        });
    }
    let mut reader = RecordReader::open(&cli.common)?;
    let mut out = Output::create(cli.common.output.as_deref())?;
    let mut field = TextField::new(&cli.common.field);
    let undated = if cli.drop_undated { Undated::Drop } else { Undated::Keep };
    let mut checks = InputChecks::new(cli.common.strict);
    if cli.by == By::Incident {
        let mut incidents = Incidents::new(cli.anchor, &cli.common.field, cli.window);
        while let Some(mut record) = reader.next_record()? {
            checks.check(&mut record, || reader.position())?;
            incidents.add(record, &mut field);
        }
        incidents.write_incidents(&mut out, cli.format, undated)?;
    } else {
        let mut timeline = Timeline::new(cli.anchor, &cli.common.field);
        while let Some(mut record) = reader.next_record()? {
            checks.check(&mut record, || reader.position())?;
            timeline.add(record, &mut field);
        }
        timeline.write(&mut out, cli.format, undated)?;
    }
    checks.finish();
    field.finish();
    reader.finish()?;
    out.finish()
}
