//! One call in one fresh instance, start to finish: check the inputs, build
//! the call's state and `Store` (fuel, epoch deadline, memory limiter),
//! instantiate the guest from the shared `InstancePre` (or a per-file
//! snapshot's), call its `run` export under the time limit, and turn what
//! came back into an [`Outcome`] or a [`RunError`].

use crate::bindings::isolated_runtime::sandbox::types;
use crate::call_input::CallInput;
use crate::call_result::{classify_trap, decode, guest_failure};
use crate::call_state::CallState;
use crate::engine::SandboxEngine;
use crate::entry_snapshots::EntrySnapshot;
use crate::error::RunError;
use crate::host_functions::HostCalls;
use crate::limits::{Limits, UNMETERED_FUEL};
use crate::module_resolver::ModuleResolver;
use crate::request::{CallStats, ConsoleCallback, Outcome, RunningCallback};
use serde_json::Value;
use std::sync::Arc;
use std::time::Instant;
use wasmtime::{Store, UpdateDeadline};

/// What one call needs to know.
pub(crate) struct CallPlan<'a> {
    pub modules: ModuleResolver,
    pub host_calls: HostCalls,
    pub on_console: Vec<ConsoleCallback>,
    pub on_running: Vec<RunningCallback>,
    pub arg_resolver: Option<&'a str>,
    pub entry: &'a str,
    pub func_name: &'a str,
    pub args: &'a [Value],
    pub context: Option<&'a Value>,
    pub limits: &'a Limits,
    /// `process.env` of the call.
    pub env: Vec<(String, String)>,
    /// Whether the `process` global exists.
    pub process_global: bool,
    /// The default time zone of `Intl`.
    pub time_zone: String,
    /// A per-file snapshot to instantiate instead of the generic guest.
    pub snapshot: Option<Arc<EntrySnapshot>>,
}

/// Run one call in a brand-new store and instance.
pub(crate) async fn run_call(engine: &SandboxEngine, plan: CallPlan<'_>) -> Result<Outcome, RunError> {
    let started = Instant::now();
    let limits = plan.limits;
    let input = CallInput::check(plan.args, plan.context, limits, engine.fuel_metering)?;

    // A fuel budget must be spent the same way on every call: such calls
    // always compile from source.
    let bytecode = engine.bytecode.clone().filter(|_| limits.fuel.is_none());
    let state = CallState::for_call(
        limits,
        plan.modules,
        plan.host_calls,
        plan.on_console,
        plan.on_running,
        bytecode,
        engine.image_bytes,
    );
    let mut store = Store::new(&engine.engine, state);
    store.limiter(|state| state.memory_budget());
    let fuel = limits.fuel.unwrap_or(UNMETERED_FUEL);
    if engine.fuel_metering {
        store
            .set_fuel(fuel)
            .map_err(|e| RunError::internal(format!("cannot set fuel: {e:#}")))?;
    }
    let deadline = started + limits.timeout;
    // Every tick: past the deadline, interrupt; otherwise yield to the async
    // executor so one busy call cannot starve others on its thread.
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |_| {
        if Instant::now() >= deadline {
            Ok(UpdateDeadline::Interrupt)
        } else {
            Ok(UpdateDeadline::Yield(1))
        }
    });

    let call = types::Call {
        entry: plan.entry.to_string(),
        func_name: plan.func_name.to_string(),
        args_json: input.args_json,
        context_json: input.context_json,
        limits: types::GuestLimits {
            max_result_bytes: limits.max_result_bytes,
        },
        arg_resolver: plan.arg_resolver.map(str::to_string),
        env: plan.env,
        process_global: plan.process_global,
        time_zone: plan.time_zone,
    };
    let result = tokio::time::timeout(limits.timeout, async {
        let pre = plan.snapshot.as_ref().map_or(&engine.pre, |s| &s.pre);
        let sandbox = pre.instantiate_async(&mut store).await?;
        sandbox.call_run(&mut store, &call).await
    })
    .await;

    let fuel_consumed = if engine.fuel_metering {
        fuel.saturating_sub(store.get_fuel().unwrap_or(fuel))
    } else {
        0
    };
    let state = store.data();
    let stats = CallStats {
        wall_time: started.elapsed(),
        fuel_consumed,
        peak_memory_bytes: state.memory_peak(),
        memory_image_bytes: state.memory_image(),
        from_snapshot: plan.snapshot.is_some(),
    };
    let outcome = match result {
        Err(_elapsed) => Err(RunError::Timeout {
            limit: limits.timeout,
        }),
        // Once the limiter refused memory the call has failed, even if the code
        // caught QuickJS's "out of memory" and went on, or a trap followed.
        _ if state.memory_refused() => Err(RunError::MemoryLimit {
            limit_bytes: limits.memory_bytes,
            detail: String::new(),
        }),
        Ok(Err(trap)) => Err(classify_trap(&trap, state, limits)),
        Ok(Ok(Err(guest_error))) => Err(guest_failure(guest_error, state, limits)),
        Ok(Ok(Ok(value))) => decode(value).map(|value| Outcome {
            value,
            console: Vec::new(),
            stats,
        }),
    };
    let console = store.data_mut().take_console();
    tracing::debug!(
        wall_us = stats.wall_time.as_micros() as u64,
        fuel = stats.fuel_consumed,
        peak_memory = stats.peak_memory_bytes,
        ok = outcome.is_ok(),
        "call finished"
    );
    outcome.map(|mut o| {
        o.console = console;
        o
    })
}
