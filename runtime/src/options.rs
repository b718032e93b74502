//! Runtime-wide options and per-call resource limits.

use crate::host_functions::HostModule;
use crate::module_options::ModuleOptions;
use crate::request::CallHooks;
use std::collections::BTreeMap;
use std::time::Duration;

/// One MiB, in bytes.
pub const MIB: u64 = 1024 * 1024;

/// The resource limits of one call. Every field has a documented default;
/// [`RuntimeOptions::limits`] sets them for every call and
/// [`LimitOverrides`] changes them for one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time from the moment the call gets an instance slot (queue
    /// time does not count) until its result is encoded. Enforced by epoch
    /// interruption. Default: 5000 ms.
    pub timeout: Duration,
    /// Deterministic CPU budget in wasmtime fuel units (roughly one per wasm
    /// instruction). `None` = unmetered (fuel is still counted and reported).
    /// Default: `None`.
    pub fuel: Option<u64>,
    /// Hard cap on the sandbox's linear memory, in bytes. Default: 128 MiB;
    /// minimum: 8 MiB.
    pub memory_bytes: u64,
    /// Largest result, in bytes of JSON text. Default: 16 MiB.
    pub max_result_bytes: u64,
    /// Largest argument list, in bytes of JSON text. Default: 16 MiB.
    pub max_args_bytes: u64,
    /// Console text kept per call, in bytes; the rest is dropped and a marker
    /// line says so. Default: 1 MiB.
    pub max_console_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_millis(5000),
            fuel: None,
            memory_bytes: 128 * MIB,
            max_result_bytes: 16 * MIB,
            max_args_bytes: 16 * MIB,
            max_console_bytes: MIB,
        }
    }
}

/// The smallest memory limit accepted: QuickJS and its stack need this much.
pub const MIN_MEMORY_BYTES: u64 = 8 * MIB;

impl Limits {
    /// These limits with `overrides` applied.
    pub fn with_overrides(&self, overrides: &LimitOverrides) -> Limits {
        Limits {
            timeout: overrides.timeout.unwrap_or(self.timeout),
            fuel: overrides.fuel.or(self.fuel),
            memory_bytes: overrides.memory_bytes.unwrap_or(self.memory_bytes),
            max_result_bytes: overrides.max_result_bytes.unwrap_or(self.max_result_bytes),
            max_args_bytes: overrides.max_args_bytes.unwrap_or(self.max_args_bytes),
            max_console_bytes: overrides.max_console_bytes.unwrap_or(self.max_console_bytes),
        }
    }
}

/// Per-call changes to the runtime's [`Limits`]; `None` keeps the default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LimitOverrides {
    /// See [`Limits::timeout`].
    pub timeout: Option<Duration>,
    /// See [`Limits::fuel`].
    pub fuel: Option<u64>,
    /// See [`Limits::memory_bytes`].
    pub memory_bytes: Option<u64>,
    /// See [`Limits::max_result_bytes`].
    pub max_result_bytes: Option<u64>,
    /// See [`Limits::max_args_bytes`].
    pub max_args_bytes: Option<u64>,
    /// See [`Limits::max_console_bytes`].
    pub max_console_bytes: Option<u64>,
}

