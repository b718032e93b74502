//! Fuzzes module specifiers: the input (lossy UTF-8) is passed to `require`
//! and to `import()` from a fixed module tree whose root holds legitimate
//! modules and symlinks to a secret outside it (see `Fixture`). Nothing the
//! calls return may hold the secret ("FUZZ-SECRET-7f3a"). Each call runs
//! afresh (with a fuel limit) and through the caches (without: the entry
//! files' per-file snapshots and the bytecode cache); both must agree.
#![no_main]

use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{check_same, fixture_base, limits, may_spell_marker, unmetered, Harness};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::sync::OnceLock;

const MAIN: &str = "exports.req = (s) => { try { return JSON.stringify(require(s)); } catch (e) { return 'error:' + e.message; } };
exports.imp = async (s) => { try { return JSON.stringify(await import(s)); } catch (e) { return 'error:' + e.message; } };
";

/// The same, one folder down (relative specifiers resolve from `lib/nested/`).
const NESTED: &str = "exports.req = (s) => { try { return JSON.stringify(require(s)); } catch (e) { return 'error:' + e.message; } };
";

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        // The extra module root is part of the fixture, which `Harness::new`
        // writes before it creates the runtime.
        let mut options = RuntimeOptions::default().external([
            "pkg", "pkg/*", "evil", "evil/*", "sneaky", "sneaky/*", "shared", "@scope/*",
        ]);
        options.modules.module_roots = vec![fixture_base("specifiers").join("extra")];
        let h = Harness::new(
            "specifiers",
            &[("main.js", MAIN), ("lib/nested/entry.js", NESTED)],
            options,
        );
        for entry in ["main.js", "lib/nested/entry.js"] {
            h.warm_snapshot(entry, "req", vec![Value::String("./lib/a.js".into())]);
        }
        h
    })
}

fuzz_target!(init: { harness(); }, |data: &[u8]| {
    let h = harness();
    let specifier = String::from_utf8_lossy(data).into_owned();
    let plain = !may_spell_marker(&specifier);
    for (file, func) in [("main.js", "req"), ("main.js", "imp"), ("lib/nested/entry.js", "req")] {
        let request = |overrides| {
            RunRequest::new(&h.fixture.root, file, func)
                .args(vec![Value::String(specifier.clone())])
                .limits(overrides)
        };
        // Afresh (fuel-limited) and through the caches (the entry files are
        // snapshotted after their first calls): same result.
        let fresh = h.run(request(limits(1000, 50_000_000, 32)));
        h.check(&(file, func, &specifier), &fresh, plain);
        let cached = h.run(request(unmetered(1000, 32)));
        h.check(&(file, func, &specifier), &cached, plain);
        check_same(&(file, func, &specifier), &fresh, &cached);
    }
});
