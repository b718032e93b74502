//! The resource limits of a call ([`Limits`]) and per-call changes to them
//! ([`LimitOverrides`]).

use std::time::Duration;

/// Fuel given to calls without a fuel limit (effectively unlimited; still
/// counted).
pub(crate) const UNMETERED_FUEL: u64 = i64::MAX as u64;

/// How often the engine's epoch advances: the granularity of time limits.
pub(crate) const EPOCH_TICK: Duration = Duration::from_millis(5);

/// Host (native) stack that wasm may use. QuickJS's interpreter recursion
/// lives there, so it bounds JavaScript recursion depth.
pub(crate) const MAX_WASM_STACK: usize = 16 * 1024 * 1024;

/// One MiB, in bytes.
pub const MIB: u64 = 1024 * 1024;

/// The resource limits of one call. Every field has a documented default;
/// [`RuntimeOptions::limits`](crate::RuntimeOptions::limits) sets them for every call and
/// [`LimitOverrides`] changes them for one call.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Wall-clock time from the moment the call gets an instance slot (queue
    /// time does not count) until its result is encoded. Enforced by epoch
    /// interruption. Default: 5000 ms.
    pub timeout: Duration,
    /// Deterministic CPU budget in wasmtime fuel units (roughly one per wasm
    /// instruction). `None` = unmetered (fuel is still counted and reported).
    /// Default: `None`.
    pub fuel: Option<u64>,
    /// Hard cap on the linear memory a call may allocate beyond the
    /// sandbox's initial image, in bytes. The image (the guest, its CLDR
    /// data for `Intl` and the snapshot's heap, about 23 MiB) is mapped
    /// copy-on-write and shared by all sandboxes, so it is not counted.
    /// Default: 128 MiB; minimum: 8 MiB.
    pub memory_bytes: u64,
    /// Largest result, in bytes of JSON text. Default: 16 MiB.
    pub max_result_bytes: u64,
    /// Largest argument list, in bytes of JSON text. Default: 16 MiB.
    pub max_args_bytes: u64,
    /// Console text kept per call, in bytes, each line counting 64 bytes
    /// besides its text (so empty lines cannot flood the host); the rest is
    /// dropped and a marker line says so. Default: 1 MiB.
    pub max_console_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_millis(5000),
            fuel: None,
            memory_bytes: 128 * MIB,
            max_result_bytes: 16 * MIB,
            max_args_bytes: 16 * MIB,
            max_console_bytes: MIB,
        }
    }
}

/// The smallest memory limit accepted: QuickJS and its stack need this much.
pub const MIN_MEMORY_BYTES: u64 = 8 * MIB;

impl Limits {
    /// These limits with `overrides` applied.
    pub fn with_overrides(&self, overrides: &LimitOverrides) -> Limits {
        Limits {
            timeout: overrides.timeout.unwrap_or(self.timeout),
            fuel: overrides.fuel.or(self.fuel),
            memory_bytes: overrides.memory_bytes.unwrap_or(self.memory_bytes),
            max_result_bytes: overrides.max_result_bytes.unwrap_or(self.max_result_bytes),
            max_args_bytes: overrides.max_args_bytes.unwrap_or(self.max_args_bytes),
            max_console_bytes: overrides.max_console_bytes.unwrap_or(self.max_console_bytes),
        }
    }
}

/// Per-call changes to the runtime's [`Limits`]; `None` keeps the default.
/// Build one with the setters:
/// `LimitOverrides::default().timeout(Duration::from_millis(50)).fuel(1_000_000)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LimitOverrides {
    /// See [`Limits::timeout`].
    pub timeout: Option<Duration>,
    /// See [`Limits::fuel`].
    pub fuel: Option<u64>,
    /// See [`Limits::memory_bytes`].
    pub memory_bytes: Option<u64>,
    /// See [`Limits::max_result_bytes`].
    pub max_result_bytes: Option<u64>,
    /// See [`Limits::max_args_bytes`].
    pub max_args_bytes: Option<u64>,
    /// See [`Limits::max_console_bytes`].
    pub max_console_bytes: Option<u64>,
}

impl LimitOverrides {
    /// Set [`Limits::timeout`] for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Set [`Limits::fuel`] for this call.
    pub fn fuel(mut self, fuel: u64) -> Self {
        self.fuel = Some(fuel);
        self
    }

    /// Set [`Limits::memory_bytes`] for this call.
    pub fn memory_bytes(mut self, bytes: u64) -> Self {
        self.memory_bytes = Some(bytes);
        self
    }

    /// Set [`Limits::max_result_bytes`] for this call.
    pub fn max_result_bytes(mut self, bytes: u64) -> Self {
        self.max_result_bytes = Some(bytes);
        self
    }

    /// Set [`Limits::max_args_bytes`] for this call.
    pub fn max_args_bytes(mut self, bytes: u64) -> Self {
        self.max_args_bytes = Some(bytes);
        self
    }

    /// Set [`Limits::max_console_bytes`] for this call.
    pub fn max_console_bytes(mut self, bytes: u64) -> Self {
        self.max_console_bytes = Some(bytes);
        self
    }
}
