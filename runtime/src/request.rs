//! What a call asks for ([`RunRequest`]) and what it gives back ([`Outcome`]).

use crate::limits::LimitOverrides;
use crate::module_options::ModuleOverrides;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// One function call: run `func_name` from `file` (relative to `folder`) with
/// `args`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RunRequest {
    /// The module root. Nothing outside it can be read by the call.
    pub folder: PathBuf,
    /// The entry module, relative to `folder`. Absolute paths and paths that
    /// leave `folder` fail with `path-escape`.
    pub file: String,
    /// The function to call: an export of the module, or else a function
    /// declared at its top level.
    pub func_name: String,
    /// The arguments, passed as JSON.
    pub args: Vec<Value>,
    /// A per-call JSON value, visible read-only to the code as the global
    /// `context`. Default: `null`.
    pub context: Option<Value>,
    /// Limits for this call only.
    pub limits: LimitOverrides,
    /// The packages this call may load, replacing the runtime's
    /// [`ModuleOptions::external`](crate::ModuleOptions::external); `None`
    /// keeps the runtime's list.
    pub external: Option<Vec<String>>,
    /// The Node built-ins this call may load, replacing the runtime's
    /// [`ModuleOptions::builtins`](crate::ModuleOptions::builtins); `None`
    /// keeps the runtime's list.
    pub builtins: Option<Vec<String>>,
    /// `process.env` entries for this call, added to (and overriding) the
    /// runtime's [`RuntimeOptions::env`](crate::RuntimeOptions::env).
    pub env: BTreeMap<String, String>,
    /// The default time zone of `Intl` in this call, overriding
    /// [`RuntimeOptions::time_zone`](crate::RuntimeOptions::time_zone).
    pub time_zone: Option<String>,
    /// Host-provided modules for this call only, by name, in addition to
    /// (and shadowing) the runtime's virtual modules.
    pub virtual_modules: BTreeMap<String, String>,
    /// The host modules (`require('host:NAME')`) this call may use: `None`
    /// grants every module registered on the runtime, `Some(list)` only those
    /// named (`Some(vec![])`: none).
    pub host_modules: Option<Vec<String>>,
    /// A trusted module (specifier, resolved like the entry file, or a
    /// virtual module name) whose export turns `args` into the function's
    /// actual arguments inside the sandbox: it is called with the `args`
    /// array and returns the argument array (or a promise of it). Its export
    /// is the module itself when that is a function, else its `resolve`.
    pub arg_resolver: Option<String>,
    /// Module-loading options for this call only (extra module roots,
    /// resolver and compiler hooks, extensions); see [`ModuleOverrides`].
    pub modules: ModuleOverrides,
    /// Callbacks for this call (called in addition to the runtime's).
    pub hooks: CallHooks,
}

/// Receives each console line as it is written.
pub type ConsoleCallback = Arc<dyn Fn(&ConsoleLine) + Send + Sync>;

/// Called when the function itself starts (after its module has loaded).
pub type RunningCallback = Arc<dyn Fn() + Send + Sync>;

/// Optional host callbacks for calls (on [`RuntimeOptions`](crate::RuntimeOptions)
/// for every call, on [`RunRequest`] for one).
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CallHooks {
    /// See [`ConsoleCallback`]. Lines are still returned in [`Outcome::console`].
    pub on_console: Option<ConsoleCallback>,
    /// See [`RunningCallback`] (the reference library's `running` hook).
    pub on_running: Option<RunningCallback>,
}

impl fmt::Debug for CallHooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallHooks")
            .field("on_console", &self.on_console.is_some())
            .field("on_running", &self.on_running.is_some())
            .finish()
    }
}

impl RunRequest {
    /// A request with no arguments and default limits.
    pub fn new(folder: impl Into<PathBuf>, file: impl Into<String>, func_name: impl Into<String>) -> Self {
        RunRequest {
            folder: folder.into(),
            file: file.into(),
            func_name: func_name.into(),
            ..RunRequest::default()
        }
    }

