//! Module loading: CommonJS and ES modules inside the root, allow-listed
//! packages, module roots, virtual modules, hooks — and every escape attempt.

use crate::common;
use crate::common::fixture;
use isolated_runtime::{ErrorKind, IsolatedRuntime, Outcome, RunError, RunRequest, RuntimeOptions};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn runtime() -> &'static IsolatedRuntime {
    static RT: OnceLock<IsolatedRuntime> = OnceLock::new();
    RT.get_or_init(|| {
        let mut options =
            RuntimeOptions::default().external(["allowed-pkg", "@acme/*", "dep-user", "shared-util"]);
        options.modules.module_roots = vec![fixture("modules").join("extra-root")];
        options
            .modules
            .virtual_modules
            .insert("vetted".into(), "exports.double = (x) => x * 2;".into());
        options.modules.resolver = Some(Arc::new(|specifier: &str, _referrer: &str| {
            (specifier == "lodash").then(|| "/node_modules/lodash@4/index.js".to_string())
        }));
        options.modules.compiler = Some(Arc::new(|source: &str, path: &str| {
            if path.ends_with(".ts") {
                // A toy type stripper: enough for the fixture.
                Ok(source.replace(": number", ""))
            } else {
                Ok(source.to_string())
            }
        }));
        options.modules.extensions.push(".ts".into());
        IsolatedRuntime::new(options).expect("runtime")
    })
}

async fn run(file: &str, func: &str, args: Vec<Value>) -> Result<Outcome, RunError> {
    runtime()
        .run(RunRequest::new(fixture("modules"), file, func).args(args))
        .await
}

async fn value(file: &str, func: &str) -> Value {
    match run(file, func, vec![]).await {
        Ok(o) => o.value.unwrap_or(Value::Null),
        Err(e) => panic!("{file}:{func}: {} ({e})", e.kind()),
    }
}

async fn value_with(file: &str, func: &str, args: Vec<Value>) -> Value {
    match run(file, func, args).await {
        Ok(o) => o.value.unwrap_or(Value::Null),
        Err(e) => panic!("{file}:{func}: {} ({e})", e.kind()),
    }
}

