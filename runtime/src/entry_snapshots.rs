//! Per-file snapshots: for an entry file called again and again, an instance
//! image in which the file (and everything it requires) is already loaded
//! and its top-level code already run, so a call only calls the function.
//!
//! A snapshot is built in the background (Wizer, then a compile) once a file
//! has been called [`BUILD_AFTER`] times, and only when its top-level code is
//! deterministic: the guest's `preload` refuses files whose top level read
//! the clock, randomness, `context` or `performance`, wrote to the console,
//! started timers, used host or ES modules, or threw. Every call through a
//! snapshot first re-resolves and re-reads each module the snapshot loaded
//! (and each load that failed) and compares content hashes, so an edited,
//! added or removed file is seen at once and the snapshot is dropped.
//! Semantics are those of evaluating the file afresh on every call.

use crate::bindings::SandboxPre;
use crate::call_state::{CallState, RecordedLoad};
use crate::guest_component::GUEST_COMPONENT;
use crate::module_resolver::ModuleResolver;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use wasmtime::component::{Component, Linker};
use wasmtime::{Engine, Store};

/// Calls of an entry file after which its snapshot is built.
pub(crate) const BUILD_AFTER: u32 = 3;

/// Builds waiting at most; beyond, files wait for a later call.
const MAX_QUEUED_BUILDS: usize = 64;

/// Which entry file: its module root's identity and its path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct EntryKey {
    root: (u64, u64),
    entry: String,
}

/// A ready snapshot.
pub(crate) struct EntrySnapshot {
    pub pre: SandboxPre<CallState>,
    loads: Vec<RecordedLoad>,
    /// Linear memory the snapshot starts with.
    pub memory_bytes: u64,
}

enum Slot {
    /// Called this many times, no snapshot yet.
    Seen(u32),
    Building,
    Ready(Arc<EntrySnapshot>, Instant),
    /// `preload` refused the file (or building failed); retried only when
    /// one of `loads` changes.
    Refused(Vec<RecordedLoad>),
}

/// The snapshots of one runtime.
pub(crate) struct EntrySnapshots {
    engine: Engine,
    linker: Linker<CallState>,
    hasher: RandomState,
    capacity: usize,
    preload_timeout: Duration,
    preload_memory: u64,
    /// The pre-initialized guest's image, which `preload_memory` does not
    /// count (as for calls).
    image_allowance: u64,
    slots: Mutex<HashMap<EntryKey, Slot>>,
    /// The guest instrumented for snapshots, compiled once (the first build).
    instrumented: OnceLock<Result<Instrumented, String>>,
    /// The builder thread's queue (started on the first build) and how
    /// many builds wait in it.
    queue: Mutex<BuildQueue>,
}

/// A build request: which file, resolved how.
type BuildJob = (EntryKey, ModuleResolver);

/// The builder thread's channel (once started) and the builds waiting in it.
#[derive(Default)]
struct BuildQueue {
    sender: Option<std::sync::mpsc::Sender<BuildJob>>,
    waiting: usize,
}

/// The guest with Wizer's instrumentation, ready to instantiate.
struct Instrumented {
    context: wasmtime_wizer::ComponentContext<'static>,
    component: Component,
}

impl EntrySnapshots {
    /// Keep at most `capacity` snapshots; `preload` runs within the given
    /// time and memory (beyond `image_allowance`).
    pub fn new(
        engine: Engine,
        linker: Linker<CallState>,
        capacity: usize,
        preload_timeout: Duration,
        preload_memory: u64,
        image_allowance: u64,
    ) -> Self {
        EntrySnapshots {
            engine,
            linker,
            hasher: RandomState::new(),
            capacity,
            preload_timeout,
            preload_memory,
            image_allowance,
            slots: Mutex::default(),
            instrumented: OnceLock::new(),
            queue: Mutex::default(),
        }
    }

    /// The hash recorded for a module's source.
    pub fn source_hash(&self, source: &str) -> u64 {
        self.hasher.hash_one(source.as_bytes())
    }

    /// The snapshot to run `entry` from, if one is ready and still matches
    /// the files; counts the call and starts a build when it is due.
    pub fn for_call(self: &Arc<Self>, resolver: &ModuleResolver, entry: &str) -> Option<Arc<EntrySnapshot>> {
        let key = EntryKey {
            root: resolver.root_identity()?,
            entry: entry.to_string(),
        };
        // Files are re-read outside the lock; the slot is updated after.
        enum Check {
            Snapshot(Arc<EntrySnapshot>),
            Refusal(Vec<RecordedLoad>),
        }
        let check = {
            let mut slots = self.slots.lock().ok()?;
            let slot = slots.entry(key.clone()).or_insert(Slot::Seen(0));
            match slot {
                Slot::Ready(snapshot, used) => {
                    *used = Instant::now();
                    Check::Snapshot(snapshot.clone())
                }
                Slot::Refused(loads) => Check::Refusal(loads.clone()),
                Slot::Seen(n) => {
                    *n += 1;
                    if *n >= BUILD_AFTER && self.queue_build(key, resolver.clone()) {
                        *slot = Slot::Building;
                    }
                    return None;
                }
                Slot::Building => return None,
            }
        };
        let (loads, snapshot) = match &check {
            Check::Snapshot(s) => (&s.loads, Some(s)),
            Check::Refusal(loads) => (loads, None),
        };
        if self.unchanged(resolver, loads) {
            return snapshot.cloned();
        }
        // A file changed: forget the snapshot (or the refusal) and count anew.
        if let Ok(mut slots) = self.slots.lock() {
            slots.insert(key, Slot::Seen(1));
        }
        None
    }

