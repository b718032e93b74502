//! Host functions: Rust functions that sandboxed code calls through
//! `require('host:NAME')` / `import ... from 'host:NAME'`.
//!
//! Only JSON crosses the boundary: a function takes the JS arguments as JSON
//! values and returns a JSON value or an error message (thrown in JS as an
//! `Error`). Async functions return a Promise in JS; while the guest waits for
//! them it is suspended on its wasmtime fiber, so a waiting call holds no OS
//! thread.

use futures::future::BoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};
use futures::FutureExt;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// What a host function returns: a JSON value, or an error message that the
/// sandbox sees as a thrown `Error`.
pub type HostResult = Result<Value, String>;

type SyncFn = Arc<dyn Fn(Vec<Value>) -> HostResult + Send + Sync>;
type AsyncFn = Arc<dyn Fn(Vec<Value>) -> BoxFuture<'static, HostResult> + Send + Sync>;

#[derive(Clone)]
enum HostFunction {
    Sync(SyncFn),
    Async(AsyncFn),
}

/// A named set of host functions, registered on the runtime with
/// [`RuntimeOptions::host_module`](crate::RuntimeOptions::host_module).
///
/// ```
/// use isolated_runtime::HostModule;
/// use serde_json::json;
/// let kv = HostModule::new()
///     .function("version", |_args| Ok(json!("1.0")))
///     .async_function("get", |args| async move {
///         tokio::time::sleep(std::time::Duration::from_millis(1)).await;
///         Ok(json!({ "key": args.first().cloned() }))
///     });
/// ```
#[derive(Clone, Default)]
pub struct HostModule {
    functions: BTreeMap<String, HostFunction>,
}

impl HostModule {
    /// An empty module.
    pub fn new() -> Self {
        HostModule::default()
    }

    /// Add a synchronous function: JS gets its return value directly. It runs
    /// on the calling thread, so it should be quick.
    pub fn function<F>(mut self, name: impl Into<String>, f: F) -> Self
    where
        F: Fn(Vec<Value>) -> HostResult + Send + Sync + 'static,
    {
        self.functions
            .insert(name.into(), HostFunction::Sync(Arc::new(f)));
        self
    }

    /// Add an asynchronous function: JS gets a Promise, settled when the
    /// future completes. The sandbox waits without holding a thread.
    pub fn async_function<F, Fut>(mut self, name: impl Into<String>, f: F) -> Self
    where
        F: Fn(Vec<Value>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = HostResult> + Send + 'static,
    {
        let f = Arc::new(f);
        self.functions.insert(
            name.into(),
            HostFunction::Async(Arc::new(move |args| f(args).boxed())),
        );
        self
    }

    /// The function names, each with whether it is async.
    pub(crate) fn signatures(&self) -> Vec<(String, bool)> {
        self.functions
            .iter()
            .map(|(n, f)| (n.clone(), matches!(f, HostFunction::Async(_))))
            .collect()
    }
}

impl fmt::Debug for HostModule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostModule")
            .field("functions", &self.functions.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// How a host call started.
pub(crate) enum CallStart {
    Done(HostResult),
    Pending(u32),
}

/// Host calls of one sandbox call: which modules it may use, and the async
/// calls in flight.
pub(crate) struct HostCalls {
    modules: Arc<BTreeMap<String, HostModule>>,
    granted: Option<Arc<Vec<String>>>,
    in_flight: FuturesUnordered<BoxFuture<'static, (u32, HostResult)>>,
    next_id: u32,
}

/// Async host calls one sandbox call may have in flight at once.
const MAX_IN_FLIGHT: usize = 10_000;

impl HostCalls {
    pub fn new(modules: Arc<BTreeMap<String, HostModule>>, granted: Option<Arc<Vec<String>>>) -> Self {
        HostCalls {
            modules,
            granted,
            in_flight: FuturesUnordered::new(),
            next_id: 0,
        }
    }

    /// Module `name`, if it exists and this call may use it.
    pub fn module(&self, name: &str) -> Option<&HostModule> {
        let allowed = self.granted.as_ref().is_none_or(|g| g.iter().any(|m| m == name));
        self.modules.get(name).filter(|_| allowed)
    }

    /// Start `module.function(args)`.
    pub fn start(&mut self, module: &str, function: &str, args: Vec<Value>) -> CallStart {
        let Some(f) = self
            .module(module)
            .and_then(|m| m.functions.get(function))
            .cloned()
        else {
            return CallStart::Done(Err(format!(
                "host function '{module}.{function}' is not available"
            )));
        };
        match f {
            HostFunction::Sync(f) => CallStart::Done(f(args)),
            HostFunction::Async(f) => {
                if self.in_flight.len() >= MAX_IN_FLIGHT {
                    return CallStart::Done(Err(format!(
                        "too many host calls in flight (the limit is {MAX_IN_FLIGHT})"
                    )));
                }
                self.next_id = self.next_id.wrapping_add(1);
                let id = self.next_id;
                let future = f(args);
                self.in_flight.push(async move { (id, future.await) }.boxed());
                CallStart::Pending(id)
            }
        }
    }

    /// Wait until at least one call finishes or `max_wait` passes; return
    /// every call that has finished.
    pub async fn wait(&mut self, max_wait: Option<Duration>) -> Vec<(u32, HostResult)> {
        let mut done = Vec::new();
        if self.in_flight.is_empty() {
            if let Some(d) = max_wait {
                tokio::time::sleep(d).await;
            }
            return done;
        }
        let first = match max_wait {
            Some(d) => tokio::time::timeout(d, self.in_flight.next())
                .await
                .ok()
                .flatten(),
            None => self.in_flight.next().await,
        };
        if let Some(first) = first {
            done.push(first);
            while let Some(Some(more)) = self.in_flight.next().now_or_never() {
                done.push(more);
            }
        }
        done
    }
}
