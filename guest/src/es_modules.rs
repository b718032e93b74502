//! ES modules: QuickJS's module loader wired to the same host resolver as
//! `require`, so `import` has the same resolution and the same boundaries.
//!
//! QuickJS asks two C callbacks for every `import`: `normalize` (specifier +
//! importing module -> module id) and `load` (id -> compiled module). Both
//! call back into the prelude (`esmResolve`, `esmLoad`), which owns the
//! module cache; the entry module and `require()` of an ES module use
//! [`eval_module`].

use javy::quickjs::{qjs, Array, Ctx, Function, Object, Persistent, Value};
use std::cell::RefCell;
use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr::{null_mut, NonNull};

thread_local! {
    /// The prelude's API object, for the C callbacks (one runtime per instance).
    static HOOKS: RefCell<Option<Persistent<Object<'static>>>> = const { RefCell::new(None) };
}

/// Route QuickJS's module loading through the prelude's `esmResolve` and
/// `esmLoad` (on `api`).
pub fn install<'js>(cx: &Ctx<'js>, api: &Object<'js>) {
    HOOKS.with(|h| *h.borrow_mut() = Some(Persistent::save(cx, api.clone())));
    // SAFETY: the runtime is live; the callbacks only use the context they
    // are given.
    unsafe {
        let rt = qjs::JS_GetRuntime(cx.as_raw().as_ptr());
        qjs::JS_SetModuleLoaderFunc(rt, Some(normalize), Some(load), null_mut());
    }
}

/// The prelude's hook `name`, called with `args`.
fn call_hook<'js, A, R>(cx: &Ctx<'js>, name: &str, args: A) -> javy::quickjs::Result<R>
where
    A: javy::quickjs::function::IntoArgs<'js>,
    R: javy::quickjs::FromJs<'js>,
{
    let api = HOOKS
        .with(|h| h.borrow().clone())
        .ok_or(javy::quickjs::Error::Unknown)?
        .restore(cx)?;
    let hook: Function = api.get(name)?;
    hook.call(args)
}

unsafe extern "C" fn normalize(
    ctx: *mut qjs::JSContext,
    base: *const c_char,
    name: *const c_char,
    _opaque: *mut c_void,
) -> *mut c_char {
    let Some(raw) = NonNull::new(ctx) else {
        return null_mut();
    };
    let cx = Ctx::from_raw(raw);
    let base = CStr::from_ptr(base).to_string_lossy().into_owned();
    let name = CStr::from_ptr(name).to_string_lossy().into_owned();
    // On an exception, it stays pending in the context: QuickJS reports it.
    match call_hook::<_, String>(&cx, "esmResolve", (name, base)) {
        Ok(id) => match CString::new(id) {
            Ok(id) => qjs::js_strdup(ctx, id.as_ptr()),
            Err(_) => null_mut(),
        },
        Err(_) => null_mut(),
    }
}

unsafe extern "C" fn load(
    ctx: *mut qjs::JSContext,
    name: *const c_char,
    _opaque: *mut c_void,
) -> *mut qjs::JSModuleDef {
    let Some(raw) = NonNull::new(ctx) else {
        return null_mut();
    };
    let cx = Ctx::from_raw(raw);
    let id = CStr::from_ptr(name).to_string_lossy().into_owned();
    let Ok(spec) = call_hook::<_, Object>(&cx, "esmLoad", (id.clone(),)) else {
        return null_mut();
    };
    let Ok(source) = spec.get::<_, String>("source") else {
        return null_mut();
    };
    let Some((module_value, def)) = compile_module(&cx, &id, &source) else {
        return null_mut();
    };
    // Modules are owned by the runtime once compiled; this reference is ours.
    qjs::JS_FreeValue(ctx, module_value);
    let meta = Value::from_raw(cx.clone(), qjs::JS_GetImportMeta(ctx, def));
    if call_hook::<_, ()>(&cx, "esmMeta", (meta, id, spec)).is_err() {
        return null_mut();
    }
    def
}

/// Compile `source` as the ES module `id` (not yet linked or evaluated).
unsafe fn compile_module(
    cx: &Ctx<'_>,
    id: &str,
    source: &str,
) -> Option<(qjs::JSValue, *mut qjs::JSModuleDef)> {
    let name = CString::new(id).ok()?;
    let src = CString::new(source).ok()?;
    let flags = (qjs::JS_EVAL_TYPE_MODULE | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
    let value = qjs::JS_Eval(
        cx.as_raw().as_ptr(),
        src.as_ptr(),
        source.len() as _,
        name.as_ptr(),
        flags,
    );
    if qjs::JS_VALUE_GET_TAG(value) != qjs::JS_TAG_MODULE {
        // An exception (a syntax error): it is pending in the context.
        return None;
    }
    Some((value, qjs::JS_VALUE_GET_PTR(value).cast()))
}

/// `native.evalModule(id, source)`: compile, link and start evaluating the ES
/// module `id`; returns `[promise, namespace]` (the promise settles when the
/// module, including any top-level await, has run).
pub fn eval_module<'js>(cx: Ctx<'js>, id: String, source: String) -> javy::quickjs::Result<Array<'js>> {
    // SAFETY: plain QuickJS API calls on the live context; every JSValue is
    // handed to an owning rquickjs `Value` or freed.
    unsafe {
        let ctx = cx.as_raw().as_ptr();
        let Some((module_value, def)) = compile_module(&cx, &id, &source) else {
            return Err(javy::quickjs::Error::Exception);
        };
        let meta = Value::from_raw(cx.clone(), qjs::JS_GetImportMeta(ctx, def));
        call_hook::<_, ()>(&cx, "esmMeta", (meta, id, Object::new(cx.clone())?))?;
        // JS_EvalFunction consumes the module value.
        let promise = qjs::JS_EvalFunction(ctx, module_value);
        if qjs::JS_VALUE_GET_TAG(promise) == qjs::JS_TAG_EXCEPTION {
            return Err(javy::quickjs::Error::Exception);
        }
        let promise = Value::from_raw(cx.clone(), promise);
        let namespace = qjs::JS_GetModuleNamespace(ctx, def);
        if qjs::JS_VALUE_GET_TAG(namespace) == qjs::JS_TAG_EXCEPTION {
            return Err(javy::quickjs::Error::Exception);
        }
        let namespace = Value::from_raw(cx.clone(), namespace);
        let out = Array::new(cx.clone())?;
        out.set(0, promise)?;
        out.set(1, namespace)?;
        Ok(out)
    }
}

/// `native.promiseState(p)`: 0 pending, 1 fulfilled, 2 rejected (-1 if not a
/// promise).
pub fn promise_state(value: Value<'_>) -> i32 {
    match value.as_promise() {
        Some(p) => match p.state() {
            javy::quickjs::promise::PromiseState::Pending => 0,
            javy::quickjs::promise::PromiseState::Resolved => 1,
            javy::quickjs::promise::PromiseState::Rejected => 2,
        },
        None => -1,
    }
}
