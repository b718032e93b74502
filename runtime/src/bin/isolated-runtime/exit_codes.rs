//! The CLI's exit codes: one per error kind, grouped by class (see `--help`).

use isolated_runtime::ErrorKind;

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
