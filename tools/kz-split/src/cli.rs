//! Command-line definition and wiring of kz-split.

use clap::{CommandFactory, Parser};
use kz_shared::record::annotate_stream;
use kz_shared::{CommonArgs, Result};

#[derive(Parser, Debug)]
#[command(
    name = "kz-split",
    version,
    about = "Split raw articles (text, JSON Lines, CSV) into documents, paragraphs or sentences with metadata"
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
    annotate_stream(&cli.common, |_record, _text| Ok(()))
}
