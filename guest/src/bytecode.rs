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
