//! The only file access of module loading: reads through cap-std [`Dir`]s
//! rooted at the call's module folder (and the runtime's module roots), so
//! no path, `..` or symlink can reach outside them; capped in size; UTF-8
//! only. Paths here are already normalized by the resolver.

use crate::file_observations::{content_hash, FileIdentity, Observation, Place, Recorder, Seen};
use crate::specifier::split_package;
use cap_std::fs::Dir;
use std::io::{self, Read};
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

/// Largest module source accepted, in bytes.
pub const MAX_MODULE_BYTES: u64 = 16 * 1024 * 1024;

/// The folders one call may read modules from.
#[derive(Clone)]
pub(crate) struct ModuleFiles {
    root: Arc<Dir>,
    module_roots: Arc<Vec<Arc<Dir>>>,
    /// The root's identity, looked up once per call (clones share it).
    root_identity: Arc<OnceLock<Option<(u64, u64)>>>,
    /// Set while a snapshot's `preload` runs: every look is noted.
    recorder: Option<Recorder>,
}

/// A sandbox path located in one of the call's folders.
pub(crate) struct Located<'a> {
    pub dir: &'a Dir,
    pub place: Place,
    pub rel: String,
}

impl ModuleFiles {
    /// Files under `root`, with packages also looked up in `module_roots`.
    pub(crate) fn new(root: Arc<Dir>, module_roots: Arc<Vec<Arc<Dir>>>) -> Self {
        ModuleFiles {
            root,
            module_roots,
            root_identity: Arc::default(),
            recorder: None,
        }
    }

    /// The same files, every look at them noted in `recorder`.
    pub(crate) fn recorded_by(&self, recorder: Recorder) -> Self {
        ModuleFiles {
            recorder: Some(recorder),
            ..self.clone()
        }
    }

    /// Note what a look at `rel` in `place` saw (while recording).
    pub(crate) fn note(&self, place: Place, rel: &str, seen: impl FnOnce() -> Seen) {
        if let Some(recorder) = &self.recorder {
            recorder.note(place, rel, seen());
        }
    }

    /// The folder of `place`.
    fn folder(&self, place: Place) -> Option<&Dir> {
        match place {
            0 => Some(&self.root),
            i => self.module_roots.get(i - 1).map(|d| &**d),
        }
    }

    /// Whether every observation in `list`, made as of `as_of`, still holds:
    /// one `stat` each, plus a re-read and hash of each file whose identity
    /// is too recent to vouch for its content (see `file_observations`).
    /// `None`: something changed. `Some(true)`: every identity is the one
    /// recorded, so the observations hold as of the moment this check began
    /// (which the caller may take as their new `as_of`).
    pub(crate) fn confirm(&self, list: &[Observation], as_of: SystemTime) -> Option<bool> {
        let mut exact = true;
        for o in list {
            let dir = self.folder(o.place)?;
            let now = if o.path.is_empty() {
                dir.dir_metadata()
            } else {
                stat_following(dir, &o.path)
            };
            let now = match now {
                Ok(meta) => meta,
                Err(e) => {
                    if o.seen == Seen::Absent && classify::<()>(e).is_ok() {
                        continue;
                    }
                    return None;
                }
            };
            let identity = FileIdentity::of(&now);
            let holds = match &o.seen {
                Seen::Absent => false,
                Seen::Dir(was) => now.is_dir() && was.same_entry(&identity),
                Seen::Listing(was) | Seen::Other(was) => *was == identity && was.settled_before(as_of),
                Seen::File(was, hash) => {
                    if *was == identity && was.settled_before(as_of) {
                        true
                    } else {
                        exact &= *was == identity;
                        now.is_file()
                            && read_bytes(dir, &o.path).is_ok_and(|bytes| content_hash(&bytes) == *hash)
                    }
                }
            };
            if !holds {
                return None;
            }
        }
        Some(exact)
    }

    /// Take `identity` as the root's device and inode (no `fstat` then).
    pub(crate) fn know_root_identity(&self, identity: (u64, u64)) {
        let _ = self.root_identity.set(Some(identity));
    }

    /// The module root's device and inode, which identify it while it exists
    /// (one `fstat` per call, shared by the snapshot and bytecode caches).
    pub(crate) fn root_identity(&self) -> Option<(u64, u64)> {
        *self.root_identity.get_or_init(|| dir_identity(&self.root))
    }

