//! Builds the QuickJS runtime for one call and wires it to the host.
//!
//! The host natives (`load`, `console`, `compile`, ...) and the error-kind
//! names (`KIND`) are handed to the prelude (`src/prelude/*.js`), which keeps
//! them in a closure: user code can reach the natives only through `require`
//! and `console`.

use crate::isolated_runtime::sandbox::host::{self, LoadMode, LogLevel};
use crate::shadow_stack::QUICKJS_STACK_BYTES;
use crate::{bytecode, crypto_natives, error_kinds, es_modules, fs_natives, intl, node_builtins, vm_realms};
use javy::quickjs::context::EvalOptions;
use javy::quickjs::function::Opt;
use javy::quickjs::{Ctx, Function, Object, Value};
use javy::{Config, Runtime};

/// JavaScript glue evaluated before any user code: the parts in
/// `src/prelude/`, joined in name order into one function expression (the
/// first part opens it, the last closes it). Every part is listed here, so
/// cargo rebuilds the guest when one changes.
const PRELUDE: &str = concat!(
    include_str!("prelude/00-open.js"),
    include_str!("prelude/10-globals.js"),
    include_str!("prelude/15-stack-traces.js"),
    include_str!("prelude/20-console.js"),
    include_str!("prelude/30-timers.js"),
    include_str!("prelude/40-host-modules.js"),
    include_str!("prelude/45-builtins.js"),
    include_str!("prelude/50-commonjs.js"),
    include_str!("prelude/60-es-modules.js"),
    include_str!("prelude/70-call.js"),
);

/// A fresh QuickJS runtime. Its stack limit ([`QUICKJS_STACK_BYTES`]) is
/// armed separately, with [`arm_stack_limit`], once a context is entered.
pub fn new_runtime() -> anyhow::Result<Runtime> {
    let mut config = Config::default();
    config
        .max_stack_size(STACK_SENTINEL)
        .weak_ref(true)
        .performance(true)
        // Console output goes through the host import, never to WASI stdio.
        .log_stream(Box::new(std::io::sink()))
        .err_stream(Box::new(std::io::sink()));
    Runtime::new(config)
}

/// The value handed to QuickJS as its stack size: [`QUICKJS_STACK_BYTES`],
/// made odd so that [`arm_stack_limit`] can recognize it in the runtime's
/// memory.
const STACK_SENTINEL: usize = QUICKJS_STACK_BYTES | 1;

/// Make QuickJS enforce its stack limit, so deep recursion throws a catchable
/// `RangeError` before the wasm stack itself runs out.
///
/// QuickJS-ng compiles its stack check out on WASI (`update_stack_limit`
/// always stores 0 when `__wasi__` is defined), although the check itself
/// works: the C stack is a region of linear memory. `JSRuntime` keeps
/// `stack_size`, `stack_top` and `stack_limit` as three consecutive words; we
/// find them by the odd sentinel size we configured and store the limit
/// QuickJS would have computed. If the pattern is not found (a different
/// QuickJS build), nothing is written and the host's wasm stack limit remains
/// the only guard, reported as `stack-overflow`.
pub fn arm_stack_limit(cx: &Ctx<'_>) -> bool {
    // SAFETY: `rt` is the live runtime of `cx`. We only read words inside the
    // `JSRuntime` allocation (its fields before the stack words span far less
    // than the scanned range, and the struct is larger still), and write one
    // word that the runtime itself documents as the lower stack limit.
    unsafe {
        let rt = javy::quickjs::qjs::JS_GetRuntime(cx.as_raw().as_ptr()) as *mut usize;
        for i in 0..96 {
            let words = rt.add(i);
            let (size, top, limit) = (*words, *words.add(1), *words.add(2));
            if size == STACK_SENTINEL && limit == 0 && top > STACK_SENTINEL {
                *words.add(2) = top - (STACK_SENTINEL & !1);
                return true;
            }
        }
    }
    false
}

