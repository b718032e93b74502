//! What a per-file snapshot's `preload` saw of the module folders — every
//! file it read (identity and content hash), every path it found missing,
//! every directory it looked for or listed — so that a later call can tell,
//! with one `stat` per observation, that the folders would still give the
//! same modules: module resolution and loading are a function of exactly
//! these observations.
//!
//! A file's identity (device, inode, size, modification and change times
//! in nanoseconds) proves its content unchanged only if the file had
//! settled before it was read: a write always moves the change time
//! forward, but two writes within one tick of the kernel's coarse clock
//! can leave it equal. So, as git does for its index ("racy git"), an
//! identity whose times fall within [`RACY_WINDOW`] of the moment it was
//! observed is not trusted, and the file's content is hashed again; a check
//! that finds every identity unchanged makes its own start the new moment
//! of observation (a later change moves the change time past it).

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// How recent a file's last change may be, at the moment it is observed,
/// for its identity alone to vouch for its content later.
pub(crate) const RACY_WINDOW: Duration = Duration::from_secs(2);

/// Which of a call's folders: 0 is the module root, `i + 1` the runtime's
/// module root `i`.
pub(crate) type Place = usize;

/// The identity of a file or directory as `stat` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(crate) struct FileIdentity {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl FileIdentity {
    /// The identity in `meta`.
    pub(crate) fn of(meta: &cap_std::fs::Metadata) -> Self {
        use cap_std::fs::MetadataExt;
        FileIdentity {
            dev: meta.dev(),
            ino: meta.ino(),
            size: meta.size(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
            ctime: (meta.ctime(), meta.ctime_nsec()),
        }
    }

    /// Whether the entry last changed at least [`RACY_WINDOW`] before `at`,
    /// so that any later change gives a different identity.
    pub(crate) fn settled_before(&self, at: SystemTime) -> bool {
        let Ok(at) = at.duration_since(SystemTime::UNIX_EPOCH) else {
            return false;
        };
        let latest = self.mtime.max(self.ctime);
        let Ok(secs) = u64::try_from(latest.0) else {
            return true;
        };
        let changed = Duration::new(secs, latest.1.clamp(0, 999_999_999) as u32);
        changed + RACY_WINDOW <= at
    }

    /// The same directory (device and inode), whatever its times.
    pub(crate) fn same_entry(&self, other: &FileIdentity) -> bool {
        self.dev == other.dev && self.ino == other.ino
    }
}

/// The stable hash of a file's bytes (the same in every process of this
/// library version: snapshots kept on disk record it).
pub(crate) fn content_hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// What one look at a path saw.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(crate) enum Seen {
    /// Nothing at the path.
    Absent,
    /// A directory (a look for its existence: its entries do not matter).
    Dir(FileIdentity),
    /// A directory whose entries were listed.
    Listing(FileIdentity),
    /// A regular file whose bytes were read (identity, content hash).
    File(FileIdentity, u64),
    /// Something else (not a regular file where one was read, a file too
    /// large or unreadable, ...): it holds while the identity is the same
    /// and settled.
    Other(FileIdentity),
}

/// One observation: which folder, which path in it, what was there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(crate) struct Observation {
    pub place: Place,
    pub path: String,
    pub seen: Seen,
}

/// The observations of one `preload`, and when they began.
#[derive(Debug, Clone)]
pub(crate) struct Observations {
    /// Taken before the first look: identities settled before it are
    /// trusted.
    pub as_of: SystemTime,
    pub list: Vec<Observation>,
}

/// Where a recording resolver puts what it sees (shared by its clones):
/// the observations in order, and a set to keep each once.
#[derive(Clone)]
pub(crate) struct Recorder(Arc<Mutex<(Observations, HashSet<Observation>)>>);

impl Recorder {
    /// A recorder whose observations begin now.
    pub(crate) fn start() -> Self {
        let observations = Observations {
            as_of: SystemTime::now(),
            list: Vec::new(),
        };
        Recorder(Arc::new(Mutex::new((observations, HashSet::new()))))
    }

    /// Note one observation (each distinct one once).
    pub(crate) fn note(&self, place: Place, path: &str, seen: Seen) {
        if let Ok(mut recorded) = self.0.lock() {
            let observation = Observation {
                place,
                path: path.to_string(),
                seen,
            };
            let (observations, noted) = &mut *recorded;
            if noted.insert(observation.clone()) {
                observations.list.push(observation);
            }
        }
    }

    /// Everything noted so far.
    pub(crate) fn observations(&self) -> Observations {
        match self.0.lock() {
            Ok(recorded) => recorded.0.clone(),
            Err(poisoned) => poisoned.into_inner().0.clone(),
        }
    }
}
