//! The library's errors: [`RunError`], every way a call can fail, each with a
//! stable kebab-case [`ErrorKind`] that programs can match on; and
//! [`BuildError`], why a runtime could not be created.

use std::fmt;
use std::time::Duration;

/// Why a call failed. Match on [`RunError::kind`] for a stable name.
///
/// The `Display` text says what happened and which limit applied; it is meant
/// for people. The kind is meant for programs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The call ran past its wall-clock time limit (kind `timeout`).
    #[error("the call ran longer than its time limit of {} ms", .limit.as_millis())]
    Timeout {
        /// The time limit that applied.
        limit: Duration,
    },
    /// The call used up its fuel budget (kind `fuel-exhausted`).
    #[error("the call used up its fuel budget of {limit} units")]
    FuelExhausted {
        /// The fuel budget that applied.
        limit: u64,
    },
    /// The sandbox needed more linear memory than allowed (kind `memory-limit`).
    #[error("the call needed more than its memory limit of {} MiB{}", .limit_bytes / (1024 * 1024), suffix(.detail))]
    MemoryLimit {
        /// The memory limit that applied, in bytes.
        limit_bytes: u64,
        /// What ran out, when it was not the linear memory itself (for
        /// example QuickJS's maximum string length); empty otherwise.
        detail: String,
    },
    /// Recursion went deeper than the stack allows (kind `stack-overflow`).
    #[error("stack overflow: {message}")]
    StackOverflow {
        /// Details, including the limit that applied.
        message: String,
    },
    /// User code threw, or its promise rejected, and nothing caught it
    /// (kind `js-error`).
    #[error("{}", js_error_text(.name, .message))]
    JsError {
        /// The error's `name` (`TypeError`, ...); empty when a non-Error value
        /// was thrown.
        name: String,
        /// The error's message, or the thrown value as text.
        message: String,
        /// The JavaScript stack trace; empty when unknown.
        stack: String,
    },
    /// The module has no function of that name (kind `function-not-found`).
    #[error("{message}")]
    FunctionNotFound {
        /// Which function, in which module.
        message: String,
    },
    /// A module file does not exist (kind `module-not-found`).
    #[error("{message}")]
    ModuleNotFound {
        /// Which module, required from where.
        message: String,
    },
    /// A module may not be loaded by this call (kind `module-forbidden`).
    #[error("{message}")]
    ModuleForbidden {
        /// Which module, and why.
        message: String,
    },
    /// A path pointed outside the module folder (kind `path-escape`).
    #[error("{message}")]
    PathEscape {
        /// The offending path.
        message: String,
    },
    /// The arguments (or context) were not acceptable (kind `invalid-args`).
    #[error("{message}")]
    InvalidArgs {
        /// What was wrong with them.
        message: String,
    },
    /// The result cannot be encoded as JSON (kind `invalid-result`).
    #[error("{message}")]
    InvalidResult {
        /// Why it cannot be encoded.
        message: String,
    },
    /// The result or another output exceeded its size limit (kind
    /// `output-limit`).
    #[error("{message}")]
    OutputLimit {
        /// Which output, its size and the limit.
        message: String,
    },
    /// The returned promise can never settle (kind `promise-unsettled`).
    #[error("{message}")]
    PromiseUnsettled {
        /// Details.
        message: String,
    },
    /// A failure of the sandbox itself, never of user code (kind `internal`).
    #[error("internal error: {message}")]
    Internal {
        /// What went wrong.
        message: String,
    },
}

fn suffix(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(" ({detail})")
    }
}

fn js_error_text(name: &str, message: &str) -> String {
    if name.is_empty() {
        format!("uncaught exception: {message}")
    } else {
        format!("{name}: {message}")
    }
}

impl RunError {
    /// The stable kind of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            RunError::Timeout { .. } => ErrorKind::Timeout,
            RunError::FuelExhausted { .. } => ErrorKind::FuelExhausted,
            RunError::MemoryLimit { .. } => ErrorKind::MemoryLimit,
            RunError::StackOverflow { .. } => ErrorKind::StackOverflow,
            RunError::JsError { .. } => ErrorKind::JsError,
            RunError::FunctionNotFound { .. } => ErrorKind::FunctionNotFound,
            RunError::ModuleNotFound { .. } => ErrorKind::ModuleNotFound,
            RunError::ModuleForbidden { .. } => ErrorKind::ModuleForbidden,
            RunError::PathEscape { .. } => ErrorKind::PathEscape,
            RunError::InvalidArgs { .. } => ErrorKind::InvalidArgs,
            RunError::InvalidResult { .. } => ErrorKind::InvalidResult,
            RunError::OutputLimit { .. } => ErrorKind::OutputLimit,
            RunError::PromiseUnsettled { .. } => ErrorKind::PromiseUnsettled,
            RunError::Internal { .. } => ErrorKind::Internal,
        }
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        RunError::Internal {
            message: message.into(),
        }
    }
}

