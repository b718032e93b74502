//! `isolated-runtime batch`: NDJSON requests on stdin, one NDJSON result line
//! per request on stdout, in input order; calls run concurrently.

use crate::exit_codes;
use crate::limit_flags::LimitFlags;
use crate::module_flags::ModuleFlags;
use crate::run_cmd::print_console;
use clap::Args;
use futures::stream::{FuturesOrdered, StreamExt};
use futures::FutureExt;
use isolated_runtime::{IsolatedRuntime, LimitOverrides, RunError, RunRequest, RuntimeOptions};
use isolated_runtime_server::wire::{error_json, parse_call};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

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

/// Run the command. Lines are read on a thread of their own and results
/// written by another (buffered, flushed whenever no further result is
/// ready), so the calls' threads never wait on the terminal or a pipe.
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
    let (lines_tx, mut lines) = tokio::sync::mpsc::channel::<std::io::Result<Input>>(in_flight_cap);
    let reader = std::thread::Builder::new()
        .name("batch-stdin".into())
        .spawn(move || read_stdin(&lines_tx));
    let (results_tx, results) = std::sync::mpsc::sync_channel::<String>(in_flight_cap.max(64));
    let writer = std::thread::Builder::new()
        .name("batch-stdout".into())
        .spawn(move || write_stdout(&results));
    let (Ok(_reader), Ok(writer)) = (reader, writer) else {
        eprintln!("error: internal: cannot start the I/O threads");
        return ExitCode::from(exit_codes::INTERNAL);
    };
    let dispatch = tokio::spawn(async move {
        let mut pending = FuturesOrdered::new();
        loop {
            // Hand finished results to the writer as they come, in order.
            while let Some(Some(done)) = pending.next().now_or_never() {
                if results_tx.send(result_text(done)).is_err() {
                    return;
                }
            }
            if pending.len() >= in_flight_cap {
                if let Some(done) = pending.next().await {
                    if results_tx.send(result_text(done)).is_err() {
                        return;
                    }
                }
                continue;
            }
            let input = if pending.is_empty() {
                lines.recv().await
            } else {
                tokio::select! {
                    biased;
                    input = lines.recv() => input,
                    Some(done) = pending.next() => {
                        if results_tx.send(result_text(done)).is_err() {
                            return;
                        }
                        continue;
                    }
                }
            };
            let task = match input {
                None => break,
                Some(Err(e)) => {
                    eprintln!("error: internal: cannot read stdin: {e}");
                    std::process::exit(i32::from(exit_codes::INTERNAL));
                }
                Some(Ok(Input::TooLong)) => {
                    let failure = RunError::InvalidArgs {
                        message: format!("the request line is longer than {MAX_LINE_BYTES} bytes"),
                    };
                    tokio::spawn(async move { error_line(&failure) })
                }
                Some(Ok(Input::Line(line))) => match parse_request(&line, &args.folder, &limits) {
                    Ok(request) => {
                        let runtime = runtime.clone();
                        tokio::spawn(async move { result_line(runtime.run(request).await) })
                    }
                    Err(failure) => tokio::spawn(async move { error_line(&failure) }),
                },
            };
            pending.push_back(task);
        }
        while let Some(done) = pending.next().await {
            if results_tx.send(result_text(done)).is_err() {
                return;
            }
        }
    });
    let _ = dispatch.await;
    // The dispatcher dropped its sender: the writer flushes and ends.
    let _ = tokio::task::spawn_blocking(move || writer.join()).await;
    ExitCode::SUCCESS
}

/// One line of input.
enum Input {
    Line(Vec<u8>),
    TooLong,
}

/// Read request lines (blank ones skipped) until end of input or until the
/// dispatcher is gone.
fn read_stdin(lines: &tokio::sync::mpsc::Sender<std::io::Result<Input>>) {
    let mut input = std::io::BufReader::with_capacity(256 * 1024, std::io::stdin().lock());
    loop {
        let mut line = Vec::new();
        let item = match read_line(&mut input, &mut line) {
            Ok(LineRead::Eof) => return,
            Ok(LineRead::TooLong) => Ok(Input::TooLong),
            Ok(LineRead::Line) if line.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(LineRead::Line) => Ok(Input::Line(line)),
            Err(e) => Err(e),
        };
        let failed = item.is_err();
        if lines.blocking_send(item).is_err() || failed {
            return;
        }
    }
}

/// Write result lines as they arrive, flushing whenever none is waiting;
/// stops quietly when stdout is closed.
fn write_stdout(results: &std::sync::mpsc::Receiver<String>) {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout().lock());
    while let Ok(mut line) = results.recv() {
        loop {
            line.push('\n');
            if out.write_all(line.as_bytes()).is_err() {
                return;
            }
            match results.try_recv() {
                Ok(next) => line = next,
                Err(_) => break,
            }
        }
        if out.flush().is_err() {
            return;
        }
    }
    let _ = out.flush();
}

enum LineRead {
    Eof,
    Line,
    TooLong,
}

/// Read one line into `buf` (without the newline), never buffering more than
/// [`MAX_LINE_BYTES`].
fn read_line<R: std::io::BufRead>(input: &mut R, buf: &mut Vec<u8>) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = input.fill_buf()?;
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

/// The output line of a finished call's task.
fn result_text(done: Result<String, tokio::task::JoinError>) -> String {
    done.unwrap_or_else(|e| {
        error_line(&RunError::Internal {
            message: format!("the call's task failed: {e}"),
        })
    })
}
