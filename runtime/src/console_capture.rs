//! The console output of one call: lines kept up to a byte budget (a marker
//! line says when the rest was dropped), each also handed to the host's
//! callbacks as it is written.

use crate::request::{ConsoleCallback, ConsoleLine, LogLevel};

/// What each line counts against the limit besides its text: the host keeps
/// a record per line (and hands each to the callbacks), so a flood of empty
/// lines is bounded too (1 MiB holds at most 16,384 lines).
pub(crate) const LINE_OVERHEAD: u64 = 64;

/// Console lines of one call, bounded in total bytes.
pub(crate) struct ConsoleCapture {
    lines: Vec<ConsoleLine>,
    bytes: u64,
    limit: u64,
    truncated: bool,
    callbacks: Vec<ConsoleCallback>,
}

impl ConsoleCapture {
    /// Keep up to `limit` bytes of text; call `callbacks` for every kept line.
    pub(crate) fn new(limit: u64, callbacks: Vec<ConsoleCallback>) -> Self {
        ConsoleCapture {
            lines: Vec::new(),
            bytes: 0,
            limit,
            truncated: false,
            callbacks,
        }
    }

    fn keep(&mut self, line: ConsoleLine) {
        for callback in &self.callbacks {
            callback(&line);
        }
        self.lines.push(line);
    }

    /// Keep one line if it fits; returns whether more lines will be kept.
    pub(crate) fn push(&mut self, level: LogLevel, text: String) -> bool {
        if self.truncated {
            return false;
        }
        let size = text.len() as u64 + LINE_OVERHEAD;
        if self.bytes + size > self.limit {
            self.truncated = true;
            self.keep(ConsoleLine {
                level: LogLevel::Warn,
                text: format!(
                    "[isolated-runtime] console output over the limit of {} bytes; the rest was dropped",
                    self.limit
                ),
            });
            return false;
        }
        self.bytes += size;
        self.keep(ConsoleLine { level, text });
        true
    }

    /// The lines kept so far (the capture is left empty).
    pub(crate) fn take_lines(&mut self) -> Vec<ConsoleLine> {
        std::mem::take(&mut self.lines)
    }
}
