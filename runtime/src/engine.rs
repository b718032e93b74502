//! The wasmtime side that is built once per runtime: the `Engine` (its
//! `Config`), the compiled guest component, the `InstancePre` every call
//! instantiates from, and the epoch ticker that enforces time limits.

use crate::bindings::SandboxPre;
use crate::bytecode_cache::BytecodeCache;
use crate::call_state::CallState;
use crate::disk_cache::DiskCache;
use crate::entry_snapshot_files::EntrySnapshotFiles;
use crate::entry_snapshots::EntrySnapshots;
use crate::error::BuildError;
use crate::guest_component::GUEST_COMPONENT;
use crate::limits::{EPOCH_TICK, MAX_WASM_STACK};
use crate::options::RuntimeOptions;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store};

/// Bytes of each pooled linear memory kept resident between calls.
const KEEP_RESIDENT_BYTES: usize = 8 * 1024 * 1024;

/// Largest linear memory a pooled slot can hold (the wasm32 maximum). The
/// per-call limit is enforced by the store's resource limiter below this.
const POOL_MAX_MEMORY: usize = 4 * 1024 * 1024 * 1024;

/// Everything a runtime shares between its calls.
pub(crate) struct SandboxEngine {
    pub engine: Engine,
    /// Whether the engine meters fuel.
    pub fuel_metering: bool,
    pub pre: SandboxPre<CallState>,
    /// Compiled modules shared by the runtime's calls (`None`: disabled).
    pub bytecode: Option<Arc<BytecodeCache>>,
    /// Per-file snapshots (`None`: disabled).
    pub snapshots: Option<Arc<EntrySnapshots>>,
    /// The linear memory an instance of the pre-initialized guest starts
    /// with: the image the memory limit does not count.
    pub image_bytes: u64,
    _ticker: EpochTicker,
}

impl SandboxEngine {
    /// Build the engine for at most `max_concurrency` simultaneous calls.
    pub fn new(options: &RuntimeOptions) -> Result<Self, BuildError> {
        let engine = Engine::new(&engine_config(options))
            .map_err(|e| BuildError::engine(format!("cannot create the wasm engine: {e:#}")))?;
        let mut linker: Linker<CallState> = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)
            .map_err(|e| BuildError::engine(format!("cannot link WASI: {e:#}")))?;
        crate::bindings::Sandbox::add_to_linker::<CallState, HasSelf<CallState>>(&mut linker, |s| s)
            .map_err(|e| BuildError::engine(format!("cannot link the host interface: {e:#}")))?;
        let disk = options
            .cache_dir
            .as_deref()
            .map(|dir| DiskCache::new(dir, options.cache_max_bytes));
        let component = compiled_guest(&engine, &linker, options.fuel_metering, disk.as_ref())?;
        let instance_pre = linker
            .instantiate_pre(&component)
            .map_err(|e| BuildError::engine(format!("cannot pre-instantiate the guest: {e:#}")))?;
        let pre = SandboxPre::new(instance_pre)
            .map_err(|e| BuildError::engine(format!("the guest does not match the WIT world: {e:#}")))?;
        let image_bytes = image_size(&engine, &pre, options.fuel_metering)?;
        let ticker = EpochTicker::start(&engine);
        let snapshots = (options.entry_snapshots > 0).then(|| {
            Arc::new(EntrySnapshots::new(
                engine.clone(),
                linker.clone(),
                options.entry_snapshots,
                options.limits.timeout,
                options.limits.memory_bytes,
                image_bytes,
                disk.map(|disk| EntrySnapshotFiles::new(disk, cache_namespace(&engine))),
            ))
        });
        Ok(SandboxEngine {
            engine,
            fuel_metering: options.fuel_metering,
            pre,
            bytecode: (options.bytecode_cache_bytes > 0)
                .then(|| Arc::new(BytecodeCache::new(options.bytecode_cache_bytes))),
            snapshots,
            image_bytes,
            _ticker: ticker,
        })
    }
}

