//! Helpers shared by the integration tests.
#![allow(dead_code)]

use isolated_runtime::{IsolatedRuntime, Outcome, RunError, RunRequest, RuntimeOptions};
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
