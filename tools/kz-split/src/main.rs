use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = kz_split::cli::Cli::parse();
    kz_shared::error::run("kz-split", || kz_split::cli::run(cli))
}
