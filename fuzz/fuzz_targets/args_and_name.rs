//! Fuzzes the function name and the JSON arguments of a call.
//!
//! Input: `NAME \0 ARGS` (no NUL: the whole input is the name, the arguments
//! are `[]`). NAME (lossy UTF-8) is called on a fixed module; ARGS must parse
//! as a JSON array (else the input is rejected). The same arguments are also
//! passed to `echo`, which must succeed and give them back unchanged (numbers
//! compared as doubles, object keys in any order). NAME is called twice,
//! afresh (with a fuel limit) and through the caches (no fuel limit: the
//! bytecode cache and the per-file snapshot of the module): both must agree.
#![no_main]

use isolated_runtime::{RunRequest, RuntimeOptions};
use isolated_runtime_fuzz::{check_same, limits, may_spell_marker, unmetered, Harness};
use libfuzzer_sys::{fuzz_target, Corpus};
use serde_json::Value;
use std::sync::OnceLock;

const MODULE: &str = r#"'use strict';
exports.echo = (...args) => args;
exports.first = (x) => x;
exports.count = (...args) => args.length;
exports.types = (...args) => args.map((a) => (a === null ? 'null' : Array.isArray(a) ? 'array' : typeof a));
exports.keys = (o) => (o !== null && typeof o === 'object' ? Object.keys(o) : null);
exports.protoIsPlain = (o) =>
  o !== null && typeof o === 'object' ? Object.getPrototypeOf(o) === (Array.isArray(o) ? Array.prototype : Object.prototype) : null;
exports.sum = (...args) => args.reduce((s, a) => s + (typeof a === 'number' ? a : 0), 0);
exports.concat = (...args) => args.map(String).join('');
exports.stringify = (...args) => JSON.stringify(args);
exports.reparse = (...args) => JSON.parse(JSON.stringify(args));
exports.thrower = (m) => { throw new Error(String(m)); };
exports.throwValue = (v) => { throw v; };
exports.asyncEcho = async (...args) => args;
exports.rejecter = async (v) => { throw v; };
exports.nested = (depth) => {
  let v = 0;
  const n = Math.min(Math.abs(Number(depth)) || 0, 100000);
  for (let i = 0; i < n; i++) v = [v];
  return v;
};
exports.repeat = (s, n) => String(s).repeat(Math.min(Math.max(0, Number(n) || 0), 1 << 22));
exports.get = (o, k) => (o !== null && typeof o === 'object' ? o[k] : undefined);
exports.context = () => (typeof context === 'undefined' ? 'no context' : context);
exports.notAFunction = 42;
exports.obj = { method() { return 1; } };
exports[''] = () => 'empty name';
exports['with space'] = () => 'space';
function topLevel(...args) { return ['topLevel', args]; }
async function topLevelAsync(...args) { return args; }
"#;

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let h = Harness::new("args_and_name", &[("args.js", MODULE)], RuntimeOptions::default());
        h.warm_snapshot("args.js", "echo", vec![]);
        h
    })
}

/// `a` and `b` are the same JSON value, up to number representation (JS
/// has only doubles) and object key order.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fuzz_target!(init: { harness(); }, |data: &[u8]| -> Corpus {
    let (name, args) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"[]"[..]),
    };
    let name = String::from_utf8_lossy(name).into_owned();
    let Ok(Value::Array(args)) = serde_json::from_slice::<Value>(args) else {
        return Corpus::Reject;
    };
    let h = harness();
    let plain = !may_spell_marker(&String::from_utf8_lossy(data));
    let request = |func: &str, overrides| {
        RunRequest::new(&h.fixture.root, "args.js", func)
            .args(args.clone())
            .limits(overrides)
    };

    // The same call afresh (fuel-limited) and through the caches (`args.js`
    // is snapshotted after its first calls): same result.
    let fresh = h.run(request(&name, limits(2000, 50_000_000, 32)));
    h.check(&(&name, &args), &fresh, plain);
    let cached = h.run(request(&name, unmetered(2000, 32)));
    h.check(&(&name, &args), &cached, plain);
    check_same(&(&name, &args), &fresh, &cached);

    let echoed = h.run(request("echo", unmetered(2000, 32)));
    h.check(&("echo", &args), &echoed, plain);
    match echoed {
        Ok(outcome) => {
            let back = outcome.value.unwrap_or(Value::Null);
            assert!(
                same(&Value::Array(args.clone()), &back),
                "echo changed its arguments\n  sent: {}\n  got:  {back}",
                Value::Array(args)
            );
        }
        Err(e) => panic!("echo failed on valid JSON arguments {}: {} ({e})", Value::Array(args), e.kind()),
    }
    Corpus::Keep
});
