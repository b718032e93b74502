//! The read-only `fs` built-in, host side: reads, listings and stats of
//! sandbox paths (`/` is the module folder), only for calls granted `fs`,
//! through the call's cap-std directories ([`ModuleFiles`]), so no path,
//! `..` or symlink reaches outside the module folder. Nothing here writes.

use crate::file_observations::{content_hash, FileIdentity, Seen};
use crate::module_files::{Located, ModuleFiles, MAX_MODULE_BYTES};
use cap_std::fs::Dir;
use std::io::{self, Read};
use std::time::SystemTime;

/// Why a read failed (the guest words it as Node's `ENOENT`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FsFailure {
    NotFound,
    NotADirectory,
    IsADirectory,
    AccessDenied,
    TooLarge,
    Invalid,
}

/// What `fs.stat` reports.
pub(crate) struct FileStat {
    pub is_file: bool,
    pub is_directory: bool,
    pub size: u64,
    pub mtime_ms: f64,
    pub ctime_ms: f64,
    pub atime_ms: f64,
    pub birthtime_ms: f64,
}

/// One directory entry: name, is a file, is a directory.
pub(crate) type DirEntry = (String, bool, bool);

/// The root-relative path of sandbox path `path` (`/a/../b` -> `b`).
/// `..` cannot climb above `/`, as in a chroot.
fn relative(path: &str) -> Result<String, FsFailure> {
    if path.contains('\0') {
        return Err(FsFailure::Invalid);
    }
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    Ok(parts.join("/"))
}

fn failure(e: io::Error) -> FsFailure {
    match e.kind() {
        io::ErrorKind::NotFound => FsFailure::NotFound,
        io::ErrorKind::NotADirectory => FsFailure::NotADirectory,
        io::ErrorKind::IsADirectory => FsFailure::IsADirectory,
        io::ErrorKind::PermissionDenied => FsFailure::AccessDenied,
        io::ErrorKind::InvalidInput => FsFailure::Invalid,
        // ELOOP and friends; cap-std's refusals of escapes land here too.
        _ if e.to_string().contains("outside of the filesystem") => FsFailure::AccessDenied,
        _ => FsFailure::NotFound,
    }
}

/// The bytes of file `path`, at most [`MAX_MODULE_BYTES`].
pub(crate) fn read_file(files: &ModuleFiles, path: &str) -> Result<Vec<u8>, FsFailure> {
    let rel = relative(path)?;
    if rel.is_empty() {
        return Err(FsFailure::IsADirectory);
    }
    let at = files.locate(&rel);
    let read = read_bytes(at.dir, &at.rel);
    files.note(at.place, &at.rel, || match &read {
        Ok((identity, bytes)) => Seen::File(*identity, content_hash(bytes)),
        Err((Some(identity), _)) => Seen::Other(*identity),
        Err((None, _)) => Seen::Absent,
    });
    read.map(|(_, bytes)| bytes).map_err(|(_, failure)| failure)
}

/// The bytes of `rel` in `dir` and the identity they were read under.
fn read_bytes(dir: &Dir, rel: &str) -> Result<(FileIdentity, Vec<u8>), (Option<FileIdentity>, FsFailure)> {
    let file = dir.open(rel).map_err(|e| (None, failure(e)))?;
    let meta = file.metadata().map_err(|e| (None, failure(e)))?;
    let identity = FileIdentity::of(&meta);
    if meta.is_dir() {
        return Err((Some(identity), FsFailure::IsADirectory));
    }
    if meta.len() > MAX_MODULE_BYTES {
        return Err((Some(identity), FsFailure::TooLarge));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_MODULE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| (Some(identity), failure(e)))?;
    if bytes.len() as u64 > MAX_MODULE_BYTES {
        return Err((Some(identity), FsFailure::TooLarge));
    }
    Ok((identity, bytes))
}

/// What is at `at` (links inside the folder followed); a missing entry is
/// noted as such.
fn metadata_noted(files: &ModuleFiles, at: &Located<'_>) -> Result<cap_std::fs::Metadata, FsFailure> {
    let meta = if at.rel.is_empty() {
        at.dir.dir_metadata()
    } else {
        at.dir.metadata(&at.rel)
    };
    meta.map_err(|e| {
        files.note(at.place, &at.rel, || Seen::Absent);
        failure(e)
    })
}

/// The entries of directory `path`, sorted by name.
pub(crate) fn read_dir(files: &ModuleFiles, path: &str) -> Result<Vec<DirEntry>, FsFailure> {
    let rel = relative(path)?;
    let at = files.locate(&rel);
    let meta = metadata_noted(files, &at)?;
    let identity = FileIdentity::of(&meta);
    if !meta.is_dir() {
        files.note(at.place, &at.rel, || Seen::Other(identity));
        return Err(FsFailure::NotADirectory);
    }
    files.note(at.place, &at.rel, || Seen::Listing(identity));
    let entries = if at.rel.is_empty() {
        at.dir.entries().map_err(failure)?
    } else {
        at.dir.read_dir(&at.rel).map_err(failure)?
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(failure)?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let kind = entry.file_type().map_err(failure)?;
        out.push((name, kind.is_file(), kind.is_dir()));
        if out.len() > 100_000 {
            return Err(FsFailure::TooLarge);
        }
    }
    out.sort();
    Ok(out)
}

fn millis(time: io::Result<SystemTime>) -> f64 {
    time.ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// What `path` is (links inside the module folder followed).
pub(crate) fn stat(files: &ModuleFiles, path: &str) -> Result<FileStat, FsFailure> {
    let rel = relative(path)?;
    let at = files.locate(&rel);
    let meta = metadata_noted(files, &at)?;
    files.note(at.place, &at.rel, || Seen::Other(FileIdentity::of(&meta)));
    use cap_std::fs::MetadataExt;
    let ctime = SystemTime::UNIX_EPOCH
        + std::time::Duration::new(
            meta.ctime().max(0) as u64,
            meta.ctime_nsec().clamp(0, 999_999_999) as u32,
        );
    Ok(FileStat {
        is_file: meta.is_file(),
        is_directory: meta.is_dir(),
        size: meta.len(),
        mtime_ms: millis(meta.modified().map(|t| t.into_std())),
        ctime_ms: millis(Ok(ctime)),
        atime_ms: millis(meta.accessed().map(|t| t.into_std())),
        birthtime_ms: millis(meta.created().map(|t| t.into_std())),
    })
}

#[cfg(test)]
mod tests {
    use super::relative;

    #[test]
    fn sandbox_paths_stay_under_the_root() {
        assert_eq!(relative("/a/b.txt").unwrap(), "a/b.txt");
        assert_eq!(relative("/../../etc/passwd").unwrap(), "etc/passwd");
        assert_eq!(relative("/").unwrap(), "");
        assert_eq!(relative("a/./b/../c").unwrap(), "a/c");
        assert!(relative("/a\0b").is_err());
    }
}
