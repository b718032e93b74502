//! Module flags shared by `run`, `batch` and `serve`.

use clap::Args;
use isolated_runtime::RuntimeOptions;
use std::path::PathBuf;

/// What code may load besides its own files.
#[derive(Args, Debug, Clone)]
pub struct ModuleFlags {
    /// Allow `require('NAME')` / `import 'NAME'` of this package (repeatable;
    /// `*` wildcards, e.g. `@acme/*`). Default: no packages.
    #[arg(long = "external", alias = "allow-module", value_name = "NAME")]
    pub external: Vec<String>,
    /// Let allowed packages require their own dependencies without listing them.
    #[arg(long)]
    pub allow_dependencies: bool,
    /// An extra read-only folder of packages (`DIR/NAME/...`), searched after
    /// `<folder>/node_modules` (repeatable).
    #[arg(long = "module-root", value_name = "DIR")]
    pub module_root: Vec<PathBuf>,
    /// Don't cache the compiled guest on disk (by default it is kept in
    /// $ISOLATED_RUNTIME_CACHE_DIR, $XDG_CACHE_HOME/isolated-runtime or
    /// ~/.cache/isolated-runtime, so later runs start in milliseconds).
    #[arg(long)]
    pub no_cache: bool,
}

impl ModuleFlags {
    /// Apply the flags to runtime options.
    pub fn apply(&self, options: &mut RuntimeOptions) {
        options.modules.external = self.external.clone();
        options.modules.allow_dependencies = self.allow_dependencies;
        options.modules.module_roots = self.module_root.clone();
        if !self.no_cache {
            options.cache_dir = default_cache_dir();
        }
    }
}

/// The CLI's cache directory for the compiled guest.
fn default_cache_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("ISOLATED_RUNTIME_CACHE_DIR")
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("isolated-runtime")))
        .or_else(|| var("HOME").map(|d| d.join(".cache").join("isolated-runtime")))
}