    /// Whether every recorded load still gives the same module and source.
    fn unchanged(&self, resolver: &ModuleResolver, loads: &[RecordedLoad]) -> bool {
        loads.iter().all(|load| {
            let now = resolver
                .load(&load.specifier, &load.referrer, load.mode)
                .map(|m| (m.path, self.source_hash(&m.source)))
                .map_err(|e| e.kind);
            now == load.outcome
        })
    }

    /// Queue a build; false when the queue is full (the file is counted
    /// again and retried on a later call).
    fn queue_build(self: &Arc<Self>, key: EntryKey, resolver: ModuleResolver) -> bool {
        let Ok(mut queue) = self.queue.lock() else {
            return false;
        };
        if queue.waiting >= MAX_QUEUED_BUILDS {
            return false;
        }
        if queue.sender.is_none() {
            // One builder thread per runtime, holding only a weak reference:
            // it ends when the runtime (and with it the sender) is dropped.
            let (tx, rx) = std::sync::mpsc::channel::<BuildJob>();
            let weak = Arc::downgrade(self);
            let spawned = std::thread::Builder::new()
                .name("isolated-runtime-snapshot".into())
                .spawn(move || {
                    for (key, resolver) in rx {
                        let Some(snapshots) = weak.upgrade() else { return };
                        snapshots.build_and_install(key, resolver);
                    }
                });
            if let Err(e) = spawned {
                tracing::warn!("cannot start the snapshot builder: {e}");
                return false;
            }
            queue.sender = Some(tx);
        }
        let sent = queue
            .sender
            .as_ref()
            .is_some_and(|tx| tx.send((key, resolver)).is_ok());
        if sent {
            queue.waiting += 1;
        }
        sent
    }

    fn build_and_install(&self, key: EntryKey, resolver: ModuleResolver) {
        let started = Instant::now();
        let (slot, outcome) = match self.build(&key.entry, resolver) {
            Ok(snapshot) => (
                Slot::Ready(Arc::new(snapshot), Instant::now()),
                "ready".to_string(),
            ),
            Err((loads, why)) => (Slot::Refused(loads), why),
        };
        tracing::debug!(entry = %key.entry, took = ?started.elapsed(), %outcome, "entry snapshot");
        if let Ok(mut queue) = self.queue.lock() {
            queue.waiting = queue.waiting.saturating_sub(1);
        }
        let Ok(mut slots) = self.slots.lock() else { return };
        if matches!(slot, Slot::Ready(..)) {
            self.evict_for_one_more(&mut slots);
        }
        slots.insert(key, slot);
    }

    /// Drop the least recently used ready snapshots until one more fits.
    fn evict_for_one_more(&self, slots: &mut HashMap<EntryKey, Slot>) {
        loop {
            let ready: Vec<(&EntryKey, Instant)> = slots
                .iter()
                .filter_map(|(k, s)| match s {
                    Slot::Ready(_, used) => Some((k, *used)),
                    _ => None,
                })
                .collect();
            if ready.len() < self.capacity {
                return;
            }
            let Some(oldest) = ready
                .iter()
                .min_by_key(|(_, used)| *used)
                .map(|(k, _)| (*k).clone())
            else {
                return;
            };
            slots.insert(oldest, Slot::Seen(0));
        }
    }

    /// Preload `entry` in an instrumented instance, snapshot it and compile
    /// the snapshot. On failure: the loads seen so far and why.
    fn build(
        &self,
        entry: &str,
        resolver: ModuleResolver,
    ) -> Result<EntrySnapshot, (Vec<RecordedLoad>, String)> {
        let mut wizer = wasmtime_wizer::Wizer::new();
        wizer.init_func("preload").keep_init_func(true);
        let instrumented = self
            .instrumented
            .get_or_init(|| {
                let (context, wasm) = wizer
                    .instrument_component(GUEST_COMPONENT)
                    .map_err(|e| format!("{e:#}"))?;
                let component = Component::new(&self.engine, &wasm).map_err(|e| format!("{e:#}"))?;
                Ok(Instrumented { context, component })
            })
            .as_ref()
            .map_err(|e| (Vec::new(), format!("cannot instrument the guest: {e}")))?;
        let state = CallState::for_preload(
            resolver,
            entry.to_string(),
            self.hasher.clone(),
            self.preload_memory,
            self.image_allowance,
        );
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| s.memory_budget());
        let _ = store.set_fuel(u64::MAX / 2);
        let ticks = (self.preload_timeout.as_millis() / crate::limits::EPOCH_TICK.as_millis()).max(1) as u64;
        store.set_epoch_deadline(ticks);
        store.epoch_deadline_trap();
        let result = futures::executor::block_on(async {
            let instance = self
                .linker
                .instantiate_async(&mut store, &instrumented.component)
                .await?;
            let preload = instance.get_typed_func::<(), ()>(&mut store, "preload")?;
            preload.call_async(&mut store, ()).await?;
            crate::instance_snapshot::snapshot(&wizer, &instrumented.context, &mut store, instance).await
        });
        let loads = store.data_mut().take_recorded_loads();
        let memory_bytes = store.data().memory_peak();
        let image = result.map_err(|e| (loads.clone(), format!("not snapshottable: {e:#}")))?;
        let compiled = Component::new(&self.engine, &image)
            .and_then(|component| self.linker.instantiate_pre(&component))
            .and_then(SandboxPre::new)
            .map_err(|e| (loads.clone(), format!("cannot compile the snapshot: {e:#}")))?;
        Ok(EntrySnapshot {
            pre: compiled,
            loads,
            memory_bytes,
        })
    }
}
