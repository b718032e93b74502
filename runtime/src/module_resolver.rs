//! Resolves and reads module files for the guest's `load-module` import.
//!
//! Every file is opened through a cap-std [`Dir`] rooted at the module
//! folder, so no path, `..` sequence or symlink can reach outside it: paths
//! are first normalized lexically (a `..` above the root is a `path-escape`),
//! and cap-std then refuses anything that still escapes (symlinks). Inside
//! the sandbox the root is seen as `/`.

use crate::error::ErrorKind;
use crate::module_options::{pattern_matches, ModuleOptions};
use crate::package_exports;
use cap_std::fs::Dir;
use std::collections::BTreeMap;
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
    /// Canonical path as the sandbox sees it, without the leading `/` (the
    /// module id); `virtual:<name>` for host-provided modules.
    pub path: String,
    /// The module's source text (after the compiler hook, if any).
    pub source: String,
}

/// Why a module could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// `module-not-found`, `module-forbidden`, `path-escape`, `output-limit`,
    /// `js-error` (the compiler hook failed) or `internal`.
    pub kind: ErrorKind,
    /// What happened, naming the specifier and the requiring module.
    pub message: String,
}

impl LoadError {
    fn new(kind: ErrorKind, message: String) -> Self {
        LoadError { kind, message }
    }
}

/// Prefix of the ids of host-provided (virtual) modules.
const VIRTUAL_PREFIX: &str = "virtual:";

/// Resolves specifiers for one call: its module root, the runtime's module
/// roots and options, and the call's own allow-list and virtual modules.
#[derive(Clone)]
pub struct ModuleResolver {
    root: Arc<Dir>,
    module_roots: Arc<Vec<Arc<Dir>>>,
    options: Arc<ModuleOptions>,
    allow: Option<Arc<Vec<String>>>,
    call_virtual: Arc<BTreeMap<String, String>>,
    /// The root's identity, looked up once per call (clones share it).
    root_identity: Arc<std::sync::OnceLock<Option<(u64, u64)>>>,
}

impl ModuleResolver {
    /// A resolver serving files under `root`, with the runtime's opened
    /// `module_roots` and `options`, and the call's overrides.
    pub fn new(
        root: Arc<Dir>,
        module_roots: Arc<Vec<Arc<Dir>>>,
        options: Arc<ModuleOptions>,
        allow: Option<Arc<Vec<String>>>,
        call_virtual: Arc<BTreeMap<String, String>>,
    ) -> Self {
        ModuleResolver {
            root,
            module_roots,
            options,
            allow,
            call_virtual,
            root_identity: Arc::default(),
        }
    }

    /// The module root's device and inode, which identify it while it exists
    /// (one `fstat` per call, shared by the snapshot and bytecode caches).
    pub fn root_identity(&self) -> Option<(u64, u64)> {
        use cap_std::fs::MetadataExt;
        *self
            .root_identity
            .get_or_init(|| self.root.dir_metadata().ok().map(|m| (m.dev(), m.ino())))
    }

