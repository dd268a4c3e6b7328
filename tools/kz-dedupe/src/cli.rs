//! Command-line definition and wiring of kz-dedupe.

use clap::{CommandFactory, Parser};
use kz_shared::record::annotate_stream;
use kz_shared::{CommonArgs, Result};

#[derive(Parser, Debug)]
#[command(
    name = "kz-dedupe",
    version,
    about = "Find exact and near-duplicate records (syndicated articles, repeated sentences)"
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
