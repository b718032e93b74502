//! One call in one fresh instance: build the per-call host state and store,
//! instantiate the guest from the shared `InstancePre`, call its `run`
//! export, and turn traps and guest errors into [`RunError`]s.

use crate::bindings::isolated_runtime::sandbox::{host, types};
use crate::bytecode_cache::{BytecodeCache, BytecodeKey};
use crate::engine::SandboxEngine;
use crate::entry_snapshots::{EntrySnapshot, RecordedLoad};
use crate::error::{ErrorKind, RunError};
use crate::host_functions::{CallStart, HostCalls};
use crate::module_resolver::ModuleResolver;
use crate::options::{Limits, MIN_MEMORY_BYTES};
use crate::request::{CallStats, ConsoleCallback, ConsoleLine, LogLevel, Outcome, RunningCallback};
use serde_json::Value;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;
use std::time::{Duration, Instant};
use wasmtime::component::ResourceTable;
use wasmtime::{ResourceLimiter, Store, Trap, UpdateDeadline};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Fuel given to calls without a fuel limit (effectively unlimited; still
/// counted).
const UNMETERED_FUEL: u64 = i64::MAX as u64;

/// Bytes of the guest's own stdout/stderr kept (only the guest runtime's
/// diagnostics end up there: user code's console goes through the host).
const GUEST_STDIO_BYTES: usize = 64 * 1024;

/// The host state of one call: owned by its `Store` and dropped with it.
pub(crate) struct CallState {
    wasi: WasiCtx,
    table: ResourceTable,
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

/// What the snapshot instance's `preload` loads, for later calls to check.
struct PreloadRecording {
    entry: String,
    hasher: std::hash::RandomState,
    loads: Vec<RecordedLoad>,
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
            memory: MemoryBudget::new(u64::MAX),
            console: ConsoleCapture::new(0, Vec::new()),
            modules: None,
            host_calls: HostCalls::new(Default::default(), Some(Default::default())),
            on_running: Vec::new(),
            bytecode: CallBytecode::default(),
            preload: None,
        }
    }

    /// The state of the instance a per-file snapshot of `entry` is taken
    /// from: modules from `modules`, memory up to `memory_limit`, every load
    /// recorded.
    pub(crate) fn for_preload(
        modules: ModuleResolver,
        entry: String,
        hasher: std::hash::RandomState,
        memory_limit: u64,
    ) -> Self {
        CallState {
            memory: MemoryBudget::new(memory_limit),
            modules: Some(modules),
            preload: Some(PreloadRecording {
                entry,
                hasher,
                loads: Vec::new(),
            }),
            ..CallState::for_initialization()
        }
    }

    /// The memory limiter (for `Store::limiter`).
    pub(crate) fn memory_budget(&mut self) -> &mut MemoryBudget {
        &mut self.memory
    }

    /// The largest linear memory the instance had.
    pub(crate) fn memory_peak(&self) -> u64 {
        self.memory.peak
    }

    /// The loads `preload` made.
    pub(crate) fn take_recorded_loads(&mut self) -> Vec<RecordedLoad> {
        self.preload
            .as_mut()
            .map(|p| std::mem::take(&mut p.loads))
            .unwrap_or_default()
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

/// What one call needs to know.
pub(crate) struct CallPlan<'a> {
    pub modules: ModuleResolver,
    pub host_calls: HostCalls,
    pub on_console: Vec<ConsoleCallback>,
    pub on_running: Vec<RunningCallback>,
    pub arg_resolver: Option<&'a str>,
    pub entry: &'a str,
    pub func_name: &'a str,
    pub args: &'a [Value],
    pub context: Option<&'a Value>,
    pub limits: &'a Limits,
    /// A per-file snapshot to instantiate instead of the generic guest.
    pub snapshot: Option<Arc<EntrySnapshot>>,
}

/// Run one call in a brand-new store and instance.
pub(crate) async fn run_call(engine: &SandboxEngine, plan: CallPlan<'_>) -> Result<Outcome, RunError> {
    let started = Instant::now();
    let limits = plan.limits;
    if limits.fuel.is_some() && !engine.fuel_metering {
        return Err(RunError::InvalidArgs {
            message: "a fuel limit was set, but this runtime was created without fuel metering".into(),
        });
    }
    if limits.memory_bytes < MIN_MEMORY_BYTES {
        return Err(RunError::InvalidArgs {
            message: format!(
                "the memory limit of {} bytes is below the minimum of {} MiB",
                limits.memory_bytes,
                MIN_MEMORY_BYTES / (1024 * 1024)
            ),
        });
    }
    let args_json = serde_json::to_string(plan.args).map_err(|e| RunError::InvalidArgs {
        message: format!("the arguments cannot be encoded as JSON: {e}"),
    })?;
    if args_json.len() as u64 > limits.max_args_bytes {
        return Err(RunError::InvalidArgs {
            message: format!(
                "the arguments are {} bytes of JSON, over the limit of {} bytes",
                args_json.len(),
                limits.max_args_bytes
            ),
        });
    }
    let context_json = match plan.context {
        Some(v) => serde_json::to_string(v).map_err(|e| RunError::InvalidArgs {
            message: format!("the context cannot be encoded as JSON: {e}"),
        })?,
        None => "null".to_string(),
    };
    if context_json.len() as u64 > limits.max_args_bytes {
        return Err(RunError::InvalidArgs {
            message: format!(
                "the context is {} bytes of JSON, over the limit of {} bytes",
                context_json.len(),
                limits.max_args_bytes
            ),
        });
    }

    let stdio = MemoryOutputPipe::new(GUEST_STDIO_BYTES);
    let wasi = WasiCtx::builder()
        .stdout(stdio.clone())
        .stderr(stdio.clone())
        .build();
    let state = CallState {
        wasi,
        table: ResourceTable::new(),
        memory: MemoryBudget::new(limits.memory_bytes),
        console: ConsoleCapture::new(limits.max_console_bytes, plan.on_console),
        modules: Some(plan.modules),
        host_calls: plan.host_calls,
        on_running: plan.on_running,
        bytecode: CallBytecode {
            // A fuel budget must be spent the same way on every call: such
            // calls always compile from source.
            cache: engine.bytecode.clone().filter(|_| limits.fuel.is_none()),
            ..CallBytecode::default()
        },
        preload: None,
    };
    let mut store = Store::new(&engine.engine, state);
    store.limiter(|s| &mut s.memory);
    let fuel = limits.fuel.unwrap_or(UNMETERED_FUEL);
    if engine.fuel_metering {
        store
            .set_fuel(fuel)
            .map_err(|e| RunError::internal(format!("cannot set fuel: {e:#}")))?;
    }
    let deadline = started + limits.timeout;
    if engine.epoch_interruption {
        // Every tick: past the deadline, interrupt; otherwise yield to the
        // async executor so one busy call cannot starve others on its thread.
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(move |_| {
            if Instant::now() >= deadline {
                Ok(UpdateDeadline::Interrupt)
            } else {
                Ok(UpdateDeadline::Yield(1))
            }
        });
    }

    let call = types::Call {
        entry: plan.entry.to_string(),
        func_name: plan.func_name.to_string(),
        args_json,
        context_json,
        limits: types::GuestLimits {
            max_result_bytes: limits.max_result_bytes,
            max_stack_bytes: crate::engine::QUICKJS_STACK_BYTES,
        },
        arg_resolver: plan.arg_resolver.map(str::to_string),
    };
    let result = tokio::time::timeout(limits.timeout, async {
        let pre = plan.snapshot.as_ref().map_or(&engine.pre, |s| &s.pre);
        let sandbox = pre.instantiate_async(&mut store).await?;
        sandbox.call_run(&mut store, &call).await
    })
    .await;

    let fuel_consumed = if engine.fuel_metering {
        fuel.saturating_sub(store.get_fuel().unwrap_or(fuel))
    } else {
        0
    };
    let state = store.data();
    let stats = CallStats {
        wall_time: started.elapsed(),
        fuel_consumed,
        peak_memory_bytes: state.memory.peak,
        from_snapshot: plan.snapshot.is_some(),
    };
    let outcome = match result {
        Err(_elapsed) => Err(RunError::Timeout {
            limit: limits.timeout,
        }),
        // Once the limiter refused memory the call has failed, even if the code
        // caught QuickJS's "out of memory" and went on, or a trap followed.
        _ if state.memory.refused => Err(RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        }),
        Ok(Err(trap)) => Err(classify_trap(&trap, state, limits, &stdio)),
        Ok(Ok(Err(guest_error))) => Err(guest_failure(guest_error, state, limits)),
        Ok(Ok(Ok(value))) => decode(value).map(|value| Outcome {
            value,
            console: Vec::new(),
            stats,
        }),
    };
    let console = std::mem::take(&mut store.data_mut().console.lines);
    tracing::debug!(
        wall_us = stats.wall_time.as_micros() as u64,
        fuel = stats.fuel_consumed,
        peak_memory = stats.peak_memory_bytes,
        ok = outcome.is_ok(),
        "call finished"
    );
    outcome.map(|mut o| {
        o.console = console;
        o
    })
}

