//! Node's module resolution rules for the guest's `load-module` import:
//! relative and absolute specifiers, bare packages (allow-list, `exports`
//! and `imports` with `require`/`import` conditions, `main`, `browser`
//! fields, `"type": "module"`, module roots), virtual modules, Node
//! built-ins (served by the guest when the call may load them, else a clear
//! `module-forbidden`), the compiler hook.
//!
//! Paths are normalized lexically first ([`specifier`](crate::specifier): a
//! `..` above the root is a `path-escape`); every file is then read through
//! [`ModuleFiles`], whose cap-std directories refuse anything that still
//! escapes (symlinks). Inside the sandbox the root is seen as `/`.

use crate::error::ErrorKind;
use crate::file_observations::{Observation, Recorder};
use crate::module_files::{ModuleFiles, ReadFailure, MAX_MODULE_BYTES};
use crate::module_options::{pattern_matches, ModuleOptions};
use crate::node_builtins;
use crate::package_exports;
use crate::specifier::{
    candidates, display_id, index_candidates, is_absolute, is_relative, normalize, package_of, printable,
    split_package, VIRTUAL_PREFIX,
};
use cap_std::fs::Dir;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::SystemTime;

/// Node's built-in modules. Those the guest implements
/// ([`node_builtins`](crate::node_builtins)) load when the call's allow-list
/// names them; the others (and the ones not allowed) are `module-forbidden`
/// with a clear message, not a confusing "not found".
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

/// How a module is asked for: it picks the `exports` conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadMode {
    /// `require()`, or the entry file.
    Require,
    /// `import` / `import()`.
    Import,
    /// `import ... with { type: 'json' }`.
    ImportJson,
}

/// A module the resolver found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedModule {
    /// Canonical path as the sandbox sees it, without the leading `/` (the
    /// module id); `virtual:<name>` for host-provided modules; `node:<name>`
    /// for a Node built-in (whose source the guest has).
    pub path: String,
    /// The module's source text (after the compiler hook, if any).
    pub source: String,
    /// An ES module by its name (`.mjs`) or its package's `"type": "module"`.
    pub is_esm: bool,
}

impl LoadedModule {
    fn new(path: String, source: String) -> Self {
        LoadedModule {
            path,
            source,
            is_esm: false,
        }
    }
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

/// Resolves specifiers for one call: its module root, the runtime's module
/// roots and options, and the call's own allow-list and virtual modules.
#[derive(Clone)]
pub struct ModuleResolver {
    files: ModuleFiles,
    options: Arc<ModuleOptions>,
    allow: Option<Arc<Vec<String>>>,
    call_virtual: Arc<BTreeMap<String, String>>,
    builtins: Option<Arc<Vec<String>>>,
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
        builtins: Option<Arc<Vec<String>>>,
    ) -> Self {
        ModuleResolver {
            files: ModuleFiles::new(root, module_roots),
            options,
            allow,
            call_virtual,
            builtins,
        }
    }

    /// Whether this call may load Node built-in `name` (a top-level name).
    pub fn builtin_allowed(&self, name: &str) -> bool {
        let list = self.builtins.as_deref().unwrap_or(&self.options.builtins);
        node_builtins::is_available(name) && node_builtins::allows(list, name)
    }

    /// The call's files, for the read-only `fs` built-in: `None` unless the
    /// call may load `fs`.
    pub(crate) fn fs_files(&self) -> Option<&ModuleFiles> {
        self.builtin_allowed("fs").then_some(&self.files)
    }

    /// The same resolver, noting every look at the folders in `recorder`
    /// (for a per-file snapshot's `preload`).
    pub(crate) fn recorded_by(&self, recorder: Recorder) -> Self {
        ModuleResolver {
            files: self.files.recorded_by(recorder),
            ..self.clone()
        }
    }

    /// Whether the folders still show what `list` recorded as of `as_of`
    /// (so every load would give the same module); see
    /// [`ModuleFiles::confirm`].
    pub(crate) fn confirm(&self, list: &[Observation], as_of: SystemTime) -> Option<bool> {
        self.files.confirm(list, as_of)
    }

    /// Take `identity` as the module root's device and inode (its opener
    /// already knows them).
    pub(crate) fn know_root_identity(&self, identity: (u64, u64)) {
        self.files.know_root_identity(identity);
    }

    /// The module root's device and inode (see [`ModuleFiles::root_identity`]).
    pub fn root_identity(&self) -> Option<(u64, u64)> {
        self.files.root_identity()
    }

