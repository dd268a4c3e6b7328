//! Command-line definition and wiring of kz-timeline.

use clap::{CommandFactory, Parser};
use kz_shared::io::Output;
use kz_shared::record::{annotate_stream, TextField};
use kz_shared::{CommonArgs, Error, RecordReader, Result};

use crate::annotate::Annotator;
use crate::checks::InputChecks;
use crate::civil::Date;
use crate::incident::{Incidents, DEFAULT_WINDOW};
use crate::render::{self, Lines, Renderer, View};
use crate::timeline::{Format, Timeline, Undated};
use crate::view::Fields;

/// What the aggregating view groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    /// One record per incident: place, dates, kind, actors, tolls across outlets and days
    Incident,
    /// One entry per date, with the claims of every outlet
    Date,
}

/// Output formats: the view's own (jsonl, csv, md) and the renderers'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per incident (or date)
    Jsonl,
    /// One row per claim, for spreadsheets (see --schema for ACLED's and GED's columns)
    Csv,
    /// A readable Markdown table, for a report
    Md,
    /// An RFC 7946 FeatureCollection for QGIS, kepler.gl or geojson.io
    Geojson,
    /// A single self-contained HTML page: map, charts of the tolls, sentences (--by incident)
    Html,
}

/// The columns of `--format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Schema {
    /// kz's own: one row per incident and claim
    Kz,
    /// An ACLED export's: one row per incident (--by incident)
    Acled,
    /// UCDP GED's: one row per incident (--by incident)
    Ged,
}

