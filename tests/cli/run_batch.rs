//! The `isolated-runtime` binary end to end: output format, exit codes and the
//! final `error: KIND: MESSAGE` line, for `run` and `batch`.

use assert_cmd::Command;
use serde_json::{json, Value};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(name)
}

fn cli() -> Command {
    Command::cargo_bin("isolated-runtime").expect("binary built")
}

/// Run `run` on the basic fixture; return (exit code, stdout, stderr).
fn run(file: &str, func: &str, extra: &[&str]) -> (i32, String, String) {
    let out = cli()
        .args(["run", "--folder"])
        .arg(fixture("basic"))
        .args(["--file", file, "--func", func])
        .args(extra)
        .output()
        .expect("run the binary");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

#[test]
fn run_prints_the_result_as_one_json_line() {
    let (code, out, _) = run("values.js", "echo", &["--args", r#"[{"a":[1,2]},"x"]"#]);
    assert_eq!(code, 0);
    assert_eq!(out, "[{\"a\":[1,2]},\"x\"]\n");
}

#[test]
fn run_prints_undefined_literally() {
    let (code, out, _) = run("values.js", "returnsUndefined", &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "undefined\n");
    let (code, out, _) = run("values.js", "returnsNull", &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "null\n");
}

#[test]
fn the_reference_example_runs_through_the_cli() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/modules");
    let out = cli()
        .args(["run", "--root"])
        .arg(&folder)
        .args(["--file", "module1.js", "--func", "a"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}

#[test]
fn run_failures_have_distinct_exit_codes_and_a_final_error_line() {
    let cases: &[(&str, &str, &[&str], i32, &str)] = &[
        ("errors.js", "throwsError", &[], 1, "error: js-error: Error: boom"),
        (
            "errors.js",
            "exits",
            &[],
            1,
            "error: js-error: TypeError: process.exit is not a function",
        ),
        (
            "values.js",
            "echo",
            &["--args", "not json"],
            2,
            "error: invalid-args:",
        ),
        ("values.js", "echo", &["--args", "{}"], 2, "error: invalid-args:"),
        ("nope.js", "f", &[], 8, "error: module-not-found:"),
        ("errors.js", "requireFs", &[], 9, "error: module-forbidden:"),
        ("../secret.js", "f", &[], 10, "error: path-escape:"),
        ("values.js", "nope", &[], 11, "error: function-not-found:"),
        ("values.js", "returnsCycle", &[], 12, "error: invalid-result:"),
        ("async.js", "never", &[], 13, "error: promise-unsettled:"),
    ];
    for (file, func, extra, want_code, want_prefix) in cases {
        let (code, out, err) = run(file, func, extra);
        assert_eq!(code, *want_code, "{file}:{func}: stderr was {err}");
        assert!(out.is_empty(), "{file}:{func}: stdout should be empty, was {out}");
        assert!(
            last_line(&err).starts_with(want_prefix),
            "{file}:{func}: last stderr line was {:?}",
            last_line(&err)
        );
    }
}

#[test]
fn usage_errors_exit_2_and_help_documents_the_contract() {
    let out = cli().args(["run", "--file", "x.js"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let help = cli().args(["run", "--help"]).output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for needle in [
        "--folder",
        "--file",
        "--func",
        "--args",
        "--timeout-ms",
        "--memory-mb",
        "--fuel",
        "js-error",
        "timeout",
        "fuel-exhausted",
        "memory-limit",
        "stack-overflow",
        "module-not-found",
        "module-forbidden",
        "path-escape",
        "function-not-found",
        "invalid-args",
        "invalid-result",
        "output-limit",
        "promise-unsettled",
        "internal",
    ] {
        assert!(text.contains(needle), "--help does not mention {needle}");
    }
}

#[test]
fn console_goes_to_stderr_not_stdout() {
    let (code, out, err) = run("modules.js", "console", &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "\"logged\"\n");
    assert!(err.contains("log: hello 1"), "{err}");
    assert!(err.contains("warn: careful"), "{err}");
}

#[test]
fn batch_answers_every_line_in_order_and_survives_failures() {
    let input = [
        r#"{"file":"values.js","func":"sum","args":[1,2]}"#,
        r#"{"file":"errors.js","func":"throwsError"}"#,
        "this is not json",
        r#"{"file":"values.js","func":"returnsUndefined","args":[]}"#,
        r#"{"file":"values.js","func":"echo","args":5}"#,
        "",
        r#"{"file":"../secret.js","func":"f","args":[]}"#,
        r#"{"file":"async.js","func":"later","args":[5]}"#,
        r#"{"file":"counter.js","func":"foo","args":[]}"#,
        r#"{"file":"counter.js","func":"foo","args":[]}"#,
    ]
    .join("\n");
    let out = cli()
        .args(["batch", "--concurrency", "2", "--folder"])
        .arg(fixture("basic"))
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 9, "one line per non-blank request");
    assert_eq!(lines[0], json!({"ok": true, "value": 3}));
    assert_eq!(lines[1]["ok"], json!(false));
    assert_eq!(lines[1]["error"]["kind"], json!("js-error"));
    assert!(lines[1]["error"]["message"].as_str().unwrap().contains("boom"));
    assert_eq!(lines[2]["error"]["kind"], json!("invalid-args"));
    assert_eq!(lines[3], json!({"ok": true}));
    assert_eq!(lines[4]["error"]["kind"], json!("invalid-args"));
    assert_eq!(lines[5]["error"]["kind"], json!("path-escape"));
    assert_eq!(lines[6], json!({"ok": true, "value": 10}));
    assert_eq!(lines[7], json!({"ok": true, "value": 1}));
    assert_eq!(
        lines[8],
        json!({"ok": true, "value": 1}),
        "batch calls must not share state"
    );
}

#[test]
fn batch_keeps_input_order_under_concurrency() {
    let input: String = (0..40)
        .map(|i| {
            if i % 3 == 0 {
                format!("{{\"file\":\"async.js\",\"func\":\"later\",\"args\":[{i}]}}\n")
            } else {
                format!("{{\"file\":\"values.js\",\"func\":\"identity\",\"args\":[{i}]}}\n")
            }
        })
        .collect();
    let out = cli()
        .args(["batch", "--concurrency", "4", "--root"])
        .arg(fixture("basic"))
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let values: Vec<i64> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["value"]
                .as_i64()
                .unwrap()
        })
        .collect();
    let expected: Vec<i64> = (0..40).map(|i| if i % 3 == 0 { i * 2 } else { i }).collect();
    assert_eq!(values, expected);
}

#[test]
fn resource_limits_have_their_own_exit_codes() {
    let cases: &[(&str, &str, &[&str], i32, &str)] = &[
        ("time.js", "spin", &["--timeout-ms", "200"], 3, "error: timeout:"),
        (
            "cpu.js",
            "count",
            &["--args", "[1000000000]", "--fuel", "100000"],
            4,
            "error: fuel-exhausted:",
        ),
        (
            "memory.js",
            "arrayBomb",
            &["--memory-mb", "16"],
            5,
            "error: memory-limit:",
        ),
        ("stack.js", "unbounded", &[], 6, "error: stack-overflow:"),
        (
            "output.js",
            "bigResult",
            &["--args", "[5000]", "--max-result-bytes", "100"],
            7,
            "error: output-limit:",
        ),
    ];
    for (file, func, extra, want_code, want_prefix) in cases {
        let out = cli()
            .args(["run", "--folder"])
            .arg(fixture("hostile"))
            .args(["--file", file, "--func", func])
            .args(*extra)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*want_code), "{file}:{func}: {err}");
        assert!(
            last_line(&err).starts_with(want_prefix),
            "{file}:{func}: {:?}",
            last_line(&err)
        );
    }
}

#[test]
fn module_flags_allow_packages_and_add_module_roots() {
    let modules = fixture("modules");
    let call = |func: &str, extra: &[&str]| {
        cli()
            .args(["run", "--folder"])
            .arg(&modules)
            .args(["--file", "main.js", "--func", func])
            .args(extra)
            .output()
            .unwrap()
    };
    let denied = call("allowed", &[]);
    assert_eq!(denied.status.code(), Some(9));
    let allowed = call("allowed", &["--allow-module", "allowed-pkg"]);
    assert!(
        allowed.status.success(),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&allowed.stdout), "\"hello x\"\n");
    let root = modules.join("extra-root");
    let out = call(
        "fromModuleRoot",
        &[
            "--allow-module",
            "shared-*",
            "--module-root",
            root.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"from the module root\"\n");
}

#[test]
fn the_compiled_guest_is_cached_on_disk_and_a_bad_cache_file_is_ignored() {
    let cache = tempfile::tempdir().unwrap();
    let run_once = || {
        cli()
            .env("ISOLATED_RUNTIME_CACHE_DIR", cache.path())
            .args(["run", "--folder"])
            .arg(fixture("basic"))
            .args(["--file", "values.js", "--func", "sum", "--args", "[2,3]"])
            .output()
            .unwrap()
    };
    let first = run_once();
    assert_eq!(String::from_utf8_lossy(&first.stdout), "5\n");
    let files: Vec<_> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one compiled guest in the cache: {files:?}");
    assert_eq!(
        String::from_utf8_lossy(&run_once().stdout),
        "5\n",
        "served from the cache"
    );
    std::fs::write(&files[0], b"not a compiled module").unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run_once().stdout),
        "5\n",
        "a corrupt cache file is ignored"
    );
}

