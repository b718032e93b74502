//! The JSON the JavaScript layer (`node/lib/`) sends, turned into the
//! library's [`RuntimeOptions`] and [`RunRequest`]. The JavaScript layer
//! validates options first (a `TypeError` names the bad one); these checks
//! are the last line, so a wrong type is an error here too, never a panic.

use crate::js_hooks::JsHooks;
use isolated_runtime::{
    CompilerHook, HostModule, LimitOverrides, ModuleOverrides, ResolverHook, RunRequest, RuntimeOptions, MIB,
};
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A JSON object's fields, with typed getters that say which field was wrong.
pub struct Fields<'a> {
    what: &'a str,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    /// The fields of `value`, which must be an object (`what` names it in errors).
    pub fn of(what: &'a str, value: &'a Value) -> Result<Self, String> {
        value
            .as_object()
            .map(|map| Fields { what, map })
            .ok_or_else(|| format!("{what} must be an object"))
    }

    fn present(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    fn wrong(&self, name: &str, expected: &str) -> String {
        format!("{}.{name} must be {expected}", self.what)
    }

    /// A string field.
    pub fn string(&self, name: &str) -> Result<Option<String>, String> {
        self.present(name)
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| self.wrong(name, "a string"))
            })
            .transpose()
    }

    /// A non-negative integer field.
    pub fn unsigned(&self, name: &str) -> Result<Option<u64>, String> {
        self.present(name)
            .map(|v| {
                v.as_u64()
                    .ok_or_else(|| self.wrong(name, "a non-negative integer"))
            })
            .transpose()
    }

    /// A boolean field (absent: false).
    pub fn flag(&self, name: &str) -> Result<bool, String> {
        self.present(name)
            .map(|v| v.as_bool().ok_or_else(|| self.wrong(name, "a boolean")))
            .transpose()
            .map(|b| b.unwrap_or(false))
    }

    /// An array-of-strings field.
    pub fn strings(&self, name: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.present(name) else {
            return Ok(None);
        };
        let items = value
            .as_array()
            .ok_or_else(|| self.wrong(name, "an array of strings"))?;
        items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| self.wrong(name, "an array of strings"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    /// An object-of-strings field (`env`).
    pub fn string_map(&self, name: &str) -> Result<Vec<(String, String)>, String> {
        let Some(value) = self.present(name) else {
            return Ok(Vec::new());
        };
        let map = value
            .as_object()
            .ok_or_else(|| self.wrong(name, "an object of strings"))?;
        map.iter()
            .map(|(k, v)| {
                v.as_str()
                    .map(|s| (k.clone(), s.to_string()))
                    .ok_or_else(|| self.wrong(name, "an object of strings"))
            })
            .collect()
    }

    /// Any JSON field.
    pub fn value(&self, name: &str) -> Option<&'a Value> {
        self.present(name)
    }
}

/// The runtime's options from the JavaScript layer's JSON.
pub fn runtime_options(options: &Value, hooks: &Arc<JsHooks>) -> Result<RuntimeOptions, String> {
    let f = Fields::of("options", options)?;
    let mut out = RuntimeOptions::default();
    if let Some(ms) = f.unsigned("timeout")? {
        out.limits.timeout = Duration::from_millis(ms.max(1));
    }
    if let Some(mb) = f.unsigned("memoryMb")? {
        out.limits.memory_bytes = mb.saturating_mul(MIB);
    }
    if let Some(fuel) = f.unsigned("fuel")? {
        out.limits.fuel = Some(fuel);
    }
    if let Some(n) = f.unsigned("maxConcurrency")? {
        out.max_concurrency = usize::try_from(n.max(1)).unwrap_or(usize::MAX);
    }
    if let Some(extensions) = f.strings("sourceExtensions")? {
        out.modules.extensions = dotted(extensions);
    }
    if let Some(external) = f.strings("external")? {
        out.modules.external = external;
    }
    if let Some(builtins) = f.strings("builtins")? {
        out.modules.builtins = builtins;
    }
    if let Some(roots) = f.strings("moduleRoots")? {
        out.modules.module_roots = roots.into_iter().map(PathBuf::from).collect();
    }
    out.modules.allow_dependencies = f.flag("allowDependencies")?;
    out.env = f.string_map("env")?.into_iter().collect();
    if let Some(zone) = f.string("timeZone")? {
        out.time_zone = zone;
    }
    if let Some(dir) = f.string("cacheDir")? {
        out.cache_dir = Some(PathBuf::from(dir));
    }
    if f.flag("compiler")? {
        out.modules.compiler = Some(compiler_hook(hooks, None));
    }
    if let Some(modules) = f.value("hostModules") {
        let modules = Fields::of("options.hostModules", modules)?;
        for (name, functions) in modules.map {
            out = out.host_module(name.clone(), host_module(name, functions, hooks)?);
        }
    }
    Ok(out)
}

/// `["jx", ".js"]` -> `[".jx", ".js"]`.
fn dotted(extensions: Vec<String>) -> Vec<String> {
    extensions
        .into_iter()
        .map(|e| if e.starts_with('.') { e } else { format!(".{e}") })
        .collect()
}

