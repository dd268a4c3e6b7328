//! The man pages in man/ and the shell completions in completions/ are
//! generated from the clap definitions; these tests fail when one is stale.
//! `make man` (KZ_UPDATE_MAN=1) rewrites them.

use clap_complete::Shell;
use kz_tests::{repo_root, tools};

/// Where each shell looks for completions, as `make install` puts them:
/// the file name under completions/SHELL/.
fn completion_file(shell: Shell, tool: &str) -> String {
    match shell {
        Shell::Zsh => format!("_{tool}"),
        Shell::Fish => format!("{tool}.fish"),
        _ => tool.to_string(),
    }
}

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
fn completions_are_up_to_date() {
    let update = std::env::var_os("KZ_UPDATE_MAN").is_some();
    let mut stale = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let dir = repo_root().join("completions").join(shell.to_string());
        for (name, mut cmd) in tools() {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cmd, name, &mut script);
            let path = dir.join(completion_file(shell, name));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &script).unwrap();
            } else if std::fs::read(&path).ok().as_deref() != Some(&script[..]) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "stale shell completions (run `make man`): {stale:?}");
}

#[test]
fn every_tool_documents_examples_and_exit_status() {
    for (name, mut cmd) in tools() {
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("Examples:"), "{name} --help has no examples");
        assert!(help.contains("Exit status"), "{name} --help does not state its exit status");
    }
}
