//! Cranelift's incremental compilation cache, kept in memory for the
//! process: compiled functions by content. A per-file snapshot has the
//! guest's code unchanged (only its data differs), so compiling one reuses
//! nearly every function instead of running Cranelift again.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use wasmtime::CacheStore;

/// Most bytes of compiled functions kept (about two guests' worth).
const CAPACITY_BYTES: usize = 64 * 1024 * 1024;

/// The process's cache (keys include the target and compiler settings, so
/// engines with other settings never share entries).
pub(crate) fn shared() -> Arc<dyn CacheStore> {
    static STORE: OnceLock<Arc<FunctionCache>> = OnceLock::new();
    STORE.get_or_init(|| Arc::new(FunctionCache::default())).clone()
}

#[derive(Debug, Default)]
struct FunctionCache {
    entries: Mutex<Entries>,
}

/// Compiled functions by key, and their total size.
#[derive(Debug, Default)]
struct Entries {
    map: HashMap<Vec<u8>, Vec<u8>>,
    bytes: usize,
}

impl CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let entries = self.entries.lock().ok()?;
        entries.map.get(key).map(|v| Cow::Owned(v.clone()))
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        let Ok(mut entries) = self.entries.lock() else {
            return false;
        };
        if entries.bytes + value.len() > CAPACITY_BYTES {
            return false;
        }
        entries.bytes += key.len() + value.len();
        entries.map.insert(key.to_vec(), value);
        true
    }
}
