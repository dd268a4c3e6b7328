use clap::Parser;

// Records are allocated in the reading thread and freed in the writing one:
// mimalloc is faster at that than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = kz_timeline::cli::Cli::parse();
    kz_shared::error::run("kz-timeline", || kz_timeline::cli::run(cli))
}
