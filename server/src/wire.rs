//! The JSON shape of one call as `batch` and `serve` read it
//! (`{"file","func","args","context"}`) and of a failed call's answer
//! (`{"ok":false,"error":{"kind","message"}}`).

use isolated_runtime::RunError;
use serde::Deserialize;
use serde_json::{json, Value};

/// One call, as sent by a client.
#[derive(Deserialize)]
struct CallJson {
    file: String,
    #[serde(alias = "funcName", alias = "func_name")]
    func: String,
    #[serde(default)]
    args: Option<Value>,
    #[serde(default)]
    context: Option<Value>,
}

/// A parsed call: entry file, function name, arguments and context.
pub struct CallSpec {
    /// The entry file, relative to the module folder.
    pub file: String,
    /// The function to call.
    pub func: String,
    /// The arguments (`args` absent or `null`: none).
    pub args: Vec<Value>,
    /// The per-call `context`, if any.
    pub context: Option<Value>,
}

/// Parse one call; malformed input is an `invalid-args` error.
pub fn parse_call(bytes: &[u8], what: &str) -> Result<CallSpec, RunError> {
    let parsed: CallJson = serde_json::from_slice(bytes).map_err(|e| RunError::InvalidArgs {
        message: format!("bad {what}: {e}"),
    })?;
    let args = match parsed.args {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(RunError::InvalidArgs {
                message: format!("bad {what}: \"args\" must be a JSON array"),
            })
        }
    };
    Ok(CallSpec {
        file: parsed.file,
        func: parsed.func,
        args,
        context: parsed.context,
    })
}

/// The answer for a failed call.
pub fn error_json(e: &RunError) -> Value {
    failure_json(e.kind().as_str(), &e.to_string())
}

/// The answer for a failure of kind `kind` (a library error kind, or one of
/// the server's own).
pub fn failure_json(kind: &str, message: &str) -> Value {
    json!({"ok": false, "error": {"kind": kind, "message": message}})
}
