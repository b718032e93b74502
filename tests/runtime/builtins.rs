//! The built-ins differential test: every case in `tests/builtins/cases`
//! exercises a Node built-in the sandbox implements (guest/src/node), runs in
//! Node with Node's own built-ins (the oracle, `tests/builtins/oracle.js`)
//! and in the sandbox, and must return exactly the same JSON. The same cases
//! run under plain Node against the sandbox's JavaScript with
//! `node tests/builtins/harness.js`, for developing a built-in without
//! building the guest.

use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn builtins_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/builtins")
}

#[tokio::test(flavor = "multi_thread")]
async fn builtins_return_what_node_returns() {
    let dir = builtins_dir();
    let oracle = Command::new("node")
        .arg("oracle.js")
        .current_dir(&dir)
        .env("TZ", "UTC")
        .output()
        .expect("this differential test needs Node.js on PATH as its oracle (make test installs it)");
    assert!(
        oracle.status.success(),
        "the oracle failed: {}",
        String::from_utf8_lossy(&oracle.stderr)
    );
    let expected: serde_json::Map<String, Value> =
        serde_json::from_slice(&oracle.stdout).expect("oracle JSON");
    assert!(
        expected.len() >= 80,
        "expected the built-in cases, found {}",
        expected.len()
    );

    // The cases read the fixture folder through the read-only `fs`.
    let options = RuntimeOptions::default().builtins(["*"]);
    let runtime = IsolatedRuntime::new(options).unwrap();
    let mut failures = Vec::new();
    for (case, want) in &expected {
        let Some(want) = want.get("ok") else {
            failures.push(format!("{case}: Node itself threw: {}", want["threw"]));
            continue;
        };
        let request = RunRequest::new(&dir, format!("cases/{case}"), "probe");
        match runtime.run(request).await {
            Ok(out) if out.value.as_ref().unwrap_or(&Value::Null) == want => {}
            Ok(out) => failures.push(format!(
                "{case}: {}",
                first_difference(want, out.value.as_ref().unwrap_or(&Value::Null), "$")
            )),
            Err(e) => failures.push(format!("{case}: sandbox failed with {}: {e}", e.kind())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} built-in cases differ from Node:\n{}",
        failures.len(),
        expected.len(),
        failures.join("\n")
    );
}

/// Where two JSON values first differ, for a readable failure.
fn first_difference(node: &Value, ours: &Value, at: &str) -> String {
    match (node, ours) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().chain(b.keys()) {
                let (x, y) = (
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                );
                if x != y || a.contains_key(key) != b.contains_key(key) {
                    return first_difference(x, y, &format!("{at}.{key}"));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                if x != y {
                    return first_difference(x, y, &format!("{at}[{i}]"));
                }
            }
        }
        _ => {}
    }
    let cut = |v: &Value| v.to_string().chars().take(300).collect::<String>();
    format!("{at}: node {} / sandbox {}", cut(node), cut(ours))
}
