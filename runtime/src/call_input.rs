//! The checks a call's inputs pass before any instance is made: limits the
//! runtime can honour, and arguments and context encoded as JSON within
//! their size limit (`invalid-args` otherwise).

use crate::error::RunError;
use crate::limits::{Limits, MIN_MEMORY_BYTES};
use serde_json::Value;

/// A call's inputs, checked and encoded for the guest.
pub(crate) struct CallInput {
    /// The arguments: a JSON array, as text.
    pub args_json: String,
    /// The context: any JSON value (`null` when none), as text.
    pub context_json: String,
}

impl CallInput {
    /// Check `limits` against what the runtime supports and encode `args`
    /// and `context`.
    pub(crate) fn check(
        args: &[Value],
        context: Option<&Value>,
        limits: &Limits,
        fuel_metering: bool,
    ) -> Result<CallInput, RunError> {
        if limits.fuel.is_some() && !fuel_metering {
            return Err(RunError::InvalidArgs {
                message: "a fuel limit was set, but this runtime was created without fuel metering".into(),
            });
        }
        if limits.memory_bytes < MIN_MEMORY_BYTES {
            return Err(RunError::InvalidArgs {
                message: format!(
                    "the memory limit of {} bytes is below the minimum of {} MiB",
                    limits.memory_bytes,
                    MIN_MEMORY_BYTES / (1024 * 1024)
                ),
            });
        }
        Ok(CallInput {
            args_json: encode(args, "the arguments are", limits.max_args_bytes)?,
            context_json: match context {
                Some(value) => encode(value, "the context is", limits.max_args_bytes)?,
                None => "null".to_string(),
            },
        })
    }
}

/// `value` as JSON text of at most `limit` bytes (`what` names it in the
/// message: "the arguments are", "the context is").
fn encode(value: &(impl serde::Serialize + ?Sized), what: &str, limit: u64) -> Result<String, RunError> {
    let json = serde_json::to_string(value).map_err(|e| RunError::InvalidArgs {
        message: format!("{what} not encodable as JSON: {e}"),
    })?;
    if json.len() as u64 > limit {
        return Err(RunError::InvalidArgs {
            message: format!(
                "{what} {} bytes of JSON, over the limit of {limit} bytes",
                json.len()
            ),
        });
    }
    Ok(json)
}
