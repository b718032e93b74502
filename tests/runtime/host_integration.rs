//! Host integration: per-call context, console capture and callback, argument
//! resolvers, host functions (sync and async), timers, the `running` hook.

use crate::common::fixture;
use isolated_runtime::{
    ConsoleLine, ErrorKind, HostModule, IsolatedRuntime, LimitOverrides, LogLevel, Outcome, RunError,
    RunRequest, RuntimeOptions,
};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

fn kv() -> HostModule {
    HostModule::new()
        .function("version", |_| Ok(json!("1.0")))
        .function("boom", |_| Err("boom from the host".to_string()))
        .async_function("get", |args| async move {
            tokio::time::sleep(Duration::from_millis(5)).await;
            let key = args.first().cloned().unwrap_or(Value::Null);
            Ok(json!({ "key": key, "value": format!("value of {key}") }))
        })
        .async_function("fail", |args| async move {
            tokio::time::sleep(Duration::from_millis(1)).await;
            Err(format!(
                "failed: {}",
                args.first().and_then(Value::as_str).unwrap_or("?")
            ))
        })
}

static RUNNING: AtomicUsize = AtomicUsize::new(0);

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| {
        let mut options = RuntimeOptions::default()
            .max_concurrency(8)
            .host_module("kv", kv());
        options.hooks.on_running = Some(Arc::new(|| {
            RUNNING.fetch_add(1, Ordering::SeqCst);
        }));
        IsolatedRuntime::new(options).expect("runtime")
    })
}

fn request(file: &str, func: &str, args: Vec<Value>) -> RunRequest {
    RunRequest::new(fixture("host"), file, func).args(args)
}

async fn value(func: &str, args: Vec<Value>) -> Value {
    match runtime().run(request("app.js", func, args)).await {
        Ok(o) => o.value.unwrap_or(Value::Null),
        Err(e) => panic!("{func}: {} ({e})", e.kind()),
    }
}

