//! End-to-end tests of the `isolated-runtime` binary: `run` and `batch`
//! (output format, exit codes, the final `error: KIND: MESSAGE` line) and
//! `serve` over loopback.

mod run_batch;
mod serve;