    /// The folder and relative path that hold the sandbox path `path`:
    /// `node_modules/<package>/...` falls back to the module roots when the
    /// root has no such package.
    pub(crate) fn locate(&self, path: &str) -> Located<'_> {
        if let Some(rest) = path.strip_prefix("node_modules/") {
            if let Some((package, _)) = split_package(rest) {
                let in_root = format!("node_modules/{package}");
                if !self.module_roots.is_empty() && !self.dir_exists(0, &self.root, &in_root) {
                    for (i, extra) in self.module_roots.iter().enumerate() {
                        if self.dir_exists(i + 1, extra, package) {
                            return Located {
                                dir: extra,
                                place: i + 1,
                                rel: rest.to_string(),
                            };
                        }
                    }
                }
            }
        }
        Located {
            dir: &self.root,
            place: 0,
            rel: path.to_string(),
        }
    }

    pub(crate) fn is_dir(&self, path: &str) -> bool {
        let at = self.locate(path);
        self.dir_exists(at.place, at.dir, &at.rel)
    }

    /// Whether `rel` is a directory of `dir` (the folder of `place`).
    fn dir_exists(&self, place: Place, dir: &Dir, rel: &str) -> bool {
        if rel.is_empty() {
            return true;
        }
        match stat_following(dir, rel) {
            Ok(meta) => {
                let identity = FileIdentity::of(&meta);
                self.note(place, rel, || {
                    if meta.is_dir() {
                        Seen::Dir(identity)
                    } else {
                        Seen::Other(identity)
                    }
                });
                meta.is_dir()
            }
            Err(_) => {
                self.note(place, rel, || Seen::Absent);
                false
            }
        }
    }

    /// Read `path` if it is a regular file; `Ok(None)` if there is none.
    pub(crate) fn read(&self, path: &str) -> Result<Option<String>, ReadFailure> {
        if path.is_empty() {
            return Ok(None);
        }
        let at = self.locate(path);
        let seen = read_file(at.dir, &at.rel);
        self.note(at.place, &at.rel, || match &seen {
            Ok(Some((identity, bytes))) => Seen::File(*identity, content_hash(bytes)),
            Ok(None) => Seen::Absent,
            Err((Some(identity), _)) => Seen::Other(*identity),
            // Not even a `stat`: nothing to compare later; a missing entry
            // is what a later check of it would find or not.
            Err((None, _)) => Seen::Absent,
        });
        match seen {
            Ok(None) | Err((_, ReadFailure::NotAFile)) => Ok(None),
            Ok(Some((_, bytes))) => match String::from_utf8(bytes) {
                Ok(s) => Ok(Some(s)),
                Err(_) => Err(ReadFailure::NotUtf8(path.to_string())),
            },
            Err((_, failure)) => Err(failure),
        }
    }
}

/// The bytes of regular file `rel` of `dir` and its identity; `Ok(None)` if
/// there is no such file (or it is not a regular file: then the identity
/// travels with the error so that it can be noted).
#[allow(clippy::type_complexity)]
fn read_file(
    dir: &Dir,
    rel: &str,
) -> Result<Option<(FileIdentity, Vec<u8>)>, (Option<FileIdentity>, ReadFailure)> {
    let file = match dir.open(rel) {
        Ok(f) => f,
        Err(e) => return classify(e).map_err(|f| (None, f)),
    };
    let meta = file.metadata().map_err(|e| (None, ReadFailure::Io(e)))?;
    let identity = FileIdentity::of(&meta);
    if !meta.is_file() {
        return Err((Some(identity), ReadFailure::NotAFile));
    }
    if meta.len() > MAX_MODULE_BYTES {
        return Err((Some(identity), ReadFailure::TooLarge(meta.len())));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    if let Err(e) = file.take(MAX_MODULE_BYTES + 1).read_to_end(&mut bytes) {
        return Err((Some(identity), ReadFailure::Io(e)));
    }
    if bytes.len() as u64 > MAX_MODULE_BYTES {
        return Err((Some(identity), ReadFailure::TooLarge(bytes.len() as u64)));
    }
    Ok(Some((identity, bytes)))
}

/// The bytes of `rel` in `dir` (for re-checking a recorded file).
fn read_bytes(dir: &Dir, rel: &str) -> Result<Vec<u8>, ()> {
    match read_file(dir, rel) {
        Ok(Some((_, bytes))) => Ok(bytes),
        _ => Err(()),
    }
}

/// What is at `rel` in `dir`, symbolic links inside the folder followed, as
/// `Dir::metadata` gives it; a name without a `/` that is no link costs one
/// `fstatat` instead of an `openat2`, an `fstat` and a `close`.
fn stat_following(dir: &Dir, rel: &str) -> io::Result<cap_std::fs::Metadata> {
    if !rel.contains('/') && rel != "." && rel != ".." {
        let meta = dir.symlink_metadata(rel)?;
        if !meta.file_type().is_symlink() {
            return Ok(meta);
        }
    }
    dir.metadata(rel)
}

/// The device and inode of an open directory.
pub(crate) fn dir_identity(dir: &Dir) -> Option<(u64, u64)> {
    use cap_std::fs::MetadataExt;
    dir.dir_metadata().ok().map(|m| (m.dev(), m.ino()))
}

/// A read that failed for a reason other than "no such file".
pub(crate) enum ReadFailure {
    Escape,
    /// A directory or other non-file where a file was read; callers treat
    /// it as "no such file".
    NotAFile,
    TooLarge(u64),
    NotUtf8(String),
    Io(io::Error),
}

pub(crate) fn classify<T>(e: io::Error) -> Result<Option<T>, ReadFailure> {
    match e.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => Ok(None),
        io::ErrorKind::PermissionDenied if e.to_string().contains("outside of the filesystem") => {
            Err(ReadFailure::Escape)
        }
        _ => Err(ReadFailure::Io(e)),
    }
}
