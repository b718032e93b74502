//! `make bench`: what one fresh-sandbox call costs, how many calls per second
//! one and two threads sustain, and how much memory 1,000 sleeping sandboxes
//! hold; then the cost of metering and of a host-function round trip. Every
//! figure comes from this run, on this machine; compare ratios, not absolute
//! numbers.
//!
//! Besides the lines it prints, it writes its figures as JSON to
//! `$BENCH_JSON` (default: `target/bench/ours.json` in the workspace), with
//! each workload's file, function, arguments and result, so that
//! `bench/peers/peers.js` runs the very same workloads in the Node peers and
//! prints one table of both sides' figures with their ratios.

use isolated_runtime::{
    HostModule, IsolatedRuntime, LimitOverrides, Outcome, RunError, RunRequest, RuntimeOptions, MIB,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::runtime::Runtime as Tokio;
use tokio::task::JoinHandle;

/// What one call gives back.
type RunResult = Result<Outcome, RunError>;

/// One latency row: a function of a module in `examples/bench`, called
/// `calls` times in a row, each time in a fresh sandbox.
struct Workload {
    /// The row's key in the JSON report.
    id: &'static str,
    /// What the row measures, for humans.
    label: &'static str,
    file: &'static str,
    func: &'static str,
    args: &'static [u64],
    calls: usize,
}

/// The latency rows, in table order. The first is also the call whose
/// throughput is measured.
const WORKLOADS: &[Workload] = &[
    Workload {
        id: "trivial",
        label: "add(1, 2)",
        file: "trivial.js",
        func: "add",
        args: &[1, 2],
        calls: 2000,
    },
    Workload {
        id: "module50k",
        label: "50 KB module, run(10)",
        file: "module50k.js",
        func: "run",
        args: &[10],
        calls: 300,
    },
    Workload {
        id: "json",
        label: "JSON.stringify + JSON.parse of 100 KB",
        file: "heavy.js",
        func: "json",
        args: &[1250],
        calls: 40,
    },
    Workload {
        id: "sort",
        label: "sort 100k numbers",
        file: "heavy.js",
        func: "sort",
        args: &[100_000],
        calls: 15,
    },
];

/// Concurrent calls of each throughput measurement.
const THROUGHPUT_CALLS: usize = 2000;

/// Calls kept asleep at once by the memory measurement.
const SLEEPING_SANDBOXES: usize = 1000;

impl Workload {
    /// The request for one call.
    fn request(&self, folder: &Path) -> RunRequest {
        RunRequest::new(folder, self.file, self.func).args(self.args.iter().map(|&a| json!(a)).collect())
    }
}

fn main() -> anyhow::Result<()> {
    let folder = workspace().join("examples/bench").canonicalize()?;
    // One thread for the sequential figures and the 1-thread throughput, two
    // worker threads for the rest.
    let one_thread = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let two_threads = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;

    let started = Instant::now();
    let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
    println!("runtime creation (compiles the guest): {:?}", started.elapsed());

    // BENCH_QUICK=1: only the trivial call and the built-ins' first use, for
    // iterating on per-call costs.
    if std::env::var_os("BENCH_QUICK").is_some() {
        one_thread.block_on(latency(&runtime, &folder, &WORKLOADS[0]))?;
        one_thread.block_on(builtin_first_use(&runtime, &folder))?;
        one_thread.block_on(intl_cost(&runtime, &folder))?;
        return Ok(());
    }
    // BENCH_MEMORY=1: only the sleeping sandboxes' memory.
    if std::env::var_os("BENCH_MEMORY").is_some() {
        two_threads.block_on(sleeping_memory(&folder))?;
        return Ok(());
    }
    // BENCH_CLI=1: only the command-line rows (run, batch, serve).
    if std::env::var_os("BENCH_CLI").is_some() {
        cli_warm_start(&folder)?;
        for concurrency in [1, 2] {
            cli_batch(&folder, concurrency)?;
        }
        serve_under_wrk(&folder)?;
        return Ok(());
    }
    let mut rows = Vec::new();
    for workload in WORKLOADS {
        rows.push(one_thread.block_on(latency(&runtime, &folder, workload))?);
    }
    one_thread.block_on(without_snapshots(&folder))?;
    rows.push(throughput(&one_thread, 1, &folder)?);
    rows.push(throughput(&two_threads, 2, &folder)?);
    rows.push(two_threads.block_on(sleeping_memory(&folder))?);
    one_thread.block_on(builtin_first_use(&runtime, &folder))?;
    one_thread.block_on(intl_cost(&runtime, &folder))?;
    one_thread.block_on(metering_overhead(&folder))?;
    one_thread.block_on(host_round_trip(&folder))?;
    cli_warm_start(&folder)?;
    for concurrency in [1, 2] {
        rows.push(cli_batch(&folder, concurrency)?);
    }
    rows.push(serve_under_wrk(&folder)?);

    let path = std::env::var_os("BENCH_JSON")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/bench/ours.json"));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let report = json!({ "runtime": "isolated-runtime", "folder": folder, "rows": rows });
    std::fs::write(&path, serde_json::to_string_pretty(&report)?)?;
    println!("figures for bench/peers/peers.js written to {}", path.display());
    Ok(())
}

/// The workspace root (this example belongs to its `runtime` package).
fn workspace() -> &'static Path {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    package.parent().unwrap_or(package)
}

