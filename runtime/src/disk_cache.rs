//! The disk cache ([`RuntimeOptions::cache_dir`](crate::RuntimeOptions::cache_dir)):
//! compiled code a new process would otherwise compile again — the
//! pre-initialized guest and per-file snapshots. Each file is named by what
//! it was built from, so processes sharing the directory agree on names;
//! files are written through a temporary file and a rename (no process ever
//! reads a partial file, and two processes writing one name write the same
//! thing); a file read is touched, and once the directory holds more than
//! its byte budget the least recently used files are deleted. Files are
//! loaded as native code: only the host may write to the directory.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A cache directory and its byte budget.
#[derive(Debug, Clone)]
pub(crate) struct DiskCache {
    dir: PathBuf,
    max_bytes: u64,
}

/// Prefix of files being written (never counted, never read).
const TEMPORARY: &str = ".tmp-";

/// Age after which a temporary file is taken for one a dead process left.
const STALE_TEMPORARY: std::time::Duration = std::time::Duration::from_secs(3600);

impl DiskCache {
    /// The cache in `dir`, holding at most `max_bytes`.
    pub fn new(dir: &Path, max_bytes: u64) -> Self {
        DiskCache {
            dir: dir.to_path_buf(),
            max_bytes,
        }
    }

    /// Where file `name` lives (whether or not it exists).
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The bytes of file `name`, touched as used; `None` if absent.
    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.path(name)).ok()?;
        self.touch(name);
        Some(bytes)
    }

    /// Mark file `name` as just used (eviction removes the least recently
    /// used first).
    pub fn touch(&self, name: &str) {
        if let Ok(file) = std::fs::File::options().write(true).open(self.path(name)) {
            let _ = file.set_modified(SystemTime::now());
        }
    }

    /// Write file `name` atomically, then evict down to the budget (never
    /// `name` itself). Failures only cost the cache (logged).
    pub fn write(&self, name: &str, bytes: &[u8]) {
        let path = self.path(name);
        let tmp = self.dir.join(format!(
            "{TEMPORARY}{}-{:?}-{name}",
            std::process::id(),
            std::thread::current().id()
        ));
        let result = std::fs::create_dir_all(&self.dir)
            .and_then(|_| std::fs::write(&tmp, bytes))
            .and_then(|_| std::fs::rename(&tmp, &path));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            tracing::warn!("cannot write {} to the cache: {e}", path.display());
            return;
        }
        self.evict(name);
    }

    /// Delete the least recently used files (by modification time) until
    /// the cache holds at most its budget; `keep` is never deleted.
    fn evict(&self, keep: &str) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let stale = SystemTime::now() - STALE_TEMPORARY;
        let mut files: Vec<(SystemTime, u64, PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                if !e.file_name().to_string_lossy().starts_with(TEMPORARY) {
                    return true;
                }
                // Left by a process that died while writing.
                if e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < stale) {
                    let _ = std::fs::remove_file(e.path());
                }
                false
            })
            .filter_map(|e| {
                let meta = e.metadata().ok().filter(|m| m.is_file())?;
                Some((meta.modified().ok()?, meta.len(), e.path()))
            })
            .collect();
        let mut total: u64 = files.iter().map(|(_, len, _)| len).sum();
        if total <= self.max_bytes {
            return;
        }
        files.sort();
        for (_, len, path) in files {
            if total <= self.max_bytes {
                break;
            }
            if path.file_name().is_some_and(|n| n == keep) {
                continue;
            }
            if std::fs::remove_file(&path).is_ok() {
                tracing::debug!(file = %path.display(), "evicted from the cache");
                total = total.saturating_sub(len);
            }
        }
    }
}
