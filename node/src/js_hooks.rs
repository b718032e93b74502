//! Calls from the runtime's threads into the host Node.js process: the
//! user's hooks (`compiler`, `resolve`, `onConsole`, `running`) and host
//! modules run on Node's main thread, reached through Node-API thread-safe
//! functions. Sandboxed code never gets a reference to them: it only sees
//! the JSON they return.
//!
//! Both dispatchers are JavaScript functions of `node/lib/native.js` that
//! take one JSON request (`{"hook": ..., "call": id, ...}`) and never throw:
//! they answer `{"ok": value}` or `{"error": "message"}`.

use napi::bindgen_prelude::{Function, Promise};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use serde_json::Value;

/// A dispatcher answering synchronously with JSON text.
type SyncDispatch = ThreadsafeFunction<String, String, String, Status, false, true>;
/// A dispatcher answering with a promise of JSON text.
type AsyncDispatch = ThreadsafeFunction<String, Promise<String>, String, Status, false, true>;

/// The two dispatchers of one runtime. Both are weak: they never keep the
/// Node.js process alive by themselves (a pending call does).
pub struct JsHooks {
    sync: SyncDispatch,
    promised: AsyncDispatch,
}

impl JsHooks {
    /// Wrap the JavaScript dispatchers (called on the main thread).
    pub fn new(
        sync: Function<String, String>,
        promised: Function<String, Promise<String>>,
    ) -> napi::Result<Self> {
        Ok(JsHooks {
            sync: sync
                .build_threadsafe_function()
                .callee_handled::<false>()
                .weak::<true>()
                .build()?,
            promised: promised
                .build_threadsafe_function()
                .callee_handled::<false>()
                .weak::<true>()
                .build()?,
        })
    }

    /// Ask the main thread and wait for its answer. Runs on a runtime
    /// thread, never on the main thread (which would wait for itself).
    pub fn ask(&self, request: &Value) -> Result<Value, String> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let status = self.sync.call_with_return_value(
            request.to_string(),
            ThreadsafeFunctionCallMode::Blocking,
            move |answer: napi::Result<String>, _env| {
                let _ = tx.send(answer.map_err(|e| e.reason.clone()));
                Ok(())
            },
        );
        if status != Status::Ok {
            return Err(format!("the Node.js host could not be called ({status})"));
        }
        let text = rx
            .recv()
            .map_err(|_| "the Node.js host went away before answering".to_string())??;
        parse_answer(&text)
    }

    /// Tell the main thread something, without waiting (console lines, the
    /// `running` signal). Delivered in order.
    pub fn tell(&self, request: &Value) {
        let _ = self
            .sync
            .call(request.to_string(), ThreadsafeFunctionCallMode::NonBlocking);
    }

    /// Ask the main thread for a promise and wait for it without holding a
    /// thread (async host functions).
    pub async fn ask_async(&self, request: &Value) -> Result<Value, String> {
        let promise = self
            .promised
            .call_async_catch(request.to_string())
            .await
            .map_err(|e| e.reason.clone())?;
        let text = promise.await.map_err(|e| e.reason.clone())?;
        parse_answer(&text)
    }
}

/// `{"ok": value}` or `{"error": "message"}`.
fn parse_answer(text: &str) -> Result<Value, String> {
    let mut answer: Value = serde_json::from_str(text)
        .map_err(|e| format!("the Node.js host answered with invalid JSON: {e}"))?;
    if let Some(error) = answer.get("error") {
        return Err(error.as_str().map_or_else(|| error.to_string(), str::to_string));
    }
    Ok(answer.get_mut("ok").map(Value::take).unwrap_or(Value::Null))
}
