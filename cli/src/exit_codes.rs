//! The CLI's exit codes: one per error kind, grouped by class (see `--help`).

use isolated_runtime::{BuildError, ErrorKind};
use std::process::ExitCode;

/// Command-line usage errors (and `invalid-args`).
pub const USAGE: u8 = 2;
/// A failure of the sandbox itself.
pub const INTERNAL: u8 = 70;

/// The exit code of a call that failed with `kind`.
pub fn for_kind(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::JsError => 1,
        ErrorKind::InvalidArgs => USAGE,
        ErrorKind::Timeout => 3,
        ErrorKind::FuelExhausted => 4,
        ErrorKind::MemoryLimit => 5,
        ErrorKind::StackOverflow => 6,
        ErrorKind::OutputLimit => 7,
        ErrorKind::ModuleNotFound => 8,
        ErrorKind::ModuleForbidden => 9,
        ErrorKind::PathEscape => 10,
        ErrorKind::FunctionNotFound => 11,
        ErrorKind::InvalidResult => 12,
        ErrorKind::PromiseUnsettled => 13,
        _ => INTERNAL,
    }
}

/// Report a runtime that could not be built (`error: KIND: MESSAGE` on
/// stderr, the kind being the closest call error kind) and pick the exit code.
pub fn report_build_error(e: &BuildError) -> ExitCode {
    eprintln!(
        "error: {}: {}",
        e.kind(),
        e.to_string().replace(['\n', '\r'], " ")
    );
    ExitCode::from(for_kind(e.kind()))
}

/// The exit code of a runtime that could not be built.
pub fn for_build_error(e: &BuildError) -> u8 {
    for_kind(e.kind())
}
