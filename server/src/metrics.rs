//! The server's counters, exposed at `GET /metrics` in the Prometheus text
//! format.

use isolated_runtime::ErrorKind;
use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// Upper bounds of the call-duration histogram, in seconds.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Why a request was answered without running a call.
#[derive(Debug, Clone, Copy)]
pub enum Rejection {
    /// The server's queue was full (503).
    Overloaded,
    /// The tenant had `max_in_flight` calls admitted (429).
    TenantBusy,
    /// The server is shutting down (503).
    ShuttingDown,
    /// The request body was over the cap (413).
    TooLarge,
    /// Malformed request or unknown tenant (400/404).
    BadRequest,
}

impl Rejection {
    const ALL: [Rejection; 5] = [
        Rejection::Overloaded,
        Rejection::TenantBusy,
        Rejection::ShuttingDown,
        Rejection::TooLarge,
        Rejection::BadRequest,
    ];

    /// The kebab-case name, used as the error kind and the metric label.
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::Overloaded => "overloaded",
            Rejection::TenantBusy => "tenant-busy",
            Rejection::ShuttingDown => "shutting-down",
            Rejection::TooLarge => "request-too-large",
            Rejection::BadRequest => "bad-request",
        }
    }
}

/// Every counter the server keeps; updated lock-free.
#[derive(Default)]
pub struct Metrics {
    calls_ok: AtomicU64,
    call_errors: [AtomicU64; ErrorKind::ALL.len()],
    rejected: [AtomicU64; Rejection::ALL.len()],
    duration_buckets: [AtomicU64; BUCKETS.len()],
    duration_count: AtomicU64,
    duration_micros_sum: AtomicU64,
    fuel_consumed: AtomicU64,
    in_flight: AtomicI64,
    queued: AtomicI64,
    connections: AtomicI64,
    reloads: AtomicU64,
    reload_errors: AtomicU64,
}

