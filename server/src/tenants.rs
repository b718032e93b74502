//! Tenants: the first-level folders of the server's root, with optional
//! per-tenant settings from a `tenants.toml` that is reloaded when it changes
//! (polled) or on [`Server::reload_tenants`](crate::Server::reload_tenants).
//!
//! ```toml
//! only_listed = false          # true: tenants without a [tenants.X] table get 404
//!
//! [defaults]                   # applies to every tenant
//! timeout_ms = 2000
//!
//! [tenants.acme]
//! timeout_ms = 500
//! memory_mb = 32
//! fuel = 50000000
//! max_result_bytes = 65536
//! external = ["lodash"]        # packages it may require (replaces --external;
//!                              # `allow_modules` is accepted as an alias)
//! host_modules = []            # host modules it may use (none are built into the CLI)
//! builtins = ["buffer", "fs"]  # Node built-ins it may load (replaces the server-wide list)
//! env = { NODE_ENV = "production" }  # added to process.env of its calls
//! time_zone = "Europe/Berlin"  # default time zone of Intl in its calls (default: UTC)
//! max_in_flight = 4            # calls of this tenant admitted at once, else 429
//! ```

use isolated_runtime::{LimitOverrides, MIB};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

/// Settings of one tenant (or the defaults of all); every field optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSettings {
    /// Wall-clock limit per call, in milliseconds.
    pub timeout_ms: Option<u64>,
    /// Linear-memory limit per call, in MiB.
    pub memory_mb: Option<u64>,
    /// Fuel budget per call.
    pub fuel: Option<u64>,
    /// Largest result, in bytes of JSON.
    pub max_result_bytes: Option<u64>,
    /// Largest argument list, in bytes of JSON.
    pub max_args_bytes: Option<u64>,
    /// Console text kept per call, in bytes.
    pub max_console_bytes: Option<u64>,
    /// Packages the tenant's code may load (replaces the server-wide list;
    /// `allow_modules` is accepted as an alias).
    #[serde(alias = "allow_modules")]
    pub external: Option<Vec<String>>,
    /// Host modules the tenant's code may use.
    pub host_modules: Option<Vec<String>>,
    /// Node built-ins the tenant's code may load (replaces the server-wide
    /// list; `fs` grants the read-only view of the tenant's folder).
    pub builtins: Option<Vec<String>>,
    /// Entries added to `process.env` of the tenant's calls.
    pub env: Option<BTreeMap<String, String>>,
    /// The default time zone of `Intl` in the tenant's calls (an IANA name).
    pub time_zone: Option<String>,
    /// Most calls of this tenant admitted (running or queued) at once.
    pub max_in_flight: Option<usize>,
}

impl TenantSettings {
    /// `self`, with every field `over` sets taken from `over`.
    fn overlaid(&self, over: &TenantSettings) -> TenantSettings {
        TenantSettings {
            timeout_ms: over.timeout_ms.or(self.timeout_ms),
            memory_mb: over.memory_mb.or(self.memory_mb),
            fuel: over.fuel.or(self.fuel),
            max_result_bytes: over.max_result_bytes.or(self.max_result_bytes),
            max_args_bytes: over.max_args_bytes.or(self.max_args_bytes),
            max_console_bytes: over.max_console_bytes.or(self.max_console_bytes),
            external: over.external.clone().or_else(|| self.external.clone()),
            host_modules: over.host_modules.clone().or_else(|| self.host_modules.clone()),
            builtins: over.builtins.clone().or_else(|| self.builtins.clone()),
            env: match (&self.env, &over.env) {
                (Some(base), Some(own)) => {
                    let mut env = base.clone();
                    env.extend(own.clone());
                    Some(env)
                }
                (base, own) => own.clone().or_else(|| base.clone()),
            },
            time_zone: over.time_zone.clone().or_else(|| self.time_zone.clone()),
            max_in_flight: over.max_in_flight.or(self.max_in_flight),
        }
    }

    /// The limit fields as per-call overrides on top of `base` (the
    /// command-line limits).
    pub fn limits(&self, base: &LimitOverrides) -> LimitOverrides {
        let mut limits = base.clone();
        limits.timeout = self.timeout_ms.map(Duration::from_millis).or(base.timeout);
        limits.fuel = self.fuel.or(base.fuel);
        limits.memory_bytes = self
            .memory_mb
            .map(|mb| mb.saturating_mul(MIB))
            .or(base.memory_bytes);
        limits.max_result_bytes = self.max_result_bytes.or(base.max_result_bytes);
        limits.max_args_bytes = self.max_args_bytes.or(base.max_args_bytes);
        limits.max_console_bytes = self.max_console_bytes.or(base.max_console_bytes);
        limits
    }
}

