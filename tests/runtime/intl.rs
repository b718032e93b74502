//! `Intl` inside the sandbox: the differential test against Node (full ICU,
//! TZ=UTC) over `tests/intl/cases.js`, the per-call default time zone, and
//! the limits that must still hold when code builds formatters.

use crate::common::{assert_healthy, fixture, fuel, memory};
use isolated_runtime::{ErrorKind, IsolatedRuntime, RunRequest, RuntimeOptions};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

fn intl_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/intl")
}

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| {
        IsolatedRuntime::new(RuntimeOptions::default().timeout(Duration::from_secs(60))).expect("runtime")
    })
}

/// The cases `tests/intl/KNOWN_DIFFERENCES.md` lists (`- \`name\`: why`).
fn known_differences() -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(intl_dir().join("KNOWN_DIFFERENCES.md")).expect("KNOWN_DIFFERENCES.md");
    text.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split_once('`').map(|(name, _)| name.to_string()))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn intl_returns_what_node_returns() {
    let dir = intl_dir();
    let cldr = Command::new("node")
        .args(["-p", "process.versions.cldr"])
        .output()
        .expect("this differential test needs Node.js on PATH as its oracle (make test installs it)");
    let cldr = String::from_utf8_lossy(&cldr.stdout).trim().to_string();
    assert_eq!(
        cldr, "48.0",
        "the oracle must use CLDR 48 (the data the guest's ICU4X 2.4 bundles); this Node has CLDR {cldr}"
    );
    let oracle = Command::new("node")
        .arg("oracle.js")
        .current_dir(&dir)
        .output()
        .expect("node runs the oracle");
    assert!(
        oracle.status.success(),
        "the oracle failed: {}",
        String::from_utf8_lossy(&oracle.stderr)
    );
    let expected: serde_json::Map<String, Value> =
        serde_json::from_slice(&oracle.stdout).expect("oracle JSON");
    assert!(
        expected.len() >= 600,
        "expected the whole corpus, found {} cases",
        expected.len()
    );

    let out = runtime()
        .run(RunRequest::new(&dir, "cases.js", "probe"))
        .await
        .expect("the corpus runs in the sandbox");
    let ours = out.value.expect("a result");
    let ours = ours.as_object().expect("an object of cases");

    let known = known_differences();
    let mut unexpected = Vec::new();
    let mut differing = BTreeSet::new();
    for (name, want) in &expected {
        let got = ours.get(name).unwrap_or(&Value::Null);
        if got != want {
            differing.insert(name.clone());
            if !known.contains(name) {
                unexpected.push(format!("{name}:\n    node    {want}\n    sandbox {got}"));
            }
        }
    }
    let stale: Vec<&String> = known.difference(&differing).collect();
    eprintln!(
        "Intl: {} of {} cases give Node's output; {} known differences (tests/intl/KNOWN_DIFFERENCES.md)",
        expected.len() - differing.len(),
        expected.len(),
        differing.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} Intl cases differ from Node and are not in tests/intl/KNOWN_DIFFERENCES.md:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        stale.is_empty(),
        "these cases now give Node's output: remove them from tests/intl/KNOWN_DIFFERENCES.md: {stale:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_default_time_zone_is_utc_unless_the_call_or_runtime_says_otherwise() {
    let rt = runtime();
    let utc = rt
        .run(RunRequest::new(fixture("intl"), "intl.js", "defaultZone"))
        .await
        .unwrap();
    assert_eq!(
        utc.value,
        Some(json!({"zone": "UTC", "text": "7/4/2024, 4:30:00 PM", "explicit": "7/5/2024, 1:30:00 AM"}))
    );
    let ny = rt
        .run(RunRequest::new(fixture("intl"), "intl.js", "defaultZone").time_zone("America/New_York"))
        .await
        .unwrap();
    assert_eq!(
        ny.value,
        Some(
            json!({"zone": "America/New_York", "text": "7/4/2024, 12:30:00 PM", "explicit": "7/5/2024, 1:30:00 AM"})
        )
    );

    // A runtime-wide default, overridden per call.
    let berlin = IsolatedRuntime::new(RuntimeOptions::default().time_zone("Europe/Berlin")).unwrap();
    let out = berlin
        .run(RunRequest::new(fixture("intl"), "intl.js", "defaultZone"))
        .await
        .unwrap();
    assert_eq!(out.value.unwrap()["text"], json!("7/4/2024, 6:30:00 PM"));
    let out = berlin
        .run(RunRequest::new(fixture("intl"), "intl.js", "defaultZone").time_zone("UTC"))
        .await
        .unwrap();
    assert_eq!(out.value.unwrap()["zone"], json!("UTC"));

    // Unknown or malformed zones are the caller's mistake.
    for bad in ["Mars/Olympus_Mons", "../../etc/passwd", ""] {
        let err = rt
            .run(RunRequest::new(fixture("intl"), "intl.js", "defaultZone").time_zone(bad))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidArgs, "{bad:?}: {err}");
        assert!(err.to_string().contains("time zone"), "{err}");
    }
    assert!(IsolatedRuntime::new(RuntimeOptions::default().time_zone("not a zone")).is_err());
    assert_healthy(rt).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn thousands_of_formatters_hit_the_memory_limit_and_the_host_serves_on() {
    let rt = runtime();
    let err = rt
        .run(
            RunRequest::new(fixture("intl"), "intl.js", "manyFormatters")
                .args(vec![json!(1_000_000)])
                .limits(memory(16)),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::MemoryLimit, "{err}");
    assert!(err.to_string().contains("16 MiB"), "{err}");
    assert_healthy(rt).await;
    // A reasonable number of formatters fits easily.
    let out = rt
        .run(RunRequest::new(fixture("intl"), "intl.js", "manyFormatters").args(vec![json!(50)]))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!(200)));
}

