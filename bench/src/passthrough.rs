//! The limit of any kz tool: read records with the shared reader and write
//! them back with the shared writer, doing nothing else. Bench-only.

use clap::Parser;
use kz_shared::record::annotate_stream;
use kz_shared::CommonArgs;

#[derive(Parser)]
#[command(
    name = "kz-passthrough",
    version,
    about = "Read and write JSON Lines records unchanged (benchmark baseline)"
)]
struct Cli {
    #[command(flatten)]
    common: CommonArgs,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    kz_shared::error::run("kz-passthrough", || annotate_stream(&cli.common, |_, _| Ok(())))
}