/// Sequential fresh-sandbox calls of `workload` (after a warm-up): median and
/// p99 latency, and the result, which must be the same on every call.
async fn latency(runtime: &IsolatedRuntime, folder: &Path, workload: &Workload) -> anyhow::Result<Value> {
    let request = workload.request(folder);
    let expected = runtime.run(request.clone()).await?.value;
    anyhow::ensure!(expected.is_some(), "{} returned undefined", workload.id);
    let snapshot = warm_up(runtime, &request).await?;
    let mut times = Vec::with_capacity(workload.calls);
    let mut fuel = 0;
    for _ in 0..workload.calls {
        let t = Instant::now();
        let out = runtime.run(request.clone()).await?;
        times.push(t.elapsed());
        anyhow::ensure!(
            out.value == expected,
            "{}: {expected:?}, then {:?}",
            workload.id,
            out.value
        );
        fuel = out.stats.fuel_consumed;
    }
    times.sort();
    let percentile = |p: usize| times[times.len() * p / 100];
    println!(
        "{} ({}), {} sequential fresh-sandbox calls{}: median {:?}, p90 {:?}, p99 {:?}, {fuel} fuel/call",
        workload.label,
        workload.file,
        workload.calls,
        if snapshot { " (per-file snapshot)" } else { "" },
        percentile(50),
        percentile(90),
        percentile(99),
    );
    Ok(json!({
        "id": workload.id,
        "kind": "latency",
        "label": workload.label,
        "file": workload.file,
        "func": workload.func,
        "args": workload.args,
        "value": expected,
        "calls": workload.calls,
        "median_us": micros(percentile(50)),
        "p99_us": micros(percentile(99)),
    }))
}

/// The first two workloads on a runtime without per-file snapshots (every
/// call loads its module and runs its top-level code; bytecode still cached).
async fn without_snapshots(folder: &Path) -> anyhow::Result<()> {
    let mut options = RuntimeOptions::default();
    options.entry_snapshots = 0;
    let runtime = IsolatedRuntime::new(options)?;
    for workload in &WORKLOADS[..2] {
        let request = workload.request(folder);
        for _ in 0..20 {
            runtime.run(request.clone()).await?;
        }
        let mut times = Vec::with_capacity(workload.calls);
        for _ in 0..workload.calls {
            let t = Instant::now();
            runtime.run(request.clone()).await?;
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "{} without per-file snapshots: median {:?}, p99 {:?}",
            workload.label,
            times[times.len() / 2],
            times[times.len() * 99 / 100]
        );
    }
    Ok(())
}