/// A host module whose functions run in Node.js: `{"name": "sync" | "async"}`.
fn host_module(module: &str, functions: &Value, hooks: &Arc<JsHooks>) -> Result<HostModule, String> {
    let what = format!("options.hostModules.{module}");
    let functions = Fields::of(&what, functions)?;
    let mut out = HostModule::new();
    for (function, style) in functions.map {
        let request = json!({ "hook": "host", "module": module, "function": function });
        let hooks = hooks.clone();
        out = match style.as_str() {
            Some("sync") => out.function(function.clone(), move |args| {
                let mut request = request.clone();
                request["args"] = Value::Array(args);
                hooks.ask(&request)
            }),
            Some("async") => out.async_function(function.clone(), move |args| {
                let mut request = request.clone();
                request["args"] = Value::Array(args);
                let hooks = hooks.clone();
                async move { hooks.ask_async(&request).await }
            }),
            _ => return Err(format!("{what}.{function} must be \"sync\" or \"async\"")),
        };
    }
    Ok(out)
}

/// The compiler hook: the user's `compiler(source, path)` in Node.js.
fn compiler_hook(hooks: &Arc<JsHooks>, call: Option<u32>) -> CompilerHook {
    let hooks = hooks.clone();
    Arc::new(move |source: &str, path: &str| {
        let answer =
            hooks.ask(&json!({ "hook": "compile", "call": call, "source": source, "path": path }))?;
        answer
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| "the compiler did not return a string".to_string())
    })
}

/// The resolver hook: the user's `resolve(name)` in Node.js, whose host path
/// the JavaScript layer maps into the module folders (or `null`).
fn resolver_hook(hooks: &Arc<JsHooks>, call: u32) -> ResolverHook {
    let hooks = hooks.clone();
    Arc::new(move |specifier: &str, referrer: &str| {
        hooks
            .ask(&json!({ "hook": "resolve", "call": call, "specifier": specifier, "referrer": referrer }))
            .ok()
            .and_then(|answer| answer.as_str().map(str::to_string))
    })
}

/// One call's request from the JavaScript layer's JSON, and the count of
/// notifications (console lines, `running`) it will have sent the main
/// thread, so that the JavaScript layer settles the call only after all of
/// them arrived.
pub fn run_request(request: &Value, hooks: &Arc<JsHooks>) -> Result<(RunRequest, Arc<AtomicU32>), String> {
    let told = Arc::new(AtomicU32::new(0));
    let f = Fields::of("request", request)?;
    let folder = f.string("root")?.ok_or("request.root must be a string")?;
    let file = f.string("file")?.ok_or("request.file must be a string")?;
    let func_name = f.string("funcName")?.ok_or("request.funcName must be a string")?;
    let args = match f.value("args") {
        None => Vec::new(),
        Some(Value::Array(items)) => items.clone(),
        Some(_) => return Err("request.args must be an array".into()),
    };
    let call = u32::try_from(f.unsigned("call")?.unwrap_or(0)).map_err(|_| "request.call is out of range")?;
    let mut out = RunRequest::new(folder, file, func_name).args(args);
    if let Some(context) = f.value("context") {
        out = out.context(context.clone());
    }
    out.external = f.strings("external")?;
    out.builtins = f.strings("builtins")?;
    out.host_modules = f.strings("hostModules")?;
    for (k, v) in f.string_map("env")? {
        out = out.env_var(k, v);
    }
    if let Some(zone) = f.string("timeZone")? {
        out = out.time_zone(zone);
    }
    let mut limits = LimitOverrides::default();
    if let Some(ms) = f.unsigned("timeout")? {
        limits = limits.timeout(Duration::from_millis(ms.max(1)));
    }
    if let Some(fuel) = f.unsigned("fuel")? {
        limits = limits.fuel(fuel);
    }
    if let Some(mb) = f.unsigned("memoryMb")? {
        limits = limits.memory_bytes(mb.saturating_mul(MIB));
    }
    out = out.limits(limits);
    let mut modules = ModuleOverrides::default();
    if let Some(roots) = f.strings("moduleRoots")? {
        modules = modules.module_roots(roots);
    }
    if let Some(extensions) = f.strings("sourceExtensions")? {
        modules = modules.extensions(extensions);
    }
    if f.flag("compiler")? {
        modules = modules.compiler(compiler_hook(hooks, Some(call)));
    }
    if f.flag("resolve")? {
        modules = modules.resolver(resolver_hook(hooks, call));
    }
    out = out.modules(modules);
    if f.flag("onConsole")? {
        let (hooks, told) = (hooks.clone(), told.clone());
        out.hooks.on_console = Some(Arc::new(move |line| {
            told.fetch_add(1, Ordering::SeqCst);
            hooks.tell(
                &json!({ "hook": "console", "call": call, "level": line.level.as_str(), "text": line.text }),
            );
        }));
    }
    if f.flag("running")? {
        let (hooks, told) = (hooks.clone(), told.clone());
        out.hooks.on_running = Some(Arc::new(move || {
            told.fetch_add(1, Ordering::SeqCst);
            hooks.tell(&json!({ "hook": "running", "call": call }));
        }));
    }
    Ok((out, told))
}
