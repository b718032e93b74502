//! Helpers shared by the integration tests.
#![allow(dead_code)]

use isolated_runtime::{IsolatedRuntime, LimitOverrides, Outcome, RunError, RunRequest, RuntimeOptions};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A fixture folder under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(name)
}

/// The reference example folder.
pub fn example_modules() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/modules")
}

/// One runtime per test binary (creating one compiles the guest).
pub fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| IsolatedRuntime::new(RuntimeOptions::default()).expect("runtime"))
}

/// Call `func` from `file` in the `basic` fixture.
pub async fn call(file: &str, func: &str, args: Vec<Value>) -> Result<Outcome, RunError> {
    runtime()
        .run(RunRequest::new(fixture("basic"), file, func).args(args))
        .await
}

/// Call and expect success; return the value.
pub async fn value(file: &str, func: &str, args: Vec<Value>) -> Option<Value> {
    match call(file, func, args).await {
        Ok(o) => o.value,
        Err(e) => panic!("{file}:{func} failed: {} ({e})", e.kind()),
    }
}

/// Call and expect failure; return the error.
pub async fn error(file: &str, func: &str, args: Vec<Value>) -> RunError {
    match call(file, func, args).await {
        Ok(o) => panic!("{file}:{func} unexpectedly returned {:?}", o.value),
        Err(e) => e,
    }
}

/// Call `func` from `file` in the `hostile` fixture on `rt` with `limits`.
pub async fn call_with(
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

/// Assert that `rt` still serves a normal call.
pub async fn assert_healthy(rt: &IsolatedRuntime) {
    let out = call_with(rt, "output.js", "ok", vec![], LimitOverrides::default())
        .await
        .expect("the next call must succeed");
    assert_eq!(out.value, Some(serde_json::json!("ok")));
}

/// Limits with only a time limit of `ms` milliseconds.
pub fn timeout(ms: u64) -> LimitOverrides {
    LimitOverrides::default().timeout(std::time::Duration::from_millis(ms))
}

/// Limits with only a memory limit of `mb` MiB.
pub fn memory(mb: u64) -> LimitOverrides {
    LimitOverrides::default().memory_bytes(mb * isolated_runtime::MIB)
}

/// Limits with only a fuel budget.
pub fn fuel(units: u64) -> LimitOverrides {
    LimitOverrides::default().fuel(units)
}
