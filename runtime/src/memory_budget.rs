//! The memory limiter of one call: wasmtime asks it before every linear
//! memory (and table) grow.

use wasmtime::ResourceLimiter;

/// Caps the instance's linear memory (summed over its memories) and records
/// its peak and whether a grow was refused.
pub(crate) struct MemoryBudget {
    limit: u64,
    used: u64,
    peak: u64,
    refused: bool,
}

impl MemoryBudget {
    /// A budget of `limit` bytes.
    pub(crate) fn new(limit: u64) -> Self {
        MemoryBudget {
            limit,
            used: 0,
            peak: 0,
            refused: false,
        }
    }

    /// The largest linear memory the instance had, in bytes.
    pub(crate) fn peak(&self) -> u64 {
        self.peak
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
        let grow = desired.saturating_sub(current) as u64;
        let total = self.used.saturating_add(grow);
        if total > self.limit {
            self.refused = true;
            return Ok(false);
        }
        self.used = total;
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