/// The linear memory an instance of `pre` starts with (instantiated once,
/// never called).
fn image_size(engine: &Engine, pre: &SandboxPre<CallState>, fuel: bool) -> Result<u64, BuildError> {
    let mut store = Store::new(engine, CallState::for_initialization());
    store.limiter(|state| state.memory_budget());
    if fuel {
        store
            .set_fuel(u64::MAX / 2)
            .map_err(|e| BuildError::engine(format!("cannot set fuel: {e:#}")))?;
    }
    store.set_epoch_deadline(u64::MAX / 2);
    futures::executor::block_on(pre.instantiate_async(&mut store))
        .map_err(|e| BuildError::engine(format!("cannot instantiate the guest: {e:#}")))?;
    Ok(store.data().memory_peak())
}

/// The wasmtime configuration: epoch interruption always on, fuel metering
/// unless switched off, instances from a pooling allocator sized for
/// `max_concurrency` simultaneous calls.
fn engine_config(options: &RuntimeOptions) -> Config {
    let slots = u32::try_from(options.max_concurrency.max(1))
        .unwrap_or(u32::MAX)
        .saturating_add(2);
    let mut pool = PoolingAllocationConfig::default();
    pool.total_component_instances(slots)
        .total_core_instances(slots.saturating_mul(8))
        .total_memories(slots.saturating_mul(2))
        .total_tables(slots.saturating_mul(4))
        .total_stacks(slots)
        .max_core_instances_per_component(8)
        .max_memories_per_component(2)
        .max_tables_per_component(4)
        .max_memory_size(POOL_MAX_MEMORY)
        .table_elements(20_000)
        // Reset a freed slot's first pages with memset instead of madvise:
        // cheaper for the few MiB every call touches, and no mmap-lock
        // contention between concurrent calls.
        .linear_memory_keep_resident(KEEP_RESIDENT_BYTES)
        .table_keep_resident(64 * 1024)
        // Linux >= 6.7: reset only the pages a call dirtied (found with the
        // PAGEMAP_SCAN ioctl) instead of memsetting the whole resident
        // prefix; elsewhere this falls back to the memset.
        .pagemap_scan(wasmtime::Enabled::Auto);
    let mut config = Config::new();
    config
        .consume_fuel(options.fuel_metering)
        .epoch_interruption(true)
        .max_wasm_stack(MAX_WASM_STACK)
        .async_stack_size(MAX_WASM_STACK + 1024 * 1024)
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pool))
        .memory_init_cow(true)
        .parallel_compilation(true);
    // Per-file snapshots recompile the same code with new data: reuse the
    // compiled functions.
    if let Err(e) = config.enable_incremental_compilation(crate::function_cache::shared()) {
        tracing::warn!("no incremental compilation cache: {e:#}");
    }
    // For profiling with `perf` (crate feature `profiling`): name the
    // JIT-compiled guest functions.
    #[cfg(feature = "profiling")]
    if std::env::var_os("ISOLATED_RUNTIME_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    config
}