    /// Resolve `specifier` as written in the module `referrer` (its id; empty
    /// for the entry file, whose path is taken relative to the root and must
    /// not be absolute) and read it.
    pub fn load(&self, specifier: &str, referrer: &str, mode: LoadMode) -> Result<LoadedModule, LoadError> {
        let mut loaded = self.load_any(specifier, referrer, mode)?;
        loaded.is_esm =
            mode != LoadMode::ImportJson && !loaded.path.ends_with(".json") && self.is_esm(&loaded.path);
        Ok(loaded)
    }

    /// Whether file `path` is an ES module by name (`.mjs`) or because the
    /// nearest `package.json` above it says `"type": "module"` (`.js` files
    /// only), as Node decides.
    fn is_esm(&self, path: &str) -> bool {
        if path.ends_with(".mjs") {
            return true;
        }
        if !path.ends_with(".js") || path.starts_with(VIRTUAL_PREFIX) || path.starts_with("node:") {
            return false;
        }
        let mut dirs: Vec<&str> = path.split('/').collect();
        dirs.pop();
        loop {
            let dir = dirs.join("/");
            if let Ok(Some(text)) = self.files.read(&if dir.is_empty() {
                "package.json".to_string()
            } else {
                format!("{dir}/package.json")
            }) {
                return serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .is_some_and(|m| m.get("type").and_then(|t| t.as_str()) == Some("module"));
            }
            // A package's own folder is as far as its files look.
            if dirs.is_empty() || dirs.len() >= 2 && dirs[dirs.len() - 2] == "node_modules" {
                return false;
            }
            if dirs.len() >= 3
                && dirs[dirs.len() - 3] == "node_modules"
                && dirs[dirs.len() - 2].starts_with('@')
            {
                return false;
            }
            dirs.pop();
        }
    }

    /// The parsed `package.json` of `package_dir`, if it has a readable one.
    fn manifest(&self, package_dir: &str) -> Option<serde_json::Value> {
        let text = self
            .files
            .read(&format!("{package_dir}/package.json"))
            .ok()
            .flatten()?;
        serde_json::from_str(&text).ok()
    }

    /// The conditions `exports`/`imports` match for `mode`, in Node's order
    /// of meaning, then the runtime's extra ones.
    fn conditions(&self, mode: LoadMode) -> Vec<&str> {
        let kind = if mode == LoadMode::Require {
            "require"
        } else {
            "import"
        };
        let mut list = vec![kind, "node", "default"];
        list.extend(self.options.conditions.iter().map(String::as_str));
        list
    }

