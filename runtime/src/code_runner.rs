//! [`CodeRunner`]: a runtime bound to one file, as in the reference library.

use crate::error::{BuildError, RunError};
use crate::limits::LimitOverrides;
use crate::options::RuntimeOptions;
use crate::request::{Outcome, RunRequest};
use crate::runtime::IsolatedRuntime;
use serde_json::Value;
use std::path::PathBuf;

/// Calls functions of one module file, any number of times, each call in its
/// own fresh sandbox: state a call leaves in globals is gone by the next.
#[derive(Clone)]
pub struct CodeRunner {
    runtime: IsolatedRuntime,
    root: PathBuf,
    file: String,
}

impl CodeRunner {
    /// A runner for `file` (relative to `root`) on a new runtime with default
    /// options.
    pub fn new(root: impl Into<PathBuf>, file: impl Into<String>) -> Result<Self, BuildError> {
        Self::with_options(root, file, RuntimeOptions::default())
    }

    /// A runner for `file` on a new runtime with `options`.
    pub fn with_options(
        root: impl Into<PathBuf>,
        file: impl Into<String>,
        options: RuntimeOptions,
    ) -> Result<Self, BuildError> {
        Ok(Self::with_runtime(IsolatedRuntime::new(options)?, root, file))
    }

    /// A runner for `file` sharing an existing runtime (its engine and
    /// concurrency limit).
    pub fn with_runtime(runtime: IsolatedRuntime, root: impl Into<PathBuf>, file: impl Into<String>) -> Self {
        CodeRunner {
            runtime,
            root: root.into(),
            file: file.into(),
        }
    }

    /// Call `func_name` with `args`.
    pub async fn run(&self, func_name: &str, args: Vec<Value>) -> Result<Outcome, RunError> {
        self.run_with(func_name, args, None, LimitOverrides::default())
            .await
    }

    /// Call `func_name` with `args`, a per-call `context` and per-call limits.
    pub async fn run_with(
        &self,
        func_name: &str,
        args: Vec<Value>,
        context: Option<Value>,
        limits: LimitOverrides,
    ) -> Result<Outcome, RunError> {
        let request = RunRequest {
            folder: self.root.clone(),
            file: self.file.clone(),
            func_name: func_name.to_string(),
            args,
            context,
            limits,
            ..RunRequest::default()
        };
        self.runtime.run(request).await
    }
}