/// What the input records are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Records {
    /// Sentence records (kz-split | kz-entities | kz-numbers)
    Sentences,
    /// Incident records that `--by incident` wrote (saved, perhaps corrected by hand): rendered again
    Incidents,
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
  kz-split news/*.txt | kz-numbers | kz-timeline --by date --format md --drop-undated

  # A map layer, the datasets' own columns, a one-page report
  kz-timeline sentences.jsonl --format geojson -o incidents.geojson
  kz-timeline sentences.jsonl --format csv --schema acled -o acled.csv
  kz-timeline sentences.jsonl --format html -o report.html

  # The same from incidents saved (and corrected) earlier
  kz-timeline --from incidents incidents.jsonl --format csv --schema ged -o ged.csv";

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
documents differ. Parts of a total (`part_of`) never add to it (either view).

Renderings (--by incident): geojson writes a Point per incident at its place
(longitude first; incidents without coordinates are left out and counted on
stderr), with the tolls as flat properties and the claims nested; with
--by date, a MultiPoint per date at the places its sentences locate. csv
--schema acled and --schema ged write one row per incident in the columns
of those datasets (region from the gazetteer; ACLED's fatalities the most
conservative killed figure; GED's deaths by side from who_class). html
writes one page that needs no network: the incidents in time order, a map,
and a chart per toll with the sentence behind each figure on click.";

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
    pub format: OutputFormat,

    /// Columns of --format csv: kz's own, or those of ACLED or UCDP GED (--by incident)
    #[arg(long, value_enum, default_value = "kz", conflicts_with = "annotate")]
    pub schema: Schema,

    /// What the input records are: sentences, or incident records to render again
    #[arg(long, value_enum, default_value = "sentences", conflicts_with = "annotate")]
    pub from: Records,

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

/// The renderer `--format` and `--schema` ask for (none for the view's own
/// formats), or a usage error for a combination that makes no sense.
fn renderer_kind(cli: &Cli) -> Result<Option<render::Kind>> {
    let view = if cli.by == By::Incident { View::Incident } else { View::Date };
    let kind = match (cli.format, cli.schema) {
        (OutputFormat::Csv, Schema::Acled) => Some(render::Kind::Acled),
        (OutputFormat::Csv, Schema::Ged) => Some(render::Kind::Ged),
        (_, Schema::Acled | Schema::Ged) => {
            return Err(Error::Usage("--schema acled|ged sets the columns of --format csv".into()))
        }
        (OutputFormat::Geojson, _) => Some(render::Kind::Geojson),
        (OutputFormat::Html, _) => Some(render::Kind::Html),
        _ => None,
    };
    if let Some(k) = kind {
        if !k.supports(view) {
            return Err(Error::Usage("this format renders incidents: use it with --by incident".into()));
        }
    }
    if cli.from == Records::Incidents {
        if cli.by == By::Date {
            return Err(Error::Usage("--from incidents reads incident records: not with --by date".into()));
        }
        if kind.is_none() {
            return Err(Error::Usage(
                "--from incidents renders incident records again: give --format geojson, html, or csv --schema acled|ged"
                    .into(),
            ));
        }
    }
    Ok(kind)
}

fn format(f: OutputFormat) -> Format {
    match f {
        OutputFormat::Csv => Format::Csv,
        OutputFormat::Md => Format::Md,
        _ => Format::Jsonl,
    }
}

pub fn run(cli: Cli) -> Result<()> {
    if cli.annotate {
        let mut annotator = Annotator::new(cli.anchor);
        return annotate_stream(&cli.common, |record, text| {
            annotator.annotate_record(record, text);
            Ok(())
        });
    }
    let kind = renderer_kind(&cli)?;
    let view = if cli.by == By::Incident { View::Incident } else { View::Date };
    let mut renderer = kind.map(|k| Renderer::new(k, view));
    let mut reader = RecordReader::open(&cli.common)?;
    let mut out = Output::create(cli.common.output.as_deref())?;
    let undated = if cli.drop_undated { Undated::Drop } else { Undated::Keep };
    let mut checks = InputChecks::new(cli.common.strict);
    if let (Records::Incidents, Some(r)) = (cli.from, renderer.as_mut()) {
        while let Some(record) = reader.next_record()? {
            let dated = record.get_str("start").is_some_and(|s| !s.starts_with("XXXX"));
            if undated == Undated::Drop && !dated {
                continue;
            }
            let (input, line) = (reader.input_name().to_string(), reader.line_number());
            r.record(serde_json::Value::Object(record.into_map()), &mut out).map_err(|e| match e {
                Error::Other(m) => Error::data(input, line, m),
                e => e,
            })?;
        }
    } else {
        let mut field = TextField::new(&cli.common.field);
        let observe = renderer.as_ref().is_some_and(Renderer::observes);
        if cli.by == By::Incident {
            let mut incidents = Incidents::new(cli.anchor, &cli.common.field, cli.window);
            let text_field = Some(cli.common.field.as_str());
            while let Some(mut record) = reader.next_record()? {
                let at = || reader.position();
                let f = Fields::of(&record, text_field);
                let mend = checks.inspect(&f, &at)?;
                if mend.is_none() {
                    incidents.add_fields(&record, f, &mut field);
                } else {
                    // Rare: the record changes, and its fields are found again.
                    checks.mend(&mut record, mend, &at)?;
                    incidents.add(record, &mut field);
                }
            }
            match renderer.as_mut() {
                None => incidents.write_incidents(&mut out, format(cli.format), undated)?,
                Some(r) => {
                    let mut lines = Lines::new(r, &mut out);
                    let written = incidents.write_incidents(&mut lines, Format::Jsonl, undated);
                    lines.finish()?;
                    written?;
                }
            }
        } else {
            let mut timeline = Timeline::new(cli.anchor, &cli.common.field);
            while let Some(mut record) = reader.next_record()? {
                checks.check(&mut record, || reader.position())?;
                if observe {
                    if let Some(r) = renderer.as_mut() {
                        r.observe(&record);
                    }
                }
                timeline.add(record, &mut field);
            }
            match renderer.as_mut() {
                None => timeline.write(&mut out, format(cli.format), undated)?,
                Some(r) => {
                    let mut lines = Lines::new(r, &mut out);
                    let written = timeline.write(&mut lines, Format::Jsonl, undated);
                    lines.finish()?;
                    written?;
                }
            }
        }
        field.finish();
    }
    if let Some(r) = renderer {
        r.finish(&mut out)?;
    }
    checks.finish();
    reader.finish()?;
    out.finish()
}
