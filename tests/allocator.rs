//! The tools built on mimalloc commit memory on demand (see
//! `.cargo/config.toml`): otherwise their peak RSS doubles where the kernel
//! backs mimalloc's arena with transparent huge pages.

use std::process::{Command, Stdio};

#[test]
fn mimalloc_commits_memory_on_demand() {
    for tool in ["kz-entities", "kz-numbers"] {
        let out = Command::new(kz_tests::bin(tool))
            .env("MIMALLOC_VERBOSE", "1")
            .env_remove("MIMALLOC_ARENA_EAGER_COMMIT")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let option = stderr.lines().find(|l| l.contains("option 'arena_eager_commit'"));
        assert_eq!(
            option.map(str::trim),
            Some("option 'arena_eager_commit': 0"),
            "{tool} was built without the define in .cargo/config.toml (is CFLAGS set?)"
        );
    }
}
