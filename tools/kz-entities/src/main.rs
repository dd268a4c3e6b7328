// serde_json records allocate a lot, across two threads: mimalloc is faster at it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = kz_entities::cli::parse();
    kz_shared::error::run("kz-entities", || kz_entities::cli::run(cli))
}
