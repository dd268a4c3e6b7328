fn main() -> std::process::ExitCode {
    let cli = kz_entities::cli::parse();
    kz_shared::error::run("kz-entities", || kz_entities::cli::run(cli))
}