/// What the first use of a Node built-in in a call costs: calls that touch
/// `Buffer`, `crypto.createHash` or `events` for the first time in their
/// fresh sandbox, against a call of the same (snapshotted) module that
/// touches none; and `crypto` required at the top level, where the per-file
/// snapshot holds it.
async fn builtin_first_use(runtime: &IsolatedRuntime, folder: &Path) -> anyhow::Result<()> {
    const CALLS: usize = 300;
    let median = |file: &'static str, func: &'static str, args: Vec<Value>| {
        let request = RunRequest::new(folder, file, func).args(args);
        async move {
            warm_up(runtime, &request).await?;
            let mut times = Vec::with_capacity(CALLS);
            for _ in 0..CALLS {
                let t = Instant::now();
                runtime.run(request.clone()).await?;
                times.push(t.elapsed());
            }
            times.sort();
            anyhow::Ok(times[times.len() / 2])
        }
    };
    let none = median("builtins.js", "none", vec![json!(1), json!(2)]).await?;
    println!("a call of builtins.js that uses no built-in: median {none:?}");
    for (func, what) in [
        ("buffer", "Buffer (Buffer.from(...).toString('base64'))"),
        ("hash", "crypto.createHash('sha256')"),
        ("events", "events (new EventEmitter, on, emit)"),
    ] {
        let t = median("builtins.js", func, vec![]).await?;
        println!(
            "first use of {what} in a call: median {t:?} (+{:.0} µs over no built-in)",
            micros(t) - micros(none)
        );
    }
    let t = median("builtins-preloaded.js", "hash", vec![]).await?;
    println!(
        "crypto required at the module's top level (in its snapshot), createHash per call: median {t:?} (+{:.0} µs)",
        micros(t) - micros(none)
    );
    Ok(())
}

/// What `Intl` costs: a call that formats 100 numbers and 100 dates
/// (building its formatters: the first use of Intl in its fresh sandbox),
/// the same with the formatters built at the module's top level (held by
/// the per-file snapshot), against a call of the same module that touches
/// no Intl.
async fn intl_cost(runtime: &IsolatedRuntime, folder: &Path) -> anyhow::Result<()> {
    const CALLS: usize = 200;
    let run = |func: &'static str, args: Vec<Value>| {
        let request = RunRequest::new(folder, "intl.js", func).args(args);
        async move {
            warm_up(runtime, &request).await?;
            let mut times = Vec::with_capacity(CALLS);
            let mut fuel = 0;
            for _ in 0..CALLS {
                let t = Instant::now();
                fuel = runtime.run(request.clone()).await?.stats.fuel_consumed;
                times.push(t.elapsed());
            }
            times.sort();
            anyhow::Ok((times[times.len() / 2], fuel))
        }
    };
    let (none, none_fuel) = run("none", vec![json!(1), json!(2)]).await?;
    println!("a call of intl.js that uses no Intl: median {none:?} ({none_fuel} fuel)");
    let (t, fuel) = run("format", vec![]).await?;
    println!(
        "Intl: build a NumberFormat and a DateTimeFormat, format 100 numbers and 100 dates: median {t:?} ({:.2}x the call without Intl; {fuel} fuel)",
        micros(t) / micros(none)
    );
    let (t, fuel) = run("formatPreloaded", vec![]).await?;
    println!(
        "Intl: the same 200 formats with formatters built at the top level (snapshotted): median {t:?} ({:.2}x; {fuel} fuel)",
        micros(t) / micros(none)
    );
    Ok(())
}

