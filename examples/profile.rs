//! `make profile`: the trivial call (`add(1, 2)` of `examples/bench/trivial.js`,
//! fresh sandbox, per-file snapshot) in a loop, for `perf record` to say where
//! its microseconds go. `PROFILE_CALLS` calls (default 200,000) after a
//! warm-up that waits for the snapshot; prints the median and the call rate.
//! `PROFILE_FILE`, `PROFILE_FUNC` and `PROFILE_ARGS` (JSON array) profile
//! another call of `examples/bench` instead (its result is checked to stay
//! the same).

use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
use std::path::Path;
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = package.join("bench").canonicalize()?;
    let calls: usize = std::env::var("PROFILE_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
    let var = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
    let args: Vec<serde_json::Value> = serde_json::from_str(&var("PROFILE_ARGS", "[1, 2]"))?;
    let request = RunRequest::new(
        &folder,
        var("PROFILE_FILE", "trivial.js"),
        var("PROFILE_FUNC", "add"),
    )
    .args(args);
    tokio.block_on(async {
        let expected = runtime.run(request.clone()).await?.value;
        let started = Instant::now();
        while !runtime.run(request.clone()).await?.stats.from_snapshot {
            anyhow::ensure!(
                started.elapsed() < Duration::from_secs(60),
                "no snapshot after 60 s"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let mut times = Vec::with_capacity(calls);
        let started = Instant::now();
        for _ in 0..calls {
            let t = Instant::now();
            let out = runtime.run(request.clone()).await?;
            times.push(t.elapsed());
            anyhow::ensure!(out.value == expected, "{:?}, then {:?}", expected, out.value);
        }
        let total = started.elapsed();
        times.sort();
        println!(
            "{calls} calls: median {:?}, p99 {:?}, {:.0} calls/s",
            times[calls / 2],
            times[calls * 99 / 100],
            calls as f64 / total.as_secs_f64()
        );
        Ok(())
    })
}
