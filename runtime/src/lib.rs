//! # isolated-runtime
//!
//! Run functions from untrusted JavaScript files in a sandbox: QuickJS
//! compiled to WebAssembly, run by wasmtime, with a **fresh store and
//! instance for every call**, no host capabilities (no files outside the
//! module folder, no network, no `process`), and enforced limits on time,
//! fuel, memory, stack and output size.
//!
//! ```no_run
//! # async fn demo() -> Result<(), isolated_runtime::RunError> {
//! use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
//! let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
//! let outcome = runtime
//!     .run(RunRequest::new("./modules", "module1.js", "a"))
//!     .await?;
//! assert_eq!(outcome.value, Some(serde_json::json!(1)));
//! # Ok(()) }
//! ```
//!
//! A call's path through the crate: [`IsolatedRuntime::run`] (`runtime.rs`)
//! -> `sandbox.rs` (fresh `Store`, instance from the `InstancePre` built in
//! `engine.rs`) -> the guest's WIT `run` export (`bindings.rs`,
//! `wit/sandbox.wit`) -> the guest crate (QuickJS) -> host imports served by
//! `sandbox.rs` and `module_resolver.rs` -> back as an [`Outcome`] or a
//! [`RunError`].

mod bindings;
mod bytecode_cache;
mod code_runner;
mod engine;
mod entry_snapshots;
mod error;
mod function_cache;
mod guest_component;
mod host_functions;
mod module_options;
mod module_resolver;
mod options;
mod package_exports;
mod request;
mod runtime;
mod sandbox;

pub use code_runner::CodeRunner;
pub use error::{ErrorKind, RunError};
pub use host_functions::{HostModule, HostResult};
pub use module_options::{CompilerHook, ModuleOptions, ResolverHook};
pub use options::{LimitOverrides, Limits, RuntimeOptions, MIB, MIN_MEMORY_BYTES};
pub use request::{
    CallHooks, CallStats, ConsoleCallback, ConsoleLine, LogLevel, Outcome, RunRequest, RunningCallback,
};
pub use runtime::IsolatedRuntime;

/// The capability-based file system crate the module folders are opened
/// with (for [`IsolatedRuntime::run_in_dir`]).
pub use cap_std;
