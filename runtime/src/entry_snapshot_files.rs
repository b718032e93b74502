//! Per-file snapshots in the disk cache, so that a new process (a CLI
//! `batch`, a restarted server) compiles none it already has: for each
//! entry file, a record (the module root's identity, the entry, what its
//! `preload` saw of the folders) names the compiled snapshot. A record is
//! used only after its observations are confirmed against today's files,
//! exactly as in memory (`file_observations`), so an edit made while no
//! process ran is seen too.

use crate::bindings::SandboxPre;
use crate::call_state::CallState;
use crate::disk_cache::DiskCache;
use crate::file_observations::{content_hash, Observation, Observations};
use crate::module_resolver::ModuleResolver;
use std::time::{Duration, SystemTime};
use wasmtime::component::{Component, Linker};
use wasmtime::Engine;

/// The snapshot files of one kind of engine and guest in a disk cache.
pub(crate) struct EntrySnapshotFiles {
    cache: DiskCache,
    /// Names every file: library version, guest and engine settings.
    namespace: String,
}

/// A snapshot read back: ready to instantiate, what its `preload` saw, and
/// the linear memory it starts with.
pub(crate) struct StoredSnapshot {
    pub pre: SandboxPre<CallState>,
    pub seen: Observations,
    pub memory_bytes: u64,
}

/// What the record of one entry file holds.
#[derive(serde::Serialize, serde::Deserialize)]
struct Record {
    root: (u64, u64),
    entry: String,
    as_of_ns: u64,
    memory_bytes: u64,
    artifact: String,
    seen: Vec<Observation>,
}

impl EntrySnapshotFiles {
    /// The snapshot files in `cache` for engines and guests named by
    /// `namespace`.
    pub fn new(cache: DiskCache, namespace: String) -> Self {
        EntrySnapshotFiles { cache, namespace }
    }

    /// Whether `name` is one `save` could have written (a plain file name in
    /// this namespace, never a path), so a damaged record cannot point the
    /// loader elsewhere.
    fn is_artifact_name(&self, name: &str) -> bool {
        name.strip_prefix(&format!("snapshot-{}-", self.namespace))
            .and_then(|rest| rest.strip_suffix(".cwasm"))
            .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    }

    fn record_name(&self, root: (u64, u64), entry: &str) -> String {
        let id = content_hash(format!("{root:?}\0{entry}").as_bytes());
        format!("snapshot-{}-{id:016x}.json", self.namespace)
    }

    /// The snapshot of `entry` in the module root `root` kept on disk, if
    /// its observations still hold for `resolver`'s folders.
    pub fn load(
        &self,
        engine: &Engine,
        linker: &Linker<CallState>,
        root: (u64, u64),
        entry: &str,
        resolver: &ModuleResolver,
    ) -> Option<StoredSnapshot> {
        let name = self.record_name(root, entry);
        let record: Record = serde_json::from_slice(&self.cache.read(&name)?).ok()?;
        if record.root != root || record.entry != entry || !self.is_artifact_name(&record.artifact) {
            return None;
        }
        let began = SystemTime::now();
        let recorded = SystemTime::UNIX_EPOCH + Duration::from_nanos(record.as_of_ns);
        let exact = resolver.confirm(&record.seen, recorded)?;
        let seen = Observations {
            as_of: if exact { began } else { recorded },
            list: record.seen,
        };
        let path = self.cache.path(&record.artifact);
        // SAFETY: the artifact was written by `save` below (this library,
        // `Component::serialize`) into the cache directory the host chose;
        // its name carries the library version and the guest's and engine's
        // hashes. The directory is as trusted as the library itself (see
        // `RuntimeOptions::cache_dir`).
        let component = unsafe { Component::deserialize_file(engine, &path) }.ok()?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(SandboxPre::new)
            .ok()?;
        self.cache.touch(&record.artifact);
        Some(StoredSnapshot {
            pre,
            seen,
            memory_bytes: record.memory_bytes,
        })
    }

    /// Keep the snapshot of `entry` in module root `root` on disk: compiled
    /// as `component`, built from what `seen` records, starting with
    /// `memory_bytes` of linear memory.
    pub fn save(
        &self,
        root: (u64, u64),
        entry: &str,
        seen: &Observations,
        memory_bytes: u64,
        component: &Component,
    ) {
        let Ok(bytes) = component.serialize() else {
            return;
        };
        let artifact = format!("snapshot-{}-{:016x}.cwasm", self.namespace, content_hash(&bytes));
        let record = Record {
            root,
            entry: entry.to_string(),
            as_of_ns: seen
                .as_of
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64),
            memory_bytes,
            artifact: artifact.clone(),
            seen: seen.list.clone(),
        };
        let Ok(text) = serde_json::to_vec(&record) else {
            return;
        };
        self.cache.write(&artifact, &bytes);
        self.cache.write(&self.record_name(root, entry), &text);
    }
}