/// The guest's JSON text as a value.
fn decode(value: types::CallValue) -> Result<Option<Value>, RunError> {
    match value {
        types::CallValue::Undefined => Ok(None),
        types::CallValue::Json(text) => {
            serde_json::from_str(&text).map(Some).map_err(|e| RunError::InvalidResult {
                message: if ["surrogate", "hex escape"].iter().any(|w| e.to_string().contains(w)) {
                    format!(
                        "the result holds a string with a lone UTF-16 surrogate (\\uD800-\\uDFFF                          without its pair), which is not Unicode text: {e}"
                    )
                } else {
                    format!("the guest produced invalid JSON: {e}")
                },
            })
        }
    }
}

/// A trap (or host error) during the call, as a typed error.
fn classify_trap(
    err: &wasmtime::Error,
    state: &CallState,
    limits: &Limits,
    stdio: &MemoryOutputPipe,
) -> RunError {
    match err.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => RunError::FuelExhausted {
            limit: limits.fuel.unwrap_or(UNMETERED_FUEL),
        },
        Some(Trap::Interrupt) => RunError::Timeout {
            limit: limits.timeout,
        },
        Some(Trap::StackOverflow) => RunError::StackOverflow {
            message: format!(
                "the call used more than the {} MiB of native stack a sandbox may use",
                crate::engine::MAX_WASM_STACK / (1024 * 1024)
            ),
        },
        _ if state.memory.refused => RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        },
        _ => {
            let guest_output = String::from_utf8_lossy(&stdio.contents()).trim().to_string();
            let detail = if guest_output.is_empty() {
                String::new()
            } else {
                format!(" (guest said: {guest_output})")
            };
            RunError::internal(format!("the sandbox failed: {err:#}{detail}"))
        }
    }
}

