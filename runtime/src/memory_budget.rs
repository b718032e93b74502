//! The memory limiter of one call: wasmtime asks it before every linear
//! memory (and table) grow.

use wasmtime::ResourceLimiter;

/// Caps the linear memory a call adds to the sandbox's image (summed over
/// the instance's memories) and records its peak and whether a grow was
/// refused.
///
/// The image of the pre-initialized guest (its data, ICU4X's CLDR tables
/// among them, and the snapshot's heap: ~23 MiB, mapped copy-on-write and
/// shared by every sandbox) is the same for every call and not the call's
/// doing, so it is the `allowance` and not counted: a limit of 8 MiB lets
/// the call's code allocate 8 MiB. An instance started from a per-file
/// snapshot is charged what that snapshot holds beyond the allowance (its
/// file's top-level allocations count as in a fresh evaluation).
pub(crate) struct MemoryBudget {
    limit: u64,
    allowance: u64,
    /// The instance's linear memory now.
    total: u64,
    peak: u64,
    refused: bool,
}

impl MemoryBudget {
    /// A budget of `limit` bytes on top of `allowance`.
    pub(crate) fn new(limit: u64, allowance: u64) -> Self {
        MemoryBudget {
            limit,
            allowance,
            total: 0,
            peak: 0,
            refused: false,
        }
    }

    /// The largest linear memory the instance had, in bytes.
    pub(crate) fn peak(&self) -> u64 {
        self.peak
    }

    /// The image the budget does not count, in bytes.
    pub(crate) fn allowance(&self) -> u64 {
        self.allowance
    }

    /// Whether a grow was refused: once it was, the call has failed with
    /// `memory-limit`, whatever the guest did next.
    pub(crate) fn refused(&self) -> bool {
        self.refused
    }
}

impl ResourceLimiter for MemoryBudget {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let total = self.total.saturating_add(desired.saturating_sub(current) as u64);
        if total.saturating_sub(self.allowance) > self.limit {
            self.refused = true;
            return Ok(false);
        }
        self.total = total;
        self.peak = self.peak.max(total);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}
