//! What a runtime (and a call) lets code load besides its own files:
//! allow-listed packages, extra read-only module roots, host-provided virtual
//! modules, and the resolver and compiler hooks.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A host-side resolver: `(specifier, referrer) -> Some(path)` to decide where
/// a `require`/`import` leads (for example per-tenant package versions), or
/// `None` to resolve as usual. `referrer` is the requiring module's path as
/// the sandbox sees it (`/index.js`). The returned path is taken from the
/// module root (`/node_modules/lodash@4/index.js` or `node_modules/...`) and
/// is held to the same boundaries as any other path; it skips the package
/// allow-list, since the host chose it.
pub type ResolverHook = Arc<dyn Fn(&str, &str) -> Option<String> + Send + Sync>;

/// A host-side source transform: `(source, path) -> source`, applied to every
/// non-JSON module before it is evaluated (Babel, a TypeScript stripper, ...).
/// An `Err` fails the load with `js-error` and that message.
pub type CompilerHook = Arc<dyn Fn(&str, &str) -> Result<String, String> + Send + Sync>;

/// Module loading options of a runtime. See the README's "Modules" section.
#[derive(Clone)]
#[non_exhaustive]
pub struct ModuleOptions {
    /// Package names that bare `require('name')` / `import 'name'` may load,
    /// from `<root>/node_modules/<name>` or the [`module_roots`](Self::module_roots).
    /// `*` matches any run of characters (`"@acme/*"`, `"*"`). Dependencies of
    /// an allowed package must be allowed too (list them, use a wildcard, or
    /// set [`allow_dependencies`](Self::allow_dependencies)).
    /// Default: empty (no packages).
    pub external: Vec<String>,
    /// Let code inside an allowed package require its own dependencies
    /// (any bare name required from a file under `node_modules/`) without
    /// listing them. Code outside `node_modules` stays held to `external`;
    /// Node built-ins stay held to [`builtins`](Self::builtins). Default: `false`.
    pub allow_dependencies: bool,
    /// The Node built-ins code may `require` / `import` (`buffer`,
    /// `node:events`, ...), by top-level name (`stream` also grants
    /// `stream/promises`); `*` grants all of them. The sandbox implements
    /// them itself, inside the guest: none reaches a host capability, except
    /// `fs`, which reads the module folder (read-only, through the same
    /// capability directory as `require`) and is therefore opt-in. Names the
    /// sandbox does not implement (`child_process`, `net`, ...) are refused
    /// when the runtime is built. Default: [`default_builtins`](crate::default_builtins)
    /// (all but `fs`). Cost: a built-in is compiled and evaluated on its
    /// first use in a call; calls that use none pay nothing.
    pub builtins: Vec<String>,
    /// Extra conditions for package.json `exports` and `imports`, after
    /// Node's own (`node`, `require` or `import`, `default`), such as
    /// `browser` or `worker`. With `browser`, a package's `browser` field
    /// also applies (its string replaces `main`; its object maps files), as
    /// bundlers do. Default: none.
    pub conditions: Vec<String>,
    /// Extra read-only folders of packages (`<dir>/<name>/...`), searched
    /// after `<root>/node_modules`, like the reference's `whitelistedPaths`.
    /// Inside the sandbox they appear under `/node_modules`. Default: none.
    pub module_roots: Vec<PathBuf>,
    /// Modules provided by the host by name, with their source, available to
    /// every call (`require('name')`); they shadow packages and built-ins of
    /// the same name. Default: none.
    pub virtual_modules: BTreeMap<String, String>,
    /// See [`ResolverHook`]. Default: none.
    pub resolver: Option<ResolverHook>,
    /// See [`CompilerHook`]. Default: none.
    pub compiler: Option<CompilerHook>,
    /// File extensions tried, in order, for a specifier without one (and for
    /// `index` files). Default: `.js`, `.json`, `.cjs`, `.mjs`. Add `.ts` with
    /// a compiler hook that strips types.
    pub extensions: Vec<String>,
}

impl Default for ModuleOptions {
    fn default() -> Self {
        ModuleOptions {
            external: Vec::new(),
            allow_dependencies: false,
            builtins: crate::node_builtins::default_builtins(),
            conditions: Vec::new(),
            module_roots: Vec::new(),
            virtual_modules: BTreeMap::new(),
            resolver: None,
            compiler: None,
            extensions: [".js", ".json", ".cjs", ".mjs"].map(String::from).to_vec(),
        }
    }
}

