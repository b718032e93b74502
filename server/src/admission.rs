//! Backpressure: how many calls the server admits (running + queued), how
//! many run at once, and how many one tenant may have admitted.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Why a call was not admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Every running slot and queue place is taken.
    QueueFull,
    /// The tenant has its `max_in_flight` calls admitted.
    TenantBusy,
}

/// The server's admission control.
pub struct Admission {
    admitted: Arc<Semaphore>,
    slots: Arc<Semaphore>,
    tenants: Mutex<HashMap<String, Arc<AtomicUsize>>>,
}

impl Admission {
    /// `running` calls at once, `queue` more waiting for a slot.
    pub fn new(running: usize, queue: usize) -> Admission {
        Admission {
            admitted: Arc::new(Semaphore::new(running + queue)),
            slots: Arc::new(Semaphore::new(running)),
            tenants: Mutex::new(HashMap::new()),
        }
    }

    /// Admit a call of `tenant` now, or refuse it; never waits.
    pub fn admit(&self, tenant: &str, max_in_flight: Option<usize>) -> Result<Ticket, Refusal> {
        let tenant_count = {
            let mut tenants = self.tenants.lock().unwrap_or_else(|e| e.into_inner());
            match tenants.get(tenant) {
                Some(count) => count.clone(),
                None => tenants.entry(tenant.to_string()).or_default().clone(),
            }
        };
        let limit = max_in_flight.unwrap_or(usize::MAX);
        let mut current = tenant_count.load(Ordering::Relaxed);
        loop {
            if current >= limit {
                return Err(Refusal::TenantBusy);
            }
            match tenant_count.compare_exchange_weak(
                current,
                current + 1,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => break,
                Err(seen) => current = seen,
            }
        }
        let tenant_hold = TenantHold(tenant_count);
        let admitted = self
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| Refusal::QueueFull)?;
        Ok(Ticket {
            _admitted: admitted,
            _tenant: tenant_hold,
            slots: self.slots.clone(),
        })
    }
}

/// An admitted call; its queue place is freed when dropped.
pub struct Ticket {
    _admitted: OwnedSemaphorePermit,
    _tenant: TenantHold,
    slots: Arc<Semaphore>,
}

impl Ticket {
    /// Wait up to `patience` for a running slot.
    pub async fn slot(&self, patience: Duration) -> Option<OwnedSemaphorePermit> {
        match tokio::time::timeout(patience, self.slots.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Some(permit),
            _ => None,
        }
    }
}

struct TenantHold(Arc<AtomicUsize>);

impl Drop for TenantHold {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn queue_and_tenant_caps_refuse_without_waiting() {
        let admission = Admission::new(1, 1);
        let a = admission.admit("a", Some(1)).unwrap();
        assert_eq!(admission.admit("a", Some(1)).err(), Some(Refusal::TenantBusy));
        let b = admission.admit("b", None).unwrap();
        assert_eq!(admission.admit("c", None).err(), Some(Refusal::QueueFull));
        let running = a.slot(Duration::from_millis(10)).await.unwrap();
        assert!(b.slot(Duration::from_millis(10)).await.is_none(), "only one slot");
        drop(running);
        assert!(b.slot(Duration::from_millis(10)).await.is_some());
        drop(a);
        assert!(admission.admit("a", Some(1)).is_ok(), "a's place is free again");
    }
}
