//! Command-line definition and wiring of kz-timeline.

use clap::{CommandFactory, Parser};
use kz_shared::io::Output;
use kz_shared::record::{annotate_stream, TextField};
use kz_shared::{CommonArgs, Error, RecordReader, Result};

use crate::annotate::Annotator;
use crate::civil::Date;
use crate::incident::{Incidents, DEFAULT_WINDOW};
use crate::render::{self, Lines, Renderer, View};
use crate::timeline::{Format, Timeline, Undated};

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

  # The whole pipeline, one JSON line per date, oldest first
  kz-split news/*.txt | kz-entities | kz-numbers | kz-timeline > timeline.jsonl

  # Claims on which the outlets disagree
  jq -c '.date as $d | .claims[] | select(.conflict)
         | {date: $d, event, who_class, low, best, high}' timeline.jsonl

  # Killed per date and class, best estimate, as TSV
  jq -r '.date as $d | .claims[] | select(.event == \"killed\")
         | [$d, .who_class, .best] | @tsv' timeline.jsonl

  # One row per claim for a spreadsheet (csv), or a table for a report (md)
  kz-split news/*.txt | kz-numbers | kz-timeline --format csv -o claims.csv
  kz-split news/*.txt | kz-numbers | kz-timeline --format md --drop-undated

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

Timeline: each sentence takes its own date, else that of the latest dated
sentence of its paragraph, else that of the document's main event (the day
with most killed or injured figures, else the first date of the report that
is not only when a source spoke), else the publication date (`dated_by`). Claims
group figures by date, event and who_class; each document counts once, with
its largest figure; low/high span the documents; best is their median (the
lower middle one when even); conflict is true when documents differ. Parts
of a total (`part_of`) never add to it.

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
those without `times`), with `entities` and `numbers` when present, and prints one entry per date, oldest first:\n\
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

    /// Put dates of unknown year and undated sentences at the end (the default)
    #[arg(long, conflicts_with_all = ["drop_undated", "annotate"])]
    pub keep_undated: bool,

    /// Leave out dates of unknown year and undated sentences
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
            while let Some(record) = reader.next_record()? {
                incidents.add(record, &mut field);
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
            while let Some(record) = reader.next_record()? {
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
    reader.finish()?;
    out.finish()
}
