//! Limit flags shared by `run` and `batch`.

use clap::Args;
use isolated_runtime::{LimitOverrides, MIB};
use std::time::Duration;

/// Resource limits for every call.
#[derive(Args, Debug, Clone)]
pub struct LimitFlags {
    /// Wall-clock limit per call, in milliseconds [default: 5000].
    #[arg(long, value_name = "N")]
    pub timeout_ms: Option<u64>,
    /// Linear-memory limit per call, in MiB (minimum 8) [default: 128].
    #[arg(long, value_name = "N")]
    pub memory_mb: Option<u64>,
    /// Fuel budget per call (deterministic CPU units) [default: unlimited].
    #[arg(long, value_name = "N")]
    pub fuel: Option<u64>,
    /// Largest result, in bytes of JSON [default: 16 MiB].
    #[arg(long, value_name = "N")]
    pub max_result_bytes: Option<u64>,
    /// Largest argument list (and context), in bytes of JSON [default: 16 MiB].
    #[arg(long, value_name = "N")]
    pub max_args_bytes: Option<u64>,
    /// Console text kept per call, in bytes; the rest is dropped [default: 1 MiB].
    #[arg(long, value_name = "N")]
    pub max_console_bytes: Option<u64>,
}

impl LimitFlags {
    /// The flags as per-call overrides.
    pub fn overrides(&self) -> LimitOverrides {
        let mut limits = LimitOverrides::default();
        limits.timeout = self.timeout_ms.map(Duration::from_millis);
        limits.fuel = self.fuel;
        limits.memory_bytes = self.memory_mb.map(|mb| mb.saturating_mul(MIB));
        limits.max_result_bytes = self.max_result_bytes;
        limits.max_args_bytes = self.max_args_bytes;
        limits.max_console_bytes = self.max_console_bytes;
        limits
    }
}
