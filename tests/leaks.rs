//! Host memory under a stream of killed calls, in its own test binary so no
//! other test's allocations blur the process-wide RSS figure.

mod common;

use common::fixture;
use isolated_runtime::{
    ErrorKind, IsolatedRuntime, LimitOverrides, Outcome, RunError, RunRequest, RuntimeOptions, MIB,
};
use serde_json::{json, Value};
use std::time::Duration;

async fn call_with(
    rt: &IsolatedRuntime,
    file: &str,
    func: &str,
    args: Vec<Value>,
    limits: LimitOverrides,
) -> Result<Outcome, RunError> {
    rt.run(
        RunRequest::new(fixture("hostile"), file, func)
            .args(args)
            .limits(limits),
    )
    .await
}

fn timeout(ms: u64) -> LimitOverrides {
    LimitOverrides {
        timeout: Some(Duration::from_millis(ms)),
        ..Default::default()
    }
}

fn memory(mb: u64) -> LimitOverrides {
    LimitOverrides {
        memory_bytes: Some(mb * MIB),
        ..Default::default()
    }
}

async fn assert_healthy(rt: &IsolatedRuntime) {
    let out = call_with(rt, "output.js", "ok", vec![], LimitOverrides::default())
        .await
        .expect("the next call must succeed");
    assert_eq!(out.value, Some(json!("ok")));
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thousand_killed_calls_do_not_grow_host_memory() {
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
