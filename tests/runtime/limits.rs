//! Every resource limit attacked by a hostile program: the call must fail with
//! the exact error kind, within a bounded time, and the very next call on the
//! same runtime must succeed.

use crate::common::{assert_healthy, call_with, fuel, memory, timeout};
use isolated_runtime::{
    ErrorKind, IsolatedRuntime, LimitOverrides, RunError, RunRequest, RuntimeOptions, MIB,
};
use serde_json::{json, Value};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(4)).expect("runtime"))
}

/// Run a hostile call; assert its kind and that it ended within `max`;
/// then assert that the runtime still serves a normal call.
async fn attack(
    file: &str,
    func: &str,
    args: Vec<Value>,
    limits: LimitOverrides,
    kinds: &[ErrorKind],
    max: Duration,
) -> RunError {
    let rt = runtime();
    let started = Instant::now();
    let result = call_with(rt, file, func, args, limits).await;
    let took = started.elapsed();
    let err = match result {
        Ok(o) => panic!("{file}:{func} was not stopped; it returned {:?}", o.value),
        Err(e) => e,
    };
    assert!(
        kinds.contains(&err.kind()),
        "{file}:{func}: expected one of {kinds:?}, got {} ({err})",
        err.kind()
    );
    assert!(took <= max, "{file}:{func}: took {took:?}, more than {max:?}");
    assert_healthy(rt).await;
    err
}

// ---------------------------------------------------------------- time

