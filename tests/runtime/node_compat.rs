//! Node compatibility of the sandbox itself (tests/fixtures/node): V8-style
//! stack traces, the `process` stub, the read-only `fs`, `vm` realms, the
//! built-ins allow-list, and module resolution gaps (`imports`, `import`
//! conditions, `"type": "module"`, JSON import attributes, extra
//! conditions). Output of the built-ins themselves is compared with Node in
//! builtins.rs.

use crate::common::fixture;
use isolated_runtime::{ErrorKind, IsolatedRuntime, Outcome, RunError, RunRequest, RuntimeOptions};
use serde_json::{json, Value};
use std::sync::OnceLock;
use std::time::Duration;

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| {
        IsolatedRuntime::new(
            RuntimeOptions::default()
                .env_var("NODE_ENV", "production")
                .external(["*"]),
        )
        .expect("runtime")
    })
}

async fn run_on(rt: &IsolatedRuntime, request: RunRequest) -> Result<Outcome, RunError> {
    rt.run(request).await
}

fn request(file: &str, func: &str) -> RunRequest {
    RunRequest::new(fixture("node"), file, func)
}

async fn value(request: RunRequest) -> Value {
    let what = format!("{}:{}", request.file, request.func_name);
    match run_on(runtime(), request).await {
        Ok(o) => o.value.unwrap_or(Value::Null),
        Err(e) => panic!("{what}: {} ({e})", e.kind()),
    }
}

