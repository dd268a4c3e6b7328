use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = kz_dedupe::cli::Cli::parse();
    kz_shared::error::run("kz-dedupe", || kz_dedupe::cli::run(cli))
}
