//! `isolated-runtime serve`: the command-line face of
//! [`isolated_runtime_server`]: flags to a [`ServerConfig`], the listener,
//! and the process signals (SIGTERM/SIGINT drain and exit, SIGHUP reloads
//! the tenants file).

use crate::exit_codes;
use crate::limit_flags::LimitFlags;
use crate::module_flags::ModuleFlags;
use clap::Args;
use isolated_runtime::{IsolatedRuntime, RuntimeOptions};
use isolated_runtime_server::{Server, ServerConfig, ServerError};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use tokio::signal::unix::{signal, SignalKind};

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
    /// Client connections open at once; more wait in the listen backlog.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub max_connections: usize,
    /// How long a client may take to send a request's headers (also how
    /// long an idle keep-alive connection stays open), in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub header_read_timeout_ms: u64,
    /// Log format on stderr. At the default level (info) the server logs
    /// its lifecycle and every failed call; each answered call is one event
    /// at debug. Filter with $ISOLATED_RUNTIME_LOG, e.g. `warn` or
    /// `info,isolated_runtime_server=debug`.
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
    let mut options = RuntimeOptions::default();
    args.modules.apply(&mut options);
    if let Some(n) = args.max_concurrency {
        options.max_concurrency = n.max(1);
    }
    let mut config = ServerConfig::new(&args.root);
    config.tenants_file = args.tenants.clone();
    config.limits = args.limits.overrides();
    config.queue = args.queue;
    config.max_body_bytes = args.max_body_bytes;
    config.reload_interval = Duration::from_millis(args.reload_interval_ms);
    config.shutdown_grace = Duration::from_millis(args.shutdown_grace_ms);
    config.max_connections = args.max_connections.max(1);
    config.header_read_timeout = Duration::from_millis(args.header_read_timeout_ms.max(1));
    // Check the root and the tenants file before paying for the runtime.
    if let Err(e) = std::fs::read_dir(&args.root) {
        return Err(usage(format!(
            "cannot open --root '{}': {e}",
            args.root.display()
        )));
    }
    let running = options.max_concurrency;
    let runtime = IsolatedRuntime::new(options)
        .map_err(|e| (exit_codes::for_build_error(&e), format!("{}: {e}", e.kind())))?;
    let server = Server::new(config, runtime).map_err(|e| match e {
        ServerError::Root { path, source } => {
            usage(format!("cannot open --root '{}': {source}", path.display()))
        }
        other => usage(other.to_string()),
    })?;
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
    let stop = signals(server.clone()).map_err(|e| {
        (
            exit_codes::INTERNAL,
            format!("cannot install signal handlers: {e}"),
        )
    })?;
    server
        .serve(listener, stop)
        .await
        .map_err(|e| (exit_codes::INTERNAL, format!("server failed: {e}")))
}

/// Install the signal handlers: SIGHUP reloads the tenants file; the
/// returned future completes on SIGTERM or SIGINT.
fn signals(server: Server) -> std::io::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    let mut hup = signal(SignalKind::hangup())?;
    Ok(async move {
        loop {
            tokio::select! {
                _ = term.recv() => break,
                _ = int.recv() => break,
                _ = hup.recv() => {
                    server.reload_tenants(true);
                }
            }
        }
    })
}
