//! `isolated-runtime batch`: NDJSON requests on stdin, one NDJSON result line
//! per request on stdout, in input order; calls run concurrently.

use crate::exit_codes;
use crate::limit_flags::LimitFlags;
use crate::module_flags::ModuleFlags;
use crate::run_cmd::print_console;
use clap::Args;
use futures::stream::{FuturesOrdered, StreamExt};
use isolated_runtime::{IsolatedRuntime, LimitOverrides, RunError, RunRequest, RuntimeOptions};
use isolated_runtime_server::wire::{error_json, parse_call};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Longest accepted request line, in bytes; longer lines are answered with an
/// `invalid-args` error and skipped.
const MAX_LINE_BYTES: usize = 32 * 1024 * 1024;

/// Arguments of `batch`.
#[derive(Args, Debug)]
pub struct BatchArgs {
    /// The module folder (root) every request's `file` is relative to.
    #[arg(long, alias = "root", value_name = "DIR")]
    pub folder: PathBuf,
    /// How many calls run at once [default: number of cores].
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
    #[command(flatten)]
    pub limits: LimitFlags,
    #[command(flatten)]
    pub modules: ModuleFlags,
}

/// Run the command.
pub async fn run(args: BatchArgs) -> ExitCode {
    let mut options = RuntimeOptions::default();
    args.modules.apply(&mut options);
    if let Some(n) = args.concurrency {
        options.max_concurrency = n.max(1);
    }
    let in_flight_cap = options.max_concurrency * 4;
    let runtime = match IsolatedRuntime::new(options) {
        Ok(rt) => rt,
        Err(e) => return exit_codes::report_build_error(&e),
    };
    let limits = args.limits.overrides();
    let mut input = BufReader::new(tokio::io::stdin());
    let mut output = tokio::io::stdout();
    let mut pending = FuturesOrdered::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = match read_line(&mut input, &mut line).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: internal: cannot read stdin: {e}");
                return ExitCode::from(exit_codes::INTERNAL);
            }
        };
        match read {
            LineRead::Eof => break,
            LineRead::TooLong => {
                let failure = RunError::InvalidArgs {
                    message: format!("the request line is longer than {MAX_LINE_BYTES} bytes"),
                };
                pending.push_back(tokio::spawn(async move { error_line(&failure) }));
            }
            LineRead::Line => {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let task = match parse_request(&line, &args.folder, &limits) {
                    Ok(request) => {
                        let runtime = runtime.clone();
                        tokio::spawn(async move { result_line(runtime.run(request).await) })
                    }
                    Err(failure) => tokio::spawn(async move { error_line(&failure) }),
                };
                pending.push_back(task);
            }
        }
        while pending.len() >= in_flight_cap {
            if let Some(done) = pending.next().await {
                if write_result(&mut output, done).await.is_err() {
                    return ExitCode::SUCCESS;
                }
            }
        }
    }
    while let Some(done) = pending.next().await {
        if write_result(&mut output, done).await.is_err() {
            return ExitCode::SUCCESS;
        }
    }
    let _ = output.flush().await;
    ExitCode::SUCCESS
}

enum LineRead {
    Eof,
    Line,
    TooLong,
}

/// Read one line into `buf` (without the newline), never buffering more than
/// [`MAX_LINE_BYTES`].
async fn read_line<R: tokio::io::AsyncBufRead + Unpin>(
    input: &mut R,
    buf: &mut Vec<u8>,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = input.fill_buf().await?;
        if chunk.is_empty() {
            return Ok(if !any {
                LineRead::Eof
            } else if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
        any = true;
        let (part, found_newline) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > MAX_LINE_BYTES {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        let consumed = found_newline.map_or(chunk.len(), |i| i + 1);
        input.consume(consumed);
        if found_newline.is_some() {
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

fn parse_request(
    line: &[u8],
    folder: &std::path::Path,
    limits: &LimitOverrides,
) -> Result<RunRequest, RunError> {
    let call = parse_call(line, "request line")?;
    let mut request = RunRequest::new(folder, call.file, call.func).args(call.args);
    request.context = call.context;
    request.limits = limits.clone();
    Ok(request)
}

fn result_line(result: Result<isolated_runtime::Outcome, RunError>) -> String {
    match result {
        Ok(outcome) => {
            print_console(&outcome.console);
            match outcome.value {
                Some(value) => json!({"ok": true, "value": value}).to_string(),
                None => json!({"ok": true}).to_string(),
            }
        }
        Err(e) => error_line(&e),
    }
}

fn error_line(e: &RunError) -> String {
    error_json(e).to_string()
}

async fn write_result(
    output: &mut tokio::io::Stdout,
    done: Result<String, tokio::task::JoinError>,
) -> std::io::Result<()> {
    let line = done.unwrap_or_else(|e| {
        error_line(&RunError::Internal {
            message: format!("the call's task failed: {e}"),
        })
    });
    output.write_all(line.as_bytes()).await?;
    output.write_all(b"\n").await?;
    output.flush().await
}
