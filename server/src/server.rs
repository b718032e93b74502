//! [`Server`]: the handle an application holds: the router to mount, the
//! tenants file to reload, and a complete `serve` loop with graceful drain.

use crate::admission::Admission;
use crate::config::{ServerConfig, ServerError};
use crate::connections::{accept_until, ConnectionLimits};
use crate::routes::{self, ServerState};
use crate::tenants::TenantsFile;
use axum::Router;
use isolated_runtime::cap_std::{ambient_authority, fs::Dir};
use isolated_runtime::IsolatedRuntime;
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// A multi-tenant function server over one [`IsolatedRuntime`]. Cheap to
/// clone: clones share the state (tenants, admission, metrics).
#[derive(Clone)]
pub struct Server {
    state: Arc<ServerState>,
    reload_interval: Duration,
    shutdown_grace: Duration,
    connections: ConnectionLimits,
}

impl Server {
    /// Open `config.root`, read the tenants file (if any) and prepare the
    /// routes. Calls run on `runtime`: as many at once as its
    /// `max_concurrency`, with up to `config.queue` more waiting.
    pub fn new(config: ServerConfig, runtime: IsolatedRuntime) -> Result<Self, ServerError> {
        let root =
            Dir::open_ambient_dir(&config.root, ambient_authority()).map_err(|source| ServerError::Root {
                path: config.root.clone(),
                source,
            })?;
        let tenants = TenantsFile::load(config.tenants_file.clone()).map_err(ServerError::TenantsFile)?;
        let running = runtime.options().max_concurrency.max(1);
        let default_timeout = config.limits.timeout.unwrap_or(runtime.options().limits.timeout);
        let state = Arc::new(ServerState {
            runtime,
            root,
            tenants,
            base_limits: config.limits,
            default_timeout,
            max_body_bytes: config.max_body_bytes,
            admission: Admission::new(running, config.queue),
            metrics: Arc::default(),
            draining: Default::default(),
        });
        Ok(Server {
            state,
            reload_interval: config.reload_interval.max(Duration::from_millis(10)),
            shutdown_grace: config.shutdown_grace,
            connections: ConnectionLimits {
                max_connections: config.max_connections,
                header_read_timeout: config.header_read_timeout,
            },
        })
    }

    /// The routes (`POST /t/{tenant}/run`, `GET /healthz`, `GET /metrics`),
    /// to serve or to nest inside another axum application.
    pub fn router(&self) -> Router {
        routes::router(self.state.clone())
    }

    /// Re-read the tenants file: always when `force`, else only when its
    /// modification time changed. A bad file keeps the previous settings
    /// (logged at error level and counted in `/metrics`). Returns whether new
    /// settings took effect.
    pub fn reload_tenants(&self, force: bool) -> bool {
        let state = &self.state;
        match state.tenants.reload(force) {
            Ok(true) => {
                state.metrics.reloaded(true);
                tracing::info!(file = ?state.tenants.path(), "tenants file reloaded");
                true
            }
            Ok(false) => false,
            Err(message) => {
                state.metrics.reloaded(false);
                tracing::error!(%message, "tenants file not reloaded; the previous settings stay");
                false
            }
        }
    }

    /// Poll the tenants file every `reload_interval` and reload it when it
    /// changed; runs forever (spawn it). Returns at once without a file.
    pub async fn watch_tenants(self) {
        if self.state.tenants.path().is_none() {
            return;
        }
        let mut ticker = tokio::time::interval(self.reload_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            self.reload_tenants(false);
        }
    }

    /// Start draining: new calls get 503 `shutting-down` and `/healthz` 503;
    /// calls already admitted finish.
    pub fn begin_shutdown(&self) {
        if !self.state.draining.swap(true, Ordering::AcqRel) {
            tracing::info!(
                in_flight = self.state.metrics.in_flight(),
                "shutting down: finishing in-flight calls"
            );
        }
    }

    /// Whether [`begin_shutdown`](Self::begin_shutdown) was called.
    pub fn is_draining(&self) -> bool {
        self.state.draining.load(Ordering::Acquire)
    }

    /// Calls admitted and not yet answered (running or queued).
    pub fn in_flight(&self) -> i64 {
        self.state.metrics.in_flight()
    }

    /// Serve `listener` until `shutdown` completes, then drain: in-flight
    /// calls get up to `shutdown_grace` to finish. Also watches the tenants
    /// file. At most `max_connections` connections are open at once; a
    /// connection whose request headers take longer than
    /// `header_read_timeout` is closed. Never fails once listening (accept
    /// errors are logged and retried); the `Result` is kept for
    /// compatibility.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let watcher = tokio::spawn(self.clone().watch_tenants());
        let stop = {
            let server = self.clone();
            async move {
                shutdown.await;
                server.begin_shutdown();
            }
        };
        let open = accept_until(
            listener,
            self.router(),
            self.connections,
            self.state.metrics.clone(),
            stop,
        )
        .await;
        tokio::select! {
            () = open.shutdown() => {}
            () = tokio::time::sleep(self.shutdown_grace) => {
                tracing::warn!(in_flight = self.in_flight(), "shutdown grace period over; exiting");
            }
        }
        watcher.abort();
        tracing::info!("stopped");
        Ok(())
    }
}
