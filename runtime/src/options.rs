//! [`RuntimeOptions`]: everything a runtime is created with. Every option
//! has a documented default and cost.

use crate::host_functions::HostModule;
use crate::limits::{Limits, MIB};
use crate::module_options::ModuleOptions;
use crate::request::CallHooks;
use std::collections::BTreeMap;
use std::time::Duration;

/// Options of an [`IsolatedRuntime`](crate::IsolatedRuntime).
#[derive(Debug, Clone)]
#[non_exhaustive]
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
    /// A directory where compiled code is kept for other processes: the
    /// pre-initialized guest (a new process skips its compilation, seconds)
    /// and per-file snapshots (a new process reuses them once their files
    /// are confirmed unchanged). Files are keyed by the library version and
    /// the guest's and engine's hashes, written atomically (processes may
    /// share the directory), bounded by [`cache_max_bytes`](Self::cache_max_bytes),
    /// and loaded as native code: use a directory only this host writes to. Default: none (compile in memory
    /// once per process). The CLI uses `$ISOLATED_RUNTIME_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/isolated-runtime`, else `~/.cache/isolated-runtime`.
    pub cache_dir: Option<std::path::PathBuf>,
    /// Bytes the disk cache ([`cache_dir`](Self::cache_dir)) may hold: the
    /// compiled guest and per-file snapshots kept for other processes
    /// (about 30 MB each). Beyond it, the least recently used files are
    /// deleted. Default: 1 GiB.
    pub cache_max_bytes: u64,
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
    /// snapshot confirms, one `stat` per file or path it looked at, that
    /// the module folders still show what it saw (content is re-hashed only
    /// for files changed within 2 s of when that was last known to hold),
    /// and drops it if not.
    /// With a [`cache_dir`](Self::cache_dir), snapshots are also kept there
    /// and a file's first call in a new process looks for one.
    /// Used only by calls without a fuel limit, per-call module overrides
    /// (`external`, `virtual_modules`) or a memory limit below the snapshot's.
    /// Each costs the compiled guest's memory (about 5 MiB of code). Default:
    /// 16; 0 disables them.
    pub entry_snapshots: usize,
    /// How many calls may run at once; more wait in a FIFO queue (queue time
    /// does not count against the timeout). Default: the number of cores.
    /// Each running call holds one pooled instance slot.
    pub max_concurrency: usize,
    /// Meter fuel. Default: `true`. Metering costs CPU on every call (`make
    /// bench` prints the measured ratio). Without it, a call that sets a fuel
    /// limit fails with `invalid-args` (never silently unmetered) and
    /// `fuel_consumed` is 0. Time limits do not depend on it: they are always
    /// enforced by epoch interruption.
    pub fuel_metering: bool,
    /// What `process.env` holds in every call (a call's
    /// [`RunRequest::env`](crate::RunRequest::env) adds to it). Nothing of
    /// the host's own environment is ever visible. Default: empty.
    pub env: BTreeMap<String, String>,
    /// Whether the sandbox has a `process` global: a harmless stub (`env`,
    /// `nextTick`, `version`, `platform`, `hrtime`, ... and no `exit`,
    /// `kill`, `chdir` or `binding`, so calling those is a `TypeError`, as
    /// in the reference library's NodeVM). `false` removes the global for
    /// hosts that want it absent (`require('process')` then still follows
    /// [`ModuleOptions::builtins`]). Default: `true`.
    pub process_global: bool,
    /// The default time zone of `Intl.DateTimeFormat` and of
    /// `Date#toLocale*String` in every call (a call's
    /// [`RunRequest::time_zone`](crate::RunRequest::time_zone) overrides
    /// it): an IANA name, or a fixed offset like `+05:30`. It is not the
    /// host's zone: `Date`'s own local-time methods (`getHours`,
    /// `toString`) are always UTC. Default: `"UTC"`.
    pub time_zone: String,
}

impl Default for RuntimeOptions {
    fn default() -> Self {
        RuntimeOptions {
            limits: Limits::default(),
            modules: ModuleOptions::default(),
            host_modules: BTreeMap::new(),
            hooks: CallHooks::default(),
            cache_dir: None,
            cache_max_bytes: 1024 * MIB,
            bytecode_cache_bytes: 64 * MIB as usize,
            entry_snapshots: 16,
            max_concurrency: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            fuel_metering: true,
            env: BTreeMap::new(),
            process_global: true,
            time_zone: crate::time_zone::DEFAULT_TIME_ZONE.to_string(),
        }
    }
}

impl RuntimeOptions {
    /// Set the default time limit.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.limits.timeout = timeout;
        self
    }

    /// Set the default time zone of `Intl` (see [`RuntimeOptions::time_zone`]).
    pub fn time_zone(mut self, name: impl Into<String>) -> Self {
        self.time_zone = name.into();
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

    /// Set the Node built-ins code may load (see [`ModuleOptions::builtins`]).
    pub fn builtins<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Self {
        self.modules.builtins = names.into_iter().map(Into::into).collect();
        self
    }

    /// Add `NAME=value` to every call's `process.env`.
    pub fn env_var(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.insert(name.into(), value.into());
        self
    }

    /// Set how many calls may run at once.
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.max_concurrency = n;
        self
    }
}
