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
    /// The Node built-ins code may load, comma-separated (replaces the
    /// default: every pure built-in the sandbox implements; `*` = all, `fs`
    /// included). Built-ins that reach the host (child_process, net, os, ...)
    /// do not exist in the sandbox.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub builtins: Option<Vec<String>>,
    /// Grant the read-only `fs` built-in: `require('fs')` reads files of the
    /// module folder (seen as `/`); writes fail with EROFS.
    #[arg(long)]
    pub allow_fs: bool,
    /// Add KEY=VALUE to `process.env` inside the sandbox (repeatable; the
    /// host's own environment is never visible).
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = parse_env)]
    pub env: Vec<(String, String)>,
    /// Remove the `process` global (by default a harmless stub: env,
    /// nextTick, version, platform; no exit, kill or chdir).
    #[arg(long)]
    pub no_process: bool,
    /// The default time zone of `Intl` and `Date#toLocale*String` inside the
    /// sandbox: an IANA name such as `Europe/Berlin` [default: UTC].
    #[arg(long, value_name = "NAME")]
    pub time_zone: Option<String>,
    /// An extra package.json `exports`/`imports` condition, after Node's
    /// (repeatable; e.g. `browser`, which also applies the `browser` field).
    #[arg(long = "condition", value_name = "NAME")]
    pub conditions: Vec<String>,
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
        if let Some(list) = &self.builtins {
            options.modules.builtins = list
                .iter()
                .map(|b| b.trim().to_string())
                .filter(|b| !b.is_empty())
                .collect();
        }
        if self.allow_fs && !options.modules.builtins.iter().any(|b| b == "fs" || b == "*") {
            options.modules.builtins.push("fs".to_string());
        }
        options.env.extend(self.env.iter().cloned());
        options.process_global = !self.no_process;
        if let Some(zone) = &self.time_zone {
            options.time_zone = zone.clone();
        }
        options.modules.conditions = self.conditions.clone();
        if !self.no_cache {
            options.cache_dir = default_cache_dir();
        }
    }
}

/// `KEY=VALUE` of `--env`.
fn parse_env(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("expected KEY=VALUE, got '{text}'")),
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