async fn failure(request: RunRequest) -> RunError {
    let what = format!("{}:{}", request.file, request.func_name);
    match run_on(runtime(), request).await {
        Ok(o) => panic!("{what} unexpectedly returned {:?}", o.value),
        Err(e) => e,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn caught_errors_have_v8_stacks_of_sandbox_frames_only() {
    let v = value(request("stack.js", "caught")).await;
    let stack = v["stack"].as_str().unwrap();
    assert!(
        stack.starts_with("Error: inner\n    at inner (/stack.js:1:"),
        "{stack}"
    );
    assert!(
        !stack.contains("isolated-runtime") && !stack.contains("native"),
        "{stack}"
    );
    // Line 1 of a CommonJS module: the column is the file's own, not shifted
    // by the module wrapper (the same statement on a later line gives the
    // same column).
    let column = |frame: &Value| {
        frame
            .as_str()
            .unwrap()
            .rsplit(':')
            .next()
            .unwrap()
            .trim_end_matches(')')
            .to_string()
    };
    assert!(
        v["line1"]
            .as_str()
            .unwrap()
            .starts_with("    at boom (/stack.js:1:"),
        "{v}"
    );
    assert_eq!(column(&v["line1"]), column(&v["line2"]), "{v}");
    // The header reflects a name set by a subclass constructor.
    assert_eq!(v["my"], json!("MyError: m"));

    let esm = value(request("esm/stack.mjs", "caught")).await;
    let esm = esm.as_str().unwrap();
    assert!(
        esm.starts_with("Error: from esm\n    at deep (/esm/stack.mjs:1:"),
        "{esm}"
    );
    assert!(
        !esm.contains("isolated-runtime") && !esm.contains("native"),
        "{esm}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn uncaught_errors_have_the_same_format() {
    for (file, head, frame) in [
        (
            "stack.js",
            "TypeError: bad thing\n",
            "    at inner2 (/stack.js:11:",
        ),
        (
            "esm/stack.mjs",
            "RangeError: esm failure\n",
            "    at uncaught (/esm/stack.mjs:3:",
        ),
    ] {
        let e = failure(request(file, "uncaught")).await;
        let RunError::JsError { stack, .. } = &e else {
            panic!("{file}: expected js-error, got {e}");
        };
        assert!(stack.starts_with(head), "{stack}");
        assert!(stack.contains(frame), "{stack}");
        assert!(
            !stack.contains("isolated-runtime") && !stack.contains("(native)"),
            "{stack}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn call_sites_capture_and_limits_work_as_in_v8() {
    let v = value(request("stack.js", "callSites")).await;
    let first = &v["sites"][0];
    assert_eq!(first["file"], json!("/stack.js"));
    assert_eq!(first["line"], json!(18));
    assert_eq!(first["native"], json!(false));
    assert_eq!(first["typeName"], Value::Null);
    // Call sites never hand out a function or a receiver.
    for site in v["sites"].as_array().unwrap() {
        assert_eq!(site["fn"], json!("undefined"), "{site}");
        assert_eq!(site["self"], json!("undefined"), "{site}");
        assert_ne!(site["file"], json!("<isolated-runtime>"), "{site}");
    }
    let captured = v["captured"].as_str().unwrap();
    assert!(captured.starts_with("Error\n    at "), "{captured}");
    assert!(
        !captured.contains("hidden"),
        "frames above the given function are left out: {captured}"
    );
    assert_eq!(v["none"], json!("Error: none"));
    assert_eq!(v["hookAfter"], json!("undefined"));
}

#[tokio::test(flavor = "multi_thread")]
async fn engine_errors_use_v8_messages() {
    let v = value(request("stack.js", "engineMessages")).await;
    assert_eq!(
        v,
        json!([
            "TypeError: Cannot read properties of undefined (reading 'x')",
            "TypeError: Cannot set properties of null (setting 'y')",
            "TypeError: Cannot convert a Symbol value to a number",
            "URIError: URI malformed",
            "TypeError: process.exit is not a function"
        ])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn process_is_a_harmless_stub() {
    let e = failure(request("process.js", "exit")).await;
    assert_eq!(e.kind(), ErrorKind::JsError);
    assert!(
        e.to_string()
            .contains("TypeError: process.exit is not a function"),
        "{e}"
    );

    let env = value(request("process.js", "env").env_var("REGION", "eu")).await;
    assert_eq!(
        env,
        json!({"node": "production", "region": "eu", "keys": ["NODE_ENV", "REGION"], "viaRequire": "eu", "node2": true})
    );
    // Nothing of the host's own environment.
    let plain = value(request("process.js", "env")).await;
    assert_eq!(plain["keys"], json!(["NODE_ENV"]));

    let shape = value(request("process.js", "shape")).await;
    assert_eq!(
        shape,
        json!({"platform": "linux", "version": "v20.20.2", "cwd": "/", "argv": [], "hr": 2, "exitType": "undefined",
               "kill": "undefined", "chdir": "undefined", "binding": "undefined", "stdoutTTY": false})
    );

    let out = run_on(runtime(), request("process.js", "write")).await.unwrap();
    let lines: Vec<(&str, &str)> = out
        .console
        .iter()
        .map(|l| (l.level.as_str(), l.text.as_str()))
        .collect();
    assert_eq!(lines, [("log", "to stdout"), ("error", "to stderr")]);

    let order = value(request("process.js", "ticks")).await;
    assert_eq!(order, json!(["sync", "tick", "promise", "timeout"]));

    let mut options = RuntimeOptions::default();
    options.process_global = false;
    let rt = IsolatedRuntime::new(options).unwrap();
    let absent = run_on(&rt, request("process.js", "absent")).await.unwrap();
    assert_eq!(
        absent.value,
        Some(json!({"global": "undefined", "required": "function"}))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn fs_is_opt_in_read_only_and_held_to_the_module_folder() {
    let e = failure(request("fs.js", "read")).await;
    assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{e}");
    assert!(e.to_string().contains("'fs'"), "{e}");

    let v = value(request("fs.js", "read").builtins(["fs", "buffer", "path", "stream"])).await;
    assert_eq!(v["text"], json!("Hello, {{name}}!\n"));
    assert_eq!(v["relative"], v["text"]);
    assert_eq!(v["dir"], json!(["data.json", "hello.txt"]));
    assert_eq!(v["stat"], json!([true, false, 17]));
    assert_eq!(v["exists"], json!([true, false]));
    assert_eq!(
        v["climb"],
        json!(true),
        "`..` stops at the module folder, as `/` does"
    );
    assert_eq!(v["realpath"], json!("/templates/hello.txt"));
    assert_eq!(
        v["missing"],
        json!(["ENOENT", "ENOENT: no such file or directory, open '/nope.txt'"])
    );
    assert_eq!(v["dir"].as_array().unwrap().len(), 2);
    assert_eq!(v["write"][0], json!("EROFS"));
    assert_eq!(v["mkdir"][0], json!("EROFS"));
    assert_eq!(
        v["passwd"][0],
        json!("ENOENT"),
        "/etc/passwd is a path inside the module folder"
    );
    assert_eq!(
        v["outside"][0],
        json!("EACCES"),
        "a symlink out of the module folder is refused: {v}"
    );
    assert_eq!(v["open"][0], json!("ENOSYS"));

    let p = value(request("fs.js", "promises").builtins(["*"])).await;
    assert_eq!(
        p,
        json!({"text": "Hello, {{name}}!\n", "viaCallback": {"a": 1}, "write": "EROFS"})
    );
    // The host keeps serving.
    assert_eq!(
        value(request("fs.js", "read").builtins(["*"])).await["exists"],
        json!([true, false])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn vm_evaluates_in_a_fresh_realm_inside_the_limits() {
    let v = value(request("vm.js", "realm")).await;
    assert_eq!(
        v,
        json!({"sum": 5, "c": 6, "d": 7, "freshIntrinsics": true, "arrays": false, "noRequire": "undefinedundefinedundefined",
               "n": 2, "isContext": true, "thisContext": "function"})
    );
    let escape = value(request("vm.js", "escape")).await;
    assert_eq!(escape, json!("undefinedundefined"));
    let e = failure(
        request("vm.js", "spin")
            .limits(isolated_runtime::LimitOverrides::default().timeout(Duration::from_millis(300))),
    )
    .await;
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e}");
    assert_eq!(
        value(request("vm.js", "escape")).await,
        json!("undefinedundefined")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn builtins_work_and_the_allow_list_holds() {
    let v = value(request("builtins.js", "use")).await;
    assert_eq!(v["buffer"], json!("aMOpbGxv"));
    assert_eq!(v["hex"], json!("0102ff"));
    assert_eq!(
        v["sha256"],
        json!("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    assert_eq!(v["hmac"], json!("EEFSxb/coHvGM+69RhmfAlXJ9J0="));
    assert_eq!(v["random"], json!(100000));
    assert_eq!(v["uuid"], json!(true));
    assert_eq!(v["seen"], json!([1]));
    assert_eq!(v["format"], json!("x=42 {\"a\":[1]}"));
    assert_eq!(
        v["inspect"],
        json!("{ a: { b: { c: [Object] } }, list: [ 1, 2, 3 ] }")
    );
    assert_eq!(v["path"], json!("/a/c"));
    assert_eq!(v["qs"], json!("a=1&a=2&b=x%20y"));
    assert_eq!(
        value(request("builtins.js", "subtle")).await,
        json!("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    // The built-ins' private modules are out of reach.
    let internals = value(request("builtins.js", "internals")).await;
    assert!(
        internals.as_array().unwrap().iter().all(|v| v != "loaded"),
        "{internals}"
    );

    // A call can narrow the list.
    let e = failure(
        request("builtins.js", "forbidden")
            .args(vec![json!("events")])
            .builtins(["path"]),
    )
    .await;
    assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{e}");
    assert!(e.to_string().contains("allow-list"), "{e}");
    // Names the sandbox does not implement are refused up front.
    let e = failure(request("builtins.js", "use").builtins(["child_process"])).await;
    assert_eq!(e.kind(), ErrorKind::InvalidArgs, "{e}");
    let built = IsolatedRuntime::new(RuntimeOptions::default().builtins(["buffer", "net"]));
    assert!(
        matches!(built, Err(ref e) if e.kind() == ErrorKind::InvalidArgs && e.to_string().contains("'net'"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sandbox_still_fits_the_smallest_memory_limit() {
    // The built-ins' code is part of every instance's image, which the limit
    // does not count; using them must still fit the smallest accepted limit.
    let limits = isolated_runtime::LimitOverrides::default().memory_bytes(isolated_runtime::MIN_MEMORY_BYTES);
    let out = run_on(runtime(), request("builtins.js", "subtle").limits(limits.clone()))
        .await
        .unwrap();
    assert!(
        out.stats.peak_memory_bytes - out.stats.memory_image_bytes < isolated_runtime::MIN_MEMORY_BYTES,
        "{:?}",
        out.stats
    );
    let out = run_on(runtime(), request("process.js", "shape").limits(limits))
        .await
        .unwrap();
    assert!(
        out.stats.peak_memory_bytes - out.stats.memory_image_bytes < isolated_runtime::MIN_MEMORY_BYTES,
        "{:?}",
        out.stats
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn package_imports_conditions_type_module_and_json_attributes() {
    assert_eq!(
        value(request("gaps.js", "imports")).await,
        json!(["internal helper", "require"])
    );
    assert_eq!(
        value(request("gaps.js", "importCondition")).await,
        json!(["esm", "cjs", "import"])
    );
    assert_eq!(
        value(request("gaps.js", "typeModule")).await,
        json!(["esm-only undefined", "named"])
    );
    assert_eq!(value(request("gaps.js", "jsonAttributes")).await, json!({"a": 1}));
    assert_eq!(value(request("esm/json.mjs", "get")).await, json!({"a": 1}));
    // Node's conditions by default; `browser` when the runtime adds it.
    assert_eq!(value(request("gaps.js", "browser")).await, json!("node"));
    let mut options = RuntimeOptions::default().external(["*"]);
    options.modules.conditions = vec!["browser".into()];
    let rt = IsolatedRuntime::new(options).unwrap();
    let out = run_on(&rt, request("gaps.js", "browser")).await.unwrap();
    assert_eq!(out.value, Some(json!("browser")));
}
