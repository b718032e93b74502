//! The memory limiter of one call: wasmtime asks it before every linear
//! memory (and table) grow.

use wasmtime::ResourceLimiter;

/// Caps the linear memory the instance grows beyond its initial image
/// (summed over its memories) and records its peak and whether a grow was
/// refused.
///
/// The initial image (the guest's data, ICU4X's CLDR tables among them,
/// and the snapshot's heap: ~24 MiB, mapped copy-on-write and shared by
/// every sandbox) is the same for every call and is not the call's doing,
/// so it is not counted: a limit of 8 MiB lets the call's code allocate
/// 8 MiB, whatever the guest carries.
pub(crate) struct MemoryBudget {
    limit: u64,
    /// Linear memory the instance started with (not counted).
    image: u64,
    used: u64,
    peak: u64,
    refused: bool,
}

impl MemoryBudget {
    /// A budget of `limit` bytes.
    pub(crate) fn new(limit: u64) -> Self {
        MemoryBudget {
            limit,
            image: 0,
            used: 0,
            peak: 0,
            refused: false,
        }
    }

    /// The largest linear memory the instance had (its image and what it
    /// grew), in bytes.
    pub(crate) fn peak(&self) -> u64 {
        self.image + self.peak
    }

    /// The linear memory the instance started with, in bytes.
    pub(crate) fn image(&self) -> u64 {
        self.image
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
        if current == 0 {
            // A memory's creation at its declared initial size: the image.
            self.image = self.image.saturating_add(desired as u64);
            return Ok(true);
        }
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
