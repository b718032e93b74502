//! Per-file snapshots: for an entry file called again and again, an instance
//! image in which the file (and everything it requires) is already loaded
//! and its top-level code already run, so a call only calls the function.
//!
//! A snapshot is built in the background (Wizer, then a compile) once a file
//! has been called [`BUILD_AFTER`] times, and only when its top-level code is
//! deterministic: the guest's `preload` refuses files whose top level read
//! the clock, randomness, `context` or `performance`, wrote to the console,
//! started timers, used host or ES modules, or threw. `preload` resolves
//! modules through a resolver that notes every look at the module folders
//! (`file_observations`); every call through a snapshot first confirms
//! those observations, one `stat` each (content is re-hashed only for a
//! file changed too recently for its identity to vouch for it), so an
//! edited, added or removed file is seen at once and the snapshot is
//! dropped. Semantics are those of evaluating the file afresh on every call.

use crate::bindings::SandboxPre;
use crate::call_state::CallState;
use crate::entry_snapshot_files::{EntrySnapshotFiles, StoredSnapshot};
use crate::file_observations::{Observations, Recorder};
use crate::guest_component::GUEST_COMPONENT;
use crate::module_resolver::ModuleResolver;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};
use wasmtime::component::{Component, Linker};
use wasmtime::{Engine, Store};

/// Calls of an entry file after which its snapshot is built.
pub(crate) const BUILD_AFTER: u32 = 3;

/// Builds waiting at most; beyond, files wait for a later call.
const MAX_QUEUED_BUILDS: usize = 64;

/// Which entry file: its module root's identity and its path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct EntryKey {
    pub root: (u64, u64),
    pub entry: String,
}

/// A ready snapshot.
pub(crate) struct EntrySnapshot {
    pub pre: SandboxPre<CallState>,
    /// What its `preload` saw of the module folders.
    seen: Observations,
    /// Since when (ns after the epoch) `seen` is known to hold: its own
    /// `as_of` at first, moved forward by each exact confirmation, so a
    /// file read while it was still "racy" is trusted by identity once it
    /// has settled.
    holds_since: AtomicU64,
    /// Linear memory the snapshot starts with.
    pub memory_bytes: u64,
}

impl EntrySnapshot {
    fn new(pre: SandboxPre<CallState>, seen: Observations, memory_bytes: u64) -> Self {
        let holds_since = AtomicU64::new(nanos(seen.as_of));
        EntrySnapshot {
            pre,
            seen,
            holds_since,
            memory_bytes,
        }
    }

    /// Whether `resolver`'s folders still show what `seen` recorded.
    fn confirm(&self, resolver: &ModuleResolver) -> bool {
        let began = SystemTime::now();
        let since = SystemTime::UNIX_EPOCH + Duration::from_nanos(self.holds_since.load(Ordering::Relaxed));
        match resolver.confirm(&self.seen.list, since) {
            None => false,
            Some(exact) => {
                if exact {
                    self.holds_since.fetch_max(nanos(began), Ordering::Relaxed);
                }
                true
            }
        }
    }
}