/// Call `request` until its per-file snapshot serves it (at most 60 s: the
/// snapshot is built in the background) and a few more times; returns
/// whether a snapshot serves it.
async fn warm_up(runtime: &IsolatedRuntime, request: &RunRequest) -> anyhow::Result<bool> {
    let started = Instant::now();
    let mut snapshot = false;
    while !snapshot && started.elapsed() < Duration::from_secs(60) {
        snapshot = runtime.run(request.clone()).await?.stats.from_snapshot;
        if !snapshot {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    for _ in 0..20 {
        runtime.run(request.clone()).await?;
    }
    Ok(snapshot)
}

/// `d` in microseconds.
fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Calls per second of the first workload: `THROUGHPUT_CALLS` concurrent
/// tasks on `tokio` (which has `threads` threads), with `max_concurrency` =
/// `threads`.
fn throughput(tokio: &Tokio, threads: usize, folder: &Path) -> anyhow::Result<Value> {
    let runtime = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(threads))?;
    let request = WORKLOADS[0].request(folder);
    let elapsed = tokio.block_on(async {
        warm_up(&runtime, &request).await?;
        concurrent_calls(&runtime, &request, 50).await?;
        let t0 = Instant::now();
        concurrent_calls(&runtime, &request, THROUGHPUT_CALLS).await?;
        anyhow::Ok(t0.elapsed())
    })?;
    let per_second = THROUGHPUT_CALLS as f64 / elapsed.as_secs_f64();
    println!(
        "{}, {THROUGHPUT_CALLS} concurrent calls, {threads} thread(s), max_concurrency {threads}: {per_second:.0} calls/s",
        WORKLOADS[0].label
    );
    Ok(json!({
        "id": format!("throughput-{threads}"),
        "kind": "throughput",
        "threads": threads,
        "calls": THROUGHPUT_CALLS,
        "calls_per_s": per_second,
    }))
}

/// Run `n` copies of `request` as concurrent tasks; fail if any call fails.
async fn concurrent_calls(runtime: &IsolatedRuntime, request: &RunRequest, n: usize) -> anyhow::Result<()> {
    for task in spawn_calls(runtime, request, n) {
        task.await??;
    }
    Ok(())
}

/// Start `n` copies of `request`, each as a task of its own.
fn spawn_calls(runtime: &IsolatedRuntime, request: &RunRequest, n: usize) -> Vec<JoinHandle<RunResult>> {
    (0..n)
        .map(|_| {
            let (runtime, request) = (runtime.clone(), request.clone());
            tokio::spawn(async move { runtime.run(request).await })
        })
        .collect()
}

/// Resident memory held by `SLEEPING_SANDBOXES` calls asleep at once (on a
/// runtime with that `max_concurrency`): RSS when the last call starts minus
/// RSS before the first. The calls (`sleep.js`) nap in 300 ms timer sleeps
/// until every call has started, so none has ended at that moment.
async fn sleeping_memory(folder: &Path) -> anyhow::Result<Value> {
    let all_started = Arc::new(AtomicBool::new(false));
    let rss_asleep = Arc::new(Mutex::new(None));
    let flag = all_started.clone();
    let module = HostModule::new().function("allStarted", move |_| Ok(json!(flag.load(Ordering::SeqCst))));
    let mut options = RuntimeOptions::default()
        .max_concurrency(SLEEPING_SANDBOXES)
        .host_module("bench", module);
    let (started, sample) = (AtomicUsize::new(0), rss_asleep.clone());
    options.hooks.on_running = Some(Arc::new(move || {
        // The last call to start samples the RSS, then lets every call end.
        if started.fetch_add(1, Ordering::SeqCst) + 1 == SLEEPING_SANDBOXES {
            if let Ok(mut sample) = sample.lock() {
                *sample = Rss::now().ok();
            }
            // BENCH_SMAPS=FILE: keep the mappings' figures of this moment.
            if let Some(path) = std::env::var_os("BENCH_SMAPS") {
                let _ = std::fs::copy("/proc/self/smaps", path);
            }
            all_started.store(true, Ordering::SeqCst);
        }
    }));
    let runtime = IsolatedRuntime::new(options)?;
    // Starting 1,000 instances takes a while on a loaded machine.
    let request = RunRequest::new(folder, "sleep.js", "sleep")
        .limits(LimitOverrides::default().timeout(Duration::from_secs(120)));

    let before = Rss::now()?;
    let t0 = Instant::now();
    let mut linear_memory = 0;
    for task in spawn_calls(&runtime, &request, SLEEPING_SANDBOXES) {
        linear_memory += task.await??.stats.peak_memory_bytes;
    }
    let asleep = rss_asleep
        .lock()
        .ok()
        .and_then(|sample| *sample)
        .ok_or_else(|| anyhow::anyhow!("no RSS sample taken while the calls slept"))?;
    let per_thousand = |bytes: u64| mib(bytes) * 1000.0 / SLEEPING_SANDBOXES as f64;
    let (total, anon) = (
        asleep.total.saturating_sub(before.total),
        asleep.anon.saturating_sub(before.anon),
    );
    println!(
        "{SLEEPING_SANDBOXES} sandboxes asleep at once: VmRSS +{:.1} MiB ({:.1} MiB per 1,000), of which \
         RssAnon +{:.1} MiB; peak linear memory {:.2} MiB per sandbox; all done in {:?}",
        mib(total),
        per_thousand(total),
        mib(anon),
        mib(linear_memory) / SLEEPING_SANDBOXES as f64,
        t0.elapsed()
    );
    Ok(json!({
        "id": "memory",
        "kind": "memory",
        "sandboxes": SLEEPING_SANDBOXES,
        "mib_per_1000": per_thousand(total),
        "anon_mib_per_1000": per_thousand(anon),
    }))
}

/// `bytes` in MiB.
fn mib(bytes: u64) -> f64 {
    bytes as f64 / MIB as f64
}

/// This process's resident memory, in bytes, from `/proc/self/status`.
#[derive(Clone, Copy)]
struct Rss {
    /// VmRSS: the resident pages of every mapping. The pages of the guest's
    /// memory image that sandboxes only read are physically shared, yet
    /// counted in each sandbox's mapping.
    total: u64,
    /// RssAnon: the private anonymous pages (what the calls wrote, and the
    /// host's own allocations).
    anon: u64,
}

impl Rss {
    /// The figures at this moment.
    fn now() -> anyhow::Result<Rss> {
        let status = std::fs::read_to_string("/proc/self/status")?;
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .map(|kib| kib * 1024)
                .ok_or_else(|| anyhow::anyhow!("no {name} line in /proc/self/status"))
        };
        Ok(Rss {
            total: field("VmRSS:")?,
            anon: field("RssAnon:")?,
        })
    }
}

