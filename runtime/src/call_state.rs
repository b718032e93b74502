//! The host state of one call (owned by its `Store`, dropped with it) and
//! the host side of the WIT `host` interface it serves: console, module
//! loading, host functions, events, randomness, the bytecode cache.

use crate::bindings::isolated_runtime::sandbox::{host, types};
use crate::bytecode_cache::{BytecodeCache, BytecodeKey};
use crate::console_capture::ConsoleCapture;
use crate::host_functions::{CallStart, HostCalls};
use crate::limits::Limits;
use crate::memory_budget::MemoryBudget;
use crate::module_resolver::{LoadMode, ModuleResolver};
use crate::read_only_fs;
use crate::request::{ConsoleCallback, ConsoleLine, LogLevel, RunningCallback};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Bytes of the guest's own stdout/stderr kept (only the guest runtime's
/// diagnostics end up there: user code's console goes through the host).
const GUEST_STDIO_BYTES: usize = 64 * 1024;

/// The host state of one call: owned by its `Store` and dropped with it.
pub(crate) struct CallState {
    wasi: WasiCtx,
    table: ResourceTable,
    /// The guest runtime's own stdout/stderr (diagnostics, for `internal`
    /// errors).
    stdio: MemoryOutputPipe,
    memory: MemoryBudget,
    console: ConsoleCapture,
    /// `None` only while the guest is pre-initialized (no modules load then).
    modules: Option<ModuleResolver>,
    host_calls: HostCalls,
    on_running: Vec<RunningCallback>,
    /// Compiled modules shared with other calls, and what this call may add.
    bytecode: CallBytecode,
    /// Set only in the instance a per-file snapshot is taken from.
    preload: Option<PreloadRecording>,
}

/// What the snapshot instance's `preload` is about: its entry file.
struct PreloadRecording {
    entry: String,
}

/// A call's view of the runtime's [`BytecodeCache`].
#[derive(Default)]
struct CallBytecode {
    cache: Option<Arc<BytecodeCache>>,
    /// Modules served from source in this call, whose bytecode the guest may
    /// hand back, by module id.
    served: HashMap<String, BytecodeKey>,
}

/// Largest bytecode accepted per byte of source (plus a fixed allowance):
/// QuickJS bytecode is about as long as the source; a guest cannot park
/// arbitrary data in the cache.
const BYTECODE_PER_SOURCE_BYTE: usize = 8;
const BYTECODE_ALLOWANCE: usize = 64 * 1024;

impl CallState {
    /// The state of the one-off instance that the host pre-initializes and
    /// snapshots (see `engine.rs`): no modules, no host functions, no limits
    /// beyond the engine's.
    pub(crate) fn for_initialization() -> Self {
        CallState {
            wasi: WasiCtx::builder().build(),
            table: ResourceTable::new(),
            stdio: MemoryOutputPipe::new(0),
            memory: MemoryBudget::new(u64::MAX, 0),
            console: ConsoleCapture::new(0, Vec::new()),
            modules: None,
            host_calls: HostCalls::new(Default::default(), Some(Default::default())),
            on_running: Vec::new(),
            bytecode: CallBytecode::default(),
            preload: None,
        }
    }

    /// The state of the instance a per-file snapshot of `entry` is taken
    /// from: modules from `modules` (a resolver that records what it sees),
    /// memory up to `memory_limit`.
    pub(crate) fn for_preload(
        modules: ModuleResolver,
        entry: String,
        memory_limit: u64,
        image_allowance: u64,
    ) -> Self {
        CallState {
            memory: MemoryBudget::new(memory_limit, image_allowance),
            modules: Some(modules),
            preload: Some(PreloadRecording { entry }),
            ..CallState::for_initialization()
        }
    }

    /// The state of one call within `limits`: modules from `modules`, host
    /// functions from `host_calls`, compiled modules shared through
    /// `bytecode` (when given).
    pub(crate) fn for_call(
        limits: &Limits,
        modules: ModuleResolver,
        host_calls: HostCalls,
        on_console: Vec<ConsoleCallback>,
        on_running: Vec<RunningCallback>,
        bytecode: Option<Arc<BytecodeCache>>,
        image_allowance: u64,
    ) -> Self {
        let stdio = MemoryOutputPipe::new(GUEST_STDIO_BYTES);
        let wasi = WasiCtx::builder()
            .stdout(stdio.clone())
            .stderr(stdio.clone())
            .build();
        CallState {
            wasi,
            table: ResourceTable::new(),
            stdio,
            memory: MemoryBudget::new(limits.memory_bytes, image_allowance),
            console: ConsoleCapture::new(limits.max_console_bytes, on_console),
            modules: Some(modules),
            host_calls,
            on_running,
            bytecode: CallBytecode {
                cache: bytecode,
                served: HashMap::new(),
            },
            preload: None,
        }
    }

    /// The memory limiter (for `Store::limiter`).
    pub(crate) fn memory_budget(&mut self) -> &mut MemoryBudget {
        &mut self.memory
    }

    /// The sandbox image the memory limit does not count.
    pub(crate) fn memory_image(&self) -> u64 {
        self.memory.allowance()
    }

    /// The largest linear memory the instance had.
    pub(crate) fn memory_peak(&self) -> u64 {
        self.memory.peak()
    }

    /// Whether the memory limiter refused a grow.
    pub(crate) fn memory_refused(&self) -> bool {
        self.memory.refused()
    }

    /// What the guest runtime wrote to its stdout/stderr.
    pub(crate) fn guest_output(&self) -> Vec<u8> {
        self.stdio.contents().to_vec()
    }

    /// The console lines the call wrote.
    pub(crate) fn take_console(&mut self) -> Vec<ConsoleLine> {
        self.console.take_lines()
    }
}

