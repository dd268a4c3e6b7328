//! The man pages in man/ are generated from the clap definitions; this test
//! fails when one is stale. `make man` (KZ_UPDATE_MAN=1) rewrites them.

use kz_tests::{repo_root, tools};

fn render(cmd: clap::Command) -> Vec<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out).unwrap();
    out
}

#[test]
fn man_pages_are_up_to_date() {
    let update = std::env::var_os("KZ_UPDATE_MAN").is_some();
    let mut stale = Vec::new();
    for (name, cmd) in tools() {
        let path = repo_root().join("man").join(format!("{name}.1"));
        let page = render(cmd);
        if update {
            std::fs::write(&path, &page).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&page[..]) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale man pages (run `make man`): {stale:?}");
}

#[test]
fn every_tool_documents_examples_and_exit_status() {
    for (name, mut cmd) in tools() {
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("Examples:"), "{name} --help has no examples");
        assert!(help.contains("Exit status"), "{name} --help does not state its exit status");
    }
}