/// The stable, kebab-case names of [`RunError`]'s variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `timeout`
    Timeout,
    /// `fuel-exhausted`
    FuelExhausted,
    /// `memory-limit`
    MemoryLimit,
    /// `stack-overflow`
    StackOverflow,
    /// `js-error`
    JsError,
    /// `function-not-found`
    FunctionNotFound,
    /// `module-not-found`
    ModuleNotFound,
    /// `module-forbidden`
    ModuleForbidden,
    /// `path-escape`
    PathEscape,
    /// `invalid-args`
    InvalidArgs,
    /// `invalid-result`
    InvalidResult,
    /// `output-limit`
    OutputLimit,
    /// `promise-unsettled`
    PromiseUnsettled,
    /// `internal`
    Internal,
}

impl ErrorKind {
    /// Every kind, in documentation order.
    pub const ALL: [ErrorKind; 14] = [
        ErrorKind::JsError,
        ErrorKind::Timeout,
        ErrorKind::FuelExhausted,
        ErrorKind::MemoryLimit,
        ErrorKind::StackOverflow,
        ErrorKind::OutputLimit,
        ErrorKind::FunctionNotFound,
        ErrorKind::ModuleNotFound,
        ErrorKind::ModuleForbidden,
        ErrorKind::PathEscape,
        ErrorKind::InvalidArgs,
        ErrorKind::InvalidResult,
        ErrorKind::PromiseUnsettled,
        ErrorKind::Internal,
    ];

    /// The kebab-case name (`"js-error"`, `"timeout"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Timeout => "timeout",
            ErrorKind::FuelExhausted => "fuel-exhausted",
            ErrorKind::MemoryLimit => "memory-limit",
            ErrorKind::StackOverflow => "stack-overflow",
            ErrorKind::JsError => "js-error",
            ErrorKind::FunctionNotFound => "function-not-found",
            ErrorKind::ModuleNotFound => "module-not-found",
            ErrorKind::ModuleForbidden => "module-forbidden",
            ErrorKind::PathEscape => "path-escape",
            ErrorKind::InvalidArgs => "invalid-args",
            ErrorKind::InvalidResult => "invalid-result",
            ErrorKind::OutputLimit => "output-limit",
            ErrorKind::PromiseUnsettled => "promise-unsettled",
            ErrorKind::Internal => "internal",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether this kind means a resource limit stopped the call.
    pub fn is_resource_limit(self) -> bool {
        matches!(
            self,
            ErrorKind::Timeout
                | ErrorKind::FuelExhausted
                | ErrorKind::MemoryLimit
                | ErrorKind::StackOverflow
                | ErrorKind::OutputLimit
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why an [`IsolatedRuntime`](crate::IsolatedRuntime) could not be created.
/// Separate from [`RunError`]: these happen once, at start-up, and mean a
/// configuration or installation problem, never something user code did.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A folder of [`ModuleOptions::module_roots`](crate::ModuleOptions::module_roots)
    /// cannot be opened.
    #[error("cannot open the module root '{}': {source}", .path.display())]
    ModuleRoot {
        /// The folder.
        path: std::path::PathBuf,
        /// Why it cannot be opened.
        source: std::io::Error,
    },
    /// An option has a value the runtime cannot work with.
    #[error("invalid option: {message}")]
    InvalidOption {
        /// Which option, and why.
        message: String,
    },
    /// wasmtime could not create the engine or compile the guest.
    #[error("cannot start the sandbox engine: {message}")]
    Engine {
        /// What failed.
        message: String,
    },
}

impl BuildError {
    /// The [`ErrorKind`] closest to this failure, for hosts that report build
    /// and call failures the same way (the CLI's exit codes do):
    /// `module-not-found` for a module root, `invalid-args` for an option,
    /// `internal` for the engine.
    pub fn kind(&self) -> ErrorKind {
        match self {
            BuildError::ModuleRoot { .. } => ErrorKind::ModuleNotFound,
            BuildError::InvalidOption { .. } => ErrorKind::InvalidArgs,
            BuildError::Engine { .. } => ErrorKind::Internal,
        }
    }

    pub(crate) fn engine(message: impl Into<String>) -> Self {
        BuildError::Engine {
            message: message.into(),
        }
    }
}
