//! Command-line definition and wiring of kz-split.

use std::path::PathBuf;

use clap::{CommandFactory, Parser};
use kz_shared::cli::EXIT_STATUS_HELP;
use std::io::IsTerminal;

use kz_shared::io::{Input, Output};
use kz_shared::lang::Lang;
use kz_shared::progress::Progress;
use kz_shared::record::thousands;
use kz_shared::{CommonArgs, Error, Result};

use crate::dates::parse_date_exact;
use crate::inputs::{each_input, read_csv, read_jsonl, read_text, Format, Item, Rejects};
use crate::parallel::{default_threads, Pool};
use crate::units::{Splitter, Unit};

const AFTER_HELP: &str = "\
Records: every record has `doc` (the file name without extension, the JSONL
`id`, or FILE:LINE), `lang` (`en`, `ru`, `kk`, or `und` when the text has too
few letters to tell: the input's own `lang` field, else --lang, else told
from the letters of the document's first 600 characters), the metadata
found (`title`, `published` as YYYY-MM-DD, `source`, `url`, `dateline`,
`dateline_text`; each only when known, on every record of the document), the
other fields of a JSONL or CSV input, then `para` (0 = the headline, article
paragraphs from 1), `sent` (sentence index within the document, the headline
counting as 0), `start`, `end` and `text`. With --unit para there is no
`sent`; with --unit doc neither `para` nor `sent`, and `text` is the
article's paragraphs separated by blank lines. Records of JSONL or CSV lines
without the text field are passed through unchanged. Documents are split on
every core; output keeps the input order.

Offsets: `start`/`end` count characters (Unicode code points) in the document
text: for a text file, its content without a byte-order mark and with CRLF
turned into LF; for JSONL and CSV, the text field as given. `text` is that
slice with every whitespace run that holds a line break collapsed to one
space. Metadata lines, boilerplate and the dateline are left out of the
records but keep their place in the offsets.

Metadata read from raw articles, in English and Russian: a headline (a short
first line without a closing full stop), a byline (`By The Moscow Times`,
`By [Outlet](#)`, `Автор: …`), a date line (`June 06, 2016`, `6 June 2016`,
`06.06.2016` day first, `2016-06-06`, `5 июня 2016, 10:15`, `17 мая 2024
г.`), an agency alone on a line (`AFP`), a source line (`Source: …`,
`Источник: …`), URL lines (`Original url:`, `<https://…>`, a URL wrapped onto
the next line) and a wire dateline (`DUSHANBE, June 14, 2016, Asia-Plus –`,
`ASTANA (Reuters) -`, `ALMATY, January 7. /TASS/.`, `BISHKEK:`, `АЛМАТЫ, 5
июня. КазТАГ –`, `Астана. 14 марта. ИНТЕРФАКС-КАЗАХСТАН –`, `БИШКЕК, 17 мая —
РИА Новости.`): its place goes to `dateline`, the whole dateline as written
to `dateline_text`, its agency to `source`. Site boilerplate (`Source link`,
ad-blocker pleas, `Read more: …`, `Читайте также: …`, share and subscribe
lines, photo credits, editors' sign-offs, `***` separators, funding appeals
at the end) is dropped unless --keep-boilerplate.

Examples:
  # sentences of some articles, with their metadata
  kz-split reports/*.txt | jq -c '{doc, published, text}'

  # how many sentences each article has
  kz-split reports/*.txt | jq -r .doc | uniq -c

  # the headline and date of every article
  kz-split --unit doc reports/*.txt | jq -r '[.doc, .published, .title] | @tsv'

  # articles scraped to JSON Lines; `id`, `url` and other fields carry over
  kz-split scraped.jsonl -o sentences.jsonl

  # a CSV export whose text is in the `body` column, dated when undated
  kz-split --from csv --field body --published 2022-01-05 export.csv

  # paragraphs, keeping the site's boilerplate
  kz-split --unit para --keep-boilerplate page.txt | jq -r .text

  # an archive with more files than a command line holds: names from find
  find archive -name '*.txt' | sort | kz-split --files-from - | jq -c '{doc, text}'
";

#[derive(Parser, Debug)]
#[command(
    name = "kz-split",
    version,
    about = "Split raw articles (text, JSON Lines, CSV) into documents, paragraphs or sentences with metadata",
    long_about = "Split raw articles (text, JSON Lines, CSV) into documents, paragraphs or \
sentences, one JSON record a line, with the article's metadata (headline, date, \
outlet, URL, dateline) on every record and site boilerplate left out. A text file \
is one article; a JSONL line or CSV row is one article.",
    after_help = "Examples, the record fields and exit status: kz-split --help",
    after_long_help = format!("{AFTER_HELP}\n{EXIT_STATUS_HELP}"),
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Input format; by default from the file name (`.jsonl`/`.ndjson`,
    /// `.csv`), else text
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<Format>,

    /// What one output record holds
    #[arg(long, value_enum, default_value = "sentence", value_name = "UNIT")]
    pub unit: Unit,

    /// Publication date (YYYY-MM-DD, or as news sites write it) for
    /// documents that state none
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    pub published: Option<String>,

    /// Language of documents whose input gives none (`en`, `ru`, `kk`,
    /// `und`); by default each document's is told from its text
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Keep site boilerplate (share lines, ad-blocker pleas, `***`, …) as
    /// article text
    #[arg(long)]
    pub keep_boilerplate: bool,

    /// Also read the files named in LIST, one path a line (`-`: standard
    /// input), after the FILE arguments; names are read as they are needed,
    /// so a list may be longer than a command line can hold
    #[arg(long, value_name = "LIST")]
    pub files_from: Option<PathBuf>,
}

fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("not a language kz knows: {s:?} (en, ru, kk or und)"))
}

fn parse_published(s: &str) -> std::result::Result<String, String> {
    parse_date_exact(s)
        .and_then(|d| d.iso())
        .ok_or_else(|| format!("not a date with a year: {s:?} (use YYYY-MM-DD)"))
}

/// The clap definition, also used to generate the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

pub fn run(cli: Cli) -> Result<()> {
    let common = &cli.common;
    let list_on_stdin = cli.files_from.as_deref().is_some_and(|p| p.as_os_str() == "-");
    if list_on_stdin && common.inputs.iter().any(|p| p.as_os_str() == "-") {
        return Err(Error::Usage(
            "standard input cannot be both an input (`-`) and the --files-from list".to_string(),
        ));
    }
    kz_shared::error::set_quiet(common.quiet);
    let mut out = Output::create(common.output.as_deref())?;
    let mut rejects = Rejects::new(common.rejects.as_deref())?;
    // The progress line counts the documents' text against the inputs' size.
    let mut progress = match cli.files_from {
        None => Progress::for_inputs(&Input::list(&common.inputs), common.quiet),
        Some(_) => Progress::default(),
    };
    let mut documents = 0u64;
    let make = || {
        let mut splitter = Splitter::new(cli.unit, cli.keep_boilerplate, cli.published.clone());
        splitter.lang = cli.lang;
        splitter
    };
    let mut pool = Pool::new(default_threads(), make);
    let read = read_all(&cli, &mut rejects, |item| {
        if let Item::Doc(doc) = &item {
            documents += 1;
            progress.advance(doc.text.len() as u64);
        }
        pool.push(item, &mut out)
    });
    // What was read before an error is still written, as a sequential run would.
    pool.finish(&mut out)?;
    progress.finish();
    read?;
    let rejected = rejects.count();
    rejects.finish()?;
    let show = !common.quiet && (common.stats || (rejected > 0 && std::io::stderr().is_terminal()));
    if show {
        eprintln!("kz-split: {} documents, {} rejected", thousands(documents), thousands(rejected));
    }
    out.finish()
}

/// Every item of every input, in order.
fn read_all(cli: &Cli, rejects: &mut Rejects, mut each: impl FnMut(Item) -> Result<()>) -> Result<()> {
    let field = &cli.common.field;
    each_input(&cli.common.inputs, cli.files_from.as_deref(), |input| match Format::of(input, cli.from) {
        Format::Text => each(Item::Doc(read_text(input)?)),
        Format::Jsonl => read_jsonl(input, field, rejects, &mut each),
        Format::Csv => read_csv(input, field, rejects, &mut each),
    })
}
