//! `isolated-runtime run`: one call, result on stdout.

use crate::exit_codes;
use crate::limit_flags::LimitFlags;
use crate::module_flags::ModuleFlags;
use clap::Args;
use isolated_runtime::{ConsoleLine, IsolatedRuntime, RunError, RunRequest, RuntimeOptions};
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `run`.
#[derive(Args, Debug)]
pub struct RunArgs {
    /// The module folder (root). Nothing outside it can be read.
    #[arg(long, alias = "root", value_name = "DIR")]
    pub folder: PathBuf,
    /// The entry file, relative to the folder.
    #[arg(long, value_name = "FILE")]
    pub file: String,
    /// The function to call (exported, or declared at the file's top level).
    #[arg(long = "func-name", alias = "func", value_name = "NAME")]
    pub func_name: String,
    /// The arguments, as a JSON array.
    #[arg(long, value_name = "JSON_ARRAY", default_value = "[]")]
    pub args: String,
    /// A per-call JSON value, readable by the code as the global `context`.
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,
    #[command(flatten)]
    pub limits: LimitFlags,
    #[command(flatten)]
    pub modules: ModuleFlags,
}

/// Run the command.
pub async fn run(args: RunArgs) -> ExitCode {
    let request = match build_request(&args) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let mut options = RuntimeOptions::default().max_concurrency(1);
    args.modules.apply(&mut options);
    let runtime = match IsolatedRuntime::new(options) {
        Ok(rt) => rt,
        Err(e) => return exit_codes::report_build_error(&e),
    };
    match runtime.run(request).await {
        Ok(outcome) => {
            print_console(&outcome.console);
            let line = match &outcome.value {
                Some(v) => v.to_string(),
                None => "undefined".to_string(),
            };
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn build_request(args: &RunArgs) -> Result<RunRequest, RunError> {
    let call_args = match serde_json::from_str::<Value>(&args.args) {
        Ok(Value::Array(items)) => items,
        Ok(_) => {
            return Err(RunError::InvalidArgs {
                message: "--args must be a JSON array".into(),
            })
        }
        Err(e) => {
            return Err(RunError::InvalidArgs {
                message: format!("--args is not valid JSON: {e}"),
            })
        }
    };
    let context = match &args.context {
        None => None,
        Some(text) => Some(
            serde_json::from_str::<Value>(text).map_err(|e| RunError::InvalidArgs {
                message: format!("--context is not valid JSON: {e}"),
            })?,
        ),
    };
    let mut request = RunRequest::new(&args.folder, &args.file, &args.func_name).args(call_args);
    request.context = context;
    request.limits = args.limits.overrides();
    Ok(request)
}

/// Print console lines to stderr as `LEVEL: text`.
pub fn print_console(lines: &[ConsoleLine]) {
    if lines.is_empty() {
        return;
    }
    let mut err = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{}: {}", line.level.as_str(), line.text);
    }
}

/// Report `e` on stderr (details, then `error: KIND: MESSAGE` last) and pick
/// the exit code.
fn fail(e: &RunError) -> ExitCode {
    let mut err = std::io::stderr().lock();
    if let RunError::JsError { stack, .. } = e {
        if !stack.trim().is_empty() {
            let _ = writeln!(err, "{}", stack.trim_end());
        }
    }
    let message = e.to_string().replace(['\n', '\r'], " ");
    let _ = writeln!(err, "error: {}: {}", e.kind(), message);
    ExitCode::from(exit_codes::for_kind(e.kind()))
}
