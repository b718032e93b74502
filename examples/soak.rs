//! `make soak`: a bounded soak run. 100,000 mixed calls (normal, throwing,
//! timing out, memory-killed, recursing, oversized, unsettled, escaping,
//! polluting) in one process; prints calls/s, outcomes by kind, and resident
//! memory and open file descriptors at start, once warm, and at the end.
//! Exits non-zero if a normal call misbehaves, any call is `internal`, or
//! resources kept growing after the warm-up.

use isolated_runtime::{IsolatedRuntime, LimitOverrides, RunRequest, RuntimeOptions, MIB};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// (function, weight out of 1000, expected outcome kind).
const MIX: [(&str, usize, &str); 12] = [
    ("add", 820, "ok"),
    ("work", 50, "ok"),
    ("check", 40, "ok"),
    ("pollute", 20, "ok"),
    ("throws", 20, "js-error"),
    ("escape", 10, "path-escape"),
    ("builtin", 10, "module-forbidden"),
    ("recurse", 8, "stack-overflow"),
    ("hog", 8, "memory-limit"),
    ("huge", 6, "output-limit"),
    ("never", 5, "promise-unsettled"),
    ("spin", 3, "timeout"),
];

fn main() -> anyhow::Result<()> {
    let total: usize = std::env::var("SOAK_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    tokio.block_on(soak(total))
}

async fn soak(total: usize) -> anyhow::Result<()> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/soak/app");
    let runtime = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(2))?;
    let limits = LimitOverrides::default()
        .timeout(Duration::from_millis(100))
        .memory_bytes(16 * MIB)
        .max_result_bytes(MIB);
    let start = Resources::now();
    let schedule: Vec<&'static str> = MIX
        .iter()
        .flat_map(|(f, w, _)| std::iter::repeat_n(*f, *w))
        .collect();
    let expected: BTreeMap<&str, &str> = MIX.iter().map(|(f, _, k)| (*f, *k)).collect();
    let outcomes = Arc::new(Mutex::new(BTreeMap::<String, usize>::new()));
    let wrong = Arc::new(AtomicUsize::new(0));
    let next = Arc::new(AtomicUsize::new(0));
    let mut warm = None;
    let started = Instant::now();
    let warm_up = total / 10;
    for phase_end in [warm_up, total] {
        let workers = (0..32).map(|_| {
            let (runtime, folder, limits) = (runtime.clone(), folder.clone(), limits.clone());
            let (schedule, expected) = (schedule.clone(), expected.clone());
            let (outcomes, wrong, next) = (outcomes.clone(), wrong.clone(), next.clone());
            tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= phase_end {
                        next.fetch_sub(1, Ordering::Relaxed);
                        return;
                    }
                    // A fixed pseudo-random order of the weighted mix.
                    let func = schedule[(i.wrapping_mul(7919) + i / 1000) % schedule.len()];
                    let request = RunRequest::new(&folder, "soak.js", func)
                        .args(vec![json!(i % 200), json!(1)])
                        .limits(limits.clone());
                    let result = runtime.run(request).await;
                    let kind = match &result {
                        Ok(out) => {
                            let good = match func {
                                "add" => out.value == Some(json!(i % 200 + 1)),
                                "work" => out.value == Some(json!(i % 200)),
                                _ => {
                                    out.value
                                        == Some(json!(if func == "check" { json!(true) } else { json!(1) }))
                                }
                            };
                            if !good {
                                eprintln!("soak: {func} returned {:?}", out.value);
                                wrong.fetch_add(1, Ordering::Relaxed);
                            }
                            "ok".to_string()
                        }
                        Err(e) => e.kind().to_string(),
                    };
                    if kind != expected[func] {
                        eprintln!("soak: {func} ended as {kind}: {result:?}");
                        wrong.fetch_add(1, Ordering::Relaxed);
                    }
                    *outcomes.lock().unwrap().entry(kind).or_default() += 1;
                }
            })
        });
        for worker in futures::future::join_all(workers.collect::<Vec<_>>()).await {
            worker?;
        }
        if warm.is_none() {
            warm = Some(Resources::now());
        }
    }
    let elapsed = started.elapsed();
    let end = Resources::now();
    let warm = warm.unwrap_or(start);
    println!(
        "soak: {total} calls in {:.1} s = {:.0} calls/s (2 threads, max_concurrency 2)",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );
    println!("soak: outcomes {:?}", outcomes.lock().unwrap());
    for (when, r) in [("start", start), ("warm (10%)", warm), ("end", end)] {
        println!("soak: {when:<11} RSS {:>7} KiB, open fds {}", r.rss_kib, r.fds);
    }
    let wrong = wrong.load(Ordering::Relaxed);
    let rss_growth = end.rss_kib.saturating_sub(warm.rss_kib);
    let fd_growth = end.fds.saturating_sub(warm.fds);
    println!("soak: growth after warm-up: RSS {rss_growth} KiB, fds {fd_growth}; misbehaving calls {wrong}");
    anyhow::ensure!(wrong == 0, "{wrong} calls misbehaved");
    anyhow::ensure!(
        rss_growth < 64 * 1024,
        "RSS grew {rss_growth} KiB after the warm-up"
    );
    anyhow::ensure!(fd_growth <= 4, "{fd_growth} file descriptors leaked");
    Ok(())
}

/// Resident memory and open descriptors of this process.
#[derive(Clone, Copy)]
struct Resources {
    rss_kib: u64,
    fds: usize,
}

impl Resources {
    fn now() -> Resources {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let rss_kib = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0);
        let fds = std::fs::read_dir("/proc/self/fd").map(|d| d.count()).unwrap_or(0);
        Resources { rss_kib, fds }
    }
}
