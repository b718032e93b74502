//! Module flags shared by `run` and `batch`.

use clap::Args;
use isolated_runtime::RuntimeOptions;
use std::path::PathBuf;

/// What code may load besides its own files.
#[derive(Args, Debug, Clone)]
pub struct ModuleFlags {
    /// Allow `require('NAME')` / `import 'NAME'` of this package (repeatable;
    /// `*` wildcards, e.g. `@acme/*`). Default: no packages.
    #[arg(long = "allow-module", value_name = "NAME")]
    pub allow_module: Vec<String>,
    /// Let allowed packages require their own dependencies without listing them.
    #[arg(long)]
    pub allow_dependencies: bool,
    /// An extra read-only folder of packages (`DIR/NAME/...`), searched after
    /// `<folder>/node_modules` (repeatable).
    #[arg(long = "module-root", value_name = "DIR")]
    pub module_root: Vec<PathBuf>,
}

impl ModuleFlags {
    /// Apply the flags to runtime options.
    pub fn apply(&self, options: &mut RuntimeOptions) {
        options.modules.external = self.allow_module.clone();
        options.modules.allow_dependencies = self.allow_dependencies;
        options.modules.module_roots = self.module_root.clone();
    }
}
