// Values are allocated in this thread and freed in the reading one: mimalloc
// is faster at that than the system allocator.
// It commits memory on demand: see .cargo/config.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = kz_entities::cli::parse();
    kz_shared::error::run("kz-entities", || kz_entities::cli::run(cli))
}
