//! The one place where the WIT contract's types meet the library's: error
//! kinds (both ways), console levels, load modes and `fs` failures.
//! Everything else converts through these `From` impls.

use crate::bindings::isolated_runtime::sandbox::{host, types};
use crate::error::ErrorKind;
use crate::module_resolver::LoadMode;
use crate::read_only_fs::FsFailure;
use crate::request::LogLevel;

impl From<host::LoadMode> for LoadMode {
    fn from(mode: host::LoadMode) -> Self {
        match mode {
            host::LoadMode::Require => LoadMode::Require,
            host::LoadMode::Import => LoadMode::Import,
            host::LoadMode::ImportJson => LoadMode::ImportJson,
        }
    }
}

impl From<FsFailure> for host::FsError {
    fn from(failure: FsFailure) -> Self {
        match failure {
            FsFailure::NotFound => host::FsError::NotFound,
            FsFailure::NotADirectory => host::FsError::NotADirectory,
            FsFailure::IsADirectory => host::FsError::IsADirectory,
            FsFailure::AccessDenied => host::FsError::AccessDenied,
            FsFailure::TooLarge => host::FsError::TooLarge,
            FsFailure::Invalid => host::FsError::Invalid,
        }
    }
}

impl From<types::ErrorKind> for ErrorKind {
    fn from(kind: types::ErrorKind) -> Self {
        match kind {
            types::ErrorKind::JsError => ErrorKind::JsError,
            types::ErrorKind::FunctionNotFound => ErrorKind::FunctionNotFound,
            types::ErrorKind::ModuleNotFound => ErrorKind::ModuleNotFound,
            types::ErrorKind::ModuleForbidden => ErrorKind::ModuleForbidden,
            types::ErrorKind::PathEscape => ErrorKind::PathEscape,
            types::ErrorKind::InvalidArgs => ErrorKind::InvalidArgs,
            types::ErrorKind::InvalidResult => ErrorKind::InvalidResult,
            types::ErrorKind::OutputLimit => ErrorKind::OutputLimit,
            types::ErrorKind::PromiseUnsettled => ErrorKind::PromiseUnsettled,
            types::ErrorKind::StackOverflow => ErrorKind::StackOverflow,
            types::ErrorKind::MemoryLimit => ErrorKind::MemoryLimit,
            types::ErrorKind::Internal => ErrorKind::Internal,
        }
    }
}

/// The kinds only the host observes (`timeout`, `fuel-exhausted`) never
/// cross to the guest; they become `internal` if they ever did.
impl From<ErrorKind> for types::ErrorKind {
    fn from(kind: ErrorKind) -> Self {
        match kind {
            ErrorKind::JsError => types::ErrorKind::JsError,
            ErrorKind::FunctionNotFound => types::ErrorKind::FunctionNotFound,
            ErrorKind::ModuleNotFound => types::ErrorKind::ModuleNotFound,
            ErrorKind::ModuleForbidden => types::ErrorKind::ModuleForbidden,
            ErrorKind::PathEscape => types::ErrorKind::PathEscape,
            ErrorKind::InvalidArgs => types::ErrorKind::InvalidArgs,
            ErrorKind::InvalidResult => types::ErrorKind::InvalidResult,
            ErrorKind::OutputLimit => types::ErrorKind::OutputLimit,
            ErrorKind::PromiseUnsettled => types::ErrorKind::PromiseUnsettled,
            ErrorKind::StackOverflow => types::ErrorKind::StackOverflow,
            ErrorKind::MemoryLimit => types::ErrorKind::MemoryLimit,
            ErrorKind::Timeout | ErrorKind::FuelExhausted | ErrorKind::Internal => types::ErrorKind::Internal,
        }
    }
}

impl From<host::LogLevel> for LogLevel {
    fn from(level: host::LogLevel) -> Self {
        match level {
            host::LogLevel::Log => LogLevel::Log,
            host::LogLevel::Info => LogLevel::Info,
            host::LogLevel::Warn => LogLevel::Warn,
            host::LogLevel::Error => LogLevel::Error,
            host::LogLevel::Debug => LogLevel::Debug,
            host::LogLevel::Trace => LogLevel::Trace,
        }
    }
}
