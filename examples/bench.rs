//! `make bench`: what one fresh-sandbox call costs. Every figure comes from
//! this run, on this machine; compare ratios, not absolute numbers.

use isolated_runtime::{HostModule, IsolatedRuntime, RunRequest, RuntimeOptions};
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

const CALLS: usize = 2000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/bench");
    let started = Instant::now();
    let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
    println!("runtime creation (compiles the guest): {:?}", started.elapsed());
    let request = RunRequest::new(&folder, "trivial.js", "add").args(vec![json!(1), json!(2)]);

    // Warm up (page cache, pooled slots).
    for _ in 0..50 {
        runtime.run(request.clone()).await?;
    }

    // Sequential: latency of one fresh-instance call.
    let mut times = Vec::with_capacity(CALLS);
    let mut fuel = 0;
    let t0 = Instant::now();
    for _ in 0..CALLS {
        let t = Instant::now();
        let out = runtime.run(request.clone()).await?;
        times.push(t.elapsed());
        fuel = out.stats.fuel_consumed;
        assert_eq!(out.value, Some(json!(3)));
    }
    let sequential = t0.elapsed();
    times.sort();
    println!(
        "fresh-instance call of a trivial function, {CALLS} sequential calls: median {:?}, p90 {:?}, p99 {:?}, {:.0} calls/s, {fuel} fuel/call",
        times[CALLS / 2],
        times[CALLS * 9 / 10],
        times[CALLS * 99 / 100],
        CALLS as f64 / sequential.as_secs_f64()
    );

    // Concurrent: throughput with max_concurrency = cores.
    let t0 = Instant::now();
    let mut tasks = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        let runtime = runtime.clone();
        let request = request.clone();
        tasks.push(tokio::spawn(async move { runtime.run(request).await }));
    }
    for t in tasks {
        t.await??;
    }
    let concurrent = t0.elapsed();
    println!(
        "{CALLS} concurrent calls (max_concurrency {}): {:.0} calls/s ({:.2}x sequential)",
        runtime.options().max_concurrency,
        CALLS as f64 / concurrent.as_secs_f64(),
        sequential.as_secs_f64() / concurrent.as_secs_f64()
    );

    metering_overhead(&folder).await?;
    host_round_trip(&folder).await?;
    Ok(())
}

/// The cost of fuel metering and epoch checks on a CPU-bound JS loop: the
/// same calls on runtimes with each switched off, in this same run.
async fn metering_overhead(folder: &std::path::Path) -> anyhow::Result<()> {
    const LOOP: u64 = 3_000_000;
    const REPEAT: usize = 15;
    let variants = [
        ("fuel + epochs (default)", true, true),
        ("epochs only", false, true),
        ("neither", false, false),
    ];
    let mut medians = Vec::new();
    for (name, fuel, epochs) in variants {
        let mut options = RuntimeOptions::default().max_concurrency(1);
        options.fuel_metering = fuel;
        options.epoch_interruption = epochs;
        let runtime = IsolatedRuntime::new(options)?;
        let request = RunRequest::new(folder, "cpu.js", "spin").args(vec![json!(LOOP)]);
        runtime.run(request.clone()).await?;
        let mut times = Vec::with_capacity(REPEAT);
        for _ in 0..REPEAT {
            let out = runtime.run(request.clone()).await?;
            times.push(out.stats.wall_time);
        }
        times.sort();
        let median = times[REPEAT / 2];
        println!("CPU-bound loop ({LOOP} iterations), {name}: median {median:?}");
        medians.push(median.as_secs_f64());
    }
    println!(
        "overhead: fuel metering {:.2}x (default vs epochs only), epoch checks {:.2}x (epochs only vs neither), both {:.2}x",
        medians[0] / medians[1],
        medians[1] / medians[2],
        medians[0] / medians[2]
    );
    Ok(())
}

/// One host-function round trip (JS -> host -> JS), sync and async: the
/// difference between loops of N calls and of 0 calls, divided by N.
async fn host_round_trip(folder: &std::path::Path) -> anyhow::Result<()> {
    const N: u64 = 20_000;
    const REPEAT: usize = 9;
    let module = HostModule::new()
        .function("echo", |args| Ok(args.into_iter().next().unwrap_or_default()))
        .async_function("echoAsync", |args| async move {
            Ok(args.into_iter().next().unwrap_or_default())
        });
    let runtime = IsolatedRuntime::new(
        RuntimeOptions::default()
            .max_concurrency(1)
            .host_module("bench", module),
    )?;
    for func in ["syncCalls", "asyncCalls"] {
        let mut per_call = Vec::with_capacity(REPEAT);
        for _ in 0..REPEAT {
            let empty = runtime
                .run(RunRequest::new(folder, "host.js", func).args(vec![json!(0)]))
                .await?;
            let full = runtime
                .run(RunRequest::new(folder, "host.js", func).args(vec![json!(N)]))
                .await?;
            let extra = full.stats.wall_time.saturating_sub(empty.stats.wall_time);
            per_call.push(extra.as_secs_f64() * 1e6 / N as f64);
        }
        per_call.sort_by(f64::total_cmp);
        println!(
            "host-function round trip ({func}): median {:.2} µs per call",
            per_call[REPEAT / 2]
        );
    }
    Ok(())
}
