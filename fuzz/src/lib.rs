//! What the fuzz targets share: one runtime and one tokio runtime per process,
//! a fixed module tree on disk with a secret outside its root, and the oracle
//! (no panic, never `ErrorKind::Internal`, the secret never in any output,
//! host memory bounded, cached calls give what fresh ones give).

use isolated_runtime::{
    ErrorKind, IsolatedRuntime, LimitOverrides, Outcome, RunError, RunRequest, RuntimeOptions, MIB,
};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// The text the secret files outside the module root hold (followed by a
/// per-process nonce, see [`Fixture::secret`]).
pub const SECRET_MARKER: &str = "FUZZ-SECRET-7f3a";

/// How often (in calls) the host's resident memory is checked.
const RSS_CHECK_EVERY: u64 = 1000;

/// Default ceiling on the fuzzing process's resident memory; override with
/// `ISOLATED_RUNTIME_FUZZ_RSS_LIMIT_MB`.
const DEFAULT_RSS_LIMIT_MB: u64 = 2048;

/// One runtime, one tokio runtime and one module tree per fuzzing process.
pub struct Harness {
    /// The runtime every call goes through.
    pub runtime: IsolatedRuntime,
    tokio: tokio::runtime::Runtime,
    /// The module tree the calls load from.
    pub fixture: Fixture,
    calls: AtomicU64,
    rss_limit_kb: u64,
    verbose: bool,
}

impl Harness {
    /// Create the harness of fuzz target `target`: write the module tree
    /// (plus `entries`, `(path relative to the root, source)`) and start a
    /// runtime with `options` (its cache directory comes from
    /// `ISOLATED_RUNTIME_FUZZ_CACHE_DIR`, if set, so the instrumented build
    /// compiles the guest once for all targets).
    pub fn new(target: &str, entries: &[(&str, &str)], mut options: RuntimeOptions) -> Harness {
        let verbose = std::env::var_os("ISOLATED_RUNTIME_FUZZ_VERBOSE").is_some_and(|v| v != "0");
        if verbose {
            // The runtime's own log (snapshot builds, ...), filtered by RUST_LOG.
            let _ = tracing_subscriber::fmt()
                .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
                .with_writer(std::io::stderr)
                .try_init();
        }
        let fixture = Fixture::create(target, entries);
        if let Some(dir) = std::env::var_os("ISOLATED_RUNTIME_FUZZ_CACHE_DIR") {
            options.cache_dir = Some(PathBuf::from(dir));
        }
        // One call at a time: libFuzzer drives one input at a time.
        options.max_concurrency = 1;
        let runtime = IsolatedRuntime::new(options).expect("cannot create the runtime");
        let tokio = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("cannot create the tokio runtime");
        let rss_limit_kb = std::env::var("ISOLATED_RUNTIME_FUZZ_RSS_LIMIT_MB")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(DEFAULT_RSS_LIMIT_MB)
            * 1024;
        Harness {
            runtime,
            tokio,
            fixture,
            calls: AtomicU64::new(0),
            rss_limit_kb,
            verbose,
        }
    }

    /// Run one call to completion, then (every [`RSS_CHECK_EVERY`] calls)
    /// check that the host's memory has not grown past its ceiling.
    pub fn run(&self, request: RunRequest) -> Result<Outcome, RunError> {
        let result = self.tokio.block_on(self.runtime.run(request));
        let n = self.calls.fetch_add(1, Ordering::Relaxed) + 1;
        if n % RSS_CHECK_EVERY == 0 {
            if let Some(rss_kb) = vm_rss_kb() {
                assert!(
                    rss_kb <= self.rss_limit_kb,
                    "host memory grows without bound: VmRSS is {} MiB after {n} calls (limit {} MiB)",
                    rss_kb / 1024,
                    self.rss_limit_kb / 1024
                );
            }
        }
        result
    }

    /// Call `func` of `entry` (without a fuel limit) until a call runs from
    /// the file's per-file snapshot, so the fuzzing that follows exercises
    /// that path from its first input (a snapshot is built in the background
    /// after a few calls; in the instrumented build the first one takes
    /// 20-70 s). Run from the targets' `init`, which libFuzzer's
    /// `-max_total_time` does not count. Gives up, with a warning, after 3
    /// minutes or when the call fails.
    pub fn warm_snapshot(&self, entry: &str, func: &str, args: Vec<serde_json::Value>) {
        let started = std::time::Instant::now();
        let mut calls = 0u32;
        while started.elapsed() < Duration::from_secs(180) {
            let request = RunRequest::new(&self.fixture.root, entry, func)
                .args(args.clone())
                .limits(unmetered(5000, 32));
            match self.tokio.block_on(self.runtime.run(request)) {
                Ok(outcome) if outcome.stats.from_snapshot => {
                    eprintln!(
                        "INFO: {entry} runs from its per-file snapshot (after {calls} calls, {:.1} s)",
                        started.elapsed().as_secs_f64()
                    );
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    eprintln!("WARNING: warming the snapshot of {entry}: the call failed: {e}");
                    return;
                }
            }
            calls += 1;
            if calls > 3 {
                std::thread::sleep(Duration::from_millis(200));
            }
        }
        eprintln!("WARNING: {entry} still runs without a per-file snapshot after {calls} calls");
    }

