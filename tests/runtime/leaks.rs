//! Host memory under a stream of killed calls. The measurement runs in a
//! child process of this test binary (only that one test), so no other
//! test's allocations blur the process-wide RSS figure.

use crate::common::{assert_healthy, call_with, memory, timeout};
use isolated_runtime::{ErrorKind, IsolatedRuntime, RuntimeOptions, MIB};

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// The environment variable that marks the child process.
const CHILD: &str = "ISOLATED_RUNTIME_LEAK_TEST_CHILD";

#[test]
fn a_thousand_killed_calls_do_not_grow_host_memory() {
    let exe = std::env::current_exe().expect("the test binary's path");
    let output = std::process::Command::new(exe)
        .args([
            "--exact",
            "leaks::measure_killed_calls",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .output()
        .expect("cannot start the test binary again");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "the measurement failed:\n{text}");
    assert!(text.contains("1 passed"), "the measurement did not run:\n{text}");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "runs in its own process, started by a_thousand_killed_calls_do_not_grow_host_memory"]
async fn measure_killed_calls() {
    assert!(
        std::env::var_os(CHILD).is_some(),
        "run through a_thousand_killed_calls_do_not_grow_host_memory"
    );
    let rt = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(2)).unwrap();
    let run_batch = |n: u64| {
        let rt = rt.clone();
        async move {
            let mut tasks = Vec::new();
            for i in 0..n {
                let rt = rt.clone();
                tasks.push(tokio::spawn(async move {
                    if i % 2 == 0 {
                        call_with(&rt, "time.js", "spin", vec![], timeout(5)).await
                    } else {
                        call_with(&rt, "memory.js", "arrayBomb", vec![], memory(8)).await
                    }
                }));
            }
            for t in tasks {
                let e = t.await.unwrap().unwrap_err();
                assert!(
                    matches!(e.kind(), ErrorKind::Timeout | ErrorKind::MemoryLimit),
                    "{e}"
                );
            }
        }
    };
    run_batch(200).await; // let the pool and allocator reach their steady state
    let before = rss_bytes();
    run_batch(1000).await;
    let after = rss_bytes();
    let growth = after.saturating_sub(before);
    assert!(
        growth < 64 * MIB,
        "RSS grew by {} MiB over 1000 killed calls ({before} -> {after})",
        growth / MIB
    );
    assert_healthy(&rt).await;
}
