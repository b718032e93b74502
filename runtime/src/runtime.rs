//! [`IsolatedRuntime`]: the entry point of the library.

use crate::call::{run_call, CallPlan};
use crate::engine::SandboxEngine;
use crate::error::{BuildError, RunError};
use crate::host_functions::{HostCalls, HostModule};
use crate::module_options::ModuleOptions;
use crate::module_resolver::ModuleResolver;
use crate::node_builtins::{available_builtins, first_unknown};
use crate::options::RuntimeOptions;
use crate::request::{Outcome, RunRequest};
use cap_std::ambient_authority;
use cap_std::fs::Dir;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Runs functions from untrusted JavaScript files, each call in a fresh
/// sandbox (a new wasmtime `Store` and guest instance).
///
/// Cheap to clone: clones share the engine, the compiled guest and the
/// concurrency limit. Creating the first runtime of a process compiles the
/// guest (about a second); later ones reuse that work.
#[derive(Clone)]
pub struct IsolatedRuntime {
    inner: Arc<Inner>,
}

struct Inner {
    engine: SandboxEngine,
    host_modules: Arc<BTreeMap<String, HostModule>>,
    module_roots: Arc<Vec<Arc<Dir>>>,
    module_options: Arc<ModuleOptions>,
    options: RuntimeOptions,
    slots: Semaphore,
    /// Module folders opened by earlier calls (see [`OpenFolders`]).
    folders: OpenFolders,
}

/// A folder's device and inode.
type DirIdentity = (u64, u64);

/// How many module folders stay open between calls.
const OPEN_FOLDERS: usize = 64;

/// Module folders opened by earlier calls, by path: a call reuses one after
/// a `stat` of its path shows the same directory (device and inode), so a
/// folder renamed or replaced since is opened afresh.
#[derive(Default)]
struct OpenFolders(std::sync::Mutex<std::collections::HashMap<std::path::PathBuf, (Arc<Dir>, DirIdentity)>>);

impl OpenFolders {
    /// The open folder at `path`, and its device and inode.
    fn open(&self, path: &Path) -> Result<(Arc<Dir>, Option<DirIdentity>), RunError> {
        use std::os::unix::fs::MetadataExt;
        let cached = self.0.lock().ok().and_then(|m| m.get(path).cloned());
        if let Some((dir, identity)) = cached {
            if std::fs::metadata(path).is_ok_and(|m| (m.dev(), m.ino()) == identity) {
                return Ok((dir, Some(identity)));
            }
        }
        let dir = open_root(path)?;
        let identity = crate::module_files::dir_identity(&dir);
        if let (Some(identity), Ok(mut map)) = (identity, self.0.lock()) {
            if map.len() >= OPEN_FOLDERS {
                map.clear();
            }
            map.insert(path.to_path_buf(), (dir.clone(), identity));
        }
        Ok((dir, identity))
    }
}

impl IsolatedRuntime {
    /// Create a runtime with `options`: compiles (or loads from
    /// [`RuntimeOptions::cache_dir`]) the guest and opens the module roots.
    pub fn new(options: RuntimeOptions) -> Result<Self, BuildError> {
        let concurrency = options.max_concurrency.max(1);
        if let Some(name) = first_unknown(&options.modules.builtins) {
            return Err(BuildError::InvalidOption {
                message: unknown_builtin(name),
            });
        }
        crate::time_zone::check_time_zone(&options.time_zone)
            .map_err(|message| BuildError::InvalidOption { message })?;
        let engine = SandboxEngine::new(&options)?;
        let module_roots = open_module_roots(&options.modules.module_roots)?;
        Ok(IsolatedRuntime {
            inner: Arc::new(Inner {
                engine,
                module_roots: Arc::new(module_roots),
                host_modules: Arc::new(options.host_modules.clone()),
                module_options: Arc::new(options.modules.clone()),
                slots: Semaphore::new(concurrency),
                options,
                folders: OpenFolders::default(),
            }),
        })
    }

    /// The options this runtime was created with.
    pub fn options(&self) -> &RuntimeOptions {
        &self.inner.options
    }

    /// Run one call: load `request.file` from `request.folder`, call
    /// `request.func_name` with `request.args` and return its JSON result.
    ///
    /// Waits for a free slot when `max_concurrency` calls are running; the
    /// time limit starts once the call has a slot.
    pub async fn run(&self, request: RunRequest) -> Result<Outcome, RunError> {
        let (root, identity) = self.inner.folders.open(&request.folder)?;
        self.run_in(root, identity, &request).await
    }

    /// Like [`run`](Self::run), with the module root given as an open
    /// capability directory instead of `request.folder` (which is ignored).
    ///
    /// Servers use it to open a tenant's folder once, relative to their own
    /// root directory, so a folder name can never leave that root.
    pub async fn run_in_dir(&self, folder: Dir, request: &RunRequest) -> Result<Outcome, RunError> {
        self.run_in(Arc::new(folder), None, request).await
    }

