//! End-to-end tests of the `isolated-runtime` library, through its public
//! API only: one test binary, one module per area.

mod common;

mod builtins;
mod compat;
mod escapes;
mod host_integration;
mod leaks;
mod library_api;
mod limits;
mod modules;
mod properties;
mod snapshots;