#[tokio::test(flavor = "multi_thread")]
async fn timeout_stops_every_kind_of_endless_code() {
    for func in [
        "spin",
        "spinForever",
        "microtaskLoop",
        "promiseChain",
        "catastrophicRegex",
        "catchAndContinue",
    ] {
        let e = attack(
            "time.js",
            func,
            vec![],
            timeout(300),
            &[ErrorKind::Timeout],
            Duration::from_secs(3),
        )
        .await;
        assert!(
            e.to_string().contains("300 ms"),
            "the message must name the limit: {e}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_500ms_timeout_fires_between_500_and_700ms() {
    // Its own runtime, so queueing behind other tests cannot blur the figure.
    let rt = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(1)).unwrap();
    let mut worst = Duration::ZERO;
    for _ in 0..3 {
        let started = Instant::now();
        let e = call_with(&rt, "time.js", "spin", vec![], timeout(500))
            .await
            .unwrap_err();
        let took = started.elapsed();
        assert_eq!(e.kind(), ErrorKind::Timeout);
        assert!(took >= Duration::from_millis(500), "fired early: {took:?}");
        worst = worst.max(took);
    }
    assert!(worst <= Duration::from_millis(700), "fired late: {worst:?}");
    assert_healthy(&rt).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn atomics_wait_cannot_block_forever() {
    for func in ["atomicsWait", "atomicsWaitTimeout"] {
        let rt = runtime();
        let started = Instant::now();
        let result = call_with(rt, "time.js", func, vec![], timeout(500)).await;
        assert!(started.elapsed() < Duration::from_secs(3), "{func} blocked");
        // QuickJS refuses to block (a TypeError) or the timeout ends it.
        if let Err(e) = result {
            assert!(
                matches!(e.kind(), ErrorKind::JsError | ErrorKind::Timeout),
                "{func}: {e}"
            );
        }
        assert_healthy(rt).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn code_within_its_time_limit_completes() {
    let out = call_with(runtime(), "time.js", "busyFor", vec![json!(100)], timeout(2000))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!(true)));
    // (The loop reads the sandbox's wall clock; on a VM whose clock is being
    // adjusted it may run a little short of 100 ms of host monotonic time.)
    assert!(
        out.stats.wall_time >= Duration::from_millis(50),
        "{:?}",
        out.stats.wall_time
    );
}

// ---------------------------------------------------------------- fuel

#[tokio::test(flavor = "multi_thread")]
async fn fuel_budget_stops_cpu_bound_code() {
    let e = attack(
        "cpu.js",
        "count",
        vec![json!(1_000_000_000u64)],
        fuel(5_000_000),
        &[ErrorKind::FuelExhausted],
        Duration::from_secs(5),
    )
    .await;
    assert!(
        e.to_string().contains("5000000"),
        "the message must name the budget: {e}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn fuel_is_reported_and_deterministic() {
    // Calls with a fuel budget skip the module caches, so equal calls cost
    // equal fuel whatever ran before them.
    let rt = runtime();
    let budget = fuel(u64::MAX / 4);
    let a = call_with(rt, "cpu.js", "fib", vec![json!(15)], budget.clone())
        .await
        .unwrap();
    let b = call_with(rt, "cpu.js", "fib", vec![json!(15)], budget.clone())
        .await
        .unwrap();
    let c = call_with(rt, "cpu.js", "fib", vec![json!(20)], budget)
        .await
        .unwrap();
    assert_eq!(a.value, Some(json!(610)));
    assert_eq!(
        a.stats.fuel_consumed, b.stats.fuel_consumed,
        "same work, same fuel"
    );
    assert!(
        c.stats.fuel_consumed > a.stats.fuel_consumed,
        "more work, more fuel"
    );
    let unlimited = call_with(rt, "cpu.js", "fib", vec![json!(15)], LimitOverrides::default())
        .await
        .unwrap();
    assert!(
        unlimited.stats.fuel_consumed > 0,
        "fuel is counted without a budget too"
    );
    // A budget just large enough for the call succeeds; one far below fails.
    let exact = a.stats.fuel_consumed;
    assert!(call_with(rt, "cpu.js", "fib", vec![json!(15)], fuel(exact))
        .await
        .is_ok());
    let e = call_with(rt, "cpu.js", "fib", vec![json!(15)], fuel(exact / 2))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::FuelExhausted);
}

// ---------------------------------------------------------------- memory

#[tokio::test(flavor = "multi_thread")]
async fn memory_bombs_hit_the_memory_limit() {
    for func in [
        "arrayBomb",
        "stringDoubling",
        "arrayBuffer",
        "manyBuffers",
        "catchOom",
    ] {
        let e = attack(
            "memory.js",
            func,
            vec![],
            memory(32),
            &[ErrorKind::MemoryLimit],
            Duration::from_secs(5),
        )
        .await;
        assert!(
            e.to_string().contains("32 MiB"),
            "the message must name the limit: {e}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn string_doubling_hits_the_engine_string_limit_as_memory_limit() {
    let e = attack(
        "memory.js",
        "stringTooLong",
        vec![],
        memory(32),
        &[ErrorKind::MemoryLimit],
        Duration::from_secs(5),
    )
    .await;
    assert!(e.to_string().contains("QuickJS"), "{e}");
    // Caught, it is an ordinary error, as in Node.
    let out = call_with(runtime(), "memory.js", "catchStringTooLong", vec![], memory(32))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!("string too long")));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_user_error_about_memory_is_still_a_js_error() {
    let e = call_with(
        runtime(),
        "memory.js",
        "userOutOfMemory",
        vec![],
        LimitOverrides::default(),
    )
    .await
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::JsError, "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn peak_memory_is_reported_and_bounded_by_the_limit() {
    let small = call_with(runtime(), "memory.js", "modest", vec![json!(10)], memory(64))
        .await
        .unwrap();
    let large = call_with(
        runtime(),
        "memory.js",
        "modest",
        vec![json!(2_000_000)],
        memory(64),
    )
    .await
    .unwrap();
    assert!(small.stats.peak_memory_bytes > 0);
    assert!(large.stats.peak_memory_bytes > small.stats.peak_memory_bytes + 8 * MIB);
    assert!(large.stats.peak_memory_bytes <= 64 * MIB);
}

#[tokio::test(flavor = "multi_thread")]
async fn memory_limits_below_the_minimum_are_refused() {
    let e = call_with(runtime(), "output.js", "ok", vec![], memory(1))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidArgs, "{e}");
}

// ---------------------------------------------------------------- stack

#[tokio::test(flavor = "multi_thread")]
async fn ordinary_recursion_goes_ten_thousand_frames_deep() {
    let out = call_with(
        runtime(),
        "stack.js",
        "depth",
        vec![json!(10_000)],
        LimitOverrides::default(),
    )
    .await
    .unwrap();
    assert_eq!(out.value, Some(json!(10_000)));
}

#[tokio::test(flavor = "multi_thread")]
async fn unbounded_recursion_is_a_stack_overflow() {
    let kinds = [ErrorKind::StackOverflow];
    for func in ["unbounded", "mutual"] {
        attack(
            "stack.js",
            func,
            vec![],
            LimitOverrides::default(),
            &kinds,
            Duration::from_secs(5),
        )
        .await;
    }
    // Catching the overflow and recursing again doubles the work at every
    // level: it ends by overflow or by the clock, never by crashing the host.
    let kinds = [ErrorKind::StackOverflow, ErrorKind::Timeout];
    attack(
        "stack.js",
        "recurseInCatch",
        vec![],
        timeout(1000),
        &kinds,
        Duration::from_secs(3),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn code_can_catch_its_own_stack_overflow() {
    let out = call_with(
        runtime(),
        "stack.js",
        "catchAndRecurse",
        vec![],
        LimitOverrides::default(),
    )
    .await
    .unwrap();
    assert_eq!(
        out.value,
        Some(json!(5)),
        "each overflow is a catchable RangeError"
    );
    assert_healthy(runtime()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn deeply_nested_json_cannot_crash_the_host() {
    let rt = runtime();
    match call_with(
        rt,
        "stack.js",
        "deepJson",
        vec![json!(1_000_000)],
        LimitOverrides::default(),
    )
    .await
    {
        Ok(v) => assert_eq!(v.value, Some(json!(1))),
        Err(e) => assert!(
            matches!(e.kind(), ErrorKind::StackOverflow | ErrorKind::JsError),
            "{e}"
        ),
    }
    assert_healthy(rt).await;
    // Deeply nested arguments are refused by the host's JSON parser or handled.
    let mut nested = json!(1);
    for _ in 0..100 {
        nested = json!([nested]);
    }
    assert!(
        call_with(rt, "output.js", "echo", vec![nested], LimitOverrides::default())
            .await
            .is_ok()
    );
}

// ---------------------------------------------------------------- output

#[tokio::test(flavor = "multi_thread")]
async fn results_over_the_size_limit_are_output_limit() {
    let limits = LimitOverrides::default().max_result_bytes(1000);
    let e = attack(
        "output.js",
        "bigResult",
        vec![json!(5000)],
        limits.clone(),
        &[ErrorKind::OutputLimit],
        Duration::from_secs(5),
    )
    .await;
    assert!(
        e.to_string().contains("1000"),
        "the message must name the limit: {e}"
    );
    let ok = call_with(runtime(), "output.js", "bigResult", vec![json!(900)], limits)
        .await
        .unwrap();
    assert_eq!(ok.value.unwrap().as_str().unwrap().len(), 900);
}

#[tokio::test(flavor = "multi_thread")]
async fn arguments_over_the_size_limit_are_invalid_args() {
    let limits = LimitOverrides::default().max_args_bytes(100);
    let e = call_with(
        runtime(),
        "output.js",
        "echo",
        vec![json!("a".repeat(200))],
        limits,
    )
    .await
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidArgs);
    assert!(e.to_string().contains("100"), "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_console_flood_is_truncated_with_a_marker() {
    let limits = LimitOverrides::default().max_console_bytes(64 * 1024);
    let out = call_with(runtime(), "output.js", "logFlood", vec![], limits)
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!("done")));
    let total: usize = out.console.iter().map(|l| l.text.len() + 1).sum();
    assert!(total <= 64 * 1024 + 200, "kept {total} bytes");
    assert!(
        out.console.last().unwrap().text.contains("dropped"),
        "no truncation marker"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_of_empty_console_lines_is_bounded_by_count_too() {
    // A million empty lines are no text at all: each line still counts 64
    // bytes, so the host keeps (and forwards to its callbacks) at most
    // 1 MiB / 64 of them, and the next call runs.
    let forwarded = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = forwarded.clone();
    let mut request = RunRequest::new(crate::common::fixture("hostile"), "output.js", "emptyLines");
    request.hooks.on_console = Some(Arc::new(move |_line| {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }));
    let out = runtime().run(request).await.unwrap();
    assert_eq!(out.value, Some(json!("done")));
    assert!(out.console.len() <= 16_385, "kept {} lines", out.console.len());
    assert!(out.console.last().unwrap().text.contains("dropped"));
    assert_eq!(
        forwarded.load(std::sync::atomic::Ordering::Relaxed),
        out.console.len()
    );
    let next = call_with(
        runtime(),
        "output.js",
        "logFlood",
        vec![],
        LimitOverrides::default(),
    )
    .await;
    assert!(next.is_ok());
}

// ---------------------------------------------------------------- concurrency

#[tokio::test(flavor = "multi_thread")]
async fn calls_beyond_the_concurrency_cap_queue_without_losing_their_time() {
    let rt = IsolatedRuntime::new(RuntimeOptions::default().max_concurrency(1)).unwrap();
    let started = Instant::now();
    let calls = (0..3).map(|_| {
        let rt = rt.clone();
        tokio::spawn(
            async move { call_with(&rt, "time.js", "busyFor", vec![json!(200)], timeout(400)).await },
        )
    });
    for c in calls.collect::<Vec<_>>() {
        let out = c
            .await
            .unwrap()
            .expect("queue time must not count against the timeout");
        assert_eq!(out.value, Some(json!(true)));
    }
    assert!(
        started.elapsed() >= Duration::from_millis(600),
        "the calls did not run one at a time"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_and_normal_calls_mixed_concurrently() {
    let rt = runtime();
    let mut tasks = Vec::new();
    for i in 0..40u64 {
        let rt = rt.clone();
        tasks.push(tokio::spawn(async move {
            let r = match i % 5 {
                0 => call_with(&rt, "time.js", "spin", vec![], timeout(100)).await,
                1 => call_with(&rt, "memory.js", "stringDoubling", vec![], memory(16)).await,
                2 => call_with(&rt, "stack.js", "unbounded", vec![], LimitOverrides::default()).await,
                3 => {
                    call_with(
                        &rt,
                        "cpu.js",
                        "count",
                        vec![json!(1_000_000_000u64)],
                        fuel(1_000_000),
                    )
                    .await
                }
                _ => {
                    call_with(
                        &rt,
                        "cpu.js",
                        "count",
                        vec![json!(i * 100)],
                        LimitOverrides::default(),
                    )
                    .await
                }
            };
            (i, r)
        }));
    }
    for t in tasks {
        let (i, r) = t.await.unwrap();
        match i % 5 {
            0 => assert_eq!(r.unwrap_err().kind(), ErrorKind::Timeout),
            1 => assert_eq!(r.unwrap_err().kind(), ErrorKind::MemoryLimit),
            2 => assert_eq!(r.unwrap_err().kind(), ErrorKind::StackOverflow),
            3 => assert_eq!(r.unwrap_err().kind(), ErrorKind::FuelExhausted),
            _ => {
                let n = i * 100;
                let expected = (0..n).fold(0u64, |s, k| (s + k * 7) % 1_000_003);
                assert_eq!(
                    r.unwrap().value,
                    Some(json!(expected)),
                    "normal call {i} got a wrong result"
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn timer_floods_hit_the_memory_or_time_limit() {
    for func in ["timerFlood", "intervalFlood"] {
        let limits = LimitOverrides::default()
            .timeout(Duration::from_secs(2))
            .memory_bytes(16 * MIB);
        attack(
            "memory.js",
            func,
            vec![],
            limits,
            &[ErrorKind::MemoryLimit, ErrorKind::Timeout],
            Duration::from_secs(5),
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_module_file_over_16_mib_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("//{}\nexports.f = () => 1;\n", "x".repeat(17 << 20));
    std::fs::write(dir.path().join("big.js"), big).unwrap();
    std::fs::write(
        dir.path().join("main.js"),
        "exports.f = () => require('./big').f();\n",
    )
    .unwrap();
    for entry in ["big.js", "main.js"] {
        let e = runtime()
            .run(RunRequest::new(dir.path(), entry, "f"))
            .await
            .expect_err(entry);
        assert_eq!(e.kind(), ErrorKind::OutputLimit, "{entry}: {e}");
        assert!(e.to_string().contains("over the limit of 16777216 bytes"), "{e}");
    }
    assert_healthy(runtime()).await;
}
