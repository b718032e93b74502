//! Property tests: any JSON value survives a trip through the sandbox, and
//! any sequence of state-mutating calls on one runtime gives the results the
//! same calls give on brand-new runtimes (isolation as a property).

use crate::common;
use crate::common::fixture;
use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One tokio runtime for the properties (proptest bodies are synchronous).
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    static TOKIO: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    TOKIO
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap()
        })
        .block_on(future)
}

/// JSON values as JavaScript can hold them: numbers are finite doubles
/// (integers within 2^53), strings any Unicode, objects any keys.
fn json_value() -> impl Strategy<Value = Value> {
    let number = prop_oneof![
        (-(1i64 << 53)..(1i64 << 53)).prop_map(|n| Value::Number(n.into())),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        any::<String>().prop_map(Value::String),
        "[a-z\u{e9}\u{1f600}\"\\\\\n\t\u{0}-\u{1f}]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Equality as JSON means it: numbers by value (`1` and `1.0` are the same
/// double), objects by keys (JavaScript lists integer-like keys first).
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            let (x, y): (BTreeMap<_, _>, BTreeMap<_, _>) = (x.iter().collect(), y.iter().collect());
            x.len() == y.len()
                && x.iter()
                    .zip(&y)
                    .all(|((ka, va), (kb, vb))| ka == kb && same_json(va, vb))
        }
        _ => a == b,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_json_value_round_trips_through_an_identity_function(value in json_value()) {
        let request = RunRequest::new(fixture("properties"), "identity.js", "identity").args(vec![value.clone()]);
        let out = block_on(common::runtime().run(request)).expect("identity call");
        let back = out.value.expect("a value");
        prop_assert!(same_json(&value, &back), "sent {value}\ngot  {back}");
    }
}

/// The mutating operations of `isolation.js`, and the property names they use.
fn operation() -> impl Strategy<Value = (&'static str, Vec<Value>)> {
    let name = prop_oneof![Just("polluted"), Just("toString"), Just("__proto__"), Just("x")];
    prop_oneof![
        Just(("bumpModule", vec![])),
        Just(("bumpGlobal", vec![])),
        name.clone()
            .prop_map(|n| ("pollutePrototype", vec![Value::from(n)])),
        Just(("redefineBuiltins", vec![])),
        Just(("freezeThings", vec![])),
        Just(("leaveTimers", vec![])),
        name.prop_map(|n| ("observe", vec![Value::from(n)])),
    ]
}

fn call(runtime: &IsolatedRuntime, func: &str, args: &[Value]) -> String {
    let request = RunRequest::new(fixture("properties"), "isolation.js", func).args(args.to_vec());
    match block_on(runtime.run(request)) {
        Ok(out) => format!("ok {:?}", out.value),
        Err(e) => format!("{} {e}", e.kind()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_call_sequence_on_one_runtime_matches_fresh_runtimes(ops in prop::collection::vec(operation(), 1..8)) {
        let shared = common::runtime();
        for (func, args) in &ops {
            let fresh = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(1)).expect("runtime");
            let expected = call(&fresh, func, args);
            prop_assert!(expected.starts_with("ok "), "{func}: {expected}");
            prop_assert_eq!(call(shared, func, args), expected, "{} after {:?}", func, ops);
        }
    }
}
