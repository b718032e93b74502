//! The native half of the `isolated-runtime` npm package: one class,
//! `NativeRuntime`, over the library's public API. `node/lib/` builds the
//! reference library's API (`IsolatedRuntime`, `CodeRunner`, `errors`) on it.
//!
//! One call's path: `runtime.run()` in JavaScript -> [`NativeRuntime::submit`]
//! (returns at once; the call runs on the addon's tokio threads, never on
//! Node's main thread) -> [`isolated_runtime::IsolatedRuntime::run`] -> a
//! fresh sandbox -> its reply JSON (`call_reply`) queued, and the main thread
//! woken once per batch of finished calls to collect them
//! ([`NativeRuntime::take_done`]). Hooks and host modules come back to the
//! main thread through `js_hooks`.
#![deny(missing_docs)]

mod call_reply;
mod js_hooks;
mod native_options;

use isolated_runtime::{IsolatedRuntime, RuntimeOptions};
use js_hooks::JsHooks;
use napi::bindgen_prelude::{Function, Promise};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use napi_derive::napi;
use serde_json::Value;
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

/// Wakes the main thread to collect finished calls (weak: it never keeps
/// Node.js alive by itself; the JavaScript layer does while calls run).
type Wake = ThreadsafeFunction<(), (), (), Status, false, true>;

/// A runtime: the library's `IsolatedRuntime`, created on first use off the
/// main thread (the first runtime of a process compiles the guest, or loads
/// it from the cache directory).
#[napi]
pub struct NativeRuntime {
    shared: Arc<Shared>,
}

/// What the calls of one runtime share with the tokio tasks running them.
struct Shared {
    options: RuntimeOptions,
    runtime: OnceCell<Result<IsolatedRuntime, Value>>,
    hooks: Arc<JsHooks>,
    /// Replies not yet collected by the main thread.
    done: Mutex<Vec<String>>,
    wake: Wake,
}

#[napi]
impl NativeRuntime {
    /// `options`: JSON from `node/lib/native-host.js`; `dispatch` and
    /// `dispatch_async`: its hook dispatchers (see `js_hooks`); `on_done`:
    /// called (with no arguments) when finished calls wait in
    /// [`take_done`](Self::take_done). Throws on options of the wrong type.
    #[napi(constructor)]
    pub fn new(
        options: String,
        dispatch: Function<String, String>,
        dispatch_async: Function<String, Promise<String>>,
        on_done: Function<(), ()>,
    ) -> napi::Result<Self> {
        let hooks = Arc::new(JsHooks::new(dispatch, dispatch_async)?);
        let parsed: Value = serde_json::from_str(&options)
            .map_err(|e| napi::Error::new(Status::InvalidArg, format!("options are not JSON: {e}")))?;
        let options = native_options::runtime_options(&parsed, &hooks)
            .map_err(|message| napi::Error::new(Status::InvalidArg, message))?;
        let wake = on_done
            .build_threadsafe_function()
            .callee_handled::<false>()
            .weak::<true>()
            .build()?;
        Ok(NativeRuntime {
            shared: Arc::new(Shared {
                options,
                runtime: OnceCell::new(),
                hooks,
                done: Mutex::new(Vec::new()),
                wake,
            }),
        })
    }

    /// Start call `call` (`request`: JSON from `node/lib/native-host.js`).
    /// Returns at once; its reply (with `"call": call`) is later handed out
    /// by [`take_done`](Self::take_done).
    #[napi]
    pub fn submit(&self, call: u32, request: String) {
        let shared = self.shared.clone();
        napi::bindgen_prelude::spawn(async move {
            let mut reply = shared.run(&request).await;
            reply["call"] = call.into();
            shared.finish(reply.to_string());
        });
    }

    /// The replies of the calls finished since the last time, in order.
    #[napi]
    pub fn take_done(&self) -> Vec<String> {
        self.shared
            .done
            .lock()
            .map(|mut done| std::mem::take(&mut *done))
            .unwrap_or_default()
    }
}

impl Shared {
    /// Run one call to its reply JSON (never fails: failures are replies).
    async fn run(&self, request: &str) -> Value {
        let runtime = self
            .runtime
            .get_or_init(|| {
                let options = self.options.clone();
                async move {
                    tokio::task::spawn_blocking(move || IsolatedRuntime::new(options))
                        .await
                        .map_err(|e| {
                            call_reply::invalid_request(&format!("the runtime could not start: {e}"))
                        })?
                        .map_err(|e| call_reply::build_failure(&e))
                }
            })
            .await;
        let runtime = match runtime {
            Ok(runtime) => runtime,
            Err(reply) => return reply.clone(),
        };
        let (request, told) = match serde_json::from_str::<Value>(request)
            .map_err(|e| format!("the request is not JSON: {e}"))
            .and_then(|r| native_options::run_request(&r, &self.hooks))
        {
            Ok(parsed) => parsed,
            Err(message) => return call_reply::invalid_request(&message),
        };
        let mut reply = match runtime.run(request).await {
            Ok(outcome) => call_reply::success(&outcome),
            Err(error) => call_reply::failure(&error),
        };
        reply["told"] = told.load(std::sync::atomic::Ordering::SeqCst).into();
        reply
    }

    /// Queue a reply; wake the main thread if it has nothing queued yet (it
    /// collects everything queued by then in one go).
    fn finish(&self, reply: String) {
        let first = match self.done.lock() {
            Ok(mut done) => {
                done.push(reply);
                done.len() == 1
            }
            Err(_) => return,
        };
        if first {
            let _ = self.wake.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}
