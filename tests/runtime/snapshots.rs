//! Per-file snapshots: a file called repeatedly is served from an instance
//! image with its top-level code already run — with exactly the results of
//! evaluating it afresh, never for files whose top level must see live
//! values, and never once one of its files changed.

use isolated_runtime::{IsolatedRuntime, LimitOverrides, Outcome, RunRequest, RuntimeOptions};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| IsolatedRuntime::new(RuntimeOptions::default()).expect("runtime"))
}

async fn call(dir: &Path, func: &str, args: Vec<Value>) -> Outcome {
    runtime()
        .run(RunRequest::new(dir, "main.js", func).args(args))
        .await
        .unwrap_or_else(|e| panic!("{func}: {} ({e})", e.kind()))
}

/// Call until a call runs from a snapshot (at most `limit`); every result
/// must satisfy `check`. Returns whether a snapshot was used.
async fn call_until_snapshot(dir: &Path, func: &str, limit: Duration, check: impl Fn(&Outcome)) -> bool {
    let started = Instant::now();
    while started.elapsed() < limit {
        let out = call(dir, func, vec![json!(10)]).await;
        check(&out);
        if out.stats.from_snapshot {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// Replace `name`'s text by `text` (of the same length) and put its
/// modification time back: only the change time tells the edit.
fn rewrite_keeping_size_and_mtime(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    let before = std::fs::metadata(&path).unwrap();
    assert_eq!(before.len(), text.len() as u64);
    let mtime = before.modified().unwrap();
    write(dir, name, text);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
}

const PURE: &str = "\
const dep = require('./dep');
let optional = 'absent';
try { optional = require('./optional'); } catch (_) {}
let calls = 0;
const table = Array.from({ length: 1000 }, (_, i) => i * 2);
globalThis.shared = (globalThis.shared || 0) + 1;
Object.prototype.seenByEveryone = 'once';
exports.f = (x) => ({ calls: ++calls, x, dep: dep.value, optional, sum: table[500] + x, shared: globalThis.shared });
";

#[tokio::test(flavor = "multi_thread")]
async fn a_deterministic_file_is_snapshotted_with_identical_results() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.js", PURE);
    write(dir.path(), "dep.js", "exports.value = 'dep v1';");
    let expected =
        json!({"calls": 1, "x": 10, "dep": "dep v1", "optional": "absent", "sum": 1010, "shared": 1});
    let used = call_until_snapshot(dir.path(), "f", Duration::from_secs(20), |out| {
        assert_eq!(
            out.value.as_ref(),
            Some(&expected),
            "from_snapshot = {}",
            out.stats.from_snapshot
        );
    })
    .await;
    assert!(used, "no snapshot was built for a deterministic file");
    // Function-level state still starts fresh on every call.
    for _ in 0..3 {
        let out = call(dir.path(), "f", vec![json!(10)]).await;
        assert!(out.stats.from_snapshot);
        assert_eq!(out.value, Some(expected.clone()));
    }

    // An edited dependency: seen at once, snapshot dropped.
    write(dir.path(), "dep.js", "exports.value = 'dep v2';");
    let out = call(dir.path(), "f", vec![json!(10)]).await;
    assert!(!out.stats.from_snapshot);
    assert_eq!(out.value.unwrap()["dep"], json!("dep v2"));
    // A module that failed to load at snapshot time and now exists.
    assert!(
        call_until_snapshot(dir.path(), "f", Duration::from_secs(120), |_| {}).await,
        "rebuilt after the edit"
    );
    write(dir.path(), "optional.js", "module.exports = 'present';");
    let out = call(dir.path(), "f", vec![json!(10)]).await;
    assert!(!out.stats.from_snapshot);
    assert_eq!(out.value.unwrap()["optional"], json!("present"));

    // A call with a fuel budget never uses a snapshot (its fuel must not
    // depend on what ran before).
    let budget = LimitOverrides::default().fuel(u64::MAX / 4);
    for _ in 0..3 {
        let out = runtime()
            .run(
                RunRequest::new(dir.path(), "main.js", "f")
                    .args(vec![json!(1)])
                    .limits(budget.clone()),
            )
            .await
            .unwrap();
        assert!(!out.stats.from_snapshot);
    }
}

/// A snapshot's files are confirmed by identity (one `stat` each), not by
/// re-reading them; an edit that keeps the size and puts the modification
/// time back is still seen, through the change time, which no user can set.
#[tokio::test(flavor = "multi_thread")]
async fn an_edit_that_keeps_size_and_modification_time_is_still_seen() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.js", "exports.f = () => 'version 1';");
    // Older than the racy window, so the identity alone vouches for it.
    std::thread::sleep(Duration::from_millis(2200));
    let used = call_until_snapshot(dir.path(), "f", Duration::from_secs(60), |out| {
        assert_eq!(out.value, Some(json!("version 1")));
    })
    .await;
    assert!(used, "no snapshot was built");
    rewrite_keeping_size_and_mtime(dir.path(), "main.js", "exports.f = () => 'version 2';");
    let out = call(dir.path(), "f", vec![]).await;
    assert!(!out.stats.from_snapshot, "a stale snapshot served an edited file");
    assert_eq!(out.value, Some(json!("version 2")));
}

/// A file snapshotted right after it was written ("racy": its identity
/// cannot vouch for its content yet) is re-hashed until a check finds it
/// settled; from then on its identity is trusted, and a later same-size
/// edit with the modification time put back is still seen.
#[tokio::test(flavor = "multi_thread")]
async fn a_file_snapshotted_while_racy_is_trusted_once_settled_and_edits_are_still_seen() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.js", "exports.f = () => 'version 1';");
    let used = call_until_snapshot(dir.path(), "f", Duration::from_secs(60), |out| {
        assert_eq!(out.value, Some(json!("version 1")));
    })
    .await;
    assert!(used, "no snapshot was built");
    std::thread::sleep(Duration::from_millis(2200));
    for _ in 0..2 {
        let out = call(dir.path(), "f", vec![]).await;
        assert!(out.stats.from_snapshot);
        assert_eq!(out.value, Some(json!("version 1")));
    }
    rewrite_keeping_size_and_mtime(dir.path(), "main.js", "exports.f = () => 'version 2';");
    let out = call(dir.path(), "f", vec![]).await;
    assert!(!out.stats.from_snapshot, "a stale snapshot served an edited file");
    assert_eq!(out.value, Some(json!("version 2")));
}