impl Metrics {
    /// Count a finished call: `kind` is `None` on success.
    pub fn call_finished(&self, kind: Option<ErrorKind>, took: Duration, fuel: u64) {
        match kind {
            None => self.calls_ok.fetch_add(1, Relaxed),
            Some(kind) => {
                let i = ErrorKind::ALL
                    .iter()
                    .position(|k| *k == kind)
                    .unwrap_or(ErrorKind::ALL.len() - 1);
                self.call_errors[i].fetch_add(1, Relaxed)
            }
        };
        let seconds = took.as_secs_f64();
        if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
            self.duration_buckets[i].fetch_add(1, Relaxed);
        }
        self.duration_count.fetch_add(1, Relaxed);
        self.duration_micros_sum
            .fetch_add(u64::try_from(took.as_micros()).unwrap_or(u64::MAX), Relaxed);
        self.fuel_consumed.fetch_add(fuel, Relaxed);
    }

    /// Count a request answered without a call.
    pub fn rejected(&self, why: Rejection) {
        self.rejected[why as usize].fetch_add(1, Relaxed);
    }

    /// Count a configuration reload (`ok`: it parsed).
    pub fn reloaded(&self, ok: bool) {
        if ok { &self.reloads } else { &self.reload_errors }.fetch_add(1, Relaxed);
    }

    /// A call waits for a slot until the guard is dropped.
    pub fn queued(&self) -> GaugeGuard<'_> {
        GaugeGuard::new(&self.queued)
    }

    /// A call runs until the guard is dropped.
    pub fn running(&self) -> GaugeGuard<'_> {
        GaugeGuard::new(&self.in_flight)
    }

    /// A client connection is open until the guard is dropped.
    pub fn connection(&self) -> GaugeGuard<'_> {
        GaugeGuard::new(&self.connections)
    }

    /// Calls running now.
    pub fn in_flight(&self) -> i64 {
        self.in_flight.load(Relaxed)
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut lines = Vec::new();
        let name = family(
            &mut out,
            "isolated_runtime_calls_total",
            "counter",
            "Calls run, by outcome (ok or an error kind).",
        );
        lines.push(format!(
            "{name}{{outcome=\"ok\"}} {}",
            self.calls_ok.load(Relaxed)
        ));
        for (kind, n) in ErrorKind::ALL.iter().zip(&self.call_errors) {
            lines.push(format!("{name}{{outcome=\"{kind}\"}} {}", n.load(Relaxed)));
        }
        flush(&mut out, &mut lines);
        let name = family(
            &mut out,
            "isolated_runtime_rejected_total",
            "counter",
            "Requests answered without running a call, by reason.",
        );
        for (why, n) in Rejection::ALL.iter().zip(&self.rejected) {
            lines.push(format!(
                "{name}{{reason=\"{}\"}} {}",
                why.as_str(),
                n.load(Relaxed)
            ));
        }
        flush(&mut out, &mut lines);
        let name = family(
            &mut out,
            "isolated_runtime_call_duration_seconds",
            "histogram",
            "Wall time of calls, from admission to answer (queue time included).",
        );
        let mut cumulative = 0;
        for (bound, n) in BUCKETS.iter().zip(&self.duration_buckets) {
            cumulative += n.load(Relaxed);
            lines.push(format!("{name}_bucket{{le=\"{bound}\"}} {cumulative}"));
        }
        let count = self.duration_count.load(Relaxed);
        lines.push(format!("{name}_bucket{{le=\"+Inf\"}} {count}"));
        let sum = self.duration_micros_sum.load(Relaxed) as f64 / 1e6;
        lines.push(format!("{name}_sum {sum}\n{name}_count {count}"));
        flush(&mut out, &mut lines);
        let gauges: [(&str, &str, &str, u64); 6] = [
            (
                "isolated_runtime_fuel_consumed_total",
                "counter",
                "Fuel consumed by finished calls.",
                self.fuel_consumed.load(Relaxed),
            ),
            (
                "isolated_runtime_in_flight",
                "gauge",
                "Calls running now.",
                self.in_flight.load(Relaxed).max(0) as u64,
            ),
            (
                "isolated_runtime_queue_depth",
                "gauge",
                "Admitted calls waiting for a slot.",
                self.queued.load(Relaxed).max(0) as u64,
            ),
            (
                "isolated_runtime_connections_open",
                "gauge",
                "Client connections open now (at most max_connections).",
                self.connections.load(Relaxed).max(0) as u64,
            ),
            (
                "isolated_runtime_config_reloads_total",
                "counter",
                "tenants.toml reloads that took effect.",
                self.reloads.load(Relaxed),
            ),
            (
                "isolated_runtime_config_reload_errors_total",
                "counter",
                "tenants.toml reloads refused (the old configuration stayed).",
                self.reload_errors.load(Relaxed),
            ),
        ];
        for (name, kind, help, value) in gauges {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
        out
    }
}

/// Write a metric family's HELP and TYPE lines; returns its name.
fn family<'n>(out: &mut String, name: &'n str, kind: &str, help: &str) -> &'n str {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    name
}

fn flush(out: &mut String, lines: &mut Vec<String>) {
    for line in lines.drain(..) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// Holds a gauge up by one while alive.
pub struct GaugeGuard<'a>(&'a AtomicI64);

impl<'a> GaugeGuard<'a> {
    fn new(gauge: &'a AtomicI64) -> Self {
        gauge.fetch_add(1, Relaxed);
        GaugeGuard(gauge)
    }
}

impl Drop for GaugeGuard<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_counts_calls_rejections_and_histogram() {
        let m = Metrics::default();
        m.call_finished(None, Duration::from_micros(300), 10);
        m.call_finished(Some(ErrorKind::Timeout), Duration::from_millis(2), 5);
        m.rejected(Rejection::Overloaded);
        let _running = m.running();
        let text = m.render();
        for expected in [
            "isolated_runtime_calls_total{outcome=\"ok\"} 1",
            "isolated_runtime_calls_total{outcome=\"timeout\"} 1",
            "isolated_runtime_rejected_total{reason=\"overloaded\"} 1",
            "isolated_runtime_call_duration_seconds_bucket{le=\"0.0005\"} 1",
            "isolated_runtime_call_duration_seconds_bucket{le=\"0.0025\"} 2",
            "isolated_runtime_call_duration_seconds_count 2",
            "isolated_runtime_fuel_consumed_total 15",
            "isolated_runtime_in_flight 1",
            "# TYPE isolated_runtime_call_duration_seconds histogram",
        ] {
            assert!(
                text.lines().any(|l| l == expected),
                "missing {expected:?} in\n{text}"
            );
        }
    }
}