/// The contents of `tenants.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantsConfig {
    /// Serve only the tenants listed under `[tenants]`.
    #[serde(default)]
    pub only_listed: bool,
    /// Settings for every tenant.
    #[serde(default)]
    pub defaults: TenantSettings,
    /// Settings per tenant, by folder name.
    #[serde(default)]
    pub tenants: BTreeMap<String, TenantSettings>,
}

impl TenantsConfig {
    /// Parse a `tenants.toml` text.
    pub fn parse(text: &str) -> Result<TenantsConfig, String> {
        let config: TenantsConfig = toml::from_str(text).map_err(|e| e.to_string())?;
        if let Some(bad) = config.tenants.keys().find(|name| !is_tenant_name(name)) {
            return Err(format!("'{bad}' is not a valid tenant folder name"));
        }
        Ok(config)
    }

    /// The settings of `tenant`, or `None` when it may not be served.
    pub fn settings(&self, tenant: &str) -> Option<TenantSettings> {
        match self.tenants.get(tenant) {
            Some(own) => Some(self.defaults.overlaid(own)),
            None if self.only_listed => None,
            None => Some(self.defaults.clone()),
        }
    }
}

/// Whether `name` can be a tenant: one plain path component of letters,
/// digits, `_`, `-` and `.`, not starting with a dot, at most 128 bytes.
pub fn is_tenant_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// The live tenant configuration, swapped whole on reload.
pub struct TenantsFile {
    path: Option<PathBuf>,
    current: RwLock<(Arc<TenantsConfig>, Option<SystemTime>)>,
}

impl TenantsFile {
    /// Load `path` (none: every tenant with default settings).
    pub fn load(path: Option<PathBuf>) -> Result<TenantsFile, String> {
        let (config, modified) = match &path {
            Some(p) => read_config(p)?,
            None => (TenantsConfig::default(), None),
        };
        Ok(TenantsFile {
            path,
            current: RwLock::new((Arc::new(config), modified)),
        })
    }

    /// The configuration in force.
    pub fn current(&self) -> Arc<TenantsConfig> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).0.clone()
    }

    /// Re-read the file. `force`: even if its modification time is
    /// unchanged. A file that fails to parse leaves the old configuration in
    /// force. Returns `Ok(true)` when a new configuration was installed.
    pub fn reload(&self, force: bool) -> Result<bool, String> {
        let Some(path) = &self.path else {
            return Ok(false);
        };
        if !force {
            let seen = self.current.read().unwrap_or_else(|e| e.into_inner()).1;
            let now = std::fs::metadata(path).and_then(|m| m.modified()).ok();
            if now.is_none() || now == seen {
                return Ok(false);
            }
        }
        let (config, modified) = read_config(path)?;
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = (Arc::new(config), modified);
        Ok(true)
    }

    /// The file, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

fn read_config(path: &Path) -> Result<(TenantsConfig, Option<SystemTime>), String> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let config = TenantsConfig::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((config, modified))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenant_settings_overlay_defaults_and_flags() {
        let config = TenantsConfig::parse(
            "[defaults]\ntimeout_ms = 100\nfuel = 7\n[tenants.acme]\ntimeout_ms = 50\nmax_in_flight = 2\n",
        )
        .unwrap();
        let acme = config.settings("acme").unwrap();
        assert_eq!(
            (acme.timeout_ms, acme.fuel, acme.max_in_flight),
            (Some(50), Some(7), Some(2))
        );
        let other = config.settings("other").unwrap();
        assert_eq!((other.timeout_ms, other.max_in_flight), (Some(100), None));
        let base = LimitOverrides::default().memory_bytes(9 * MIB).fuel(1);
        let limits = acme.limits(&base);
        assert_eq!(limits.timeout, Some(Duration::from_millis(50)));
        assert_eq!((limits.fuel, limits.memory_bytes), (Some(7), Some(9 * MIB)));
    }

    #[test]
    fn only_listed_and_bad_files_are_refused() {
        let config = TenantsConfig::parse("only_listed = true\n[tenants.a]\n").unwrap();
        assert!(config.settings("a").is_some());
        assert!(config.settings("b").is_none());
        assert!(TenantsConfig::parse("[tenants.\"../x\"]\n").is_err());
        assert!(TenantsConfig::parse("[defaults]\ntimeout = 1\n").is_err());
        assert!(TenantsConfig::parse("only_listed = 3").is_err());
    }

    #[test]
    fn tenant_names_are_single_plain_components() {
        for good in ["acme", "a.b", "t-1_x"] {
            assert!(is_tenant_name(good), "{good}");
        }
        for bad in [
            "",
            ".",
            "..",
            ".hidden",
            "a/b",
            "a\\b",
            "a\0",
            "é",
            &"x".repeat(129),
        ] {
            assert!(!is_tenant_name(bad), "{bad:?}");
        }
    }
}
