//! Resolves and reads module files for the guest's `load-module` import.
//!
//! Every file is opened through a cap-std [`Dir`] rooted at the module
//! folder, so no path, `..` sequence or symlink can reach outside it: paths
//! are first normalized lexically (a `..` above the root is a `path-escape`),
//! and cap-std then refuses anything that still escapes (symlinks). Inside
//! the sandbox the root is seen as `/`.

use crate::error::ErrorKind;
use cap_std::fs::Dir;
use std::io::{self, Read};
use std::sync::Arc;

/// Largest module source accepted, in bytes.
pub const MAX_MODULE_BYTES: u64 = 16 * 1024 * 1024;

/// Node's built-in modules: none exists in the sandbox, so requiring one is
/// `module-forbidden` with a clear message, not a confusing "not found".
const NODE_BUILTINS: &[&str] = &[
    "assert",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "domain",
    "events",
    "fs",
    "http",
    "http2",
    "https",
    "inspector",
    "module",
    "net",
    "os",
    "path",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "repl",
    "sqlite",
    "stream",
    "string_decoder",
    "sys",
    "test",
    "timers",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// A module the resolver found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedModule {
    /// Canonical root-relative path with `/` separators (the module id).
    pub path: String,
    /// The module's source text.
    pub source: String,
}

/// Why a module could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// `module-not-found`, `module-forbidden`, `path-escape`, `output-limit`
    /// or `internal`.
    pub kind: ErrorKind,
    /// What happened, naming the specifier.
    pub message: String,
}

impl LoadError {
    fn new(kind: ErrorKind, message: String) -> Self {
        LoadError { kind, message }
    }
}

/// Resolves specifiers against one module root.
#[derive(Debug, Clone)]
pub struct ModuleResolver {
    root: Arc<Dir>,
}

impl ModuleResolver {
    /// A resolver serving files under `root`.
    pub fn new(root: Arc<Dir>) -> Self {
        ModuleResolver { root }
    }

    /// Resolve `specifier` as written in the module `referrer` (root-relative;
    /// empty for the entry file, whose path is taken relative to the root and
    /// must not be absolute) and read it.
    pub fn load(&self, specifier: &str, referrer: &str) -> Result<LoadedModule, LoadError> {
        let shown = printable(specifier);
        let from = if referrer.is_empty() {
            String::new()
        } else {
            format!(" (required from '/{}')", printable(referrer))
        };
        if specifier.is_empty() || specifier.contains('\0') {
            return Err(LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("cannot find module '{shown}'{from}"),
            ));
        }
        let base: Vec<&str> = if referrer.is_empty() {
            if is_absolute(specifier) {
                return Err(LoadError::new(
                    ErrorKind::PathEscape,
                    format!(
                        "'{shown}' is an absolute path: the entry file must be relative to the module folder"
                    ),
                ));
            }
            Vec::new()
        } else if specifier.starts_with('/') {
            Vec::new()
        } else if is_relative(specifier) {
            let mut dir: Vec<&str> = referrer.split('/').collect();
            dir.pop();
            dir
        } else {
            return Err(bare_specifier(specifier, &from));
        };
        let Some(path) = normalize(base, specifier) else {
            return Err(LoadError::new(
                ErrorKind::PathEscape,
                format!("'{shown}'{from} points outside the module folder"),
            ));
        };
        for candidate in candidates(&path) {
            match self.read(&candidate) {
                Ok(Some(source)) => {
                    return Ok(LoadedModule {
                        path: candidate,
                        source,
                    })
                }
                Ok(None) => continue,
                Err(e) => return Err(e.with_context(&shown, &from)),
            }
        }
        Err(LoadError::new(
            ErrorKind::ModuleNotFound,
            format!("cannot find module '{shown}'{from}"),
        ))
    }

    /// Read `path` if it is a regular file; `Ok(None)` if there is none.
    fn read(&self, path: &str) -> Result<Option<String>, ReadFailure> {
        if path.is_empty() {
            return Ok(None);
        }
        let file = match self.root.open(path) {
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

/// A read that failed for a reason other than "no such file".
enum ReadFailure {
    Escape,
    TooLarge(u64),
    NotUtf8(String),
    Io(io::Error),
}

impl ReadFailure {
    fn with_context(self, shown: &str, from: &str) -> LoadError {
        match self {
            ReadFailure::Escape => LoadError::new(
                ErrorKind::PathEscape,
                format!("'{shown}'{from} leads outside the module folder (through a symlink)"),
            ),
            ReadFailure::TooLarge(n) => LoadError::new(
                ErrorKind::OutputLimit,
                format!("module '{shown}'{from} is {n} bytes, over the limit of {MAX_MODULE_BYTES} bytes"),
            ),
            ReadFailure::NotUtf8(p) => LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("module '/{}'{from} is not UTF-8 text", printable(&p)),
            ),
            ReadFailure::Io(e) => LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("cannot read module '{shown}'{from}: {e}"),
            ),
        }
    }
}