async fn error(file: &str, func: &str, args: Vec<Value>) -> RunError {
    match run(file, func, args).await {
        Ok(o) => panic!("{file}:{func} unexpectedly returned {:?}", o.value),
        Err(e) => e,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn module_state_is_fresh_on_every_call() {
    for _ in 0..3 {
        assert_eq!(value("main.js", "count").await, json!(1));
        assert_eq!(value("esm/state.mjs", "count").await, json!(1));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn allow_listed_packages_load() {
    assert_eq!(value("main.js", "allowed").await, json!("hello x"));
    assert_eq!(value("main.js", "allowedSubpath").await, json!("extra"));
    assert_eq!(value("main.js", "scoped").await, json!("scoped"));
    assert_eq!(value("main.js", "transitive").await, json!("hello dep"));
    assert_eq!(
        value("main.js", "fromModuleRoot").await,
        json!("from the module root")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn packages_off_the_allow_list_are_forbidden_even_by_path() {
    for func in ["secret", "bypass", "bypassIndex"] {
        let e = error("main.js", func, vec![]).await;
        assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{func}: {e}");
        assert!(e.to_string().contains("secret"), "{e}");
        assert!(!e.to_string().contains("TOP SECRET"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_can_narrow_the_allow_list() {
    let request = RunRequest::new(fixture("modules"), "main.js", "allowed").external(Vec::<String>::new());
    let e = runtime().run(request).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ModuleForbidden);
    let request = RunRequest::new(fixture("modules"), "main.js", "secret").external(["secret"]);
    assert_eq!(
        runtime().run(request).await.unwrap().value,
        Some(json!("TOP SECRET"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn host_reaching_builtins_are_forbidden_and_named() {
    // Built-ins that reach the host do not exist; `fs` is opt-in.
    for name in [
        "fs",
        "node:fs",
        "fs/promises",
        "child_process",
        "net",
        "http",
        "os",
        "worker_threads",
        "node:cluster",
    ] {
        let e = error("main.js", "builtin", vec![json!(name)]).await;
        assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{name}: {e}");
        assert!(e.to_string().contains(name), "the error must name {name}: {e}");
    }
    // The pure ones load, with and without `node:`.
    for name in [
        "path",
        "node:path",
        "events",
        "util",
        "buffer",
        "process",
        "vm",
        "stream/promises",
    ] {
        let exports = value_with("main.js", "builtinType", vec![json!(name)]).await;
        assert!(
            exports == json!("object") || exports == json!("function"),
            "{name}: {exports}"
        );
    }
    let e = error("esm/forbidden.mjs", "get", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::ModuleForbidden, "{e}");
}

#[tokio::test(flavor = "multi_thread")]
async fn virtual_modules_for_every_call_and_for_one_call() {
    assert_eq!(value("main.js", "virtual").await, json!(42));
    assert_eq!(
        error("main.js", "perCallVirtual", vec![]).await.kind(),
        ErrorKind::ModuleForbidden
    );
    let request = RunRequest::new(fixture("modules"), "main.js", "perCallVirtual")
        .virtual_module("tenant-config", "exports.tenant = 't-42';");
    assert_eq!(runtime().run(request).await.unwrap().value, Some(json!("t-42")));
}

#[tokio::test(flavor = "multi_thread")]
async fn resolver_and_compiler_hooks() {
    assert_eq!(value("main.js", "lodash").await, json!("lodash@4 via resolver"));
    assert_eq!(value("main.js", "typed").await, json!(5));
}

#[tokio::test(flavor = "multi_thread")]
async fn absolute_specifiers_mean_the_module_root() {
    assert_eq!(value("main.js", "absolute").await, json!("helper"));
}

#[tokio::test(flavor = "multi_thread")]
async fn es_modules_load_with_named_and_default_exports() {
    assert_eq!(
        run("esm/entry.mjs", "compute", vec![json!(3)])
            .await
            .unwrap()
            .value,
        Some(json!({"sq": 9, "answer": 42, "helper": "helper", "name": "helper", "pkg": "hello esm"}))
    );
    assert_eq!(value("esm/entry.mjs", "default").await, json!("default export"));
    assert_eq!(value("esm/entry.mjs", "later").await, json!("/esm/entry.mjs"));
    assert_eq!(value("esm/math.mjs", "describe").await, json!("math"));
    assert_eq!(value("esm/tla.mjs", "get").await, json!(10));
    assert_eq!(value("esm/detected.js", "whoami").await, json!("esm in .js"));
    assert_eq!(
        error("esm/math.mjs", "nope", vec![]).await.kind(),
        ErrorKind::FunctionNotFound
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn commonjs_and_es_modules_interoperate() {
    assert_eq!(value("main.js", "importEsm").await, json!(49));
    assert_eq!(value("main.js", "requireEsm").await, json!(25));
}

#[tokio::test(flavor = "multi_thread")]
async fn errors_name_sandbox_paths_and_frames_only() {
    match error("main.js", "boom", vec![]).await {
        RunError::JsError { name, message, stack } => {
            assert_eq!((name.as_str(), message.as_str()), ("Error", "Boom!"));
            assert!(stack.starts_with("Error: Boom!\n"), "{stack}");
            assert!(stack.contains("at explode (/lib/boom.js:3:"), "{stack}");
            let host_root = fixture("modules").display().to_string();
            assert!(!stack.contains(&host_root), "host path leaked: {stack}");
            assert!(
                !stack.contains("isolated-runtime>"),
                "internal frames leaked: {stack}"
            );
        }
        e => panic!("expected js-error, got {e}"),
    }
    match error("main.js", "syntax", vec![]).await {
        RunError::JsError { name, stack, .. } => {
            assert_eq!(name, "SyntaxError");
            assert!(stack.contains("/lib/broken.js:2:"), "file and line: {stack}");
        }
        e => panic!("expected js-error, got {e}"),
    }
    let e = error("main.js", "missing", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::ModuleNotFound);
    assert!(
        e.to_string().contains("./lib/missing") && e.to_string().contains("/main.js"),
        "{e}"
    );
}

// ---------------------------------------------------------------- escapes

/// A tree with a secret beside the root: `<tmp>/u1` is the root, `<tmp>/u10`
/// shares its name as a prefix, and symlinks inside `u1` point outside.
fn escape_tree() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let u1 = tmp.path().join("u1");
    let u10 = tmp.path().join("u10");
    std::fs::create_dir_all(&u1).unwrap();
    std::fs::create_dir_all(&u10).unwrap();
    std::fs::write(u10.join("secret.js"), "module.exports = 'SECRET FROM U10';").unwrap();
    std::fs::write(tmp.path().join("secret.json"), "\"SECRET FROM PARENT\"").unwrap();
    std::os::unix::fs::symlink(u10.join("secret.js"), u1.join("link.js")).unwrap();
    std::os::unix::fs::symlink(&u10, u1.join("linkdir")).unwrap();
    std::os::unix::fs::symlink("/etc", u1.join("etc")).unwrap();
    std::fs::write(
        u1.join("attack.js"),
        "exports.req = (s) => require(s);\nexports.imp = async (s) => (await import(s)).default;\n",
    )
    .unwrap();
    tmp
}

async fn attack(root: &Path, func: &str, specifier: &str) -> RunError {
    let request = RunRequest::new(root, "attack.js", func).args(vec![json!(specifier)]);
    match runtime().run(request).await {
        Ok(o) => panic!("{func}({specifier}) loaded {:?}", o.value),
        Err(e) => {
            assert!(!e.to_string().contains("SECRET"), "secret leaked: {e}");
            e
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn no_specifier_leaves_the_root() {
    let tmp = escape_tree();
    let root = tmp.path().join("u1");
    let cases = [
        "../u10/secret.js",
        "../u10/secret",
        "./../secret.json",
        "../../../../../../etc/passwd",
        "./link.js",
        "./linkdir/secret.js",
        "./etc/passwd",
        "/../u10/secret.js",
    ];
    for func in ["req", "imp"] {
        for specifier in cases {
            let e = attack(&root, func, specifier).await;
            assert!(
                matches!(e.kind(), ErrorKind::PathEscape | ErrorKind::ModuleNotFound),
                "{func}({specifier}): {} {e}",
                e.kind()
            );
        }
        // An absolute host path is a path in the sandbox's own root: not found.
        let e = attack(&root, func, "/var/log/syslog").await;
        assert_eq!(e.kind(), ErrorKind::ModuleNotFound, "{e}");
        // (here `/etc` is the root's symlink to the host's /etc: refused)
        let e = attack(&root, func, "/etc/passwd").await;
        assert_eq!(e.kind(), ErrorKind::PathEscape, "{e}");
    }
    let e = attack(&root, "req", "../u10/secret.js").await;
    assert_eq!(
        e.kind(),
        ErrorKind::PathEscape,
        "the prefix sibling u10 is outside u1"
    );
    let e = attack(&root, "req", "./link.js").await;
    assert_eq!(e.kind(), ErrorKind::PathEscape, "a symlink out of the root: {e}");
    // The entry file itself cannot leave the root either.
    for file in ["../u10/secret.js", "link.js"] {
        let e = runtime()
            .run(RunRequest::new(&root, file, "f"))
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::PathEscape, "{file}: {e}");
    }
    let e = error("esm/escape.mjs", "get", vec![]).await;
    assert_eq!(e.kind(), ErrorKind::PathEscape, "{e}");
}

/// The bytecode cache (on by default) must be invisible: the second call of
/// a file (served from bytecode) behaves like the first (compiled from
/// source), an edited file is recompiled, and stacks keep files and lines.
#[tokio::test(flavor = "multi_thread")]
async fn compiled_modules_are_reused_only_for_the_same_source() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("dep.js", "exports.base = 40;\n");
    write(
        "main.js",
        "const dep = require('./dep');\nlet calls = 0;\nexports.f = () => dep.base + ++calls;\n\
         exports.fail = () => {\n  throw new Error('line five');\n};\nfunction hidden() { return 'scope'; }\n",
    );
    let rt = common::runtime();
    let call = |func: &'static str| rt.run(RunRequest::new(dir.path(), "main.js", func));
    for _ in 0..3 {
        assert_eq!(
            call("f").await.unwrap().value,
            Some(json!(41)),
            "top-level state is fresh"
        );
        assert_eq!(call("hidden").await.unwrap().value, Some(json!("scope")));
        match call("fail").await {
            Err(RunError::JsError { stack, .. }) => assert!(stack.contains("/main.js:5:"), "{stack}"),
            other => panic!("expected js-error, got {other:?}"),
        }
    }
    write("dep.js", "exports.base = 100;\n");
    assert_eq!(
        call("f").await.unwrap().value,
        Some(json!(101)),
        "edited dependency recompiled"
    );
    write("main.js", "exports.f = () => 'edited';\n");
    assert_eq!(
        call("f").await.unwrap().value,
        Some(json!("edited")),
        "edited entry recompiled"
    );
    write("main.js", "exports.f = () => {;\n");
    assert_eq!(
        call("f").await.unwrap_err().kind(),
        ErrorKind::JsError,
        "syntax error reported"
    );
    // The same file under another root is compiled on its own.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("main.js"), "exports.f = () => 'other root';\n").unwrap();
    let out = rt
        .run(RunRequest::new(other.path(), "main.js", "f"))
        .await
        .unwrap();
    assert_eq!(out.value, Some(json!("other root")));
}

/// Found by the fuzzer: a missing subpath of a package without `exports`
/// loaded the package's index instead (and hid a symlink escape).
#[tokio::test(flavor = "multi_thread")]
async fn a_missing_package_subpath_is_not_found_not_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let pkg = root.join("node_modules/sneaky");
    std::fs::create_dir_all(pkg.join("lib")).unwrap();
    std::fs::write(pkg.join("index.js"), "module.exports = 'sneaky-index';").unwrap();
    std::fs::write(dir.path().join("secret.js"), "module.exports = 'secret';").unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.js"), pkg.join("lib/escape.js")).unwrap();
    std::fs::write(
        root.join("main.js"),
        "exports.req = (s) => { try { return require(s); } catch (e) { return e.code + ' ' + e.message; } };",
    )
    .unwrap();
    let req = |spec: &str| {
        common::runtime().run(
            RunRequest::new(&root, "main.js", "req")
                .args(vec![json!(spec)])
                .external(["sneaky"]),
        )
    };
    assert_eq!(req("sneaky").await.unwrap().value, Some(json!("sneaky-index")));
    let missing = req("sneaky/nope").await.unwrap().value.unwrap();
    assert!(
        missing.as_str().unwrap().starts_with("MODULE_NOT_FOUND"),
        "{missing}"
    );
    let escape = req("sneaky/lib/escape.js").await.unwrap().value.unwrap();
    let escape = escape.as_str().unwrap();
    assert!(
        !escape.contains("secret") || escape.contains("outside"),
        "{escape}"
    );
    assert!(!escape.contains("sneaky-index"), "{escape}");
}

#[tokio::test(flavor = "multi_thread")]
async fn module_options_can_be_given_per_call() {
    use isolated_runtime::ModuleOverrides;
    let folder = fixture("overrides");
    let call = |func: &str, modules: ModuleOverrides| {
        RunRequest::new(&folder, "main.js", func)
            .args(vec![json!(4), json!(5)])
            .external(["shared-thing"])
            .modules(modules)
    };
    let rt = common::runtime();
    let roots = ModuleOverrides::default().module_roots([folder.join("roots")]);
    let out = rt.run(call("extra", roots.clone())).await.unwrap();
    assert_eq!(out.value, Some(json!("from the call's module root")));
    assert!(!out.stats.from_snapshot, "overrides never start from a snapshot");
    // Without the override, the runtime's (empty) module roots apply.
    let e = rt
        .run(call("extra", ModuleOverrides::default()))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ModuleNotFound, "{e}");

    let times = ModuleOverrides::default().compiler(Arc::new(|source: &str, _path: &str| {
        Ok(source.replace("a + b", "a * b"))
    }));
    assert_eq!(rt.run(call("plus", times)).await.unwrap().value, Some(json!(20)));
    assert_eq!(
        rt.run(call("plus", ModuleOverrides::default()))
            .await
            .unwrap()
            .value,
        Some(json!(9))
    );
    let failing = ModuleOverrides::default().compiler(Arc::new(|_: &str, path: &str| {
        Err(format!("cannot compile {path}"))
    }));
    let e = rt.run(call("plus", failing)).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::JsError, "{e}");
    assert!(e.to_string().contains("cannot compile /main.js"), "{e}");

    let jx = ModuleOverrides::default().extensions(["jx", ".js"]);
    assert_eq!(
        rt.run(call("jx", jx)).await.unwrap().value,
        Some(json!("from .jx"))
    );
    let e = rt.run(call("jx", ModuleOverrides::default())).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ModuleNotFound, "{e}");

    let resolver = ModuleOverrides::default().resolver(Arc::new(|specifier: &str, _: &str| {
        (specifier == "anything").then(|| "/lib.jx".to_string())
    }));
    assert_eq!(
        rt.run(call("mapped", resolver)).await.unwrap().value,
        Some(json!("from .jx"))
    );
    // A resolver cannot lead out of the folder, and a missing module root is
    // an error of the call, not of the runtime.
    let escape = ModuleOverrides::default()
        .resolver(Arc::new(|_: &str, _: &str| Some("/../../etc/passwd".to_string())));
    assert_eq!(
        rt.run(call("mapped", escape)).await.unwrap_err().kind(),
        ErrorKind::PathEscape
    );
    let missing = ModuleOverrides::default().module_roots(["/no/such/root"]);
    assert_eq!(
        rt.run(call("extra", missing)).await.unwrap_err().kind(),
        ErrorKind::ModuleNotFound
    );
    assert_eq!(
        rt.run(call("plus", ModuleOverrides::default()))
            .await
            .unwrap()
            .value,
        Some(json!(9))
    );
}