async fn error(func: &str) -> RunError {
    match runtime().run(request("app.js", func, vec![])).await {
        Ok(o) => panic!("{func} returned {:?}", o.value),
        Err(e) => e,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn context_is_visible_and_immutable() {
    let out = runtime()
        .run(request("app.js", "readContext", vec![]).context(json!({"tenant": "acme", "plan": {"tier": 2}})))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!({"tenant": "acme", "frozen": true})));
    let e = runtime()
        .run(request("app.js", "mutateContext", vec![]).context(json!({"tenant": "acme"})))
        .await
        .unwrap_err();
    match e {
        RunError::JsError { name, .. } => assert_eq!(name, "TypeError"),
        e => panic!("expected a TypeError, got {e}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn console_lines_are_captured_in_order_and_sent_to_the_callback() {
    let seen: Arc<Mutex<Vec<ConsoleLine>>> = Arc::default();
    let sink = seen.clone();
    let mut req = request("app.js", "logs", vec![]);
    req.hooks.on_console = Some(Arc::new(move |line: &ConsoleLine| {
        sink.lock().unwrap().push(line.clone())
    }));
    let out = runtime().run(req).await.unwrap();
    let lines: Vec<(LogLevel, &str)> = out.console.iter().map(|l| (l.level, l.text.as_str())).collect();
    assert_eq!(
        lines,
        vec![
            (LogLevel::Log, "one"),
            (LogLevel::Info, "two 2"),
            (LogLevel::Warn, "three"),
            (LogLevel::Error, "four"),
            (LogLevel::Debug, "five"),
        ]
    );
    assert_eq!(
        *seen.lock().unwrap(),
        out.console,
        "the callback saw the same lines"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_argument_resolver_builds_non_json_arguments() {
    let req = request(
        "app.js",
        "useRequest",
        vec![json!({"method": "POST", "body": "{\"a\":1}"})],
    )
    .arg_resolver("./request-resolver.js");
    let out = runtime().run(req).await.unwrap();
    assert_eq!(
        out.value,
        Some(json!({"method": "POST", "body": {"a": 1}, "text": "{\"a\":1}"}))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn host_functions_sync_async_and_failing() {
    assert_eq!(value("kvSync", vec![]).await, json!("1.0"));
    assert_eq!(
        value("kvAsync", vec![json!("k1")]).await,
        json!({"key": "k1", "value": "value of \"k1\""})
    );
    assert_eq!(
        value("kvParallel", vec![]).await,
        json!([
            {"key": "a", "value": "value of \"a\""},
            {"key": "b", "value": "value of \"b\""},
            {"key": "c", "value": "value of \"c\""}
        ])
    );
    assert_eq!(value("kvFails", vec![]).await, json!("failed: x"));
    assert_eq!(value("kvSyncFails", vec![]).await, json!("boom from the host"));
    match error("kvUncaught").await {
        RunError::JsError { message, .. } => assert_eq!(message, "failed: uncaught"),
        e => panic!("expected js-error, got {e}"),
    }
    let out = runtime()
        .run(request("esm.mjs", "both", vec![json!("e")]))
        .await
        .unwrap();
    assert_eq!(
        out.value,
        Some(json!({"sync": "1.0", "value": {"key": "e", "value": "value of \"e\""}, "same": true}))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_without_the_capability_cannot_reach_a_host_module() {
    let denied = request("app.js", "noKv", vec![]).host_modules(Vec::<String>::new());
    let e = runtime().run(denied).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{e}");
    let denied = request("esm.mjs", "both", vec![json!("e")]).host_modules(["other"]);
    assert_eq!(
        runtime().run(denied).await.unwrap_err().kind(),
        ErrorKind::ModuleForbidden
    );
    let granted = request("app.js", "kvSync", vec![]).host_modules(["kv"]);
    assert_eq!(runtime().run(granted).await.unwrap().value, Some(json!("1.0")));
}

#[tokio::test(flavor = "multi_thread")]
async fn timers_follow_node_ordering() {
    let seen = value("order", vec![]).await;
    let seen: Vec<&str> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(&seen[..3], &["sync", "microtask", "promise"], "{seen:?}");
    let t0 = seen.iter().position(|s| *s == "timeout 0").unwrap();
    assert_eq!(
        seen[t0 + 1],
        "microtask after timeout 0",
        "microtasks run right after each timer: {seen:?}"
    );
    assert!(seen.iter().position(|s| *s == "timeout 10").unwrap() > t0);
    assert_eq!(seen.iter().filter(|s| **s == "interval").count(), 3, "{seen:?}");
    assert!(!seen.contains(&"cancelled!"), "{seen:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn timer_edge_cases() {
    match error("timerThrows").await {
        RunError::JsError { name, message, .. } => {
            assert_eq!((name.as_str(), message.as_str()), ("TypeError", "from a timer"))
        }
        e => panic!("expected js-error, got {e}"),
    }
    // Timers still pending when the call resolves are cancelled.
    let started = Instant::now();
    assert_eq!(value("leftoverTimer", vec![]).await, json!("returned"));
    assert!(started.elapsed() < Duration::from_secs(2));
    // A timer callback is held to the time limit like any code.
    let req = request("app.js", "spinInTimer", vec![])
        .limits(LimitOverrides::default().timeout(Duration::from_millis(300)));
    assert_eq!(runtime().run(req).await.unwrap_err().kind(), ErrorKind::Timeout);
    // Waiting on a timer costs wall-clock time, not fuel.
    let a = runtime()
        .run(request("app.js", "sleep", vec![json!(1)]))
        .await
        .unwrap();
    let b = runtime()
        .run(request("app.js", "sleep", vec![json!(200)]))
        .await
        .unwrap();
    assert!(b.stats.wall_time >= Duration::from_millis(200));
    assert!(
        b.stats.fuel_consumed < a.stats.fuel_consumed * 2,
        "sleeping burned fuel: {} vs {}",
        b.stats.fuel_consumed,
        a.stats.fuel_consumed
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sleeping_call_does_not_hold_up_another() {
    let rt = runtime();
    let slow = tokio::spawn(rt.run(request("app.js", "sleep", vec![json!(1000)])));
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let fast = rt
        .run(request("app.js", "sum", vec![json!(1), json!(2)]))
        .await
        .unwrap();
    assert_eq!(fast.value, Some(json!(3)));
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "the fast call waited {:?}",
        started.elapsed()
    );
    assert_eq!(slow.await.unwrap().unwrap().value, Some(json!(1000)));
}

fn thread_count() -> usize {
    std::fs::read_dir("/proc/self/task")
        .map(|d| d.count())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_sleeping_calls_hold_no_threads() {
    let rt = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(1000)).unwrap();
    let threads_before = thread_count();
    let started = Instant::now();
    let calls: Vec<_> = (0..1000)
        .map(|i| {
            let rt = rt.clone();
            // A generous time limit: on a loaded 2-core machine, starting 1000
            // instances at once takes seconds of CPU before the sleeps overlap.
            let req = request("app.js", "sleep", vec![json!(300 + i % 7)])
                .limits(LimitOverrides::default().timeout(Duration::from_secs(120)));
            tokio::spawn(async move { rt.run(req).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let threads_during = thread_count();
    let mut ok = 0;
    for c in calls {
        let out: Outcome = c.await.unwrap().unwrap();
        assert!(out.value.is_some());
        ok += 1;
    }
    assert_eq!(ok, 1000);
    assert!(
        threads_during <= threads_before + 4,
        "threads grew from {threads_before} to {threads_during} while 1000 calls slept"
    );
    // 1000 × 300 ms of sleeping, overlapped (serial would be 300 s).
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_running_hook_fires_when_the_function_starts() {
    let before = RUNNING.load(Ordering::SeqCst);
    value("sum", vec![json!(1), json!(1)]).await;
    assert!(RUNNING.load(Ordering::SeqCst) > before);
    // not when the module fails before the function starts
    let calls: Arc<AtomicUsize> = Arc::default();
    let counter = calls.clone();
    let mut req = request("app.js", "noSuchFunction", vec![]);
    req.hooks.on_running = Some(Arc::new(move || {
        counter.fetch_add(1, Ordering::SeqCst);
    }));
    assert!(runtime().run(req).await.is_err());
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}
