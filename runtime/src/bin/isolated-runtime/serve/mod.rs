//! `isolated-runtime serve`: a multi-tenant HTTP function runner.
//!
//! Each first-level folder of `--root` is a tenant; `POST /t/{tenant}/run`
//! runs a call in that folder (opened as a capability directory, so a tenant
//! can never reach another's files). The server keeps nothing between
//! requests, so replicas scale out behind any load balancer.

mod admission;
mod metrics;
mod routes;
mod tenants;

use crate::exit_codes;
use crate::limit_flags::LimitFlags;
use crate::module_flags::ModuleFlags;
use admission::Admission;
use clap::Args;
use isolated_runtime::cap_std::{ambient_authority, fs::Dir};
use isolated_runtime::{IsolatedRuntime, RuntimeOptions};
use routes::ServerState;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tenants::TenantsFile;
use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::watch;

/// Arguments of `serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The root folder: each folder directly inside it is a tenant.
    #[arg(long, alias = "folder", value_name = "DIR")]
    pub root: PathBuf,
    /// The address to listen on (port 0: any free port; the chosen address
    /// is printed on stdout as `listening on http://ADDR`).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Calls running at once [default: number of cores].
    #[arg(long, value_name = "N")]
    pub max_concurrency: Option<usize>,
    /// Calls admitted beyond those running, waiting for a slot; when full,
    /// requests get 503 `overloaded` at once.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub queue: usize,
    /// Largest request body, in bytes (413 beyond it).
    #[arg(long, value_name = "N", default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
    /// A `tenants.toml` with per-tenant settings (limits, modules,
    /// max_in_flight), reloaded when it changes and on SIGHUP. Without it,
    /// every tenant folder is served with the command-line limits.
    #[arg(long, value_name = "FILE")]
    pub tenants: Option<PathBuf>,
    /// How often the tenants file is checked for changes, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub reload_interval_ms: u64,
    /// After SIGTERM/SIGINT, how long in-flight calls get to finish before
    /// the server exits anyway, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 30_000)]
    pub shutdown_grace_ms: u64,
    /// Log format on stderr (one event per call at level info; filter with
    /// $ISOLATED_RUNTIME_LOG, e.g. `warn` or `isolated_runtime=debug`).
    #[arg(long, value_enum, default_value = "text")]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub limits: LimitFlags,
    #[command(flatten)]
    pub modules: ModuleFlags,
}

/// How the server writes its logs.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per event.
    Json,
}

/// Run the server until SIGTERM or SIGINT.
pub async fn run(args: ServeArgs) -> ExitCode {
    match serve(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            tracing::error!("{message}");
            eprintln!("error: {message}");
            ExitCode::from(code)
        }
    }
}

async fn serve(args: ServeArgs) -> Result<(), (u8, String)> {
    let usage = |message: String| (exit_codes::USAGE, message);
    let root = Dir::open_ambient_dir(&args.root, ambient_authority())
        .map_err(|e| usage(format!("cannot open --root '{}': {e}", args.root.display())))?;
    let tenants = TenantsFile::load(args.tenants.clone()).map_err(usage)?;
    let mut options = RuntimeOptions::default();
    args.modules.apply(&mut options);
    if let Some(n) = args.max_concurrency {
        options.max_concurrency = n.max(1);
    }
    let running = options.max_concurrency;
    let default_timeout = args.limits.overrides().timeout.unwrap_or(options.limits.timeout);
    let runtime = IsolatedRuntime::new(options)
        .map_err(|e| (exit_codes::for_kind(e.kind()), format!("{}: {e}", e.kind())))?;
    let state = Arc::new(ServerState {
        runtime,
        root,
        tenants,
        base_limits: args.limits.overrides(),
        default_timeout,
        max_body_bytes: args.max_body_bytes,
        admission: Admission::new(running, args.queue),
        metrics: Default::default(),
        draining: Default::default(),
    });
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| usage(format!("cannot listen on {}: {e}", args.listen)))?;
    let address = listener
        .local_addr()
        .map_err(|e| (exit_codes::INTERNAL, format!("no local address: {e}")))?;
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "listening on http://{address}");
        let _ = out.flush();
    }
    tracing::info!(%address, running, queue = args.queue, "serving");

    let (stop_tx, mut stop_rx) = watch::channel(false);
    tokio::spawn(watch_signals(state.clone(), stop_tx));
    tokio::spawn(poll_tenants(
        state.clone(),
        Duration::from_millis(args.reload_interval_ms.max(10)),
    ));

    let graceful = {
        let mut stop_rx = stop_rx.clone();
        async move {
            let _ = stop_rx.wait_for(|stop| *stop).await;
        }
    };
    let server = axum::serve(listener, routes::router(state.clone())).with_graceful_shutdown(graceful);
    let grace = Duration::from_millis(args.shutdown_grace_ms);
    let deadline = async move {
        let _ = stop_rx.wait_for(|stop| *stop).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        served = server => served.map_err(|e| (exit_codes::INTERNAL, format!("server failed: {e}")))?,
        () = deadline => {
            tracing::warn!(in_flight = state.metrics.in_flight(), "shutdown grace period over; exiting");
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// SIGTERM/SIGINT: start draining; SIGHUP: reload the tenants file.
async fn watch_signals(state: Arc<ServerState>, stop: watch::Sender<bool>) {
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        tracing::error!("cannot install signal handlers");
        return;
    };
    loop {
        tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = hup.recv() => reload(&state, true),
        }
    }
    state.draining.store(true, Ordering::Release);
    tracing::info!(
        in_flight = state.metrics.in_flight(),
        "shutting down: finishing in-flight calls"
    );
    let _ = stop.send(true);
}

/// Reload the tenants file whenever its modification time changes.
async fn poll_tenants(state: Arc<ServerState>, every: Duration) {
    if state.tenants.path().is_none() {
        return;
    }
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        reload(&state, false);
    }
}

fn reload(state: &ServerState, force: bool) {
    match state.tenants.reload(force) {
        Ok(true) => {
            state.metrics.reloaded(true);
            tracing::info!(file = ?state.tenants.path(), "tenants file reloaded");
        }
        Ok(false) => {}
        Err(message) => {
            state.metrics.reloaded(false);
            tracing::error!(%message, "tenants file not reloaded; the previous settings stay");
        }
    }
}
