//! Wizer snapshots of a running guest instance: the library's own
//! [`ComponentInstanceState`] over a wasmtime `Store`, which lets Wizer read
//! the instance's globals and memories through the accessor exports its
//! instrumentation added. Used for the pre-initialized guest (`engine`) and
//! for per-file snapshots (`entry_snapshots`).
//!
//! Wizer's own wasmtime glue is not used: it switches on wasmtime features
//! (the config-file cache and its TOML parser, GC, threads) that a sandbox
//! has no use for.

use crate::call_state::CallState;
use wasmtime::component::{ComponentExportIndex, Instance, Lift, WasmList};
use wasmtime::Store;
use wasmtime_wizer::{ComponentContext, ComponentInstanceState, Wizer};

/// An instrumented instance whose state Wizer reads.
struct InstanceState<'a> {
    store: &'a mut Store<CallState>,
    instance: Instance,
}

impl InstanceState<'_> {
    /// Call the accessor `func` of the exported instance `interface` and hand
    /// its result to `use_result`. The accessors exist in every instance
    /// Wizer instrumented; one missing is a bug, reported by a panic that
    /// the snapshot's builder turns into "not snapshottable".
    async fn call<R, T>(
        &mut self,
        interface: &str,
        func: &str,
        use_result: impl FnOnce(&mut Store<CallState>, R) -> T,
    ) -> T
    where
        R: Lift + Send + Sync + 'static,
    {
        let export = |store: &mut Store<CallState>, parent: Option<&ComponentExportIndex>, name: &str| {
            self.instance
                .get_export(store, parent, name)
                .map(|(_, index)| index)
                .unwrap_or_else(|| panic!("the instrumented guest has no export {interface}#{func}"))
        };
        let parent = export(self.store, None, interface);
        let index = export(self.store, Some(&parent), func);
        let typed = self
            .instance
            .get_typed_func::<(), (R,)>(&mut *self.store, index)
            .unwrap_or_else(|e| panic!("{interface}#{func} has an unexpected type: {e:#}"));
        let (result,) = typed
            .call_async(&mut *self.store, ())
            .await
            .unwrap_or_else(|e| panic!("{interface}#{func} failed: {e:#}"));
        use_result(self.store, result)
    }
}

impl ComponentInstanceState for InstanceState<'_> {
    async fn call_func_ret_list_u8(
        &mut self,
        instance: &str,
        func: &str,
        contents: impl FnOnce(&[u8]) + Send,
    ) {
        self.call(instance, func, |store, list: WasmList<u8>| {
            contents(list.as_le_slice(&*store))
        })
        .await
    }

    async fn call_func_ret_s32(&mut self, instance: &str, func: &str) -> i32 {
        self.call(instance, func, |_, value: i32| value).await
    }

    async fn call_func_ret_s64(&mut self, instance: &str, func: &str) -> i64 {
        self.call(instance, func, |_, value: i64| value).await
    }

    async fn call_func_ret_f32(&mut self, instance: &str, func: &str) -> u32 {
        self.call(instance, func, |_, value: f32| value.to_bits()).await
    }

    async fn call_func_ret_f64(&mut self, instance: &str, func: &str) -> u64 {
        self.call(instance, func, |_, value: f64| value.to_bits()).await
    }
}

/// Snapshot `instance` (of the component `context` describes, after its
/// initialization export ran) into a new component image.
pub(crate) async fn snapshot(
    wizer: &Wizer,
    context: &ComponentContext<'_>,
    store: &mut Store<CallState>,
    instance: Instance,
) -> wasmtime::Result<Vec<u8>> {
    use futures::FutureExt;
    // The accessors panic on a bug (see `InstanceState::call`); keep such a
    // panic inside this snapshot attempt, as an error.
    let mut state = InstanceState { store, instance };
    std::panic::AssertUnwindSafe(wizer.snapshot_component(context, &mut state))
        .catch_unwind()
        .await
        .unwrap_or_else(|_| Err(wasmtime::format_err!("reading the instance's state failed")))
}
