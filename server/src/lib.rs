//! # isolated-runtime-server
//!
//! The multi-tenant HTTP edge server of [`isolated_runtime`], as a library:
//! build a [`Server`] from a [`ServerConfig`] and an
//! [`IsolatedRuntime`](isolated_runtime::IsolatedRuntime), then either let it
//! [`serve`](Server::serve) a listener or mount its [`router`](Server::router)
//! inside your own axum application.
//!
//! Each folder directly inside [`ServerConfig::root`] is a tenant;
//! `POST /t/{tenant}/run` with `{"file","func","args","context"}` runs one
//! call in that folder (opened as a capability directory, so a tenant can
//! never reach another's files). `GET /healthz` answers 503 while draining;
//! `GET /metrics` is Prometheus text. The server keeps nothing between
//! requests, so replicas scale out behind any load balancer.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use isolated_runtime::{IsolatedRuntime, RuntimeOptions};
//! use isolated_runtime_server::{Server, ServerConfig};
//! let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
//! let server = Server::new(ServerConfig::new("./tenants"), runtime)?;
//! // Mount it under your own routes...
//! let app = axum::Router::new().nest("/sandbox", server.router());
//! # let _ = app;
//! // ...or serve it alone until ctrl-c, draining in-flight calls.
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! server.serve(listener, async { let _ = tokio::signal::ctrl_c().await; }).await?;
//! # Ok(()) }
//! ```
//!
//! Modules, bottom layer first: [`wire`] (the JSON of a call and of a
//! failure), `tenants` (the settings file), `admission` (backpressure),
//! `metrics`, `routes` (the HTTP API), `connections` (the accept loop:
//! connection limit, header-read timeout, drain), `server` (the [`Server`]
//! handle).
#![deny(missing_docs)]

mod admission;
mod config;
mod connections;
mod metrics;
mod routes;
mod server;
mod tenants;
pub mod wire;

pub use config::{ServerConfig, ServerError};
pub use routes::status_for;
pub use server::Server;
