//! Host bindings generated from the WIT `sandbox` world (`wit/sandbox.wit`).

wasmtime::component::bindgen!({
    world: "sandbox",
    path: "../wit",
    exports: { default: async },
});
