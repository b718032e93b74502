//! The library API end to end: the reference examples, values crossing the
//! boundary, async functions, errors, modules and isolation.

use crate::common::*;
use isolated_runtime::{CodeRunner, ErrorKind, LogLevel, RunError, RunRequest};
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread")]
async fn seed_readme_example_keeps_globals_apart() {
    let folder = example_modules();
    let host_global_a = 3;
    let r1 = runtime()
        .run(RunRequest::new(&folder, "module1.js", "a"))
        .await
        .unwrap();
    assert_eq!(r1.value, Some(json!(1)));
    let r2 = runtime()
        .run(RunRequest::new(&folder, "module2.js", "b"))
        .await
        .unwrap();
    assert_eq!(r2.value, None, "module2 must not see module1's global.a");
    assert_eq!(host_global_a, 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn code_runner_counter_starts_fresh_on_every_call() {
    let runner = CodeRunner::with_runtime(runtime().clone(), fixture("basic"), "counter.js");
    for n in 1..=5 {
        let out = runner.run("foo", vec![json!(n)]).await.unwrap();
        assert_eq!(
            out.value,
            Some(json!(1)),
            "call {n} saw state from an earlier call"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn arguments_and_results_round_trip() {
    let args = vec![
        json!({"nested": {"deep": [1, 2, {"x": null}], "t": true}}),
        json!("unicode: äöü 日本語 😀 \u{0} \"quoted\""),
        json!(-12.5),
        json!(9007199254740991u64),
        json!([]),
        json!(null),
        // Found by tests/properties.rs: without serde_json's exact float
        // parsing, this came back one unit in the last place off.
        json!(3.406119690275934e262),
        json!(2.2250738585072014e-308),
    ];
    assert_eq!(
        value("values.js", "echo", args.clone()).await,
        Some(Value::Array(args))
    );
    assert_eq!(
        value("values.js", "sum", vec![json!(2), json!(40)]).await,
        Some(json!(42))
    );
    assert_eq!(
        value("values.js", "unicode", vec![json!("ok")]).await,
        Some(json!("ok ✓ 日本語 😀"))
    );
    assert_eq!(
        value("values.js", "big", vec![]).await,
        Some(json!({"max": 9007199254740991u64, "neg": -1.5e300, "tiny": 5e-324}))
    );
    assert_eq!(
        value("values.js", "nan", vec![]).await,
        Some(json!([null, null, 0]))
    );
    assert_eq!(
        value("values.js", "returnsDate", vec![]).await,
        Some(json!("2020-01-02T03:04:05.000Z"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn undefined_is_not_null() {
    assert_eq!(value("values.js", "returnsUndefined", vec![]).await, None);
    assert_eq!(value("values.js", "returnsNothing", vec![]).await, None);
    assert_eq!(value("values.js", "returnsFunction", vec![]).await, None);
    assert_eq!(value("values.js", "returnsNull", vec![]).await, Some(Value::Null));
    assert_eq!(
        value("values.js", "identity", vec![json!(null)]).await,
        Some(Value::Null)
    );
    assert_eq!(value("values.js", "identity", vec![]).await, None);
}

#[tokio::test(flavor = "multi_thread")]
async fn unencodable_results_are_invalid_result() {
    for func in ["returnsCycle", "returnsBigInt"] {
        let e = error("values.js", func, vec![]).await;
        assert_eq!(e.kind(), ErrorKind::InvalidResult, "{func}: {e}");
    }
    // and the runtime keeps serving
    assert_eq!(
        value("values.js", "sum", vec![json!(1), json!(1)]).await,
        Some(json!(2))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn async_functions_are_awaited() {
    assert_eq!(value("async.js", "later", vec![json!(21)]).await, Some(json!(42)));
    assert_eq!(value("async.js", "chain", vec![]).await, Some(json!({"v": 2})));
    assert_eq!(value("async.js", "thenable", vec![]).await, Some(json!(42)));
}

#[tokio::test(flavor = "multi_thread")]
async fn rejected_promises_are_js_errors() {
    match error("async.js", "rejects", vec![]).await {
        RunError::JsError { name, message, .. } => {
            assert_eq!(name, "TypeError");
            assert_eq!(message, "async boom");
        }
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
    match error("async.js", "rejectsValue", vec![]).await {
        RunError::JsError { message, .. } => assert_eq!(message, "plain reason"),
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_promise_that_never_settles_fails_at_once() {
    runtime(); // created (and the guest compiled) before the clock starts
    let started = std::time::Instant::now();
    let e = error("async.js", "never", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::PromiseUnsettled, "{e}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "waited for the timeout"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn thrown_errors_carry_name_message_and_stack() {
    match error("errors.js", "throwsError", vec![]).await {
        RunError::JsError { name, message, stack } => {
            assert_eq!(name, "Error");
            assert_eq!(message, "boom");
            assert!(stack.contains("errors.js"), "stack should name the file: {stack}");
        }
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
    match error("errors.js", "throwsTypeError", vec![]).await {
        RunError::JsError { name, .. } => assert_eq!(name, "TypeError"),
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn thrown_non_error_values_are_js_errors_with_their_text() {
    match error("errors.js", "throwsString", vec![]).await {
        RunError::JsError { name, message, .. } => {
            assert_eq!(name, "");
            assert_eq!(message, "a plain string");
        }
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
    match error("errors.js", "throwsObject", vec![]).await {
        RunError::JsError { message, .. } => assert_eq!(message, r#"{"code":42}"#),
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn process_is_a_stub_and_exit_is_a_type_error_as_in_the_reference() {
    assert_eq!(
        value("errors.js", "processType", vec![]).await,
        Some(json!("object"))
    );
    // As in the reference library (vm2's NodeVM): `process.exit` does not
    // exist, so calling it is a TypeError, and nothing reaches the host.
    match error("errors.js", "exits", vec![]).await {
        RunError::JsError { name, message, .. } => {
            assert_eq!(name, "TypeError");
            assert_eq!(message, "process.exit is not a function");
        }
        e => panic!("expected js-error, got {} ({e})", e.kind()),
    }
    // the host is fine and keeps serving
    assert_eq!(value("counter.js", "foo", vec![]).await, Some(json!(1)));
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_function_and_missing_file() {
    let e = error("values.js", "noSuchFunction", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::FunctionNotFound);
    assert!(e.to_string().contains("noSuchFunction"), "{e}");
    // Object.prototype members are not the module's functions
    assert_eq!(
        error("values.js", "toString", vec![]).await.kind(),
        ErrorKind::FunctionNotFound
    );
    let e = error("no-such-file.js", "f", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::ModuleNotFound);
    assert!(e.to_string().contains("no-such-file.js"), "{e}");
    let e = runtime()
        .run(RunRequest::new(fixture("no-such-folder"), "a.js", "f"))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ModuleNotFound);
}

#[tokio::test(flavor = "multi_thread")]
async fn entry_paths_outside_the_folder_are_path_escape() {
    for file in [
        "../secret.js",
        "lib/../../secret.js",
        "/etc/passwd",
        "../../../../../../etc/passwd",
    ] {
        let e = error(file, "f", vec![]).await;
        assert_eq!(e.kind(), ErrorKind::PathEscape, "{file}: {e}");
    }
    assert_eq!(
        error("errors.js", "requireEscape", vec![]).await.kind(),
        ErrorKind::PathEscape
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_arguments_are_invalid_args() {
    let e = runtime()
        .run(
            RunRequest::new(fixture("basic"), "values.js", "echo")
                .args(vec![json!(1)])
                .limits(isolated_runtime::LimitOverrides::default().max_args_bytes(2)),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidArgs, "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn node_builtins_and_unlisted_packages_are_forbidden() {
    for func in ["requireFs", "requireNodeFs", "requireLodash"] {
        let e = error("errors.js", func, vec![]).await;
        assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{func}: {e}");
    }
    assert_eq!(
        error("errors.js", "requireMissing", vec![]).await.kind(),
        ErrorKind::ModuleNotFound
    );
    // a caught forbidden require is an ordinary, Node-shaped error
    assert_eq!(
        value("errors.js", "catchesForbidden", vec![]).await,
        Some(json!("MODULE_NOT_FOUND"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn commonjs_modules_work_inside_the_root() {
    assert_eq!(
        value("modules.js", "useHelper", vec![json!(21)]).await,
        Some(json!(42))
    );
    assert_eq!(
        value("modules.js", "data", vec![]).await,
        Some(json!({"answer": 42, "list": [1, "two", null]}))
    );
    assert_eq!(value("modules.js", "sameObject", vec![]).await, Some(json!(true)));
    assert_eq!(
        value("modules.js", "names", vec![]).await,
        Some(json!({"filename": "/modules.js", "dirname": "/", "helper": "/lib/helper.js"}))
    );
    assert_eq!(
        value("modules.js", "globalAlias", vec![]).await,
        Some(json!(true))
    );
    assert_eq!(
        value("modules.js", "cycle", vec![]).await,
        Some(json!({"a": "a", "bSawA": "a"}))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn top_level_bindings_are_callable_without_export() {
    assert_eq!(
        value("modules.js", "notExported", vec![]).await,
        Some(json!("from declaration"))
    );
    assert_eq!(
        value("modules.js", "topLevelConst", vec![]).await,
        Some(json!("from const"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn console_is_captured_per_call() {
    let out = call("modules.js", "console", vec![]).await.unwrap();
    assert_eq!(out.value, Some(json!("logged")));
    let lines: Vec<(LogLevel, &str)> = out.console.iter().map(|l| (l.level, l.text.as_str())).collect();
    assert_eq!(
        lines,
        vec![
            (LogLevel::Log, "hello 1 { a: [ 1, 2 ] }"),
            (LogLevel::Warn, "careful"),
            (LogLevel::Error, "bad"),
        ]
    );
    let again = call("counter.js", "foo", vec![]).await.unwrap();
    assert!(
        again.console.is_empty(),
        "console lines leaked into the next call"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn context_is_visible_read_only() {
    let out = runtime()
        .run(RunRequest::new(fixture("basic"), "modules.js", "context").context(json!({"tenant": "t1"})))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!({"tenant": "t1"})));
    assert_eq!(value("modules.js", "context", vec![]).await, Some(Value::Null));
}

#[tokio::test(flavor = "multi_thread")]
async fn stats_are_reported() {
    let out = call("values.js", "sum", vec![json!(1), json!(2)]).await.unwrap();
    assert!(out.stats.fuel_consumed > 0);
    assert!(out.stats.peak_memory_bytes > 0);
    assert!(out.stats.wall_time > std::time::Duration::ZERO);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_call_gets_fresh_time_randomness_and_module_state() {
    let a = value("fresh.js", "state", vec![]).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let b = value("fresh.js", "state", vec![]).await.unwrap();
    assert_ne!(a["r"], b["r"], "two calls saw the same Math.random sequence");
    assert_ne!(a["uuid"], b["uuid"]);
    assert_eq!((a["counter"].clone(), b["counter"].clone()), (json!(1), json!(1)));
    let (a_now, b_now) = (a["now"].as_f64().unwrap(), b["now"].as_f64().unwrap());
    assert!(b_now >= a_now + 20.0, "Date.now is frozen: {a_now} then {b_now}");
    assert!(
        b["loadedAt"].as_f64().unwrap() > a["loadedAt"].as_f64().unwrap(),
        "top-level code ran once for both"
    );
    let host_now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as f64;
    assert!(
        (host_now - b_now).abs() < 5_000.0,
        "the sandbox clock is not the host's: {b_now} vs {host_now}"
    );
}