/// The cost of fuel metering on a CPU-bound JS loop: the same calls on a
/// runtime with metering switched off, in this same run. (Epoch checks are
/// always on: they enforce the time limit.)
async fn metering_overhead(folder: &Path) -> anyhow::Result<()> {
    const LOOP: u64 = 3_000_000;
    const REPEAT: usize = 15;
    let variants = [("fuel metering (default)", true), ("no fuel metering", false)];
    let mut medians = Vec::new();
    for (name, fuel) in variants {
        let mut options = RuntimeOptions::default().max_concurrency(1);
        options.fuel_metering = fuel;
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
        "overhead: fuel metering {:.2}x (default vs no fuel metering)",
        medians[0] / medians[1]
    );
    Ok(())
}

/// The CLI's `run` from process start to result, with the compiled guest
/// already in the disk cache (the first run fills it).
fn cli_warm_start(folder: &Path) -> anyhow::Result<()> {
    const RUNS: usize = 21;
    let binary = workspace().join("target/release/isolated-runtime");
    if !binary.is_file() {
        println!("CLI warm start: skipped ({} not built)", binary.display());
        return Ok(());
    }
    let cache = workspace().join("target/bench/cli-cache");
    let run = || -> anyhow::Result<Duration> {
        let t = Instant::now();
        let out = std::process::Command::new(&binary)
            .env("ISOLATED_RUNTIME_CACHE_DIR", &cache)
            .args(["run", "--folder"])
            .arg(folder)
            .args(["--file", "trivial.js", "--func", "add", "--args", "[1,2]"])
            .output()?;
        anyhow::ensure!(out.stdout == b"3\n", "unexpected CLI output {:?}", out);
        Ok(t.elapsed())
    };
    let cold = run()?;
    let mut times = (0..RUNS).map(|_| run()).collect::<anyhow::Result<Vec<_>>>()?;
    times.sort();
    println!(
        "CLI `run`, process start to result: median {:.1} ms with a warm disk cache (first run, filling it: {:.0} ms)",
        times[RUNS / 2].as_secs_f64() * 1e3,
        cold.as_secs_f64() * 1e3
    );
    Ok(())
}