/// An error reported by the guest, as a typed error.
fn guest_failure(e: types::CallError, state: &CallState, limits: &Limits) -> RunError {
    let kind = match e.kind {
        types::ErrorKind::JsError => ErrorKind::JsError,
        types::ErrorKind::FunctionNotFound => ErrorKind::FunctionNotFound,
        types::ErrorKind::ModuleNotFound => ErrorKind::ModuleNotFound,
        types::ErrorKind::ModuleForbidden => ErrorKind::ModuleForbidden,
        types::ErrorKind::PathEscape => ErrorKind::PathEscape,
        types::ErrorKind::InvalidArgs => ErrorKind::InvalidArgs,
        types::ErrorKind::InvalidResult => ErrorKind::InvalidResult,
        types::ErrorKind::OutputLimit => ErrorKind::OutputLimit,
        types::ErrorKind::PromiseUnsettled => ErrorKind::PromiseUnsettled,
        types::ErrorKind::StackOverflow => ErrorKind::StackOverflow,
        types::ErrorKind::MemoryLimit => ErrorKind::MemoryLimit,
        types::ErrorKind::Internal => ErrorKind::Internal,
    };
    // QuickJS reports "out of memory" when an allocation fails. If the limiter
    // refused to grow memory, that is the memory limit; a JS error that merely
    // mentions memory stays a js-error.
    if state.memory.refused && (kind == ErrorKind::MemoryLimit || kind == ErrorKind::JsError) {
        return RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        };
    }
    let message = e.message;
    match kind {
        ErrorKind::JsError => RunError::JsError {
            name: e.name,
            message,
            stack: e.stack,
        },
        ErrorKind::FunctionNotFound => RunError::FunctionNotFound { message },
        ErrorKind::ModuleNotFound => RunError::ModuleNotFound { message },
        ErrorKind::ModuleForbidden => RunError::ModuleForbidden { message },
        ErrorKind::PathEscape => RunError::PathEscape { message },
        ErrorKind::InvalidArgs => RunError::InvalidArgs { message },
        ErrorKind::InvalidResult => RunError::InvalidResult { message },
        ErrorKind::OutputLimit => RunError::OutputLimit { message },
        ErrorKind::PromiseUnsettled => RunError::PromiseUnsettled { message },
        ErrorKind::StackOverflow => RunError::StackOverflow {
            message: format!(
                "{message} (JavaScript stack limit of {} KiB)",
                crate::engine::QUICKJS_STACK_BYTES / 1024
            ),
        },
        // Not the limiter (checked above): QuickJS's own ceiling, such as the
        // maximum string length or an allocation beyond the wasm address space.
        ErrorKind::MemoryLimit => RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: format!("QuickJS: {message}"),
        },
        _ => RunError::internal(format!("the guest failed: {message}")),
    }
}

