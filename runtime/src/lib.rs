//! # isolated-runtime
//!
//! Run functions from untrusted JavaScript files in a sandbox: QuickJS
//! compiled to WebAssembly, run by wasmtime, with a **fresh store and
//! instance for every call**, no host capabilities (no files outside the
//! module folder, no network, no `process`), and enforced limits on time,
//! fuel, memory, stack and output size. Building it needs only Rust: the
//! wasm guest ships prebuilt inside the crate.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use isolated_runtime::{IsolatedRuntime, RunRequest, RuntimeOptions};
//! let runtime = IsolatedRuntime::new(RuntimeOptions::default())?;
//! let outcome = runtime
//!     .run(RunRequest::new("./modules", "module1.js", "a"))
//!     .await?;
//! assert_eq!(outcome.value, Some(serde_json::json!(1)));
//! # Ok(()) }
//! ```
//!
//! ## Reading order
//!
//! Modules never import each other in a circle; bottom layer first:
//!
//! 1. Vocabulary: `error` ([`RunError`], [`ErrorKind`], [`BuildError`]),
//!    `limits`, `host_functions`, `node_builtins` (which Node built-ins the
//!    guest implements), `module_options`, `request`, `options`.
//! 2. Module loading: `specifier` (path algebra), `package_exports`,
//!    `file_observations` (what a snapshot saw of the folders),
//!    `module_files` (cap-std reads), `module_resolver` (Node's rules),
//!    `read_only_fs` (the `fs` built-in's reads).
//! 3. The WIT contract: `guest_component` (the prebuilt guest), `bindings`
//!    (generated from `wit/sandbox.wit`), `wit_conversions` (the one mapping
//!    of its types to ours).
//! 4. Per-call pieces: `memory_budget`, `console_capture`, `bytecode_cache`,
//!    `call_input` (argument checks), `call_state` (the host state and the
//!    WIT `host` imports it serves), `call_result` (traps and guest errors
//!    to [`RunError`]).
//! 5. Per-runtime pieces: `function_cache`, `disk_cache` (compiled code
//!    kept for other processes, bounded), `instance_snapshot` (Wizer
//!    snapshots of an instance), `entry_snapshot_files` (per-file snapshots
//!    on disk), `entry_snapshots` (per-file snapshots),
//!    `engine` (wasmtime `Config`, compiled guest,
//!    `InstancePre`, epoch ticker).
//! 6. `call` (one call in one fresh instance), then `runtime`
//!    ([`IsolatedRuntime`]) and `code_runner` ([`CodeRunner`]).
//!
//! One call's path: [`IsolatedRuntime::run`] -> `call::run_call` -> the
//! guest's WIT `run` export -> QuickJS in the guest -> host imports served
//! by `call_state` -> back as an [`Outcome`] or a [`RunError`].
#![deny(missing_docs)]

mod error;
mod host_functions;
mod limits;
mod module_options;
mod node_builtins;
mod options;
mod request;
mod time_zone;

mod bindings;
mod guest_component;
mod wit_conversions;

mod file_observations;
mod module_files;
mod module_resolver;
mod package_exports;
mod read_only_fs;
mod specifier;

mod bytecode_cache;
mod call_input;
mod call_result;
mod call_state;
mod console_capture;
mod memory_budget;

mod disk_cache;
mod engine;
mod entry_snapshot_files;
mod entry_snapshots;
mod function_cache;
mod instance_snapshot;

mod call;
mod code_runner;
mod runtime;

pub use code_runner::CodeRunner;
pub use error::{BuildError, ErrorKind, RunError};
pub use host_functions::{HostModule, HostResult};
pub use limits::{LimitOverrides, Limits, MIB, MIN_MEMORY_BYTES};
pub use module_options::{CompilerHook, ModuleOptions, ModuleOverrides, ResolverHook};
pub use node_builtins::{available_builtins, default_builtins, OPT_IN_BUILTINS};
pub use options::RuntimeOptions;
pub use request::{
    CallHooks, CallStats, ConsoleCallback, ConsoleLine, LogLevel, Outcome, RunRequest, RunningCallback,
};
pub use runtime::IsolatedRuntime;
pub use time_zone::DEFAULT_TIME_ZONE;

/// The capability-based file system crate the module folders are opened
/// with (for [`IsolatedRuntime::run_in_dir`]).
pub use cap_std;

/// The README's Rust examples, compiled as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
