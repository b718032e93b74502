//! End-to-end tests of the `isolated-runtime` library, through its public
//! API only: one test binary, one module per area.

mod common;

mod builtins;
mod compat;
mod escapes;
mod host_integration;
mod intl;
mod leaks;
mod library_api;
mod limits;
mod modules;
mod node_compat;
mod properties;
mod snapshots;