    /// The oracle: `result` (of a call about `what`) is not an internal
    /// error, and no output of it holds the secret. `plain_marker_too` also
    /// forbids the bare [`SECRET_MARKER`] (pass `false` when the input itself
    /// could spell it; the per-process nonce is always checked).
    pub fn check(
        &self,
        what: &dyn std::fmt::Debug,
        result: &Result<Outcome, RunError>,
        plain_marker_too: bool,
    ) {
        if self.verbose {
            let mut line = format!("{what:?}\n  -> {}", describe(result));
            truncate(&mut line, 2000);
            eprintln!("{line}");
        }
        if let Err(e) = result {
            assert!(
                e.kind() != ErrorKind::Internal,
                "internal error (user input must never cause one)\n  input: {what:?}\n  error: {e}\n  debug: {e:?}"
            );
        }
        let mut text = format!("{result:?}");
        if let Err(e) = result {
            let _ = write!(text, "\n{e}");
        }
        let leaked = text.contains(&self.fixture.nonce) || (plain_marker_too && text.contains(SECRET_MARKER));
        assert!(
            !leaked,
            "the secret outside the module root leaked into the output\n  input: {what:?}\n  output: {text}"
        );
    }
}

/// A call's result in one line: the value, or the error's kind and text.
fn describe(result: &Result<Outcome, RunError>) -> String {
    match result {
        Ok(o) => {
            let via = if o.stats.from_snapshot {
                " (from a snapshot)"
            } else {
                ""
            };
            match &o.value {
                Some(v) => format!("ok{via} {v}"),
                None => format!("ok{via} undefined"),
            }
        }
        Err(e) => format!("{} {e}", e.kind()),
    }
}

fn truncate(s: &mut String, max: usize) {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push_str("...");
    }
}

/// The differential oracle. A call with a fuel limit runs afresh (fuel
/// limits bypass the bytecode cache and per-file snapshots, so that fuel is
/// spent the same way every time); the same call without one may run from
/// the caches. Both must give the same value, or errors of the same kind
/// and text, unless either hit a resource limit (fuel and time are not
/// comparable between the two).
pub fn check_same(
    what: &dyn std::fmt::Debug,
    fresh: &Result<Outcome, RunError>,
    cached: &Result<Outcome, RunError>,
) {
    let resource = |r: &Result<Outcome, RunError>| r.as_ref().is_err_and(|e| e.kind().is_resource_limit());
    if resource(fresh) || resource(cached) {
        return;
    }
    let same = match (fresh, cached) {
        (Ok(a), Ok(b)) => a.value == b.value,
        (Err(a), Err(b)) => a.kind() == b.kind() && a.to_string() == b.to_string(),
        _ => false,
    };
    assert!(
        same,
        "a call gave different results run afresh and through the caches (bytecode cache / per-file snapshot)\n  \
         input: {what:?}\n  afresh: {}\n  cached: {}",
        describe(fresh),
        describe(cached)
    );
}

/// Limits for one fuzzed call.
pub fn limits(timeout_ms: u64, fuel: u64, memory_mib: u64) -> LimitOverrides {
    unmetered(timeout_ms, memory_mib).fuel(fuel)
}

/// Limits without a fuel budget, so the call may use the bytecode cache and
/// per-file snapshots.
pub fn unmetered(timeout_ms: u64, memory_mib: u64) -> LimitOverrides {
    LimitOverrides::default().timeout(Duration::from_millis(timeout_ms)).memory_bytes(memory_mib * MIB)
}

