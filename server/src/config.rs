//! [`ServerConfig`]: what a [`Server`](crate::Server) serves and how much it
//! admits, and [`ServerError`], why one could not be built.

use isolated_runtime::LimitOverrides;
use std::path::PathBuf;
use std::time::Duration;

/// How a [`Server`](crate::Server) serves. Build one with
/// [`ServerConfig::new`] and change the fields you need; every field has a
/// documented default.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ServerConfig {
    /// The root folder: each folder directly inside it is a tenant. No
    /// default.
    pub root: PathBuf,
    /// A `tenants.toml` with per-tenant settings (limits, modules,
    /// `max_in_flight`), reloaded when it changes (see
    /// [`reload_interval`](Self::reload_interval)) and on
    /// [`Server::reload_tenants`](crate::Server::reload_tenants). Default:
    /// none (every tenant folder is served with [`limits`](Self::limits)).
    pub tenants_file: Option<PathBuf>,
    /// Limits under every tenant's own (a tenant's settings override them).
    /// Default: none (the runtime's limits).
    pub limits: LimitOverrides,
    /// Calls admitted beyond those running, waiting for a slot; when full,
    /// requests get 503 `overloaded` at once. Each queued request holds its
    /// body in memory. Default: 256.
    pub queue: usize,
    /// Largest request body, in bytes (413 beyond it). Default: 1 MiB.
    pub max_body_bytes: usize,
    /// How often the tenants file is checked for changes (one `stat` per
    /// check). Default: 2 s; at least 10 ms.
    pub reload_interval: Duration,
    /// After shutdown begins, how long in-flight calls get to finish before
    /// [`Server::serve`](crate::Server::serve) returns anyway. Default: 30 s.
    pub shutdown_grace: Duration,
    /// Client connections open at once in [`Server::serve`](crate::Server::serve);
    /// beyond, new connections wait in the listener's backlog until one
    /// closes. Each open connection costs a task and its buffers (a few
    /// KiB). Default: 1,024.
    pub max_connections: usize,
    /// How long a client may take to send a request's headers, counted from
    /// the connection's start or the end of its previous response; then the
    /// connection is closed. Ends idle keep-alive connections and clients
    /// that connect and send nothing (which would otherwise hold one of
    /// [`max_connections`](Self::max_connections) forever). Default: 10 s.
    pub header_read_timeout: Duration,
}

impl ServerConfig {
    /// A configuration serving the tenant folders under `root`, with every
    /// other field at its default.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServerConfig {
            root: root.into(),
            tenants_file: None,
            limits: LimitOverrides::default(),
            queue: 256,
            max_body_bytes: 1024 * 1024,
            reload_interval: Duration::from_secs(2),
            shutdown_grace: Duration::from_secs(30),
            max_connections: 1024,
            header_read_timeout: Duration::from_secs(10),
        }
    }
}

/// Why a [`Server`](crate::Server) could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    /// The root folder cannot be opened.
    #[error("cannot open the root folder '{}': {source}", .path.display())]
    Root {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The tenants file cannot be read or is invalid.
    #[error("{0}")]
    TenantsFile(String),
}
