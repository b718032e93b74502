//! Error kinds by name. The WIT `error-kind` enum is the one list of kinds:
//! build.rs generates [`ALL_KINDS`] from it, and both directions of the
//! name mapping, as well as the prelude's `KIND` object, come from that table.

use crate::isolated_runtime::sandbox::types::ErrorKind;
use javy::quickjs::{Ctx, Function, Object};

include!(concat!(env!("OUT_DIR"), "/error_kinds.rs"));

// The table is in the enum's order, so a kind is its own index.
const _: () = {
    let mut i = 0;
    while i < ALL_KINDS.len() {
        assert!(ALL_KINDS[i].0 as usize == i);
        i += 1;
    }
};

/// The WIT name of `kind` (`js-error`, ...), as the prelude uses it.
pub fn name(kind: ErrorKind) -> &'static str {
    ALL_KINDS[kind as usize].1
}

/// The error kind named `name` by the prelude (unknown names are `internal`).
pub fn from_name(name: &str) -> ErrorKind {
    ALL_KINDS
        .iter()
        .find(|(_, n)| *n == name)
        .map_or(ErrorKind::Internal, |(kind, _)| *kind)
}

/// The prelude's `KIND`: a frozen object from each kind's constant name to
/// its WIT name (`{ JS_ERROR: 'js-error', ... }`).
pub fn js_object<'js>(cx: &Ctx<'js>) -> javy::quickjs::Result<Object<'js>> {
    let kinds = Object::new(cx.clone())?;
    for (_, name) in ALL_KINDS {
        kinds.set(name.to_ascii_uppercase().replace('-', "_"), name)?;
    }
    // Before any user code runs, so `Object.freeze` is the engine's own.
    let freeze: Function = cx.globals().get::<_, Object>("Object")?.get("freeze")?;
    freeze.call::<_, ()>((kinds.clone(),))?;
    Ok(kinds)
}