/// `t` in nanoseconds after the Unix epoch (0 before it).
fn nanos(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

enum Slot {
    /// Called this many times, no snapshot yet.
    Seen(u32),
    Building,
    Ready(Arc<EntrySnapshot>, Instant),
    /// `preload` refused the file (or building failed); retried only when
    /// what it saw changes.
    Refused(Arc<Observations>),
}

/// The snapshots of one runtime.
pub(crate) struct EntrySnapshots {
    engine: Engine,
    linker: Linker<CallState>,
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
    /// Snapshots kept in the disk cache (when there is one).
    files: Option<EntrySnapshotFiles>,
}

/// A build request: which file, resolved how, and whether only the disk
/// cache is looked at (a file's first call) or the snapshot is built when
/// the disk has none (its [`BUILD_AFTER`]th).
type BuildJob = (EntryKey, ModuleResolver, Job);

/// What a queued job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Job {
    FromDisk,
    Build,
}

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
    /// time and memory (beyond `image_allowance`); snapshots are also kept
    /// in `files` when given.
    pub fn new(
        engine: Engine,
        linker: Linker<CallState>,
        capacity: usize,
        preload_timeout: Duration,
        preload_memory: u64,
        image_allowance: u64,
        files: Option<EntrySnapshotFiles>,
    ) -> Self {
        EntrySnapshots {
            engine,
            linker,
            capacity,
            preload_timeout,
            preload_memory,
            image_allowance,
            slots: Mutex::default(),
            instrumented: OnceLock::new(),
            queue: Mutex::default(),
            files,
        }
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
            Refusal(Arc<Observations>),
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
                    let job = if *n >= BUILD_AFTER {
                        Some(Job::Build)
                    } else if *n == 1 && self.files.is_some() {
                        Some(Job::FromDisk)
                    } else {
                        None
                    };
                    if let Some(job) = job {
                        if self.queue_build(key, resolver.clone(), job) {
                            *slot = Slot::Building;
                        }
                    }
                    return None;
                }
                Slot::Building => return None,
            }
        };
        let holds = match &check {
            Check::Snapshot(snapshot) => snapshot.confirm(resolver),
            Check::Refusal(seen) => resolver.confirm(&seen.list, seen.as_of).is_some(),
        };
        if holds {
            return match check {
                Check::Snapshot(snapshot) => Some(snapshot),
                Check::Refusal(_) => None,
            };
        }
        // A file changed: forget the snapshot (or the refusal) and count anew.
        if let Ok(mut slots) = self.slots.lock() {
            slots.insert(key, Slot::Seen(1));
        }
        None
    }

    /// Queue a build; false when the queue is full (the file is counted
    /// again and retried on a later call).
    fn queue_build(self: &Arc<Self>, key: EntryKey, resolver: ModuleResolver, job: Job) -> bool {
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
                    for (key, resolver, job) in rx {
                        let Some(snapshots) = weak.upgrade() else { return };
                        snapshots.build_and_install(key, resolver, job);
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
            .is_some_and(|tx| tx.send((key, resolver, job)).is_ok());
        if sent {
            queue.waiting += 1;
        }
        sent
    }

    fn build_and_install(&self, key: EntryKey, resolver: ModuleResolver, job: Job) {
        let started = Instant::now();
        let stored = self
            .files
            .as_ref()
            .and_then(|files| files.load(&self.engine, &self.linker, key.root, &key.entry, &resolver));
        let (slot, outcome) = match (stored, job) {
            (
                Some(StoredSnapshot {
                    pre,
                    seen,
                    memory_bytes,
                }),
                _,
            ) => (
                Slot::Ready(
                    Arc::new(EntrySnapshot::new(pre, seen, memory_bytes)),
                    Instant::now(),
                ),
                "ready (from the disk cache)".to_string(),
            ),
            (None, Job::FromDisk) => (Slot::Seen(1), "not in the disk cache".to_string()),
            (None, Job::Build) => match self.build(&key.entry, resolver) {
                Ok((snapshot, component)) => {
                    if let Some(files) = &self.files {
                        files.save(
                            key.root,
                            &key.entry,
                            &snapshot.seen,
                            snapshot.memory_bytes,
                            &component,
                        );
                    }
                    (
                        Slot::Ready(Arc::new(snapshot), Instant::now()),
                        "ready".to_string(),
                    )
                }
                Err((seen, why)) => (Slot::Refused(Arc::new(seen)), why),
            },
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
    /// the snapshot (also returned as a component, for the disk cache). On
    /// failure: what preload saw so far and why.
    fn build(
        &self,
        entry: &str,
        resolver: ModuleResolver,
    ) -> Result<(EntrySnapshot, Component), (Observations, String)> {
        let recorder = Recorder::start();
        let resolver = resolver.recorded_by(recorder.clone());
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
            .map_err(|e| {
                (
                    recorder.observations(),
                    format!("cannot instrument the guest: {e}"),
                )
            })?;
        let state = CallState::for_preload(
            resolver,
            entry.to_string(),
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
        let seen = recorder.observations();
        let memory_bytes = store.data().memory_peak();
        let image = result.map_err(|e| (seen.clone(), format!("not snapshottable: {e:#}")))?;
        let component = Component::new(&self.engine, &image)
            .map_err(|e| (seen.clone(), format!("cannot compile the snapshot: {e:#}")))?;
        let pre = self
            .linker
            .instantiate_pre(&component)
            .and_then(SandboxPre::new)
            .map_err(|e| (seen.clone(), format!("cannot link the snapshot: {e:#}")))?;
        Ok((EntrySnapshot::new(pre, seen, memory_bytes), component))
    }
}
