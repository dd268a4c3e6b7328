use clap::Parser;

// Records are allocated in the reading thread and freed in the writing one:
// mimalloc is faster at that than the system allocator.
// It commits memory on demand: see .cargo/config.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = kz_numbers::cli::Cli::parse();
    kz_shared::error::run("kz-numbers", || kz_numbers::cli::run(cli))
}
