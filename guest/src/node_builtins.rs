//! Node's pure built-in modules (`buffer`, `events`, `stream`, ...): their
//! JavaScript sources (`src/node/**/*.js`, one file per module id, embedded
//! by build.rs) and the per-call state they read (`process.env`). The
//! prelude (`src/prelude/45-builtins.js`) evaluates a built-in on first use;
//! the host decides which ones a call may `require`.

use javy::quickjs::{Ctx, Object, Result};
use std::cell::RefCell;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));
}

thread_local! {
    /// The call's `process.env` entries.
    static ENV: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Remember the call's environment for `process.env`.
pub fn set_env(env: Vec<(String, String)>) {
    ENV.with(|e| *e.borrow_mut() = env);
}

/// `native.builtinSource(id)`: the source of built-in `id`, if there is one.
pub fn builtin_source(id: String) -> Option<&'static str> {
    sources::source(&id)
}

/// `native.builtinIds()`: every built-in's id (`internal/...` included).
pub fn builtin_ids(cx: Ctx<'_>) -> Result<javy::quickjs::Array<'_>> {
    let list = javy::quickjs::Array::new(cx)?;
    for (i, id) in sources::IDS.iter().enumerate() {
        list.set(i, *id)?;
    }
    Ok(list)
}

/// `native.env()`: a fresh object holding the call's environment.
pub fn env<'js>(cx: Ctx<'js>) -> Result<Object<'js>> {
    let out = Object::new(cx)?;
    ENV.with(|e| {
        for (name, value) in e.borrow().iter() {
            out.set(name.as_str(), value.as_str())?;
        }
        Ok::<_, javy::quickjs::Error>(())
    })?;
    Ok(out)
}
