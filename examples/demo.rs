//! The reference README's example, through the Rust library.
//!
//! `module1.js` sets `global.a = 1` inside its sandbox and returns it;
//! `module2.js` then reads `global.a` in a new call and sees nothing, because
//! every call gets a fresh sandbox. The host's own state (`global.a = 3`
//! here) is never touched by either call.
//!
//! Run it with `make demo` (or `cargo run --release --bin demo`).

use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
use std::path::PathBuf;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/modules");
    let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;

    // The host's own "global.a", like `global.a = 3` in the Node example.
    let host_global_a = 3;

    let result1 = runtime.run(RunRequest::new(&folder, "module1.js", "a")).await?;
    println!("result1: {}", show(&result1.value));
    println!("global.a: {host_global_a}");

    let result2 = runtime.run(RunRequest::new(&folder, "module2.js", "b")).await?;
    println!("result2: {}", show(&result2.value));
    println!("global.a: {host_global_a}");

    println!(
        "(each call: fresh instance, {} µs, {} fuel, {} KiB peak memory)",
        result2.stats.wall_time.as_micros(),
        result2.stats.fuel_consumed,
        result2.stats.peak_memory_bytes / 1024
    );
    Ok(())
}

/// A result as the reference prints it: JSON, or `undefined`.
fn show(value: &Option<serde_json::Value>) -> String {
    value
        .as_ref()
        .map_or_else(|| "undefined".to_string(), |v| v.to_string())
}
