//! The `vm` built-in's fresh realms: `vm.runInNewContext` and friends
//! evaluate code in a new QuickJS context of the same runtime, with its own
//! globals and intrinsics (its own `Object`, `Array`, ...), still inside the
//! sandbox's memory, fuel and time limits. Like Node's contextified objects,
//! the context object's properties are the realm's globals: copied in before
//! the code runs and the realm's enumerable globals copied back after.

use javy::quickjs::context::EvalOptions;
use javy::quickjs::function::Opt;
use javy::quickjs::object::Filter;
use javy::quickjs::{qjs, Ctx, Exception, Object, Result, Value};
use std::ptr::NonNull;

/// `native.vmRun(code, filename, contextObject, stackHook)`: the completion
/// value of `code` evaluated as a script in a fresh realm whose globals are
/// `contextObject`'s properties. `stackHook` (the prelude's stack-trace
/// formatter) formats the realm's error stacks as the main realm's.
pub fn run_in_new_realm<'js>(
    cx: Ctx<'js>,
    code: String,
    filename: String,
    sandbox: Object<'js>,
    stack_hook: Opt<Value<'js>>,
) -> Result<Value<'js>> {
    // SAFETY: the new context belongs to the runtime of `cx`, whose lock we
    // hold (we are inside a call from it). `Ctx::from_raw` takes its own
    // reference, so the creation reference is released at once; the realm
    // lives as long as `realm` and the objects created in it.
    let realm: Ctx<'js> = unsafe {
        let rt = qjs::JS_GetRuntime(cx.as_raw().as_ptr());
        let Some(raw) = NonNull::new(qjs::JS_NewContext(rt)) else {
            return Err(Exception::throw_internal(
                &cx,
                "out of memory creating a vm context",
            ));
        };
        let realm = Ctx::from_raw(raw);
        qjs::JS_FreeContext(raw.as_ptr());
        realm
    };
    let global = realm.globals();
    if let Some(hook) = stack_hook.0.filter(Value::is_function) {
        let error: Object = global.get("Error")?;
        error.set("prepareStackTrace", hook)?;
    }
    for key in sandbox.own_keys::<String>(Filter::new().string()) {
        let key = key?;
        let value: Value = sandbox.get(key.as_str())?;
        global.set(key.as_str(), value)?;
    }
    let mut options = EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(filename);
    let result: Value = realm.eval_with_options(code, options)?;
    for key in global.own_keys::<String>(Filter::new().string().enum_only()) {
        let key = key?;
        let value: Value = global.get(key.as_str())?;
        sandbox.set(key.as_str(), value)?;
    }
    Ok(result)
}
