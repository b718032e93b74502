//! The only file access of module loading: reads through cap-std [`Dir`]s
//! rooted at the call's module folder (and the runtime's module roots), so
//! no path, `..` or symlink can reach outside them; capped in size; UTF-8
//! only. Paths here are already normalized by the resolver.

use crate::specifier::split_package;
use cap_std::fs::Dir;
use std::io::{self, Read};
use std::sync::{Arc, OnceLock};

/// Largest module source accepted, in bytes.
pub const MAX_MODULE_BYTES: u64 = 16 * 1024 * 1024;

/// The folders one call may read modules from.
#[derive(Clone)]
pub(crate) struct ModuleFiles {
    root: Arc<Dir>,
    module_roots: Arc<Vec<Arc<Dir>>>,
    /// The root's identity, looked up once per call (clones share it).
    root_identity: Arc<OnceLock<Option<(u64, u64)>>>,
}

impl ModuleFiles {
    /// Files under `root`, with packages also looked up in `module_roots`.
    pub(crate) fn new(root: Arc<Dir>, module_roots: Arc<Vec<Arc<Dir>>>) -> Self {
        ModuleFiles {
            root,
            module_roots,
            root_identity: Arc::default(),
        }
    }

    /// The module root's device and inode, which identify it while it exists
    /// (one `fstat` per call, shared by the snapshot and bytecode caches).
    pub(crate) fn root_identity(&self) -> Option<(u64, u64)> {
        use cap_std::fs::MetadataExt;
        *self
            .root_identity
            .get_or_init(|| self.root.dir_metadata().ok().map(|m| (m.dev(), m.ino())))
    }

    /// The directory and relative path that hold the sandbox path `path`:
    /// `node_modules/<package>/...` falls back to the module roots when the
    /// root has no such package.
    pub(crate) fn locate(&self, path: &str) -> (&Dir, String) {
        if let Some(rest) = path.strip_prefix("node_modules/") {
            if let Some((package, _)) = split_package(rest) {
                let in_root = format!("node_modules/{package}");
                if !self.module_roots.is_empty() && !dir_exists(&self.root, &in_root) {
                    for extra in self.module_roots.iter() {
                        if dir_exists(extra, package) {
                            return (extra, rest.to_string());
                        }
                    }
                }
            }
        }
        (&self.root, path.to_string())
    }

    pub(crate) fn is_dir(&self, path: &str) -> bool {
        let (dir, rel) = self.locate(path);
        dir_exists(dir, &rel)
    }

    /// Read `path` if it is a regular file; `Ok(None)` if there is none.
    pub(crate) fn read(&self, path: &str) -> Result<Option<String>, ReadFailure> {
        if path.is_empty() {
            return Ok(None);
        }
        let (dir, rel) = self.locate(path);
        let file = match dir.open(&rel) {
            Ok(f) => f,
            Err(e) => return classify(e),
        };
        let meta = match file.metadata() {
            Ok(m) => m,
            Err(e) => return classify(e),
        };
        if !meta.is_file() {
            return Ok(None);
        }
        if meta.len() > MAX_MODULE_BYTES {
            return Err(ReadFailure::TooLarge(meta.len()));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        if let Err(e) = file.take(MAX_MODULE_BYTES + 1).read_to_end(&mut bytes) {
            return classify(e);
        }
        if bytes.len() as u64 > MAX_MODULE_BYTES {
            return Err(ReadFailure::TooLarge(bytes.len() as u64));
        }
        match String::from_utf8(bytes) {
            Ok(s) => Ok(Some(s)),
            Err(_) => Err(ReadFailure::NotUtf8(path.to_string())),
        }
    }
}

fn dir_exists(dir: &Dir, path: &str) -> bool {
    path.is_empty() || dir.metadata(path).map(|m| m.is_dir()).unwrap_or(false)
}

/// A read that failed for a reason other than "no such file".
pub(crate) enum ReadFailure {
    Escape,
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