    /// Like [`run`](Self::run), with the module root already opened (and
    /// its identity, when known, so no call looks it up again).
    pub(crate) async fn run_in(
        &self,
        root: Arc<Dir>,
        identity: Option<DirIdentity>,
        request: &RunRequest,
    ) -> Result<Outcome, RunError> {
        let limits = self.inner.options.limits.with_overrides(&request.limits);
        if let Some(name) = request.builtins.as_deref().and_then(first_unknown) {
            return Err(RunError::InvalidArgs {
                message: unknown_builtin(name),
            });
        }
        if let Some(name) = &request.time_zone {
            crate::time_zone::check_time_zone(name).map_err(|message| RunError::InvalidArgs { message })?;
        }
        let _slot = self
            .inner
            .slots
            .acquire()
            .await
            .map_err(|_| RunError::internal("the runtime is shutting down"))?;
        let (module_roots, module_options) = if request.modules.is_empty() {
            (self.inner.module_roots.clone(), self.inner.module_options.clone())
        } else {
            let options = request.modules.apply(&self.inner.module_options);
            let roots = match &request.modules.module_roots {
                Some(paths) => Arc::new(open_module_roots(paths).map_err(|e| RunError::ModuleNotFound {
                    message: e.to_string(),
                })?),
                None => self.inner.module_roots.clone(),
            };
            (roots, Arc::new(options))
        };
        let resolver = ModuleResolver::new(
            root,
            module_roots,
            module_options,
            request.external.clone().map(Arc::new),
            Arc::new(request.virtual_modules.clone()),
            request.builtins.clone().map(Arc::new),
        );
        if let Some(identity) = identity {
            resolver.know_root_identity(identity);
        }
        let host_calls = HostCalls::new(
            self.inner.host_modules.clone(),
            request.host_modules.clone().map(Arc::new),
        );
        let snapshot = self
            .inner
            .engine
            .snapshots
            .as_ref()
            .filter(|_| {
                limits.fuel.is_none()
                    && request.external.is_none()
                    && request.builtins.is_none()
                    && request.virtual_modules.is_empty()
                    && request.modules.is_empty()
            })
            .and_then(|snapshots| snapshots.for_call(&resolver, &request.file))
            .filter(|snapshot| {
                snapshot
                    .memory_bytes
                    .saturating_sub(self.inner.engine.image_bytes)
                    <= limits.memory_bytes
            });
        let hooks = [&self.inner.options.hooks, &request.hooks];
        let plan = CallPlan {
            modules: resolver,
            host_calls,
            on_console: hooks.iter().filter_map(|h| h.on_console.clone()).collect(),
            on_running: hooks.iter().filter_map(|h| h.on_running.clone()).collect(),
            arg_resolver: request.arg_resolver.as_deref(),
            entry: &request.file,
            func_name: &request.func_name,
            args: &request.args,
            context: request.context.as_ref(),
            env: self.call_env(request),
            process_global: self.inner.options.process_global,
            time_zone: request
                .time_zone
                .clone()
                .unwrap_or_else(|| self.inner.options.time_zone.clone()),
            limits: &limits,
            snapshot,
        };
        run_call(&self.inner.engine, plan).await
    }
}

impl IsolatedRuntime {
    /// `process.env` of a call: the runtime's entries, then the call's.
    fn call_env(&self, request: &RunRequest) -> Vec<(String, String)> {
        let base = &self.inner.options.env;
        if request.env.is_empty() {
            return base.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        }
        let mut env = base.clone();
        env.extend(request.env.iter().map(|(k, v)| (k.clone(), v.clone())));
        env.into_iter().collect()
    }
}

/// The message for a built-in name the sandbox does not implement.
fn unknown_builtin(name: &str) -> String {
    format!(
        "'{name}' is not a Node built-in the sandbox provides (it provides: {}; built-ins that \
         reach the host, such as child_process, net or os, do not exist in the sandbox)",
        available_builtins().collect::<Vec<_>>().join(", ")
    )
}

/// Open extra module roots as capability directories.
fn open_module_roots(paths: &[std::path::PathBuf]) -> Result<Vec<Arc<Dir>>, BuildError> {
    paths
        .iter()
        .map(|path| {
            Dir::open_ambient_dir(path, ambient_authority())
                .map(Arc::new)
                .map_err(|source| BuildError::ModuleRoot {
                    path: path.clone(),
                    source,
                })
        })
        .collect()
}

/// Open the module folder as a capability directory.
pub(crate) fn open_root(folder: &Path) -> Result<Arc<Dir>, RunError> {
    Dir::open_ambient_dir(folder, ambient_authority())
        .map(Arc::new)
        .map_err(|e| RunError::ModuleNotFound {
            message: format!("cannot open the module folder '{}': {e}", folder.display()),
        })
}
