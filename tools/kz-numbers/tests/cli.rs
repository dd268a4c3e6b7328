//! Command-line behaviour of kz-numbers, run as a user runs it.

use assert_cmd::Command;

fn tool() -> Command {
    Command::cargo_bin("kz-numbers").unwrap()
}

#[test]
fn version_and_help_work() {
    tool().arg("--version").assert().success();
    tool().arg("--help").assert().success();
}