#[tokio::test(flavor = "multi_thread")]
async fn fuel_meters_formatting_and_stops_it() {
    let rt = runtime();
    let fuel_for = |n: u64| async move {
        // With a fuel budget, a call always compiles its code from source,
        // so equal calls spend equal fuel.
        rt.run(
            RunRequest::new(fixture("intl"), "intl.js", "formatLoop")
                .args(vec![json!(n)])
                .limits(fuel(1_000_000_000_000)),
        )
        .await
        .unwrap()
        .stats
        .fuel_consumed
    };
    // Building the formatters costs the same in each call; the loop's
    // formatting is what grows: ten times the loop, ten times its fuel.
    let (base, hundred, thousand) = (fuel_for(10).await, fuel_for(110).await, fuel_for(1010).await);
    let per_hundred = hundred - base;
    let per_thousand = thousand - hundred;
    assert!(
        per_thousand > per_hundred * 8 && per_thousand < per_hundred * 12,
        "formatting is metered in proportion: {per_hundred} fuel for 100 iterations, {per_thousand} for 1000"
    );
    assert_eq!(fuel_for(10).await, base, "fuel is deterministic");
    let err = rt
        .run(
            RunRequest::new(fixture("intl"), "intl.js", "formatLoop")
                .args(vec![json!(100_000_000)])
                .limits(fuel(base + per_hundred)),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::FuelExhausted, "{err}");
    assert_healthy(rt).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_that_never_touches_intl_never_builds_it() {
    let rt = runtime();
    let out = rt
        .run(RunRequest::new(fixture("intl"), "intl.js", "intlIsLazy"))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!(true)));
    // And the image it carries does not count against the call's memory.
    let out = rt
        .run(
            RunRequest::new(fixture("intl"), "intl.js", "add")
                .args(vec![json!(1), json!(2)])
                .limits(memory(isolated_runtime::MIN_MEMORY_BYTES / isolated_runtime::MIB)),
        )
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!(3)));
    let grown = out.stats.peak_memory_bytes - out.stats.memory_image_bytes;
    assert!(grown < isolated_runtime::MIN_MEMORY_BYTES, "grew {grown} bytes");
}
