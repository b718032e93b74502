//! The escapes that broke vm2, tried on this sandbox: constructor chains,
//! host-realm errors, stack-trace hooks and caller chains into the prelude,
//! Proxies and thenables handed to the sandbox's own code, state planted for
//! the next call, and function names that are not the module's functions.
//! Every attack ends in a value of the sandbox's own or a typed error, and
//! the runtime keeps serving.

use crate::common::{assert_healthy, fixture, runtime};
use isolated_runtime::{ErrorKind, Outcome, RunError, RunRequest};
use serde_json::{json, Value};

async fn call(func: &str) -> Result<Outcome, RunError> {
    runtime()
        .run(RunRequest::new(fixture("escapes"), "vm2.js", func))
        .await
}

async fn value(func: &str) -> Value {
    match call(func).await {
        Ok(out) => out.value.unwrap_or(Value::Null),
        Err(e) => panic!("{func}: {} ({e})", e.kind()),
    }
}

async fn failure(func: &str) -> RunError {
    let e = call(func).await.expect_err(func);
    assert_ne!(e.kind(), ErrorKind::Internal, "{func}: {e}");
    assert_healthy(runtime()).await;
    e
}

#[tokio::test(flavor = "multi_thread")]
async fn constructor_chains_reach_only_the_sandbox_realm() {
    assert_eq!(
        value("constructorChain").await,
        json!({"viaThis": "undefined", "globalIsSandbox": true, "viaArrow": "undefinedundefined", "asyncIsFunction": "function"})
    );
    assert_eq!(
        value("hostErrorPrototype").await,
        json!({"kind": "MODULE_NOT_FOUND", "process": "undefined", "sameRealm": true})
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn stack_hooks_and_caller_chains_do_not_reach_prelude_functions() {
    let probe = value("prepareStackTrace").await;
    assert_eq!(probe["stack"], json!("prepared"), "the hook ran: {probe}");
    let leaked = probe["leakedFunctions"].as_array().unwrap();
    for internal in ["run", "start", "withArgs", "findFunction", "instantiate"] {
        assert!(
            !leaked.contains(&json!(internal)),
            "prelude function {internal} leaked: {probe}"
        );
    }
    let stack = value("captureStackTrace").await;
    let host_root = fixture("escapes").display().to_string();
    assert!(
        !stack.as_str().unwrap().contains(&host_root),
        "host path in {stack}"
    );
    let chain = value("callerChain").await;
    assert_ne!(chain["caller"], json!("a function"), "{chain}");
    assert_ne!(chain["callee"], json!("function"), "{chain}");
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_proxies_and_thenables_end_in_typed_errors() {
    for func in [
        "returnProxy",
        "throwProxy",
        "throwProxiedError",
        "throwingThenable",
        "thenGetter",
    ] {
        assert_eq!(failure(func).await.kind(), ErrorKind::JsError, "{func}");
    }
    assert_eq!(value("logProxy").await, json!("logged"));
    assert_eq!(value("proxyArgs").await, json!([1, 2]));
    assert_eq!(value("thenable").await, json!(42));
    assert_eq!(value("promiseSubclass").await, json!(1));
    assert_eq!(
        value("toJSONHook").await,
        json!({"via": "toJSON", "process": "undefined"})
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn state_planted_by_one_call_is_gone_in_the_next() {
    assert_eq!(value("plant").await, json!("planted"));
    assert_eq!(value("redefineContext").await, json!("TypeError"));
    assert_eq!(
        value("inspect").await,
        json!({"planted": true, "map": 2, "promise": "Promise", "context": true})
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_modules_own_functions_are_callable_by_name() {
    let names = [
        "require",
        "module",
        "exports",
        "__filename",
        "__isolatedRuntimeScope",
        "eval",
        "Function",
        "globalThis",
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "",
        "a;b",
        "a b",
        "x'); process('",
        "\u{0}",
        "inspect()",
    ];
    for name in names {
        let e = runtime()
            .run(RunRequest::new(fixture("escapes"), "vm2.js", name).args(vec![json!("fs")]))
            .await
            .expect_err(name);
        assert_eq!(e.kind(), ErrorKind::FunctionNotFound, "{name:?}: {e}");
    }
}

/// Found by the fuzzer: strings with lone surrogates made console writes and
/// `require` throw a conversion TypeError and errors lose their message.
#[tokio::test(flavor = "multi_thread")]
async fn lone_surrogates_reach_the_host_as_replacement_characters() {
    let out = call("surrogateConsole").await.unwrap();
    assert_eq!(out.value, Some(json!("logged")));
    assert_eq!(out.console[0].text, "a\u{FFFD}b");
    assert_eq!(value("surrogateRequire").await, json!("MODULE_NOT_FOUND"));
    match failure("surrogateThrow").await {
        RunError::JsError { message, .. } => assert_eq!(message, "bad \u{FFFD} message"),
        e => panic!("expected js-error, got {e}"),
    }
    let e = failure("surrogateResult").await;
    assert_eq!(e.kind(), ErrorKind::InvalidResult);
    assert!(e.to_string().contains("lone UTF-16 surrogate"), "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_node_builtins_hand_out_no_native_and_no_other_calls_memory() {
    let surface = value("builtinSurface").await;
    assert_eq!(
        surface["found"],
        json!([]),
        "natives reachable from built-ins: {surface}"
    );
    assert_eq!(surface["viaFunction"], json!("undefinedundefined"));
    assert_eq!(surface["walked"], json!(true));
    // Buffer.allocUnsafe never shows another call's bytes: each call has its
    // own fresh memory.
    assert_eq!(value("plantSecretInBuffers").await, json!(64));
    assert_eq!(
        value("readUnsafeBuffers").await,
        json!({"leaked": false, "kept": "undefined"})
    );
    // Hostile proxies, getters and inspect hooks end as JS errors or text.
    let inspected = value("inspectHostile").await;
    assert_eq!(inspected.as_array().map(Vec::len), Some(4), "{inspected}");
    assert_healthy(runtime()).await;
}