fn classify<T>(e: io::Error) -> Result<Option<T>, ReadFailure> {
    match e.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => Ok(None),
        io::ErrorKind::PermissionDenied if e.to_string().contains("outside of the filesystem") => {
            Err(ReadFailure::Escape)
        }
        _ => Err(ReadFailure::Io(e)),
    }
}

fn bare_specifier(specifier: &str, from: &str) -> LoadError {
    let shown = printable(specifier);
    let name = specifier.strip_prefix("node:").unwrap_or(specifier);
    let top = name.split('/').next().unwrap_or(name);
    if specifier.starts_with("node:") || NODE_BUILTINS.contains(&top) {
        LoadError::new(
            ErrorKind::ModuleForbidden,
            format!("module '{shown}'{from} is a Node.js built-in, which the sandbox does not provide"),
        )
    } else {
        LoadError::new(
            ErrorKind::ModuleForbidden,
            format!("module '{shown}'{from} is not on the allow-list of packages"),
        )
    }
}

fn is_relative(specifier: &str) -> bool {
    specifier == "." || specifier == ".." || specifier.starts_with("./") || specifier.starts_with("../")
}

fn is_absolute(path: &str) -> bool {
    path.starts_with('/')
        || path.starts_with('\\')
        || std::path::Path::new(path).is_absolute()
        || path.as_bytes().get(1) == Some(&b':')
}

/// Apply `specifier`'s components to `base`; `None` if a `..` climbs above
/// the root.
fn normalize<'a>(mut parts: Vec<&'a str>, specifier: &'a str) -> Option<String> {
    for part in specifier.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The files Node would try for `path`, in order.
fn candidates(path: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(7);
    if !path.is_empty() {
        out.push(path.to_string());
        for ext in [".js", ".json", ".cjs"] {
            out.push(format!("{path}{ext}"));
        }
    }
    let dir = if path.is_empty() {
        String::new()
    } else {
        format!("{path}/")
    };
    for index in ["index.js", "index.json", "index.cjs"] {
        out.push(format!("{dir}{index}"));
    }
    out
}

/// `s` shortened and with control characters escaped, for messages.
fn printable(s: &str) -> String {
    let mut out: String = s.chars().take(200).flat_map(char::escape_debug).collect();
    if s.chars().count() > 200 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_keeps_paths_inside_the_root() {
        assert_eq!(normalize(vec![], "a/./b/../c.js").as_deref(), Some("a/c.js"));
        assert_eq!(normalize(vec!["lib"], "../x.js").as_deref(), Some("x.js"));
        assert_eq!(normalize(vec![], "../x.js"), None);
        assert_eq!(normalize(vec!["lib"], "../../x.js"), None);
    }

    #[test]
    fn absolute_entry_paths_are_recognized() {
        assert!(is_absolute("/etc/passwd"));
        assert!(is_absolute("C:\\x.js"));
        assert!(!is_absolute("a/b.js"));
    }
}