/// One host-function round trip (JS -> host -> JS), sync and async: the
/// difference between loops of N calls and of 0 calls, divided by N.
async fn host_round_trip(folder: &Path) -> anyhow::Result<()> {
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

/// Calls of the CLI `batch` rows.
const BATCH_CALLS: usize = 20_000;

/// `isolated-runtime batch` of [`BATCH_CALLS`] trivial calls, from process
/// start to the last result line (the best of three runs, each a new
/// process with the disk cache that earlier runs filled).
fn cli_batch(folder: &Path, concurrency: usize) -> anyhow::Result<Value> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let binary = workspace().join("target/release/isolated-runtime");
    let cache = workspace().join("target/bench/cli-cache");
    let input: String = (0..BATCH_CALLS)
        .map(|i| format!("{{\"file\":\"trivial.js\",\"func\":\"add\",\"args\":[{i},1]}}\n"))
        .collect();
    let run = || -> anyhow::Result<Duration> {
        let t = Instant::now();
        let mut child = Command::new(&binary)
            .env("ISOLATED_RUNTIME_CACHE_DIR", &cache)
            .args(["batch", "--concurrency", &concurrency.to_string(), "--folder"])
            .arg(folder)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let mut stdin = child.stdin.take().expect("piped stdin");
        let feeder = {
            let input = input.clone();
            std::thread::spawn(move || stdin.write_all(input.as_bytes()))
        };
        let out = child.wait_with_output()?;
        let elapsed = t.elapsed();
        feeder
            .join()
            .map_err(|_| anyhow::anyhow!("stdin writer panicked"))??;
        anyhow::ensure!(out.status.success(), "batch failed: {:?}", out.status);
        let lines: Vec<&[u8]> = out
            .stdout
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        anyhow::ensure!(lines.len() == BATCH_CALLS, "{} result lines", lines.len());
        let last: Value = serde_json::from_slice(lines[BATCH_CALLS - 1])?;
        anyhow::ensure!(last["value"] == json!(BATCH_CALLS), "last line {last}");
        Ok(elapsed)
    };
    run()?; // fills the disk cache
    let best = (0..3)
        .map(|_| run())
        .collect::<anyhow::Result<Vec<_>>>()?
        .into_iter()
        .min()
        .unwrap_or_default();
    let per_call = micros(best) / BATCH_CALLS as f64;
    println!(
        "CLI `batch --concurrency {concurrency}` of {BATCH_CALLS} trivial calls, process start to last line: {:.2} s = {per_call:.1} µs/call",
        best.as_secs_f64()
    );
    Ok(json!({
        "id": format!("batch{concurrency}"),
        "kind": "batch",
        "concurrency": concurrency,
        "calls": BATCH_CALLS,
        "seconds": best.as_secs_f64(),
        "us_per_call": per_call,
    }))
}

