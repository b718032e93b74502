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
        expected.len() > 100,
        "expected the top-100 package probes (plus web-globals.js), found {}",
        expected.len()
    );

    // Template engines (ejs, nunjucks, liquidjs) require `fs` when they
    // load, so the packages get every built-in, read-only `fs` included.
    // The probes check results, not speed: pure-JS crypto (tweetnacl) takes
    // seconds in a debug build on a loaded 2-core CI machine, so the time
    // limit is generous here (the limits have their own hostile tests).
    let mut options = RuntimeOptions::default()
        .external(["*"])
        .builtins(["*"])
        .timeout(std::time::Duration::from_secs(60));
    options.modules.allow_dependencies = true;
    let runtime = IsolatedRuntime::new(options).unwrap();
    let expected_failures = expected_failures(&dir);
    let mut failures = Vec::new();
    let mut passed = 0;
    for (probe, want) in &expected {
        if expected_failures.contains(probe) {
            continue;
        }
        let request = RunRequest::new(&dir, format!("probes/{probe}"), "probe");
        match runtime.run(request).await {
            Ok(out) if out.value.as_ref() == Some(want) => passed += 1,
            Ok(out) => failures.push(format!(
                "{probe}: sandbox returned {:?}\n  node returned {want}",
                out.value
            )),
            Err(e) => failures.push(format!("{probe}: sandbox failed with {}: {e}", e.kind())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} probes differ from Node (and are not listed in tests/compat/EXPECTED_FAILURES.md):\n{}",
        failures.len(),
        expected.len(),
        failures.join("\n")
    );
    assert!(passed + expected_failures.len() >= expected.len());
    eprintln!(
        "{passed} of {} probes give Node's output; {} expected failures (tests/compat/EXPECTED_FAILURES.md)",
        expected.len(),
        expected_failures.len()
    );
}

/// The probes tests/compat/EXPECTED_FAILURES.md lists (first column of its
/// table), each with its documented reason.
fn expected_failures(dir: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("EXPECTED_FAILURES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|rest| rest.split(" |").next())
        .map(|probe| probe.trim().trim_matches('`').to_string())
        .filter(|probe| probe.ends_with(".js"))
        .collect()
}
