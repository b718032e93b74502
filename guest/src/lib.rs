//! The isolated-runtime guest: QuickJS (embedded through `javy`) compiled to a
//! `wasm32-wasip2` component that implements the WIT `sandbox` world in
//! `wit/sandbox.wit`.
//!
//! One instance serves one call: the host instantiates the component, calls
//! `run` and drops it. The path of a call through this crate:
//! [`engine`] builds the QuickJS runtime and installs the host natives,
//! the prelude (`src/prelude/*.js`, joined into one script) provides
//! `console`, timers, CommonJS `require`, ES modules and the call protocol,
//! and [`invoke`] drives the call (awaiting promises) and encodes the result.
//! [`node_builtins`] holds Node's pure built-in modules (JavaScript, with
//! [`crypto_natives`], [`fs_natives`] and [`vm_realms`] as their Rust
//! side), [`intl`] is `Intl` (ECMA-402) over ICU4X, whose JavaScript side
//! is `src/node/internal/intl.js`, [`error_kinds`] names the WIT error kinds
//! for the prelude, and [`shadow_stack`] holds the guest's stack sizes.

mod bytecode;
mod crypto_natives;
mod engine;
mod error_kinds;
mod es_modules;
mod fs_natives;
mod intl;
mod invoke;
mod node_builtins;
/// The guest's stack sizes: the shadow stack it is linked with (build.rs)
/// and QuickJS's own limit, derived from it.
mod shadow_stack;
mod vm_realms;

/// Bindings generated from `wit/sandbox.wit` (generated code, so clippy's
/// style lints don't apply).
#[allow(clippy::too_many_arguments)]
mod bindings {
    wit_bindgen::generate!({
        world: "sandbox",
        path: "../wit",
    });
}
use bindings::*;

/// The exported component implementation.
struct Sandbox;

impl Guest for Sandbox {
    fn initialize() {
        invoke::initialize();
    }

    fn preload() {
        invoke::preload();
    }

    fn run(call: Call) -> Result<CallValue, CallError> {
        invoke::run(call)
    }
}

export!(Sandbox);
