use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = kz_numbers::cli::Cli::parse();
    kz_shared::error::run("kz-numbers", || kz_numbers::cli::run(cli))
}