/// Run `run` on the node fixture with `extra` flags.
fn run_node(file: &str, func: &str, extra: &[&str]) -> (i32, String, String) {
    let out = cli()
        .args(["run", "--folder"])
        .arg(fixture("node"))
        .args(["--file", file, "--func-name", func, "--no-cache"])
        .args(extra)
        .output()
        .expect("run the binary");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn node_flags_grant_fs_set_env_and_narrow_the_builtins() {
    // `fs` is opt-in: forbidden (exit 9, module-forbidden) until --allow-fs.
    let (code, _, err) = run_node("fs.js", "promises", &[]);
    assert_eq!(code, 9, "{err}");
    assert!(last_line(&err).starts_with("error: module-forbidden: "), "{err}");
    let (code, out, err) = run_node("fs.js", "promises", &["--allow-fs"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["text"], json!("Hello, {{name}}!\n"));
    // --env reaches process.env, and nothing else of the host's environment.
    let (code, out, err) = run_node(
        "process.js",
        "env",
        &["--env", "REGION=eu", "--env", "NODE_ENV=test"],
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["keys"], json!(["NODE_ENV", "REGION"]));
    assert_eq!(v["region"], json!("eu"));
    // --no-process removes the global; --builtins narrows what loads.
    let (code, out, _) = run_node("process.js", "absent", &["--no-process"]);
    assert_eq!(
        (code, out.trim()),
        (0, r#"{"global":"undefined","required":"function"}"#)
    );
    let (code, _, err) = run_node("builtins.js", "use", &["--builtins", "path,buffer"]);
    assert_eq!(code, 9, "{err}");
    assert!(err.contains("allow-list"), "{err}");
    // An uncaught error is printed V8-style, sandbox frames only.
    let (code, _, err) = run_node("stack.js", "uncaught", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("TypeError: bad thing\n    at inner2 (/stack.js:11:"),
        "{err}"
    );
    assert!(
        !err.contains("isolated-runtime>") && !err.contains("(native)"),
        "{err}"
    );
}