    /// Resolve `specifier` as written in the module `referrer` (its id; empty
    /// for the entry file, whose path is taken relative to the root and must
    /// not be absolute) and read it.
    pub fn load(&self, specifier: &str, referrer: &str) -> Result<LoadedModule, LoadError> {
        let from = if referrer.is_empty() {
            String::new()
        } else {
            format!(" (required from '{}')", display_id(referrer))
        };
        let not_found = || {
            LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("cannot find module '{}'{from}", printable(specifier)),
            )
        };
        if specifier.is_empty() || specifier.contains('\0') {
            return Err(not_found());
        }
        if let Some(hook) = &self.options.resolver {
            if !referrer.is_empty() {
                if let Some(target) = hook(specifier, &display_id(referrer)) {
                    let path = normalize(Vec::new(), &target).ok_or_else(|| {
                        LoadError::new(
                            ErrorKind::PathEscape,
                            format!(
                                "the resolver sent '{}'{from} outside the module folder",
                                printable(specifier)
                            ),
                        )
                    })?;
                    return self.load_file(&path, specifier, &from, None);
                }
            }
        }
        let base: Vec<&str> = if referrer.is_empty() {
            if is_absolute(specifier) {
                return Err(LoadError::new(
                    ErrorKind::PathEscape,
                    format!(
                        "'{}' is an absolute path: the entry file must be relative to the module folder",
                        printable(specifier)
                    ),
                ));
            }
            Vec::new()
        } else if specifier.starts_with('/') {
            Vec::new()
        } else if is_relative(specifier) {
            if referrer.starts_with(VIRTUAL_PREFIX) {
                return Err(not_found());
            }
            let mut dir: Vec<&str> = referrer.split('/').collect();
            dir.pop();
            dir
        } else {
            return self.load_bare(specifier, referrer, &from);
        };
        let Some(path) = normalize(base, specifier) else {
            return Err(LoadError::new(
                ErrorKind::PathEscape,
                format!(
                    "'{}'{from} points outside the module folder",
                    printable(specifier)
                ),
            ));
        };
        // A path into a package (`./node_modules/secret/x.js`) needs that
        // package on the allow-list, unless it comes from the same package.
        if let Some(target) = package_of(&path) {
            let inside_packages = self.options.allow_dependencies && package_of(referrer).is_some();
            if package_of(referrer) != Some(target) && !inside_packages && !self.allowed(target) {
                return Err(LoadError::new(
                    ErrorKind::ModuleForbidden,
                    format!(
                        "'{}'{from} is inside package '{target}', which is not on the allow-list",
                        printable(specifier)
                    ),
                ));
            }
        }
        self.load_file(&path, specifier, &from, None)
    }

    /// A bare specifier: a virtual module, a Node built-in (forbidden) or an
    /// allow-listed package.
    fn load_bare(&self, specifier: &str, referrer: &str, from: &str) -> Result<LoadedModule, LoadError> {
        let shown = printable(specifier);
        if let Some(source) = self
            .call_virtual
            .get(specifier)
            .or_else(|| self.options.virtual_modules.get(specifier))
        {
            return Ok(LoadedModule {
                path: format!("{VIRTUAL_PREFIX}{specifier}"),
                source: source.clone(),
            });
        }
        let name = specifier.strip_prefix("node:").unwrap_or(specifier);
        let top = name.split('/').next().unwrap_or(name);
        if specifier.starts_with("node:") || NODE_BUILTINS.contains(&top) {
            return Err(LoadError::new(
                ErrorKind::ModuleForbidden,
                format!("module '{shown}'{from} is a Node.js built-in, which the sandbox does not provide"),
            ));
        }
        let (package, subpath) = split_package(specifier).ok_or_else(|| {
            LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("cannot find module '{shown}'{from}: not a valid package name"),
            )
        })?;
        let from_a_package = self.options.allow_dependencies && package_of(referrer).is_some();
        if !from_a_package && !self.allowed(package) {
            return Err(LoadError::new(
                ErrorKind::ModuleForbidden,
                format!("module '{shown}'{from} is not on the allow-list of packages"),
            ));
        }
        // Node's lookup: `node_modules/<package>` in the requiring module's
        // folder and each folder above it, up to the root (whose
        // `node_modules` also covers the extra module roots).
        let dirs: Vec<&str> = if referrer.starts_with(VIRTUAL_PREFIX) {
            Vec::new()
        } else {
            let mut d: Vec<&str> = referrer.split('/').collect();
            d.pop();
            d
        };
        for depth in (0..=dirs.len()).rev() {
            if depth > 0 && dirs[depth - 1] == "node_modules" {
                continue;
            }
            let mut parts = dirs[..depth].to_vec();
            parts.push("node_modules");
            parts.extend(package.split('/'));
            let package_dir = parts.join("/");
            if !self.is_dir(&package_dir) {
                continue;
            }
            let main = match self.package_entry(&package_dir, subpath) {
                Ok(main) => main,
                Err(message) => {
                    return Err(LoadError::new(
                        ErrorKind::ModuleNotFound,
                        format!("cannot find module '{shown}'{from}: {message}"),
                    ))
                }
            };
            if let Some(main) = main {
                let inside = normalize(Vec::new(), &main).filter(|path| package_of(path) == Some(package));
                match inside.map(|path| self.load_file(&path, specifier, from, None)) {
                    Some(Ok(m)) => return Ok(m),
                    // A missing `main` falls back to the index files, as in
                    // Node; a subpath must exist, and other failures (a
                    // symlink out of the root, a file too large) stand.
                    Some(Err(e)) if subpath.is_some() || e.kind != ErrorKind::ModuleNotFound => {
                        return Err(e)
                    }
                    None if subpath.is_some() => {
                        return Err(LoadError::new(
                            ErrorKind::ModuleNotFound,
                            format!(
                                "cannot find module '{shown}'{from}: the path leaves package '{package}'"
                            ),
                        ))
                    }
                    _ => {}
                }
            }
            return self.load_file(&package_dir, specifier, from, Some(&package_dir));
        }
        Err(LoadError::new(
            ErrorKind::ModuleNotFound,
            format!("cannot find module '{shown}'{from}: package '{package}' is not installed"),
        ))
    }

    /// The file a package specifier names, as Node resolves it for
    /// `require`: package.json `exports` (subpaths, `*` patterns, conditions
    /// `require`, `node`, `default`), else `main` / the subpath itself.
    /// `Ok(None)`: try the package directory's `index` files.
    fn package_entry(&self, package_dir: &str, subpath: Option<&str>) -> Result<Option<String>, String> {
        let manifest = self
            .read(&format!("{package_dir}/package.json"))
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok());
        if let Some(exports) = manifest.as_ref().and_then(|m| m.get("exports")) {
            let key = subpath.map_or_else(|| ".".to_string(), |s| format!("./{s}"));
            return match package_exports::resolve(exports, &key) {
                Some(target) => Ok(Some(format!("{package_dir}/{}", target.trim_start_matches("./")))),
                None => Err(format!(
                    "the package does not export '{key}' (package.json \"exports\")"
                )),
            };
        }
        Ok(match subpath {
            Some(sub) => Some(format!("{package_dir}/{sub}")),
            None => manifest
                .as_ref()
                .and_then(|m| m.get("main"))
                .and_then(|m| m.as_str())
                .map(|main| format!("{package_dir}/{main}")),
        })
    }

    /// Whether `path` is a package file its package.json `browser` field maps
    /// to `false`: a file the package itself declares unneeded outside Node
    /// (such as a wrapper around `require('util')`). It loads as an empty
    /// module, as bundlers do, since the sandbox has no Node built-ins.
    fn excluded_outside_node(&self, path: &str) -> bool {
        let Some(package) = package_of(path) else {
            return false;
        };
        let marker = format!("node_modules/{package}/");
        let Some(i) = path.rfind(&marker) else {
            return false;
        };
        let package_dir = &path[..i + marker.len() - 1];
        let inner = &path[i + marker.len()..];
        let Some(manifest) = self.read(&format!("{package_dir}/package.json")).ok().flatten() else {
            return false;
        };
        let Ok(json) = serde_json::from_str::<serde_json::Value>(&manifest) else {
            return false;
        };
        let Some(browser) = json.get("browser").and_then(|b| b.as_object()) else {
            return false;
        };
        browser.iter().any(|(key, value)| {
            let key = key.trim_start_matches("./");
            value == &serde_json::Value::Bool(false)
                && (key == inner
                    || self
                        .options
                        .extensions
                        .iter()
                        .any(|ext| format!("{key}{ext}") == inner))
        })
    }

    fn allowed(&self, package: &str) -> bool {
        let list = self.allow.as_deref().unwrap_or(&self.options.external);
        list.iter().any(|p| pattern_matches(p, package))
    }

    /// Try `path` and Node's extension and index variants; read the first
    /// file found. `index_only` restricts the search to `index` files.
    fn load_file(
        &self,
        path: &str,
        specifier: &str,
        from: &str,
        index_only: Option<&str>,
    ) -> Result<LoadedModule, LoadError> {
        let shown = printable(specifier);
        let candidates = match index_only {
            Some(dir) => index_candidates(dir, &self.options.extensions),
            None => candidates(path, &self.options.extensions),
        };
        for candidate in candidates {
            match self.read(&candidate) {
                Ok(Some(source)) => {
                    if self.excluded_outside_node(&candidate) {
                        return Ok(LoadedModule {
                            path: candidate,
                            source: String::new(),
                        });
                    }
                    let source = self.compile(source, &candidate)?;
                    return Ok(LoadedModule {
                        path: candidate,
                        source,
                    });
                }
                Ok(None) => continue,
                Err(e) => return Err(e.with_context(&shown, from)),
            }
        }
        Err(LoadError::new(
            ErrorKind::ModuleNotFound,
            format!("cannot find module '{shown}'{from}"),
        ))
    }

    /// Run the compiler hook on a non-JSON source.
    fn compile(&self, source: String, path: &str) -> Result<String, LoadError> {
        match &self.options.compiler {
            Some(hook) if !path.ends_with(".json") => hook(&source, &format!("/{path}")).map_err(|e| {
                LoadError::new(
                    ErrorKind::JsError,
                    format!("cannot compile '/{}': {e}", printable(path)),
                )
            }),
            _ => Ok(source),
        }
    }

    /// The directory and relative path that hold the sandbox path `path`:
    /// `node_modules/<package>/...` falls back to the module roots when the
    /// root has no such package.
    fn locate(&self, path: &str) -> (&Dir, String) {
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

    fn is_dir(&self, path: &str) -> bool {
        let (dir, rel) = self.locate(path);
        dir_exists(dir, &rel)
    }

    /// Read `path` if it is a regular file; `Ok(None)` if there is none.
    fn read(&self, path: &str) -> Result<Option<String>, ReadFailure> {
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

/// A module id as the sandbox shows it (`/lib/x.js`, `virtual:name`).
fn display_id(id: &str) -> String {
    if id.starts_with(VIRTUAL_PREFIX) {
        printable(id)
    } else {
        format!("/{}", printable(id))
    }
}

/// The package a path lies in: the name after its last `node_modules/`.
fn package_of(path: &str) -> Option<&str> {
    let i = path
        .rfind("node_modules/")
        .filter(|&i| i == 0 || path.as_bytes()[i - 1] == b'/')?;
    split_package(&path[i + "node_modules/".len()..]).map(|(p, _)| p)
}

/// Split `name/sub/path` (or `@scope/name/sub`) into package and subpath.
fn split_package(specifier: &str) -> Option<(&str, Option<&str>)> {
    let mut cut = specifier.match_indices('/').map(|(i, _)| i);
    let end = if specifier.starts_with('@') {
        cut.nth(1)
    } else {
        cut.next()
    };
    let (package, sub) = match end {
        Some(i) => (&specifier[..i], Some(&specifier[i + 1..])),
        None => (specifier, None),
    };
    let valid = !package.is_empty()
        && !package.starts_with('.')
        && package
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && (!package.starts_with('@') || package.contains('/'));
    valid.then_some((package, sub.filter(|s| !s.is_empty())))
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

/// The files Node would try for `path`, in order: itself, with each
/// extension, then its `index` files.
fn candidates(path: &str, extensions: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(2 * extensions.len() + 1);
    if !path.is_empty() {
        out.push(path.to_string());
        out.extend(extensions.iter().map(|ext| format!("{path}{ext}")));
    }
    out.extend(index_candidates(path, extensions));
    out
}

/// The `index` files of directory `dir`.
fn index_candidates(dir: &str, extensions: &[String]) -> Vec<String> {
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    extensions
        .iter()
        .map(|ext| format!("{prefix}index{ext}"))
        .collect()
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
    fn package_names_and_subpaths() {
        assert_eq!(split_package("lodash"), Some(("lodash", None)));
        assert_eq!(split_package("lodash/fp/map"), Some(("lodash", Some("fp/map"))));
        assert_eq!(split_package("@acme/kv/x"), Some(("@acme/kv", Some("x"))));
        assert_eq!(split_package("@acme"), None);
        assert_eq!(package_of("node_modules/a/node_modules/b/x.js"), Some("b"));
        assert_eq!(package_of("lib/node_modules/@s/p/i.js"), Some("@s/p"));
        assert_eq!(package_of("lib/x.js"), None);
        assert_eq!(package_of("my_node_modules/x/y.js"), None);
    }

    #[test]
    fn absolute_entry_paths_are_recognized() {
        assert!(is_absolute("/etc/passwd"));
        assert!(is_absolute("C:\\x.js"));
        assert!(!is_absolute("a/b.js"));
    }
}