/// Evaluate the prelude, hand it the natives and `KIND`, and return its API
/// object (`run`, `encode`, `describe`, ...).
pub fn install_prelude<'js>(cx: &Ctx<'js>) -> javy::quickjs::Result<Object<'js>> {
    let natives = Object::new(cx.clone())?;
    natives.set("load", Function::new(cx.clone(), load_module)?)?;
    natives.set("console", Function::new(cx.clone(), console_write)?)?;
    natives.set("compile", Function::new(cx.clone(), bytecode::compile)?)?;
    natives.set(
        "loadCompiled",
        Function::new(cx.clone(), bytecode::load_compiled)?,
    )?;
    natives.set("evalModule", Function::new(cx.clone(), es_modules::eval_module)?)?;
    natives.set("hostModule", Function::new(cx.clone(), host_module)?)?;
    natives.set("callHost", Function::new(cx.clone(), call_host)?)?;
    natives.set("waitEvent", Function::new(cx.clone(), wait_event)?)?;
    natives.set(
        "functionStarted",
        Function::new(cx.clone(), host::function_started)?,
    )?;
    natives.set("webSource", Function::new(cx.clone(), web_source)?)?;
    natives.set("randomBytes", Function::new(cx.clone(), random_bytes)?)?;
    natives.set(
        "promiseState",
        Function::new(cx.clone(), es_modules::promise_state)?,
    )?;
    natives.set("promiseReason", Function::new(cx.clone(), promise_reason)?)?;
    natives.set(
        "builtinSource",
        Function::new(cx.clone(), node_builtins::builtin_source)?,
    )?;
    natives.set("env", Function::new(cx.clone(), node_builtins::env)?)?;
    natives.set(
        "builtinIds",
        Function::new(cx.clone(), node_builtins::builtin_ids)?,
    )?;
    natives.set(
        "precompileBuiltin",
        Function::new(cx.clone(), bytecode::precompile_builtin)?,
    )?;
    natives.set("loadBuiltin", Function::new(cx.clone(), bytecode::load_builtin)?)?;
    natives.set("hash", Function::new(cx.clone(), crypto_natives::hash)?)?;
    natives.set("hmac", Function::new(cx.clone(), crypto_natives::hmac)?)?;
    natives.set("pbkdf2", Function::new(cx.clone(), crypto_natives::pbkdf2)?)?;
    natives.set("scrypt", Function::new(cx.clone(), crypto_natives::scrypt)?)?;
    natives.set("aesGcm", Function::new(cx.clone(), crypto_natives::aes_gcm)?)?;
    natives.set("fsReadFile", Function::new(cx.clone(), fs_natives::read_file)?)?;
    natives.set("fsReadDir", Function::new(cx.clone(), fs_natives::read_dir)?)?;
    natives.set("fsStat", Function::new(cx.clone(), fs_natives::stat)?)?;
    natives.set("vmRun", Function::new(cx.clone(), vm_realms::run_in_new_realm)?)?;
    intl::install(cx, &natives)?;
    let mut options = EvalOptions::default();
    options.global = true;
    options.strict = true;
    options.filename = Some("<isolated-runtime>".to_string());
    let factory: Function = cx.eval_with_options(PRELUDE, options)?;
    let api: Object = factory.call((natives, error_kinds::js_object(cx)?))?;
    es_modules::install(cx, &api);
    Ok(api)
}

/// `native.hostModule(name)`: `[[name, isAsync], ...]`, or `{error, message}`.
fn host_module<'js>(cx: Ctx<'js>, name: String) -> javy::quickjs::Result<Value<'js>> {
    match host::host_module(&name) {
        Ok(functions) => {
            let list = javy::quickjs::Array::new(cx.clone())?;
            for (i, f) in functions.into_iter().enumerate() {
                let pair = javy::quickjs::Array::new(cx.clone())?;
                pair.set(0, f.name)?;
                pair.set(1, f.is_async)?;
                list.set(i, pair)?;
            }
            Ok(list.into_value())
        }
        Err(e) => {
            let out = Object::new(cx)?;
            out.set("error", error_kinds::name(e.kind))?;
            out.set("message", e.message)?;
            Ok(out.into_value())
        }
    }
}

/// `native.callHost(module, function, argsJson)`: `{pending: id}`, or
/// `{ok, text}` when it finished at once.
fn call_host<'js>(
    cx: Ctx<'js>,
    module: String,
    function: String,
    args_json: String,
) -> javy::quickjs::Result<Object<'js>> {
    let out = Object::new(cx)?;
    match host::call_host(&module, &function, &args_json) {
        host::HostCallStart::Pending(id) => out.set("pending", id)?,
        host::HostCallStart::Done(result) => set_outcome(&out, result)?,
    }
    Ok(out)
}

