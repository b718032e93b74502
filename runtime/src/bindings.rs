//! Host bindings generated from the WIT `sandbox` world (`wit/sandbox.wit`;
//! `runtime/wit` links to the repository's `wit/`, and is copied into the
//! published crate).

wasmtime::component::bindgen!({
    world: "sandbox",
    path: "wit",
    imports: { "isolated-runtime:sandbox/host.wait-event": async },
    exports: { default: async },
});
