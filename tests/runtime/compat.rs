//! The differential compatibility test: each probe in `tests/compat/probes`
//! exercises a popular npm package (installed at pinned versions by `make
//! compat-deps`), runs in Node (the oracle, `tests/compat/oracle.js`) and in
//! the sandbox, and must return exactly the same JSON.

use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn compat_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/compat")
}

#[tokio::test(flavor = "multi_thread")]
async fn popular_packages_return_what_node_returns() {
    let dir = compat_dir();
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.as_ref().is_ok_and(|o| o.status.success()),
        "this differential test needs Node.js (>= 18) on PATH as its oracle, and the npm \
         packages of tests/compat installed: run `make compat-deps` (`make test` does both)"
    );
    assert!(
        dir.join("node_modules").is_dir(),
        "tests/compat/node_modules is missing: run `make compat-deps` (make test does)"
    );
    let oracle = Command::new("node")
        .arg("oracle.js")
        .current_dir(&dir)
        .env("TZ", "UTC")
        .output()
        .expect("node must be installed to run the oracle");
    assert!(
        oracle.status.success(),
        "the oracle failed: {}",
        String::from_utf8_lossy(&oracle.stderr)
    );
    let expected: serde_json::Map<String, Value> =
        serde_json::from_slice(&oracle.stdout).expect("oracle JSON");
    assert!(
        expected.len() >= 21,
        "expected at least 20 package probes, found {}",
        expected.len()
    );

    let mut options = RuntimeOptions::default().external(["*"]);
    options.modules.allow_dependencies = true;
    let runtime = IsolatedRuntime::new(options).unwrap();
    let mut failures = Vec::new();
    for (probe, want) in &expected {
        let request = RunRequest::new(&dir, format!("probes/{probe}"), "probe");
        match runtime.run(request).await {
            Ok(out) if out.value.as_ref() == Some(want) => {}
            Ok(out) => failures.push(format!(
                "{probe}: sandbox returned {:?}\n  node returned {want}",
                out.value
            )),
            Err(e) => failures.push(format!("{probe}: sandbox failed with {}: {e}", e.kind())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} probes differ from Node:\n{}",
        failures.len(),
        expected.len(),
        failures.join("\n")
    );
}
