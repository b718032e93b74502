//! The guest component's bytes: `artifact/guest.wasm`, built by `make guest`
//! from the repository's `guest/` crate and `wit/` contract and checked in
//! (with `artifact/guest.manifest`, which records what it was built from),
//! so building the library needs only the Rust toolchain.

/// The `sandbox` world component (`guest/`, compiled for `wasm32-wasip2`).
pub(crate) const GUEST_COMPONENT: &[u8] = include_bytes!("../artifact/guest.wasm");