/// The guest, pre-initialized and compiled for `engine`. That takes seconds,
/// so the first engine of a process does it and later compatible engines
/// deserialize the same artifact (milliseconds).
fn compiled_guest(
    engine: &Engine,
    linker: &Linker<CallState>,
    fuel: bool,
    disk: Option<&DiskCache>,
) -> Result<Component, BuildError> {
    static CACHE: OnceLock<Mutex<HashMap<u64, Arc<Vec<u8>>>>> = OnceLock::new();
    let key = engine_hash(engine);
    let cache = CACHE.get_or_init(Default::default);
    let cached = cache.lock().map(|c| c.get(&key).cloned()).unwrap_or(None);
    if let Some(bytes) = cached {
        // SAFETY: these bytes were produced by `Component::serialize` in this
        // very process, for an engine with the same compatibility hash.
        if let Ok(c) = unsafe { Component::deserialize(engine, bytes.as_slice()) } {
            return Ok(c);
        }
    }
    let name = format!("guest-{}.cwasm", cache_namespace(engine));
    if let Some(path) = disk.map(|d| d.path(&name)).filter(|p| p.is_file()) {
        // SAFETY: the file is named by the hash of this exact guest and of the
        // engine's settings, and was written by this library into a cache
        // directory the host chose (see `RuntimeOptions::cache_dir`): it is as
        // trusted as the library itself.
        match unsafe { Component::deserialize_file(engine, &path) } {
            Ok(c) => {
                if let Some(disk) = disk {
                    disk.touch(&name);
                }
                return Ok(c);
            }
            Err(e) => tracing::warn!("ignoring the unusable compiled guest {}: {e:#}", path.display()),
        }
    }
    let snapshot = match pre_initialize(engine, linker, fuel) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            tracing::warn!("pre-initializing the guest failed, calls will start QuickJS themselves: {e:#}");
            None
        }
    };
    let component = Component::new(engine, snapshot.as_deref().unwrap_or(GUEST_COMPONENT))
        .map_err(|e| BuildError::engine(format!("cannot compile the guest: {e:#}")))?;
    if let Ok(bytes) = component.serialize() {
        if let Some(disk) = disk {
            disk.write(&name, &bytes);
        }
        if let Ok(mut c) = cache.lock() {
            c.insert(key, Arc::new(bytes));
        }
    }
    Ok(component)
}

/// A hash of the embedded guest's bytes (part of the disk cache's file names).
fn guest_hash() -> u64 {
    static HASH: OnceLock<u64> = OnceLock::new();
    *HASH.get_or_init(|| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        GUEST_COMPONENT.hash(&mut hasher);
        hasher.finish()
    })
}

/// A hash of the engine's code-generation settings.
fn engine_hash(engine: &Engine) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    hasher.finish()
}

/// What names this library's files in the disk cache: its version, the
/// guest's hash and the engine's settings (files of other versions or
/// settings are never loaded; eviction removes them in time).
fn cache_namespace(engine: &Engine) -> String {
    format!(
        "{}-{:016x}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        guest_hash(),
        engine_hash(engine)
    )
}

/// Run the guest's `initialize` export (QuickJS runtime + prelude) once and
/// snapshot the instance with Wizer: every call then starts from a ready
/// engine instead of building one. The snapshot holds no user code and no
/// per-call state (the guest reseeds its random generator on every call).
fn pre_initialize(engine: &Engine, linker: &Linker<CallState>, fuel: bool) -> wasmtime::Result<Vec<u8>> {
    let mut store = Store::new(engine, CallState::for_initialization());
    if fuel {
        store.set_fuel(u64::MAX / 2)?;
    }
    store.set_epoch_deadline(u64::MAX / 2);
    let mut wizer = wasmtime_wizer::Wizer::new();
    wizer.init_func("initialize").keep_init_func(true);
    let (context, instrumented) = wizer.instrument_component(GUEST_COMPONENT)?;
    let component = Component::new(engine, &instrumented)?;
    futures::executor::block_on(async {
        let instance = linker.instantiate_async(&mut store, &component).await?;
        let initialize = instance.get_typed_func::<(), ()>(&mut store, "initialize")?;
        initialize.call_async(&mut store, ()).await?;
        crate::instance_snapshot::snapshot(&wizer, &context, &mut store, instance).await
    })
}

/// A thread that advances the engine's epoch every [`EPOCH_TICK`], shared by
/// all calls; it stops when the engine is dropped.
struct EpochTicker {
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl EpochTicker {
    fn start(engine: &Engine) -> Self {
        let weak = engine.weak();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let spawned = std::thread::Builder::new()
            .name("isolated-runtime-epoch".into())
            .spawn(move || {
                while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    match weak.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            });
        if let Err(e) = spawned {
            tracing::error!("cannot start the epoch ticker thread: {e}");
        }
        EpochTicker { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