/// `native.waitEvent(maxWaitMs)`: wait on the host (no thread held) for
/// finished host calls or `maxWaitMs` (negative: no limit); returns
/// `[{id, ok, text}, ...]`.
fn wait_event<'js>(cx: Ctx<'js>, max_wait_ms: f64) -> javy::quickjs::Result<javy::quickjs::Array<'js>> {
    let max_wait = (max_wait_ms >= 0.0).then(|| max_wait_ms.ceil() as u64);
    let list = javy::quickjs::Array::new(cx.clone())?;
    for (i, c) in host::wait_event(max_wait).into_iter().enumerate() {
        let item = Object::new(cx.clone())?;
        item.set("id", c.id)?;
        set_outcome(&item, c.outcome)?;
        list.set(i, item)?;
    }
    Ok(list)
}

fn set_outcome(out: &Object<'_>, result: Result<String, String>) -> javy::quickjs::Result<()> {
    match result {
        Ok(text) => {
            out.set("ok", true)?;
            out.set("text", text)
        }
        Err(message) => {
            out.set("ok", false)?;
            out.set("text", message)
        }
    }
}

/// `native.webSource(name)`: the source of a web-standard global's
/// implementation, evaluated by the prelude on first use.
fn web_source(name: String) -> Option<&'static str> {
    match name.as_str() {
        "encoding" => Some(include_str!("web/encoding.js")),
        "url" => Some(include_str!("web/url.js")),
        "base64" => Some(include_str!("web/base64.js")),
        "clone" => Some(include_str!("web/clone.js")),
        "crypto" => Some(include_str!("web/crypto.js")),
        _ => None,
    }
}

/// `native.randomBytes(n)`: an ArrayBuffer of `n` bytes of host entropy.
fn random_bytes<'js>(cx: Ctx<'js>, len: u32) -> javy::quickjs::Result<javy::quickjs::ArrayBuffer<'js>> {
    javy::quickjs::ArrayBuffer::new(cx, host::random_bytes(len))
}

/// `native.promiseReason(p)`: the reason a rejected promise holds.
fn promise_reason<'js>(cx: Ctx<'js>, value: Value<'js>) -> Value<'js> {
    match value.as_promise().map(|p| p.result::<Value>()) {
        Some(Some(Ok(v))) => v,
        // A rejection: rquickjs threw the reason into the context.
        Some(Some(Err(_))) => cx.catch(),
        _ => Value::new_undefined(cx),
    }
}

/// `native.load(specifier, referrer, mode)`: `{path, source}` (plus
/// `format: 'esm'` when the host says so) or `{error, message}`. `mode` is
/// 0 for `require`, 1 for `import`, 2 for an `import` of JSON.
fn load_module<'js>(
    cx: Ctx<'js>,
    specifier: String,
    referrer: String,
    mode: Opt<u32>,
) -> javy::quickjs::Result<Object<'js>> {
    let out = Object::new(cx)?;
    let mode = match mode.0 {
        Some(1) => LoadMode::Import,
        Some(2) => LoadMode::ImportJson,
        _ => LoadMode::Require,
    };
    match host::load_module(&specifier, &referrer, mode) {
        Ok(found) => {
            if let Some(bytecode) = found.bytecode {
                bytecode::stash(&found.path, bytecode);
                out.set("compiled", true)?;
            }
            if found.is_esm {
                out.set("format", "esm")?;
            }
            out.set("path", found.path)?;
            out.set("source", found.source)?;
        }
        Err(e) => {
            out.set("error", error_kinds::name(e.kind))?;
            out.set("message", e.message)?;
        }
    }
    Ok(out)
}

/// `native.console(level, text)`: hand one console line to the host; returns
/// whether it takes more.
fn console_write(level: u32, text: String) -> bool {
    let level = match level {
        1 => LogLevel::Info,
        2 => LogLevel::Warn,
        3 => LogLevel::Error,
        4 => LogLevel::Debug,
        5 => LogLevel::Trace,
        _ => LogLevel::Log,
    };
    host::console_write(level, &text)
}
