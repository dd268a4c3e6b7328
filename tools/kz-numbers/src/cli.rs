//! Command-line definition and wiring of kz-numbers.

use std::sync::LazyLock;

use clap::{CommandFactory, Parser};
use kz_shared::cli::EXIT_STATUS_HELP;
use kz_shared::lang::Lang;
use kz_shared::record::annotate_stream;
use kz_shared::{CommonArgs, Result};

use crate::{write_numbers, Extractor};

/// The long help after the options: fields, examples, exit status.
static AFTER_HELP: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{}{}",
        "\
Each record gets a `numbers` array, in text order, of objects with
  text, start, end   the words read (qualifier and unit included), offsets in
                     characters of the text field
  value, low, high   the number as stated (null for \"dozens\", \"several\",
                     \"a number of\" and ranges); the bounds the text gives
                     (\"at least 9\": low 9, \"up to 20\": high 20, \"dozens\":
                     low 24, \"several hundred\": low 200); \"a\", \"an\" and
                     \"another\" count one only in a claim of harm (\"a guard
                     was killed\"), never in \"an hour\" or \"a police car\"
  qualifier          exact, at_least, more_than, about, up_to, less_than,
                     range, approx_word
  kind               count, money, distance, percent, age, year, ordinal,
                     time, other (day of month, codes, phone-like strings,
                     numbers in names such as \"Khabar 24\")
  unit               km, mi, m, percent, KZT, USD, RUB, EUR, KGS, UZS, TJS,
                     KZT/l, years...
and, for counts of people in an incident (a count of people with no event
found is no claim and gets none of these):
  event              killed, injured, detained, missing, involved (crowds,
                     participants, forces sent in) or other (a fate that is
                     no harm: sentenced, fined, released, evacuated, at large)
  event_detail       the finer word, when the text has one: beheaded
                     (killed); hospitalized (injured: in or taken to
                     hospital, treated by doctors), casualties (injured:
                     killed and injured together); arrested (detained);
                     evacuated, sentenced, fined, released, at_large,
                     charged, hostage (other)
  who, who_class     the noun as written (\"armed criminals\"), and civilians,
                     security_forces, militants, protesters or people
  part_of            index in this array of the total a subtotal belongs to
                     (\"17 people died, including 11 attackers\"), or null
  subtotal           true when worded as part of a total (\"including\",
                     \"of them\", \"Among the dead were\"), even when the total
                     is in another sentence
  superseded         true for a figure the report itself replaces (\"earlier
                     reports put the toll at 24\", \"revised up from 10\",
                     \"ранее сообщалось о трех погибших\")
Optional: additional (true for \"a further two\", \"five more\"), clock
(\"15:00\" for \"3 p.m.\"). Records without the text field pass unchanged.

Languages: English and Russian. The record's `lang` field (en, ru, kk, und;
kz-split sets it) picks the rules; without it, text in ASCII is English and
other text is told by its letters. Kazakh is read with the Russian rules
(digits, and the Russian words Kazakh reports quote) until it has its own.

Examples:
  # Casualty claims of the example articles, one per line
  kz-split examples/*.txt | kz-numbers \\
    | jq -c '.numbers[] | select(.event) | {text, event, who, value, low, qualifier}'

  # Killed per document: every claim summed, subtotals left out, \"dozens\"
  # counted as 24 (a toll repeated in the headline counts twice)
  kz-split examples/*.txt | kz-numbers | jq -s 'group_by(.doc)
    | map({doc: .[0].doc, killed: [.[].numbers[]? | select(.event==\"killed\"
      and .part_of==null and .subtotal!=true) | .value // .low] | add})'

  # The largest toll claimed per document, the figure to compare across outlets
  kz-split examples/*.txt | kz-numbers | jq -s 'group_by(.doc) | map({doc:
    .[0].doc, killed: ([.[].numbers[]? | select(.event==\"killed\") | .value
    // .low] | max)})'

  # Every sum of money in tenge
  kz-numbers sentences.jsonl | jq -c '.numbers[] | select(.unit==\"KZT\")'

  # Current figures only: what a report itself replaced left out
  kz-numbers sentences.jsonl | jq -c '.numbers[] | select(.event and
    (.superseded | not)) | {text, event, value}'

",
        EXIT_STATUS_HELP
    )
});

#[derive(Parser, Debug)]
#[command(
    name = "kz-numbers",
    version,
    about = "Find numbers, quantities with units, and casualty claims (killed, injured, detained)",
    long_about = "Find numbers, quantities with units, and casualty claims (killed, injured, \
detained) in the text of each JSON Lines record, and add them as a `numbers` array.",
    after_long_help = AFTER_HELP.as_str()
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,
}

/// The clap definition, also used to generate the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

pub fn run(cli: Cli) -> Result<()> {
    let mut extractor = Extractor::new();
    // One list of mentions for every record (emptied for each).
    let mut mentions = Vec::new();
    // Parsing and writing records take about as long as reading the numbers:
    // the shared stream does them in their own threads.
    annotate_stream(&cli.common, |record, text| {
        let Some(text) = text else { return Ok(()) };
        // The record's language picks the rules; without a `lang` field,
        // the text's own letters decide.
        // Text in ASCII is read as English whatever the field says (digits
        // read the same in every language), without looking the field up.
        let lang = if text.is_ascii() {
            Some(Lang::En)
        } else {
            record.get_str("lang").and_then(|code| Lang::from_code(&code))
        };
        extractor.extract_lang_into(text, lang, &mut mentions);
        let mut json = String::new();
        write_numbers(&mut json, text, &mentions);
        // A second run replaces the field where it is.
        record.insert_json("numbers".into(), json);
        Ok(())
    })
}