/// Options of an [`IsolatedRuntime`](crate::IsolatedRuntime).
#[derive(Debug, Clone)]
pub struct RuntimeOptions {
    /// Default limits of every call.
    pub limits: Limits,
    /// What code may load besides its own files: packages, module roots,
    /// virtual modules, resolver and compiler hooks.
    pub modules: ModuleOptions,
    /// Host modules by name (`require('host:NAME')`); each call may use all
    /// of them or those its [`RunRequest::host_modules`](crate::RunRequest::host_modules)
    /// names. Default: none.
    pub host_modules: BTreeMap<String, HostModule>,
    /// Callbacks for every call. Default: none.
    pub hooks: CallHooks,
    /// A directory where the compiled (pre-initialized) guest is cached, so
    /// a new process skips the 1–2 s compilation. Files are keyed by the
    /// guest's and the engine's hashes and loaded as native code: use a
    /// directory only this host writes to. Default: none (compile in memory
    /// once per process). The CLI uses `$ISOLATED_RUNTIME_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/isolated-runtime`, else `~/.cache/isolated-runtime`.
    pub cache_dir: Option<std::path::PathBuf>,
    /// Bytes of compiled CommonJS modules (QuickJS bytecode) kept in memory
    /// between calls, so a module's source is parsed once, not per call.
    /// Entries are keyed by module root, path and a hash of the exact source
    /// (an edited file is recompiled); top-level code still runs on every
    /// call. Calls with a fuel limit bypass the cache, so a fuel budget is
    /// spent identically on every call. Default: 64 MiB; 0 disables the cache.
    pub bytecode_cache_bytes: usize,
    /// How many entry files keep a per-file snapshot: an instance image with
    /// the file and its dependencies already loaded and their top-level code
    /// run, so a call only calls the function. Built in the background (a
    /// Wizer snapshot and a compile, about a second of CPU) once a file has
    /// been called 3 times, only if its top-level code read no clock,
    /// randomness, `context` or `performance`, wrote no console output,
    /// started no timer and used no host or ES module. Every call through a
    /// snapshot re-reads the files it loaded and drops it if any changed.
    /// Used only by calls without a fuel limit, per-call module overrides
    /// (`external`, `virtual_modules`) or a memory limit below the snapshot's.
    /// Each costs the compiled guest's memory (about 5 MiB of code). Default:
    /// 16; 0 disables them.
    pub entry_snapshots: usize,
    /// How many calls may run at once; more wait in a FIFO queue (queue time
    /// does not count against the timeout). Default: the number of cores.
    /// Each running call holds one pooled instance slot.
    pub max_concurrency: usize,
    /// Meter fuel (default `true`). Metering costs some CPU on every call (see
    /// `make bench` for the measured ratio); without it fuel limits are
    /// refused (`invalid-args`) and `fuel_consumed` is 0.
    pub fuel_metering: bool,
    /// Check epochs (default `true`). **For benchmarks only**: without epoch
    /// checks, running code cannot be interrupted, so time limits are only
    /// noticed when the code yields (which endless loops never do).
    #[doc(hidden)]
    pub epoch_interruption: bool,
}

impl Default for RuntimeOptions {
    fn default() -> Self {
        RuntimeOptions {
            limits: Limits::default(),
            modules: ModuleOptions::default(),
            host_modules: BTreeMap::new(),
            hooks: CallHooks::default(),
            cache_dir: None,
            bytecode_cache_bytes: 64 * MIB as usize,
            entry_snapshots: 16,
            max_concurrency: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            fuel_metering: true,
            epoch_interruption: true,
        }
    }
}

impl RuntimeOptions {
    /// Set the default time limit.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.limits.timeout = timeout;
        self
    }

    /// Set the default fuel budget.
    pub fn fuel(mut self, fuel: Option<u64>) -> Self {
        self.limits.fuel = fuel;
        self
    }

    /// Set the default memory limit, in bytes.
    pub fn memory_bytes(mut self, bytes: u64) -> Self {
        self.limits.memory_bytes = bytes;
        self
    }

    /// Allow bare `require`/`import` of these packages (`*` wildcards).
    pub fn external<I: IntoIterator<Item = S>, S: Into<String>>(mut self, packages: I) -> Self {
        self.modules.external = packages.into_iter().map(Into::into).collect();
        self
    }

    /// Register host module `name` (`require('host:NAME')`).
    pub fn host_module(mut self, name: impl Into<String>, module: HostModule) -> Self {
        self.host_modules.insert(name.into(), module);
        self
    }

    /// Set how many calls may run at once.
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.max_concurrency = n;
        self
    }
}
