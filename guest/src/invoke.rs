//! One call, start to finish: start the function through the prelude, drive
//! a returned promise through QuickJS's job queue, encode the result as JSON.

use crate::isolated_runtime::sandbox::host;
use crate::isolated_runtime::sandbox::types::{Call, CallError, CallValue, ErrorKind};
use crate::shadow_stack::QUICKJS_STACK_BYTES;
use crate::{engine, error_kinds};
use javy::quickjs::promise::PromiseState;
use javy::quickjs::{Ctx, Function, Object, Persistent, Value};
use javy::Runtime;
use std::cell::RefCell;

/// A QuickJS runtime with the prelude evaluated, waiting for its one call.
struct Prepared {
    runtime: Runtime,
    api: Persistent<Object<'static>>,
}

thread_local! {
    /// Set by [`initialize`] (normally inside the host's snapshot).
    static PREPARED: RefCell<Option<Prepared>> = const { RefCell::new(None) };
}

/// Build the runtime and evaluate the prelude ahead of the call. The host
/// snapshots the instance right after this, so per-call work starts here.
pub fn initialize() {
    if let Ok(prepared) = prepare() {
        // The built-ins' bytecode becomes part of the snapshot; a call that
        // runs without one compiles a built-in when it first uses it.
        prepared.runtime.context().with(|cx| {
            let api = prepared.api.clone().restore(&cx).ok();
            let precompile = api.and_then(|api| api.get::<_, Function>("precompileBuiltins").ok());
            if let Some(precompile) = precompile {
                if precompile.call::<_, ()>(()).is_err() {
                    let _ = cx.catch();
                }
            }
        });
        PREPARED.with(|p| *p.borrow_mut() = Some(prepared));
    }
}

/// `initialize`, then load the entry file the host names and evaluate its
/// top-level code, for a snapshot of this instance. Traps (so no snapshot is
/// taken) when the prelude reports that the file is not snapshottable.
pub fn preload() {
    initialize();
    let entry = host::preload_entry();
    let loaded = PREPARED.with(|p| {
        let p = p.borrow();
        let prepared = p.as_ref()?;
        prepared.runtime.context().with(|cx| {
            let api = prepared.api.clone().restore(&cx).ok()?;
            let preload: Function = api.get("preload").ok()?;
            preload.call::<_, bool>((entry.as_str(),)).ok()
        })
    });
    if loaded != Some(true) {
        panic!("'{entry}' cannot be snapshotted");
    }
}

/// A QuickJS runtime (with its stack limit armed) and the prelude evaluated.
fn prepare() -> Result<Prepared, CallError> {
    let runtime = engine::new_runtime().map_err(|e| internal(format!("cannot start QuickJS: {e}")))?;
    let api = runtime.context().with(|cx| {
        engine::arm_stack_limit(&cx);
        engine::install_prelude(&cx)
            .map(|api| Persistent::save(&cx, api))
            .map_err(|e| internal(format!("cannot install the prelude: {e}")))
    })?;
    Ok(Prepared { runtime, api })
}

/// Run `call`, in the pre-initialized runtime when there is one.
pub fn run(call: Call) -> Result<CallValue, CallError> {
    // A snapshot shares the random state it was taken with: reseed from the
    // host's entropy so no two calls see the same Math.random sequence.
    let seed = host::random_bytes(8);
    fastrand::seed(u64::from_le_bytes(seed.try_into().unwrap_or([7; 8])));
    let prepared = match PREPARED.with(|p| p.borrow_mut().take()) {
        Some(p) => p,
        None => prepare()?,
    };
    let Prepared { runtime, api } = prepared;
    crate::node_builtins::set_env(call.env);
    if let Err(message) = crate::intl::set_default_time_zone(call.time_zone) {
        return Err(CallError {
            kind: ErrorKind::InvalidArgs,
            name: String::new(),
            message,
            stack: String::new(),
        });
    }
    runtime.context().with(|cx| {
        let api = api
            .restore(&cx)
            .map_err(|e| internal(format!("cannot restore the prelude: {e}")))?;
        let describe: Function = api
            .get("describe")
            .map_err(|e| internal(format!("prelude has no describe: {e}")))?;
        let fail = || describe_exception(&cx, &describe);

        let start: Function = api.get("run").map_err(|_| fail())?;
        let value: Value = start
            .call((
                call.entry.as_str(),
                call.func_name.as_str(),
                call.args_json.as_str(),
                call.context_json.as_str(),
                call.arg_resolver.as_deref(),
                call.process_global,
            ))
            .map_err(|_| fail())?;
        let value = settle(&cx, &api, value).map_err(|e| e.unwrap_or_else(&fail))?;

        let encode: Function = api.get("encode").map_err(|_| fail())?;
        let text: Option<String> = encode.call((value,)).map_err(|_| fail())?;
        match text {
            None => Ok(CallValue::Undefined),
            Some(text) if text.len() as u64 > call.limits.max_result_bytes => Err(CallError {
                kind: ErrorKind::OutputLimit,
                name: String::new(),
                message: format!(
                    "the result is {} bytes of JSON, over the limit of {} bytes",
                    text.len(),
                    call.limits.max_result_bytes
                ),
                stack: String::new(),
            }),
            Some(text) => Ok(CallValue::Json(text)),
        }
    })
}