/// `isolated-runtime serve` under wrk (1 thread, 8 connections, loopback,
/// 10 s) calling the trivial function: requests/s, p99 latency, and the
/// server's RSS before and after the run (logs at their default level).
fn serve_under_wrk(folder: &Path) -> anyhow::Result<Value> {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let binary = workspace().join("target/release/isolated-runtime");
    let skipped = |why: String| {
        println!("serve under wrk: skipped ({why})");
        Ok(json!({"id": "serve", "kind": "serve", "skipped": why}))
    };
    if Command::new("wrk").arg("--version").output().is_err() {
        return skipped("wrk is not installed: `make bench` installs it from Debian".into());
    }
    // A tenant root whose tenant `bench` holds a copy of the trivial module
    // (a symlink would point outside the root, which the server refuses).
    let root = workspace().join("target/bench/serve-root");
    let tenant = root.join("bench");
    std::fs::create_dir_all(&tenant)?;
    std::fs::copy(folder.join("trivial.js"), tenant.join("trivial.js"))?;
    let mut server = Command::new(&binary)
        .env(
            "ISOLATED_RUNTIME_CACHE_DIR",
            workspace().join("target/bench/cli-cache"),
        )
        .args(["serve", "--listen", "127.0.0.1:0", "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let result = (|| -> anyhow::Result<Value> {
        let mut line = String::new();
        BufReader::new(server.stdout.take().expect("piped stdout")).read_line(&mut line)?;
        let address = line
            .trim()
            .strip_prefix("listening on ")
            .ok_or_else(|| anyhow::anyhow!("unexpected first line {line:?}"))?
            .to_string();
        let script = workspace().join("target/bench/wrk-post.lua");
        std::fs::write(
            &script,
            "wrk.method = \"POST\"\nwrk.body = '{\"file\":\"trivial.js\",\"func\":\"add\",\"args\":[1,2]}'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n",
        )?;
        let url = format!("{address}/t/bench/run");
        let wrk = |seconds: u32| {
            Command::new("wrk")
                .args(["-t1", "-c8", &format!("-d{seconds}s"), "--latency", "-s"])
                .arg(&script)
                .arg(&url)
                .output()
        };
        // Warm up: the per-file snapshot is built after a few calls.
        wrk(3)?;
        let rss_before = process_rss_kib(server.id())?;
        let out = wrk(10)?;
        let rss_after = process_rss_kib(server.id())?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let field = |prefix: &str| {
            text.lines()
                .find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_string()))
        };
        let rps: f64 = field("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("no Requests/sec in wrk's output:\n{text}"))?;
        let p99_us = field("99%").and_then(|v| wrk_micros(&v)).unwrap_or(f64::NAN);
        let p50_us = field("50%").and_then(|v| wrk_micros(&v)).unwrap_or(f64::NAN);
        anyhow::ensure!(!text.contains("Non-2xx"), "wrk saw error answers:\n{text}");
        println!(
            "serve under wrk (1 thread, 8 connections, 10 s): {rps:.0} req/s, p50 {p50_us:.0} µs, p99 {p99_us:.0} µs; server RSS {:.1} -> {:.1} MiB",
            rss_before as f64 / 1024.0,
            rss_after as f64 / 1024.0
        );
        Ok(json!({
            "id": "serve",
            "kind": "serve",
            "requests_per_s": rps,
            "p50_us": p50_us,
            "p99_us": p99_us,
            "rss_before_mib": rss_before as f64 / 1024.0,
            "rss_after_mib": rss_after as f64 / 1024.0,
        }))
    })();
    let _ = server.kill();
    let _ = server.wait();
    result
}

/// A wrk latency such as `317.00us`, `1.20ms` or `2.00s`, in µs.
fn wrk_micros(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = text.split_at(split);
    let n: f64 = number.parse().ok()?;
    Some(match unit {
        "us" => n,
        "ms" => n * 1e3,
        "s" => n * 1e6,
        _ => return None,
    })
}

/// VmRSS of process `pid`, in KiB.
fn process_rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no VmRSS for {pid}"))
}