impl CallState {
    /// The call's files for the read-only `fs` built-in, if it was granted.
    fn fs_files(&self) -> Result<&crate::module_files::ModuleFiles, host::FsError> {
        self.modules
            .as_ref()
            .and_then(ModuleResolver::fs_files)
            .ok_or(host::FsError::AccessDenied)
    }
}

impl CallBytecode {
    /// The cached bytecode of `source` as module `path`; on a miss, remember
    /// the key so the guest can fill it.
    fn lookup(&mut self, root: (u64, u64), path: &str, source: &str) -> Option<Vec<u8>> {
        let cache = self.cache.as_ref()?;
        let key = cache.key(root, path, source);
        match cache.get(&key) {
            Some(bytecode) => Some(bytecode.as_ref().clone()),
            None => {
                self.served.insert(path.to_string(), key);
                None
            }
        }
    }
}

/// A host function's result as it crosses to the guest.
fn encode_host_result(result: crate::host_functions::HostResult) -> Result<String, String> {
    result.and_then(|v| {
        serde_json::to_string(&v).map_err(|e| format!("the host function returned unencodable JSON: {e}"))
    })
}

impl WasiView for CallState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl types::Host for CallState {}

impl host::Host for CallState {
    fn console_write(&mut self, level: host::LogLevel, text: String) -> bool {
        self.console.push(LogLevel::from(level), text)
    }

    fn host_module(&mut self, name: String) -> Result<Vec<host::HostFunction>, host::ModuleError> {
        match self.host_calls.module(&name) {
            Some(m) => Ok(m
                .signatures()
                .into_iter()
                .map(|(name, is_async)| host::HostFunction { name, is_async })
                .collect()),
            None => Err(host::ModuleError {
                kind: types::ErrorKind::ModuleForbidden,
                message: format!("host module 'host:{name}' is not available to this call"),
            }),
        }
    }

    fn call_host(&mut self, module: String, function: String, args_json: String) -> host::HostCallStart {
        let args = match serde_json::from_str::<Value>(&args_json) {
            Ok(Value::Array(items)) => items,
            _ => {
                return host::HostCallStart::Done(Err("host function arguments must be a JSON array".into()))
            }
        };
        match self.host_calls.start(&module, &function, args) {
            CallStart::Done(result) => host::HostCallStart::Done(encode_host_result(result)),
            CallStart::Pending(id) => host::HostCallStart::Pending(id),
        }
    }

    async fn wait_event(&mut self, max_wait_ms: Option<u64>) -> Vec<host::Completion> {
        self.host_calls
            .wait(max_wait_ms.map(Duration::from_millis))
            .await
            .into_iter()
            .map(|(id, result)| host::Completion {
                id,
                outcome: encode_host_result(result),
            })
            .collect()
    }

    fn random_bytes(&mut self, len: u32) -> Vec<u8> {
        let mut bytes = vec![0u8; len.min(65_536) as usize];
        if getrandom::fill(&mut bytes).is_err() {
            tracing::error!("the host's random source failed");
        }
        bytes
    }

    fn preload_entry(&mut self) -> String {
        self.preload.as_ref().map(|p| p.entry.clone()).unwrap_or_default()
    }

    fn function_started(&mut self) {
        for callback in &self.on_running {
            callback();
        }
    }

    fn fs_read_file(&mut self, path: String) -> Result<Vec<u8>, host::FsError> {
        let files = self.fs_files()?;
        read_only_fs::read_file(files, &path).map_err(Into::into)
    }

    fn fs_read_dir(&mut self, path: String) -> Result<Vec<host::DirEntry>, host::FsError> {
        let files = self.fs_files()?;
        let entries = read_only_fs::read_dir(files, &path)?;
        Ok(entries
            .into_iter()
            .map(|(name, is_file, is_directory)| host::DirEntry {
                name,
                is_file,
                is_directory,
            })
            .collect())
    }

    fn fs_stat(&mut self, path: String) -> Result<host::FileStat, host::FsError> {
        let files = self.fs_files()?;
        let s = read_only_fs::stat(files, &path)?;
        Ok(host::FileStat {
            is_file: s.is_file,
            is_directory: s.is_directory,
            size: s.size,
            mtime_ms: s.mtime_ms,
            ctime_ms: s.ctime_ms,
            atime_ms: s.atime_ms,
            birthtime_ms: s.birthtime_ms,
        })
    }

    fn cache_bytecode(&mut self, path: String, bytecode: Vec<u8>) {
        let (Some(cache), Some(key)) = (&self.bytecode.cache, self.bytecode.served.remove(&path)) else {
            return;
        };
        if bytecode.len() <= key.source_len().saturating_mul(BYTECODE_PER_SOURCE_BYTE) + BYTECODE_ALLOWANCE {
            cache.insert(key, bytecode);
        }
    }

    fn load_module(
        &mut self,
        specifier: String,
        referrer: String,
        mode: host::LoadMode,
    ) -> Result<host::ModuleSource, host::ModuleError> {
        let mode = LoadMode::from(mode);
        let Some(modules) = &self.modules else {
            return Err(host::ModuleError {
                kind: types::ErrorKind::Internal,
                message: "no module can be loaded while the guest is being pre-initialized".into(),
            });
        };
        modules
            .load(&specifier, &referrer, mode)
            .map(|m| {
                let bytecode = modules
                    .root_identity()
                    .and_then(|root| self.bytecode.lookup(root, &m.path, &m.source));
                host::ModuleSource {
                    path: m.path,
                    source: m.source,
                    bytecode,
                    is_esm: m.is_esm,
                }
            })
            .map_err(|e| host::ModuleError {
                kind: e.kind.into(),
                message: e.message,
            })
    }
}
