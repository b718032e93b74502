//! Compiled modules (QuickJS bytecode) kept between calls, so a module's
//! source is parsed once rather than on every call.
//!
//! The guest compiles a CommonJS module it loads from source and hands the
//! bytecode back; later calls that load the *same source* at the same path,
//! from the same module root, get the bytecode with it and skip the parser.
//! A changed file has another content hash, so it is compiled afresh.
//! Entries are keyed by the module root's identity (device and inode): a
//! guest can only ever influence the bytecode of its own root, never another
//! tenant's. Top-level code still runs on every call; only parsing is saved.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex};

/// Which module a bytecode belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct BytecodeKey {
    /// Device and inode of the call's module root.
    root: (u64, u64),
    /// The module's id (root-relative path or `virtual:` name).
    path: String,
    /// Length and keyed hash of the source text the bytecode was compiled from.
    source_len: usize,
    source_hash: u64,
}

impl BytecodeKey {
    /// Length of the source the bytecode is compiled from.
    pub fn source_len(&self) -> usize {
        self.source_len
    }
}

/// A size-bounded map from module to bytecode, shared by a runtime's calls.
pub(crate) struct BytecodeCache {
    hasher: RandomState,
    capacity_bytes: usize,
    entries: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<BytecodeKey, Arc<Vec<u8>>>,
    bytes: usize,
}

impl BytecodeCache {
    /// A cache holding at most `capacity_bytes` of bytecode.
    pub fn new(capacity_bytes: usize) -> Self {
        BytecodeCache {
            hasher: RandomState::new(),
            capacity_bytes,
            entries: Mutex::default(),
        }
    }

    /// The key of `source`, loaded as `path` under the root `root`.
    pub fn key(&self, root: (u64, u64), path: &str, source: &str) -> BytecodeKey {
        BytecodeKey {
            root,
            path: path.to_string(),
            source_len: source.len(),
            source_hash: self.hasher.hash_one(source.as_bytes()),
        }
    }

    /// The bytecode stored under `key`.
    pub fn get(&self, key: &BytecodeKey) -> Option<Arc<Vec<u8>>> {
        self.entries.lock().ok()?.map.get(key).cloned()
    }

    /// Store `bytecode` under `key` (kept if already present). When the cache
    /// is full, arbitrary entries are evicted to make room.
    pub fn insert(&self, key: BytecodeKey, bytecode: Vec<u8>) {
        if bytecode.len() > self.capacity_bytes / 4 {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.map.contains_key(&key) {
            return;
        }
        while entries.bytes + bytecode.len() > self.capacity_bytes {
            let Some(victim) = entries.map.keys().next().cloned() else {
                break;
            };
            if let Some(old) = entries.map.remove(&victim) {
                entries.bytes -= old.len();
            }
        }
        entries.bytes += bytecode.len();
        entries.map.insert(key, Arc::new(bytecode));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_per_root_path_and_source_and_bounded() {
        let cache = BytecodeCache::new(400);
        let key = cache.key((1, 2), "a.js", "exports.a = 1");
        cache.insert(key.clone(), vec![1; 10]);
        assert_eq!(cache.get(&key).as_deref(), Some(&vec![1; 10]));
        assert!(
            cache.get(&cache.key((1, 3), "a.js", "exports.a = 1")).is_none(),
            "other root"
        );
        assert!(
            cache.get(&cache.key((1, 2), "b.js", "exports.a = 1")).is_none(),
            "other path"
        );
        assert!(
            cache.get(&cache.key((1, 2), "a.js", "exports.a = 2")).is_none(),
            "changed source"
        );
        cache.insert(key.clone(), vec![2; 10]);
        assert_eq!(cache.get(&key).as_deref(), Some(&vec![1; 10]), "first one kept");
        for i in 0..100 {
            cache.insert(cache.key((1, 2), &format!("{i}.js"), ""), vec![0; 90]);
        }
        let entries = cache.entries.lock().unwrap();
        assert!(
            entries.bytes <= 400 && entries.map.len() <= 5,
            "bounded: {} bytes",
            entries.bytes
        );
        drop(entries);
        cache.insert(cache.key((1, 2), "huge.js", ""), vec![0; 101]);
        assert!(
            cache.get(&cache.key((1, 2), "huge.js", "")).is_none(),
            "over a quarter of the cache"
        );
    }
}