    /// Set the arguments.
    pub fn args(mut self, args: Vec<Value>) -> Self {
        self.args = args;
        self
    }

    /// Set the per-call context.
    pub fn context(mut self, context: Value) -> Self {
        self.context = Some(context);
        self
    }

    /// Set this call's package allow-list.
    pub fn external<I: IntoIterator<Item = S>, S: Into<String>>(mut self, packages: I) -> Self {
        self.external = Some(packages.into_iter().map(Into::into).collect());
        self
    }

    /// Set the Node built-ins this call may load.
    pub fn builtins<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Self {
        self.builtins = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Add `NAME=value` to this call's `process.env`.
    pub fn env_var(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.insert(name.into(), value.into());
        self
    }

    /// Set this call's default time zone (an IANA name such as
    /// `"America/New_York"`); an unknown zone fails the call with
    /// `invalid-args`.
    pub fn time_zone(mut self, name: impl Into<String>) -> Self {
        self.time_zone = Some(name.into());
        self
    }

    /// Add a host-provided module for this call.
    pub fn virtual_module(mut self, name: impl Into<String>, source: impl Into<String>) -> Self {
        self.virtual_modules.insert(name.into(), source.into());
        self
    }

    /// Grant this call only the named host modules.
    pub fn host_modules<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Self {
        self.host_modules = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Set the argument resolver module.
    pub fn arg_resolver(mut self, module: impl Into<String>) -> Self {
        self.arg_resolver = Some(module.into());
        self
    }

    /// Set per-call module-loading options.
    pub fn modules(mut self, modules: ModuleOverrides) -> Self {
        self.modules = modules;
        self
    }

    /// Set per-call limits.
    pub fn limits(mut self, limits: LimitOverrides) -> Self {
        self.limits = limits;
        self
    }
}

/// A successful call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Outcome {
    /// The returned value; `None` when the function returned `undefined`.
    pub value: Option<Value>,
    /// What the call wrote to `console`, in order.
    pub console: Vec<ConsoleLine>,
    /// What the call cost.
    pub stats: CallStats,
}

/// Measurements of one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct CallStats {
    /// Wall time from getting an instance slot to the encoded result,
    /// including instantiation.
    pub wall_time: Duration,
    /// Fuel units consumed (counted even when no fuel limit is set).
    pub fuel_consumed: u64,
    /// The largest linear memory the instance had, in bytes: its initial
    /// image ([`memory_image_bytes`](Self::memory_image_bytes)) and what the
    /// call grew. [`Limits::memory_bytes`](crate::Limits::memory_bytes)
    /// caps the growth, `peak_memory_bytes - memory_image_bytes`.
    pub peak_memory_bytes: u64,
    /// The image of the pre-initialized guest, in bytes: its data
    /// (ICU4X's CLDR tables among them) and the snapshot's heap, mapped
    /// copy-on-write and shared by all sandboxes; the memory limit does not
    /// count it.
    pub memory_image_bytes: u64,
    /// Whether the call ran from a per-file snapshot (its entry file already
    /// evaluated; see `RuntimeOptions::entry_snapshots`).
    pub from_snapshot: bool,
}

/// One line written to `console` by the sandboxed code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsoleLine {
    /// Which console method wrote it.
    pub level: LogLevel,
    /// The formatted text.
    pub text: String,
}

/// The console method behind a [`ConsoleLine`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    /// `console.log`, `console.dir`
    Log,
    /// `console.info`
    Info,
    /// `console.warn`
    Warn,
    /// `console.error`, failed `console.assert`
    Error,
    /// `console.debug`
    Debug,
    /// `console.trace`
    Trace,
}

impl LogLevel {
    /// The lowercase name (`"log"`, `"warn"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Log => "log",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
            LogLevel::Error => "error",
            LogLevel::Debug => "debug",
            LogLevel::Trace => "trace",
        }
    }
}
