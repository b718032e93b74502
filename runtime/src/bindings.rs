//! Host bindings generated from the WIT `sandbox` world (`wit/sandbox.wit`).

wasmtime::component::bindgen!({
    world: "sandbox",
    path: "../wit",
    imports: { "isolated-runtime:sandbox/host.wait-event": async },
    exports: { default: async },
});
