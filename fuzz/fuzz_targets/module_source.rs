//! Fuzzes the entry module's source: the input (lossy UTF-8) is written as
//! `main.js` in the module root (the same file every iteration) and its `f`
//! is called with tight limits. The root has legitimate modules to load and
//! symlinks to a secret outside it (see `Fixture`); run with `-dict=dict/js.dict`.
//!
//! Every [`CANARY_EVERY`] inputs a canary checks that the caches never serve
//! stale code: `canary.js` (always the same text) exports the value of
//! `lib/canary-dep.js`. Called without a fuel limit, it runs from its
//! per-file snapshot (which holds the dependency already loaded; see
//! `Harness::warm_snapshot`) and must return the dependency's value. Every
//! [`CHANGE_EVERY`] inputs the dependency is rewritten with a new value: the
//! very next call must see it, and the canary then calls until the snapshot
//! is rebuilt (in this input, so that the rebuild's coverage does not leak
//! into other inputs' feedback), checking every value. A failure there
//! depends on the calls before it, not on the input libFuzzer saves.
#![no_main]

use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{limits, unmetered, Harness};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// How often (in inputs) the canary runs.
const CANARY_EVERY: u64 = 64;

/// How often (in inputs) the canary's dependency changes; the snapshot
/// rebuild that follows takes ~5 s in the instrumented build.
const CHANGE_EVERY: u64 = 16384;

const CANARY: &str = "const value = require('./lib/canary-dep.js');\nexports.f = () => value;\n";

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let options = RuntimeOptions::default().external(["pkg", "evil", "sneaky"]);
        let h = Harness::new(
            "module_source",
            &[
                ("main.js", ""),
                ("canary.js", CANARY),
                ("lib/canary-dep.js", "module.exports = 'canary-0';\n"),
            ],
            options,
        );
        h.warm_snapshot("canary.js", "f", vec![]);
        h
    })
}

/// Check that canary.js gives the current value of its dependency; at a
/// change, rewrite that first, then wait for the snapshot's rebuild.
fn canary(h: &Harness, n: u64) {
    let generation = n / CHANGE_EVERY;
    let expected = Value::String(format!("canary-{generation}"));
    let change = n % CHANGE_EVERY == 0;
    if change {
        h.fixture
            .write_entry("lib/canary-dep.js", &format!("module.exports = {expected};\n"));
    }
    let started = std::time::Instant::now();
    loop {
        let result = h.run(RunRequest::new(&h.fixture.root, "canary.js", "f").limits(unmetered(5000, 32)));
        let from_snapshot = match &result {
            Ok(o) if o.value.as_ref() == Some(&expected) => o.stats.from_snapshot,
            _ => panic!(
                "stale code: lib/canary-dep.js exports {expected}, but canary.js (which exports its value) \
                 gave {result:?}"
            ),
        };
        if !change || from_snapshot || started.elapsed() > std::time::Duration::from_secs(120) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fuzz_target!(init: { harness(); }, |data: &[u8]| {
    static INPUTS: AtomicU64 = AtomicU64::new(0);
    let h = harness();
    let source = String::from_utf8_lossy(data);
    h.fixture.write_entry("main.js", &source);
    let result = h.run(
        RunRequest::new(&h.fixture.root, "main.js", "f")
            .args(vec![json!(1), json!("two")])
            .limits(limits(100, 5_000_000, 16)),
    );
    // The source can spell the bare marker itself, so only the per-process
    // nonce (which it cannot know) counts as a leak.
    h.check(&source, &result, false);

    let n = INPUTS.fetch_add(1, Ordering::Relaxed) + 1;
    if n % CANARY_EVERY == 0 {
        canary(h, n);
    }
});