/// Await `value` if it is a promise: run QuickJS's job queue; when it is
/// empty, run the next due timer, or wait on the host (suspending this
/// instance, not a thread) for the next timer or a finished host call.
///
/// `Err(None)` means an exception is pending in `cx` (the rejection reason,
/// or an exception thrown by a timer callback); `Err(Some(e))` is a finished
/// error.
fn settle<'js>(cx: &Ctx<'js>, api: &Object<'js>, value: Value<'js>) -> Result<Value<'js>, Option<CallError>> {
    let Some(promise) = value.as_promise().cloned() else {
        return Ok(value);
    };
    let timer_delay: Function = api.get("timerDelay").map_err(|_| None)?;
    let run_timer: Function = api.get("runTimer").map_err(|_| None)?;
    let wait_host: Function = api.get("waitHost").map_err(|_| None)?;
    let host_pending: Function = api.get("hostPending").map_err(|_| None)?;
    loop {
        match promise.state() {
            PromiseState::Resolved | PromiseState::Rejected => {
                return match promise.result::<Value>() {
                    Some(Ok(v)) => Ok(v),
                    _ => Err(None),
                };
            }
            PromiseState::Pending => {}
        }
        if cx.execute_pending_job() {
            continue;
        }
        let delay: f64 = timer_delay.call(()).map_err(|_| None)?;
        if delay == 0.0 {
            run_timer.call::<_, ()>(()).map_err(|_| None)?;
            continue;
        }
        let in_flight: u32 = host_pending.call(()).map_err(|_| None)?;
        if delay < 0.0 && in_flight == 0 {
            return Err(Some(CallError {
                kind: ErrorKind::PromiseUnsettled,
                name: String::new(),
                message: "the returned promise can never settle: it is still pending with no job, timer or \
                          host call left that could settle it"
                    .to_string(),
                stack: String::new(),
            }));
        }
        wait_host.call::<_, ()>((delay,)).map_err(|_| None)?;
    }
}

/// Take the pending exception out of `cx` and describe it through the prelude.
fn describe_exception<'js>(cx: &Ctx<'js>, describe: &Function<'js>) -> CallError {
    let thrown = cx.catch();
    let parts: Result<Vec<String>, _> = describe.call((thrown,));
    match parts {
        Ok(parts) if parts.len() == 4 => {
            let mut it = parts.into_iter();
            let kind = error_kinds::from_name(&it.next().unwrap_or_default());
            let name = it.next().unwrap_or_default();
            let mut message = it.next().unwrap_or_default();
            if kind == ErrorKind::StackOverflow {
                // The prelude saw QuickJS's own limit being hit: say which.
                message.push_str(&format!(
                    " (JavaScript stack limit of {} KiB)",
                    QUICKJS_STACK_BYTES / 1024
                ));
            }
            CallError {
                kind,
                name,
                message,
                stack: it.next().unwrap_or_default(),
            }
        }
        _ => {
            // Describing failed (for instance out of memory): report what we can.
            let _ = cx.catch();
            CallError {
                kind: ErrorKind::JsError,
                name: String::new(),
                message: "an exception was thrown that could not be described".to_string(),
                stack: String::new(),
            }
        }
    }
}

fn internal(message: String) -> CallError {
    CallError {
        kind: ErrorKind::Internal,
        name: String::new(),
        message,
        stack: String::new(),
    }
}
