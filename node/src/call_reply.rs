//! A call's outcome as the JSON the JavaScript layer turns into a result or
//! an error class: `{"ok": true, "value": ..., "console": [...], "stats":
//! {...}}` or `{"ok": false, "error": {"kind": ..., "message": ..., ...}}`.

use isolated_runtime::{BuildError, Outcome, RunError};
use serde_json::{json, Value};

/// A successful call.
pub fn success(outcome: &Outcome) -> Value {
    let stats = &outcome.stats;
    json!({
        "ok": true,
        "undefined": outcome.value.is_none(),
        "value": outcome.value,
        "console": outcome.console.iter().map(|l| json!({ "level": l.level.as_str(), "text": l.text })).collect::<Vec<_>>(),
        "stats": {
            "wallTimeMs": stats.wall_time.as_secs_f64() * 1000.0,
            "fuelConsumed": stats.fuel_consumed,
            "peakMemoryBytes": stats.peak_memory_bytes,
            "memoryImageBytes": stats.memory_image_bytes,
            "fromSnapshot": stats.from_snapshot,
        },
    })
}

/// A failed call, with its stable kind; a `js-error` also carries the
/// thrown error's name, message and stack.
pub fn failure(error: &RunError) -> Value {
    let mut out = json!({ "kind": error.kind().as_str(), "message": error.to_string() });
    if let RunError::JsError { name, message, stack } = error {
        out["name"] = json!(name);
        out["jsMessage"] = json!(message);
        out["stack"] = json!(stack);
    }
    if let RunError::Timeout { limit } = error {
        out["limitMs"] = json!(limit.as_millis() as u64);
    }
    json!({ "ok": false, "error": out })
}

/// A runtime that could not be created (bad module root, option or engine).
pub fn build_failure(error: &BuildError) -> Value {
    json!({ "ok": false, "error": { "kind": error.kind().as_str(), "message": error.to_string() } })
}

/// A request the JavaScript layer should never send (its own checks come first).
pub fn invalid_request(message: &str) -> Value {
    json!({ "ok": false, "error": { "kind": "invalid-args", "message": message } })
}
