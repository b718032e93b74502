//! CommonJS module wrappers as QuickJS bytecode: compiled from source (and
//! handed to the host's cache), or loaded from bytecode the host served with
//! the source, which skips the parser.

use crate::isolated_runtime::sandbox::host;
use javy::quickjs::function::Opt;
use javy::quickjs::{qjs, Ctx, Error, Value};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Bytecode served by `load-module` in this call, by module id, until the
    /// prelude asks for it.
    static SERVED: RefCell<HashMap<String, Vec<u8>>> = RefCell::new(HashMap::new());
    /// The Node built-ins' wrappers, compiled once while the guest is
    /// initialized (so they are part of the host's snapshot), by id.
    static BUILTINS: RefCell<HashMap<String, Vec<u8>>> = RefCell::new(HashMap::new());
}

/// `native.precompileBuiltin(id, source, filename)`: compile a built-in's
/// wrapper to bytecode and keep it for every later call (not evaluated).
pub fn precompile_builtin(
    cx: Ctx<'_>,
    id: String,
    source: String,
    filename: String,
) -> javy::quickjs::Result<()> {
    let bytes = to_bytecode(&cx, source, filename)?;
    BUILTINS.with(|b| b.borrow_mut().insert(id, bytes));
    Ok(())
}

/// `native.loadBuiltin(id)`: the wrapper function of built-in `id` from its
/// precompiled bytecode, or `undefined` when there is none.
pub fn load_builtin<'js>(cx: Ctx<'js>, id: String) -> javy::quickjs::Result<Value<'js>> {
    let found = BUILTINS.with(|b| {
        b.borrow().get(&id).map(|bytes| {
            let raw = cx.as_raw().as_ptr();
            // SAFETY: as in `load_compiled`; the bytes stay in the map.
            unsafe {
                let compiled = qjs::JS_ReadObject(
                    raw,
                    bytes.as_ptr(),
                    bytes.len() as _,
                    qjs::JS_READ_OBJ_BYTECODE as i32,
                );
                if qjs::JS_IsException(compiled) {
                    return Err(Error::Exception);
                }
                evaluate(cx.clone(), qjs::JS_EvalFunction(raw, compiled))
            }
        })
    });
    match found {
        Some(result) => result,
        None => Ok(Value::new_undefined(cx)),
    }
}

/// Compile `source` as global code named `filename` to bytecode.
fn to_bytecode(cx: &Ctx<'_>, source: String, filename: String) -> javy::quickjs::Result<Vec<u8>> {
    let raw = cx.as_raw().as_ptr();
    let mut text = source.into_bytes();
    let len = text.len();
    text.push(0);
    let mut name = filename.into_bytes();
    name.retain(|b| *b != 0);
    name.push(0);
    // SAFETY: `raw` is the live context of `cx`; `text` and `name` are
    // NUL-terminated and outlive the call; the compiled object and the
    // written buffer are freed here.
    unsafe {
        let flags = (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
        let compiled = qjs::JS_Eval(raw, text.as_ptr().cast(), len as _, name.as_ptr().cast(), flags);
        if qjs::JS_IsException(compiled) {
            return Err(Error::Exception);
        }
        let mut size: qjs::size_t = 0;
        let bytes = qjs::JS_WriteObject(raw, &mut size, compiled, qjs::JS_WRITE_OBJ_BYTECODE as i32);
        qjs::JS_FreeValue(raw, compiled);
        if bytes.is_null() {
            return Err(Error::Exception);
        }
        let out = std::slice::from_raw_parts(bytes, size as usize).to_vec();
        qjs::js_free(raw, bytes.cast());
        Ok(out)
    }
}

/// Keep the bytecode that came with module `path`.
pub fn stash(path: &str, bytecode: Vec<u8>) {
    SERVED.with(|s| s.borrow_mut().insert(path.to_string(), bytecode));
}

/// `native.compile(source, filename, cacheAs)`: compile a module wrapper as
/// sloppy global code under `filename` (so stack traces name the file),
/// give its bytecode to the host under the module id `cacheAs` (if any), and
/// evaluate it to the wrapper function.
pub fn compile<'js>(
    cx: Ctx<'js>,
    source: String,
    filename: String,
    cache_as: Opt<String>,
) -> javy::quickjs::Result<Value<'js>> {
    let raw = cx.as_raw().as_ptr();
    let mut text = source.into_bytes();
    let len = text.len();
    text.push(0);
    let mut name = filename.into_bytes();
    name.retain(|b| *b != 0);
    name.push(0);
    // SAFETY: `raw` is the live context of `cx`; `text` and `name` are
    // NUL-terminated and outlive the call. The compiled object is owned here
    // and consumed by `JS_EvalFunction`.
    unsafe {
        let flags = (qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY) as i32;
        let compiled = qjs::JS_Eval(raw, text.as_ptr().cast(), len as _, name.as_ptr().cast(), flags);
        if qjs::JS_IsException(compiled) {
            return Err(Error::Exception);
        }
        if let Some(path) = cache_as.0 {
            let mut size: qjs::size_t = 0;
            let bytes = qjs::JS_WriteObject(raw, &mut size, compiled, qjs::JS_WRITE_OBJ_BYTECODE as i32);
            if bytes.is_null() {
                // Serializing is an optimization: forget its failure.
                qjs::JS_FreeValue(raw, qjs::JS_GetException(raw));
            } else {
                host::cache_bytecode(&path, std::slice::from_raw_parts(bytes, size as usize));
                qjs::js_free(raw, bytes.cast());
            }
        }
        evaluate(cx, qjs::JS_EvalFunction(raw, compiled))
    }
}

/// `native.loadCompiled(path)`: the wrapper function of module `path` from
/// the bytecode served with it; throws if there is none or it cannot be read
/// (the prelude then compiles the source).
pub fn load_compiled<'js>(cx: Ctx<'js>, path: String) -> javy::quickjs::Result<Value<'js>> {
    let Some(bytecode) = SERVED.with(|s| s.borrow_mut().remove(&path)) else {
        return Err(Error::new_from_js_message(
            "module id",
            "bytecode",
            format!("none was served for {path}"),
        ));
    };
    let raw = cx.as_raw().as_ptr();
    // SAFETY: `raw` is the live context of `cx`; `bytecode` outlives the read,
    // which copies what it keeps. The object read is consumed by
    // `JS_EvalFunction`.
    unsafe {
        let compiled = qjs::JS_ReadObject(
            raw,
            bytecode.as_ptr(),
            bytecode.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        );
        if qjs::JS_IsException(compiled) {
            return Err(Error::Exception);
        }
        evaluate(cx, qjs::JS_EvalFunction(raw, compiled))
    }
}

/// Own a raw result, or report its exception.
///
/// # Safety
/// `value` must be an owned value of `cx`'s context.
unsafe fn evaluate<'js>(cx: Ctx<'js>, value: qjs::JSValue) -> javy::quickjs::Result<Value<'js>> {
    if qjs::JS_IsException(value) {
        Err(Error::Exception)
    } else {
        Ok(Value::from_raw(cx, value))
    }
}
