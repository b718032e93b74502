//! What an instance gave back, as the library's types: the result's JSON, or
//! a [`RunError`] from a guest-reported failure or a wasmtime trap (fuel,
//! epoch deadline, native stack), with the limit that applied.

use crate::bindings::isolated_runtime::sandbox::types;
use crate::call_state::CallState;
use crate::error::{ErrorKind, RunError};
use crate::limits::{Limits, UNMETERED_FUEL};
use serde_json::Value;
use wasmtime::Trap;

/// The guest's JSON text as a value.
pub(crate) fn decode(value: types::CallValue) -> Result<Option<Value>, RunError> {
    match value {
        types::CallValue::Undefined => Ok(None),
        types::CallValue::Json(text) => {
            serde_json::from_str(&text).map(Some).map_err(|e| RunError::InvalidResult {
                message: if ["surrogate", "hex escape"].iter().any(|w| e.to_string().contains(w)) {
                    format!(
                        "the result holds a string with a lone UTF-16 surrogate (\\uD800-\\uDFFF                          without its pair), which is not Unicode text: {e}"
                    )
                } else {
                    format!("the guest produced invalid JSON: {e}")
                },
            })
        }
    }
}

/// A trap (or host error) during the call, as a typed error.
pub(crate) fn classify_trap(err: &wasmtime::Error, state: &CallState, limits: &Limits) -> RunError {
    match err.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => RunError::FuelExhausted {
            limit: limits.fuel.unwrap_or(UNMETERED_FUEL),
        },
        Some(Trap::Interrupt) => RunError::Timeout {
            limit: limits.timeout,
        },
        Some(Trap::StackOverflow) => RunError::StackOverflow {
            message: format!(
                "the call used more than the {} MiB of native stack a sandbox may use",
                crate::limits::MAX_WASM_STACK / (1024 * 1024)
            ),
        },
        _ if state.memory_refused() => RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        },
        _ => {
            let guest_output = String::from_utf8_lossy(&state.guest_output()).trim().to_string();
            let detail = if guest_output.is_empty() {
                String::new()
            } else {
                format!(" (guest said: {guest_output})")
            };
            RunError::internal(format!("the sandbox failed: {err:#}{detail}"))
        }
    }
}

/// An error reported by the guest, as a typed error.
pub(crate) fn guest_failure(e: types::CallError, state: &CallState, limits: &Limits) -> RunError {
    let kind = ErrorKind::from(e.kind);
    // QuickJS reports "out of memory" when an allocation fails. If the limiter
    // refused to grow memory, that is the memory limit; a JS error that merely
    // mentions memory stays a js-error.
    if state.memory_refused() && (kind == ErrorKind::MemoryLimit || kind == ErrorKind::JsError) {
        return RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        };
    }
    let message = e.message;
    match kind {
        ErrorKind::JsError => RunError::JsError {
            name: e.name,
            message,
            stack: e.stack,
        },
        ErrorKind::FunctionNotFound => RunError::FunctionNotFound { message },
        ErrorKind::ModuleNotFound => RunError::ModuleNotFound { message },
        ErrorKind::ModuleForbidden => RunError::ModuleForbidden { message },
        ErrorKind::PathEscape => RunError::PathEscape { message },
        ErrorKind::InvalidArgs => RunError::InvalidArgs { message },
        ErrorKind::InvalidResult => RunError::InvalidResult { message },
        ErrorKind::OutputLimit => RunError::OutputLimit { message },
        ErrorKind::PromiseUnsettled => RunError::PromiseUnsettled { message },
        // The guest's message names its JavaScript stack limit.
        ErrorKind::StackOverflow => RunError::StackOverflow { message },
        // Not the limiter (checked above): QuickJS's own ceiling, such as the
        // maximum string length or an allocation beyond the wasm address space.
        ErrorKind::MemoryLimit => RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: format!("QuickJS: {message}"),
        },
        _ => RunError::internal(format!("the guest failed: {message}")),
    }
}
