//! The guest component's bytes, built by `build.rs` from the `guest/` crate
//! and embedded in the library.

/// The `sandbox` world component (`guest/`, compiled for `wasm32-wasip2`).
pub(crate) const GUEST_COMPONENT: &[u8] = include_bytes!(env!("ISOLATED_RUNTIME_GUEST_WASM"));