#[tokio::test(flavor = "multi_thread")]
async fn files_whose_top_level_needs_live_values_are_never_snapshotted() {
    let cases = [
        ("clock", "const t = Date.now(); exports.f = () => t;"),
        ("date", "const d = new Date(); exports.f = () => d.getTime();"),
        ("random", "const r = Math.random(); exports.f = () => r;"),
        ("crypto", "const u = crypto.randomUUID(); exports.f = () => u;"),
        ("performance", "const p = performance.now(); exports.f = () => p;"),
        ("context", "const c = typeof context; exports.f = () => c;"),
        ("console", "console.log('loaded'); exports.f = () => 1;"),
        (
            "timer",
            "let fired = 0; setTimeout(() => fired++, 0); exports.f = () => fired;",
        ),
        (
            "throws",
            "if (globalThis.x === undefined) throw new Error('top'); exports.f = () => 1;",
        ),
    ];
    let dirs: Vec<_> = cases
        .iter()
        .map(|(_, source)| {
            let dir = tempfile::tempdir().unwrap();
            write(dir.path(), "main.js", source);
            dir
        })
        .collect();
    // Enough calls for any build to be due and finish.
    let started = Instant::now();
    let mut previous: Vec<Option<Outcome>> = vec![None; cases.len()];
    while started.elapsed() < Duration::from_secs(8) {
        for ((name, _), (dir, prev)) in cases.iter().zip(dirs.iter().zip(previous.iter_mut())) {
            let result = runtime().run(RunRequest::new(dir.path(), "main.js", "f")).await;
            let out = match (name, result) {
                (&"throws", Err(e)) => {
                    assert_eq!(e.kind(), isolated_runtime::ErrorKind::JsError);
                    continue;
                }
                (_, result) => result.unwrap_or_else(|e| panic!("{name}: {e}")),
            };
            assert!(!out.stats.from_snapshot, "{name} was snapshotted");
            match *name {
                "console" => assert_eq!(out.console.len(), 1, "top-level console line on every call"),
                "clock" | "random" | "crypto" | "date" => {
                    if let Some(p) = prev {
                        assert_ne!(p.value, out.value, "{name}: frozen value");
                    }
                }
                "context" => assert_eq!(out.value, Some(json!("object"))),
                _ => {}
            }
            *prev = Some(out);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_snapshot_does_not_hide_its_files_top_level_memory_from_the_limit() {
    // The memory limit leaves out only the guest's own image: a file whose
    // top level holds 24 MiB must not escape a 16 MiB limit because a
    // snapshot evaluated it earlier.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.js",
        "const big = new Uint8Array(24 * 1024 * 1024).fill(1);\nexports.f = (x) => big[x] + x;\n",
    );
    assert!(
        call_until_snapshot(dir.path(), "f", Duration::from_secs(60), |out| {
            assert_eq!(out.value, Some(json!(11)))
        })
        .await,
        "the file should be snapshotted"
    );
    let limited = RunRequest::new(dir.path(), "main.js", "f")
        .args(vec![json!(10)])
        .limits(LimitOverrides::default().memory_bytes(16 * isolated_runtime::MIB));
    let err = runtime().run(limited).await.unwrap_err();
    assert_eq!(err.kind(), isolated_runtime::ErrorKind::MemoryLimit, "{err}");
    let out = call(dir.path(), "f", vec![json!(10)]).await;
    assert_eq!(out.value, Some(json!(11)));
}

/// With a disk cache, a snapshot built by one runtime (process) is used by
/// the next from its first calls, without building it again; one whose
/// files changed in between is not.
#[tokio::test(flavor = "multi_thread")]
async fn a_snapshot_on_disk_serves_a_new_runtime_unless_its_files_changed() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "main.js", PURE);
    write(dir.path(), "dep.js", "exports.value = 'dep v1';");
    let with_cache = || {
        let mut options = RuntimeOptions::default();
        options.cache_dir = Some(cache.path().to_path_buf());
        IsolatedRuntime::new(options).unwrap()
    };
    let run = |rt: &IsolatedRuntime| {
        let rt = rt.clone();
        let request = RunRequest::new(dir.path(), "main.js", "f").args(vec![json!(10)]);
        async move { rt.run(request).await.unwrap() }
    };
    let first = with_cache();
    let started = Instant::now();
    while !run(&first).await.stats.from_snapshot {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no snapshot in the first runtime"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(first);
    let on_disk = std::fs::read_dir(cache.path())
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name().to_string_lossy().to_string();
            name.starts_with("snapshot-") && name.ends_with(".cwasm")
        })
        .count();
    assert_eq!(on_disk, 1, "the snapshot was not written to the disk cache");

    // A new runtime: the first call looks on disk; without a disk copy the
    // second call could not come from a snapshot (it is built only after
    // the third).
    let second = with_cache();
    let out = run(&second).await;
    assert!(!out.stats.from_snapshot);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let out = run(&second).await;
    assert!(out.stats.from_snapshot, "the snapshot on disk was not used");
    assert_eq!(out.value.unwrap()["dep"], json!("dep v1"));
    drop(second);

    // A file edited while no runtime ran: the copy on disk is refused.
    write(dir.path(), "dep.js", "exports.value = 'dep v2';");
    let third = with_cache();
    let out = run(&third).await;
    assert_eq!(out.value.unwrap()["dep"], json!("dep v2"));
    tokio::time::sleep(Duration::from_secs(5)).await;
    let out = run(&third).await;
    assert!(
        !out.stats.from_snapshot,
        "a stale snapshot from disk served an edited file"
    );
    assert_eq!(out.value.unwrap()["dep"], json!("dep v2"));
    drop(third);

    // Damaged cache files (a record pointing outside the cache, a truncated
    // compiled snapshot) are ignored: calls are answered as always.
    for entry in std::fs::read_dir(cache.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("snapshot-") && name.ends_with(".json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut record: Value = serde_json::from_str(&text).unwrap();
            record["artifact"] = json!("../../escape.cwasm");
            std::fs::write(&path, record.to_string()).unwrap();
        } else if name.ends_with(".cwasm") {
            std::fs::write(&path, b"not a compiled component").unwrap();
        }
    }
    let fourth = with_cache();
    for _ in 0..3 {
        let out = run(&fourth).await;
        assert_eq!(out.value.unwrap()["dep"], json!("dep v2"));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
