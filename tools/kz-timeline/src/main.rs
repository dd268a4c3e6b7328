use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = kz_timeline::cli::Cli::parse();
    kz_shared::error::run("kz-timeline", || kz_timeline::cli::run(cli))
}
