//! The `isolated-runtime` command: run functions from untrusted JavaScript
//! files in a fresh sandbox per call (`run` for one call, `batch` for NDJSON,
//! `serve` for HTTP). Argument parsing, log setup and output formats only:
//! the work is done by the `isolated-runtime` and `isolated-runtime-server`
//! libraries, through their public APIs.

mod batch_cmd;
mod exit_codes;
mod limit_flags;
mod module_flags;
mod run_cmd;
mod serve_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Error kinds (printed as the last stderr line `error: KIND: MESSAGE`) and exit codes:
  0   success (the result is printed on stdout as one line of JSON, or `undefined`)
  1   js-error            user code threw or rejected and nothing caught it
  2   invalid-args        bad arguments, context or command line (also clap usage errors)
  3   timeout             the wall-clock limit (--timeout-ms) was reached
  4   fuel-exhausted      the fuel budget (--fuel) was used up
  5   memory-limit        the memory limit (--memory-mb) was reached
  6   stack-overflow      recursion went past the stack limit
  7   output-limit        the result (or a module) exceeded its size limit
  8   module-not-found    the entry file or a required module does not exist
  9   module-forbidden    a module the call may not load (Node built-ins, packages)
  10  path-escape         a path pointing outside the module folder
  11  function-not-found  the module has no such function
  12  invalid-result      the result cannot be encoded as JSON (cycle, BigInt)
  13  promise-unsettled   the returned promise can never settle
  70  internal            a failure of the sandbox itself
Classes: 1 = JS error, 3-7 = resource limits, 8-11 = module/path errors, 2 = usage.";

/// Run functions from untrusted JavaScript files, each call in a fresh
/// QuickJS-in-WebAssembly sandbox with no access to the host.
#[derive(Parser)]
#[command(name = "isolated-runtime", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Call one function and print its JSON result on stdout.
    #[command(after_help = AFTER_HELP)]
    Run(run_cmd::RunArgs),
    /// Read NDJSON requests `{"file","func","args","context"}` from stdin and
    /// write one NDJSON result line per request, in input order.
    #[command(after_help = AFTER_HELP)]
    Batch(batch_cmd::BatchArgs),
    /// Serve tenants' functions over HTTP: `POST /t/{tenant}/run` with
    /// `{"file","func","args","context"}`; also `GET /healthz` and
    /// `GET /metrics` (Prometheus).
    Serve(serve_cmd::ServeArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let usage_error = e.use_stderr();
            let _ = e.print();
            return if usage_error {
                ExitCode::from(exit_codes::USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // The server logs one line per call; the one-shot commands only warnings.
    let (default_filter, json_logs) = match &cli.command {
        Command::Serve(args) => ("info", args.log_format == serve_cmd::LogFormat::Json),
        _ => ("warn", false),
    };
    init_logs(default_filter, json_logs);
    // `batch` runs its calls on as many threads as it runs calls at once
    // (its I/O has threads of its own), so one call at a time never hops
    // between threads.
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    if let Command::Batch(args) = &cli.command {
        if let Some(n) = args.concurrency {
            builder.worker_threads(n.max(1));
        }
    }
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: internal: cannot start the async runtime: {e}");
            return ExitCode::from(exit_codes::INTERNAL);
        }
    };
    runtime.block_on(async {
        match cli.command {
            Command::Run(args) => run_cmd::run(args).await,
            Command::Batch(args) => batch_cmd::run(args).await,
            Command::Serve(args) => serve_cmd::run(args).await,
        }
    })
}

/// Log to stderr, filtered by `$ISOLATED_RUNTIME_LOG` (directives such as
/// `warn` or `info,isolated_runtime=debug`; `default_filter` when unset or
/// invalid), as text or one JSON object per event.
fn init_logs(default_filter: &str, json: bool) {
    use tracing_subscriber::filter::Targets;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let targets = std::env::var("ISOLATED_RUNTIME_LOG")
        .ok()
        .and_then(|directives| directives.parse::<Targets>().ok())
        .unwrap_or_else(|| default_filter.parse().unwrap_or_default());
    let logs = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    if json {
        logs.json().finish().with(targets).init();
    } else {
        logs.finish().with(targets).init();
    }
}