/// Caps the instance's linear memory (summed over its memories) and records
/// its peak and whether a grow was refused.
pub(crate) struct MemoryBudget {
    limit: u64,
    used: u64,
    peak: u64,
    refused: bool,
}

impl MemoryBudget {
    fn new(limit: u64) -> Self {
        MemoryBudget {
            limit,
            used: 0,
            peak: 0,
            refused: false,
        }
    }
}

impl ResourceLimiter for MemoryBudget {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let grow = desired.saturating_sub(current) as u64;
        let total = self.used.saturating_add(grow);
        if total > self.limit {
            self.refused = true;
            return Ok(false);
        }
        self.used = total;
        self.peak = self.peak.max(total);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}

/// Console lines of one call, bounded in total bytes.
struct ConsoleCapture {
    lines: Vec<ConsoleLine>,
    bytes: u64,
    limit: u64,
    truncated: bool,
    callbacks: Vec<ConsoleCallback>,
}

impl ConsoleCapture {
    fn new(limit: u64, callbacks: Vec<ConsoleCallback>) -> Self {
        ConsoleCapture {
            lines: Vec::new(),
            bytes: 0,
            limit,
            truncated: false,
            callbacks,
        }
    }

    fn keep(&mut self, line: ConsoleLine) {
        for callback in &self.callbacks {
            callback(&line);
        }
        self.lines.push(line);
    }

    /// Keep one line if it fits; returns whether more lines will be kept.
    fn push(&mut self, level: LogLevel, text: String) -> bool {
        if self.truncated {
            return false;
        }
        let size = text.len() as u64 + 1;
        if self.bytes + size > self.limit {
            self.truncated = true;
            self.keep(ConsoleLine {
                level: LogLevel::Warn,
                text: format!(
                    "[isolated-runtime] console output over the limit of {} bytes; the rest was dropped",
                    self.limit
                ),
            });
            return false;
        }
        self.bytes += size;
        self.keep(ConsoleLine { level, text });
        true
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
        let level = match level {
            host::LogLevel::Log => LogLevel::Log,
            host::LogLevel::Info => LogLevel::Info,
            host::LogLevel::Warn => LogLevel::Warn,
            host::LogLevel::Error => LogLevel::Error,
            host::LogLevel::Debug => LogLevel::Debug,
            host::LogLevel::Trace => LogLevel::Trace,
        };
        self.console.push(level, text)
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
    ) -> Result<host::ModuleSource, host::ModuleError> {
        let Some(modules) = &self.modules else {
            return Err(host::ModuleError {
                kind: types::ErrorKind::Internal,
                message: "no module can be loaded while the guest is being pre-initialized".into(),
            });
        };
        let loaded = modules.load(&specifier, &referrer);
        if let Some(recording) = &mut self.preload {
            recording.loads.push(RecordedLoad {
                specifier: specifier.clone(),
                referrer: referrer.clone(),
                outcome: match &loaded {
                    Ok(m) => Ok((m.path.clone(), recording.hasher.hash_one(m.source.as_bytes()))),
                    Err(e) => Err(e.kind),
                },
            });
        }
        loaded
            .map(|m| {
                let bytecode = modules
                    .root_identity()
                    .and_then(|root| self.bytecode.lookup(root, &m.path, &m.source));
                host::ModuleSource {
                    path: m.path,
                    source: m.source,
                    bytecode,
                }
            })
            .map_err(|e| host::ModuleError {
                kind: match e.kind {
                    ErrorKind::ModuleForbidden => types::ErrorKind::ModuleForbidden,
                    ErrorKind::PathEscape => types::ErrorKind::PathEscape,
                    ErrorKind::OutputLimit => types::ErrorKind::OutputLimit,
                    ErrorKind::Internal => types::ErrorKind::Internal,
                    ErrorKind::JsError => types::ErrorKind::JsError,
                    _ => types::ErrorKind::ModuleNotFound,
                },
                message: e.message,
            })
    }
}