/// The resident memory of this process, in KiB.
pub fn vm_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Whether `input` could spell the secret marker itself (so a marker in the
/// output may just be the input echoed back).
pub fn may_spell_marker(input: &str) -> bool {
    let lower = input.to_ascii_lowercase();
    lower.contains("7f3a") || lower.contains('%') || lower.contains('\\')
}

/// The module tree of a fuzzing process, under the temp dir:
///
/// ```text
/// <base>/secret.js, secret.json, secret.mjs     the secret, OUTSIDE the root
/// <base>/extra/shared/index.js                  an extra module root ("shared")
/// <base>/root/                                  the module folder of every call
///     lib/a.js, lib/b.json, lib/c.mjs, lib/nested/
///     node_modules/pkg/{package.json,index.js,lib/sub.js}
///     node_modules/sneaky/package.json          main and exports point outside
///     link.js -> <base>/secret.js               symlinks out of the root
///     link.json -> ../secret.json
///     outside -> <base>
///     lib/up -> ../..
///     node_modules/evil -> ../..
/// ```
pub struct Fixture {
    /// `<base>`: holds the secret and the root.
    pub base: PathBuf,
    /// `<base>/root`: the module folder of every call.
    pub root: PathBuf,
    /// `<base>/extra`: an extra module root.
    pub extra: PathBuf,
    /// The unguessable part of the secret.
    pub nonce: String,
}

impl Fixture {
    /// Write the tree (replacing one a previous process with the same pid
    /// left), plus `entries` inside the root.
    pub fn create(target: &str, entries: &[(&str, &str)]) -> Fixture {
        remove_stale_fixtures(target);
        let base = fixture_base(target);
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("root");
        let extra = base.join("extra");
        let nonce = nonce();
        let fixture = Fixture {
            base: base.clone(),
            root: root.clone(),
            extra: extra.clone(),
            nonce,
        };
        let secret = fixture.secret();
        let files: Vec<(PathBuf, String)> = vec![
            (base.join("secret.js"), format!("module.exports = {secret:?};\n")),
            (base.join("secret.json"), format!("{{\"secret\": {secret:?}}}\n")),
            (base.join("secret.mjs"), format!("export default {secret:?};\n")),
            (base.join("package.json"), format!("{{\"name\": \"base\", \"main\": \"secret.js\", \"secret\": {secret:?}}}\n")),
            (base.join("index.js"), format!("module.exports = {secret:?};\n")),
            (extra.join("shared/index.js"), "module.exports = { shared: true };\n".into()),
            (root.join("lib/a.js"), "module.exports = { a: 1, b: require('./b.json') };\n".into()),
            (root.join("lib/b.json"), "{\"b\": 2}\n".into()),
            (root.join("lib/c.mjs"), "export const c = 3;\nexport default 'c';\n".into()),
            (root.join("lib/nested/index.js"), "module.exports = 'nested';\n".into()),
            (
                root.join("node_modules/pkg/package.json"),
                r#"{"name": "pkg", "main": "./index.js", "exports": {".": "./index.js", "./sub": "./lib/sub.js", "./*": "./lib/*.js"}}"#
                    .to_string()
                    + "\n",
            ),
            (root.join("node_modules/pkg/index.js"), "module.exports = 'pkg';\n".into()),
            (root.join("node_modules/pkg/lib/sub.js"), "module.exports = 'pkg-sub';\n".into()),
            (
                root.join("node_modules/sneaky/package.json"),
                r#"{"name": "sneaky", "main": "../../../secret.js", "exports": {".": "../../../secret.js", "./x": "./../../../secret.json"}}"#
                    .to_string()
                    + "\n",
            ),
        ];
        for (path, text) in files {
            write(&path, &text);
        }
        for (target, link) in [
            (base.join("secret.js"), root.join("link.js")),
            (PathBuf::from("../secret.json"), root.join("link.json")),
            (base.clone(), root.join("outside")),
            (PathBuf::from("../.."), root.join("lib/up")),
            (PathBuf::from("../.."), root.join("node_modules/evil")),
        ] {
            std::os::unix::fs::symlink(&target, &link)
                .unwrap_or_else(|e| panic!("cannot link {} -> {}: {e}", link.display(), target.display()));
        }
        for (path, source) in entries {
            fixture.write_entry(path, source);
        }
        fixture
    }

    /// The secret the files outside the root hold.
    pub fn secret(&self) -> String {
        format!("{SECRET_MARKER}-{}", self.nonce)
    }

    /// Write (or overwrite) a file inside the root.
    pub fn write_entry(&self, path: &str, source: &str) {
        write(&self.root.join(path), source);
    }
}

/// Where the module tree of fuzz target `target` is, in this process.
pub fn fixture_base(target: &str) -> PathBuf {
    std::env::temp_dir().join(format!("isolated-runtime-fuzz-{target}-{}", std::process::id()))
}

/// Remove the trees earlier processes of `target` left (libFuzzer exits
/// without running destructors), those whose process is gone.
fn remove_stale_fixtures(target: &str) {
    let prefix = format!("isolated-runtime-fuzz-{target}-");
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// 16 hex digits no input can guess.
fn nonce() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let mut h = RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    format!("{:016x}", h.finish())
}