impl fmt::Debug for ModuleOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ModuleOptions")
            .field("external", &self.external)
            .field("allow_dependencies", &self.allow_dependencies)
            .field("builtins", &self.builtins)
            .field("conditions", &self.conditions)
            .field("module_roots", &self.module_roots)
            .field(
                "virtual_modules",
                &self.virtual_modules.keys().collect::<Vec<_>>(),
            )
            .field("resolver", &self.resolver.is_some())
            .field("compiler", &self.compiler.is_some())
            .field("extensions", &self.extensions)
            .finish()
    }
}

/// Module-loading options for one call ([`RunRequest::modules`](crate::RunRequest::modules)),
/// each replacing the runtime's [`ModuleOptions`] field of the same name when
/// set. Cost: a call with any of them set opens its module roots itself and
/// never starts from a per-file snapshot (the snapshot was built with the
/// runtime's options).
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ModuleOverrides {
    /// Extra read-only package folders for this call (see
    /// [`ModuleOptions::module_roots`]). Default: the runtime's.
    pub module_roots: Option<Vec<PathBuf>>,
    /// A resolver hook for this call (see [`ResolverHook`]). Default: the runtime's.
    pub resolver: Option<ResolverHook>,
    /// A compiler hook for this call (see [`CompilerHook`]). Default: the runtime's.
    pub compiler: Option<CompilerHook>,
    /// The extensions tried for this call (see [`ModuleOptions::extensions`]).
    /// Default: the runtime's.
    pub extensions: Option<Vec<String>>,
}

impl ModuleOverrides {
    /// Set the call's extra module roots.
    pub fn module_roots<I: IntoIterator<Item = P>, P: Into<PathBuf>>(mut self, roots: I) -> Self {
        self.module_roots = Some(roots.into_iter().map(Into::into).collect());
        self
    }

    /// Set the call's resolver hook.
    pub fn resolver(mut self, hook: ResolverHook) -> Self {
        self.resolver = Some(hook);
        self
    }

    /// Set the call's compiler hook.
    pub fn compiler(mut self, hook: CompilerHook) -> Self {
        self.compiler = Some(hook);
        self
    }

    /// Set the call's extensions (`.jx`, ...; a leading dot is added when missing).
    pub fn extensions<I: IntoIterator<Item = S>, S: Into<String>>(mut self, extensions: I) -> Self {
        self.extensions = Some(
            extensions
                .into_iter()
                .map(|e| {
                    let e = e.into();
                    if e.starts_with('.') {
                        e
                    } else {
                        format!(".{e}")
                    }
                })
                .collect(),
        );
        self
    }

    /// Whether nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.module_roots.is_none()
            && self.resolver.is_none()
            && self.compiler.is_none()
            && self.extensions.is_none()
    }

    /// `base` with these overrides applied.
    pub(crate) fn apply(&self, base: &ModuleOptions) -> ModuleOptions {
        let mut options = base.clone();
        if let Some(roots) = &self.module_roots {
            options.module_roots = roots.clone();
        }
        if let Some(hook) = &self.resolver {
            options.resolver = Some(hook.clone());
        }
        if let Some(hook) = &self.compiler {
            options.compiler = Some(hook.clone());
        }
        if let Some(extensions) = &self.extensions {
            options.extensions = extensions.clone();
        }
        options
    }
}

impl fmt::Debug for ModuleOverrides {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ModuleOverrides")
            .field("module_roots", &self.module_roots)
            .field("resolver", &self.resolver.is_some())
            .field("compiler", &self.compiler.is_some())
            .field("extensions", &self.extensions)
            .finish()
    }
}

/// Whether package `name` matches an allow-list `pattern` (`*` = any run of
/// characters).
pub fn pattern_matches(pattern: &str, name: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == name;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first) || name.len() < first.len() + last.len() || !name.ends_with(last) {
        return false;
    }
    let mut rest = &name[first.len()..name.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::pattern_matches;

    #[test]
    fn wildcards_match_as_documented() {
        assert!(pattern_matches("lodash", "lodash"));
        assert!(!pattern_matches("lodash", "lodash.merge"));
        assert!(pattern_matches("lodash*", "lodash.merge"));
        assert!(pattern_matches("@acme/*", "@acme/kv"));
        assert!(!pattern_matches("@acme/*", "@other/kv"));
        assert!(pattern_matches("*", "anything"));
        assert!(pattern_matches("a*b*c", "axxbyyc"));
        assert!(!pattern_matches("a*b*c", "axxc"));
    }
}