    fn load_any(&self, specifier: &str, referrer: &str, mode: LoadMode) -> Result<LoadedModule, LoadError> {
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
        } else if specifier.starts_with('#') {
            return self.load_import(specifier, referrer, &from, mode);
        } else {
            return self.load_bare(specifier, referrer, &from, mode);
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
    fn load_bare(
        &self,
        specifier: &str,
        referrer: &str,
        from: &str,
        mode: LoadMode,
    ) -> Result<LoadedModule, LoadError> {
        let shown = printable(specifier);
        if let Some(source) = self
            .call_virtual
            .get(specifier)
            .or_else(|| self.options.virtual_modules.get(specifier))
        {
            return Ok(LoadedModule::new(
                format!("{VIRTUAL_PREFIX}{specifier}"),
                source.clone(),
            ));
        }
        let name = specifier.strip_prefix("node:").unwrap_or(specifier);
        let top = name.split('/').next().unwrap_or(name);
        // `require('events/')` means the npm package, never the built-in.
        let builtin = specifier.starts_with("node:") || !specifier.ends_with('/');
        if builtin && self.builtin_allowed(top) {
            return Ok(LoadedModule::new(format!("node:{name}"), String::new()));
        }
        if builtin && node_builtins::is_available(top) {
            let why = if node_builtins::OPT_IN_BUILTINS.contains(&top) {
                "it reads the module folder, so a runtime or call must grant it (builtins option, CLI --allow-fs)"
            } else {
                "it is not on this call's built-in allow-list"
            };
            return Err(LoadError::new(
                ErrorKind::ModuleForbidden,
                format!("module '{shown}'{from} is a Node.js built-in this call may not load: {why}"),
            ));
        }
        if specifier.starts_with("node:") || builtin && NODE_BUILTINS.contains(&top) {
            return Err(LoadError::new(
                ErrorKind::ModuleForbidden,
                format!(
                    "module '{shown}'{from} is a Node.js built-in that reaches the host \
                     (processes, network, the OS or threads), which the sandbox does not provide"
                ),
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
            if !self.files.is_dir(&package_dir) {
                continue;
            }
            let main = match self.package_entry(&package_dir, subpath, mode) {
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

    /// The file a package specifier names, as Node resolves it: package.json
    /// `exports` (subpaths, `*` patterns, the conditions of `mode`), else
    /// `main` (or, with the `browser` condition, a string `browser` field) /
    /// the subpath itself. `Ok(None)`: try the package directory's `index`
    /// files.
    fn package_entry(
        &self,
        package_dir: &str,
        subpath: Option<&str>,
        mode: LoadMode,
    ) -> Result<Option<String>, String> {
        let manifest = self.manifest(package_dir);
        if let Some(exports) = manifest.as_ref().and_then(|m| m.get("exports")) {
            let key = subpath.map_or_else(|| ".".to_string(), |s| format!("./{s}"));
            return match package_exports::resolve(exports, &key, &self.conditions(mode)) {
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
                .and_then(|m| {
                    let browser = self.browser().then(|| m.get("browser")).flatten();
                    browser.filter(|b| b.is_string()).or_else(|| m.get("main"))
                })
                .and_then(|m| m.as_str())
                .map(|main| format!("{package_dir}/{main}")),
        })
    }

    /// Whether the runtime resolves for browsers too (the `browser` condition).
    fn browser(&self) -> bool {
        self.options.conditions.iter().any(|c| c == "browser")
    }

    /// A `#name` specifier: the `imports` map of the nearest package.json
    /// above `referrer` (its conditions as for `exports`); targets are files
    /// of that package (`./x.js`) or bare package names.
    fn load_import(
        &self,
        specifier: &str,
        referrer: &str,
        from: &str,
        mode: LoadMode,
    ) -> Result<LoadedModule, LoadError> {
        let shown = printable(specifier);
        let not_found = |why: &str| {
            LoadError::new(
                ErrorKind::ModuleNotFound,
                format!("cannot find module '{shown}'{from}: {why}"),
            )
        };
        let mut dirs: Vec<&str> = if referrer.starts_with(VIRTUAL_PREFIX) {
            Vec::new()
        } else {
            referrer.split('/').collect()
        };
        dirs.pop();
        loop {
            let dir = dirs.join("/");
            let manifest_path = if dir.is_empty() {
                "package.json".to_string()
            } else {
                format!("{dir}/package.json")
            };
            if let Ok(Some(text)) = self.files.read(&manifest_path) {
                let manifest: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|_| not_found("its package.json is not valid JSON"))?;
                let imports = manifest
                    .get("imports")
                    .ok_or_else(|| not_found("the nearest package.json has no \"imports\""))?;
                let target = package_exports::resolve_import(imports, specifier, &self.conditions(mode))
                    .ok_or_else(|| not_found("package.json \"imports\" does not map it"))?;
                if let Some(local) = target.strip_prefix("./") {
                    let base: Vec<&str> = dirs.clone();
                    let path = normalize(base, local)
                        .ok_or_else(|| not_found("the target leaves the module folder"))?;
                    return self.load_file(&path, specifier, from, None);
                }
                return self.load_bare(&target, referrer, from, mode);
            }
            if dirs.is_empty() {
                return Err(not_found("no package.json with \"imports\" above it"));
            }
            dirs.pop();
        }
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
        let Some(manifest) = self
            .files
            .read(&format!("{package_dir}/package.json"))
            .ok()
            .flatten()
        else {
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
            match self.files.read(&candidate) {
                Ok(Some(source)) => {
                    if self.excluded_outside_node(&candidate) {
                        return Ok(LoadedModule::new(candidate, String::new()));
                    }
                    let source = self.compile(source, &candidate)?;
                    return Ok(LoadedModule::new(candidate, source));
                }
                Ok(None) => continue,
                Err(e) => return Err(read_error(e, &shown, from)),
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
}

/// A failed read as the error of loading `shown` (required from `from`).
fn read_error(failure: ReadFailure, shown: &str, from: &str) -> LoadError {
    match failure {
        ReadFailure::NotAFile => LoadError::new(
            ErrorKind::ModuleNotFound,
            format!("cannot find module '{shown}'{from} (not a file)"),
        ),
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
