'use strict';
// One native runtime and the host side of its calls: the hook dispatchers
// the addon calls back on Node's main thread (compiler, resolve, console,
// running, host modules), the registry of calls in flight, and turning the
// addon's reply into a value or an error class. Sandboxed code never gets a
// reference to anything here: only the JSON the hooks return crosses.
const path = require('node:path');
const { NativeRuntime } = require('./binding');
const errors = require('./errors');
const { patternMatches } = require('./options');

const { builtinModules } = require('node:module');

const BARE = /^(?![./]|[a-z]+:)/;
const BUILTINS = new Set(builtinModules);

// A host path the user's `resolve` returned, as the sandbox sees it: a file
// in the module folder is `/<relative>`, one in an extra module root
// `/node_modules/<relative>`; anything else is not loadable (null).
function sandboxPath(hostPath, root, moduleRoots) {
  if (typeof hostPath !== 'string' || !path.isAbsolute(hostPath)) return null;
  const inside = (dir) => {
    const rel = path.relative(dir, hostPath);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : null;
  };
  const inRoot = inside(root);
  if (inRoot !== null) return `/${inRoot}`;
  for (const dir of moduleRoots) {
    const rel = inside(dir);
    if (rel !== null) return `/node_modules/${rel}`;
  }
  return null;
}

function answer(ok) {
  return JSON.stringify({ ok: ok === undefined ? null : ok });
}

function refuse(e) {
  return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

class NativeHost {
  /**
   * @param {object} options the native options (see native_options.rs)
   * @param {{compiler?: Function, hostModules?: object}} hooks runtime-wide host functions
   */
  constructor(options, hooks = {}) {
    // Calls in flight, by id: their host-side hooks and how to settle them.
    this._calls = new Map();
    this._nextCall = 1;
    this._compiler = hooks.compiler;
    this._hostModules = hooks.hostModules || {};
    const native = { ...options, compiler: typeof hooks.compiler === 'function' };
    if (hooks.hostModules) {
      native.hostModules = {};
      for (const [name, fns] of Object.entries(hooks.hostModules)) {
        native.hostModules[name] = {};
        for (const [fn, impl] of Object.entries(fns)) {
          native.hostModules[name][fn] = impl.constructor && impl.constructor.name === 'AsyncFunction' ? 'async' : 'sync';
        }
      }
    }
    // A ref'd timer keeps Node.js alive while calls run (the addon's own
    // wake-up handle never does).
    this._keepAlive = null;
    this._native = new NativeRuntime(
      JSON.stringify(native),
      (text) => this._dispatch(text),
      (text) => this._dispatchAsync(text),
      () => this._collect(),
    );
  }

  // Settle every call whose reply is waiting (one wake-up per batch).
  _collect() {
    for (const text of this._native.takeDone()) {
      let reply;
      try {
        reply = JSON.parse(text);
      } catch {
        continue;
      }
      const call = this._calls.get(reply.call);
      if (call) call.replied(reply);
    }
  }

  // Synchronous hooks and notifications; never throws (an exception here
  // would reach Node-API's fatal path).
  _dispatch(text) {
    try {
      const req = JSON.parse(text);
      const call = req.call == null ? undefined : this._calls.get(req.call);
      switch (req.hook) {
        case 'compile': {
          const compiler = call ? call.compiler : this._compiler;
          const out = compiler(req.source, req.path);
          if (typeof out !== 'string') return refuse(new TypeError('the compiler must return a string of source code'));
          return answer(out);
        }
        case 'resolve': {
          if (!call || !BARE.test(req.specifier) || BUILTINS.has(req.specifier.split('/')[0]) || !call.allows(req.specifier)) {
            return answer(null);
          }
          return answer(sandboxPath(call.resolve(req.specifier), call.root, call.moduleRoots));
        }
        case 'console':
          if (call) call.notified({ level: req.level, text: req.text });
          return answer(null);
        case 'running':
          if (call) call.notified(null);
          return answer(null);
        case 'host': {
          const fn = this._hostModules[req.module][req.function];
          const out = fn(...req.args);
          if (isThenable(out)) {
            return refuse(new TypeError(`host function ${req.module}.${req.function} returned a promise: declare it \`async\``));
          }
          return answer(out);
        }
        default:
          return refuse(new Error(`unknown hook ${req.hook}`));
      }
    } catch (e) {
      return refuse(e);
    }
  }

  // Async host functions: a promise of the answer, never rejected.
  async _dispatchAsync(text) {
    try {
      const req = JSON.parse(text);
      const fn = this._hostModules[req.module][req.function];
      return answer(await fn(...req.args));
    } catch (e) {
      return refuse(e);
    }
  }

  /**
   * Run one call. `request` is the native request without `call`; `hooks`
   * holds the call's host-side functions. Resolves to `{ value, console,
   * stats }`, rejects with an error class.
   */
  async run(request, hooks = {}) {
    const id = this._nextCall++;
    if (this._nextCall > 0xffffffff) this._nextCall = 1;
    // Notifications (console lines, `running`) may arrive after the reply
    // (they travel on another queue): the reply says how many were sent.
    let expected = -1;
    let received = 0;
    let allTold = null;
    // `resolve` is only ever asked about packages on the call's `external`
    // list: without one, the hook is not installed, so the call keeps its
    // per-file snapshot.
    const consultResolve = typeof hooks.resolve === 'function' && Array.isArray(request.external) && request.external.length > 0;
    const call = {
      compiler: hooks.compiler,
      resolve: hooks.resolve,
      root: request.root,
      moduleRoots: consultResolve ? (request.moduleRoots || []).map((p) => path.resolve(p)) : [],
      allows: (name) => {
        const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
        return (request.external || []).some((pattern) => patternMatches(pattern, pkg));
      },
      notified: (line) => {
        received++;
        try {
          if (line === null) hooks.running && hooks.running();
          else hooks.onConsole && hooks.onConsole(line.level, line.text);
        } catch {
          // A throwing hook must not break the call.
        }
        if (received === expected && allTold) allTold();
      },
      replied: null,
    };
    this._calls.set(id, call);
    if (this._keepAlive === null) this._keepAlive = setInterval(() => {}, 1 << 30);
    const reply = await new Promise((resolve) => {
      call.replied = (r) => {
        expected = r.told || 0;
        if (received >= expected) resolve(r);
        else allTold = () => resolve(r);
      };
      this._native.submit(
        id,
        JSON.stringify({
          ...request,
          call: id,
          compiler: typeof hooks.compiler === 'function',
          resolve: consultResolve,
          onConsole: typeof hooks.onConsole === 'function',
          running: typeof hooks.running === 'function',
        }),
      );
    });
    this._calls.delete(id);
    if (this._calls.size === 0) {
      clearInterval(this._keepAlive);
      this._keepAlive = null;
    }
    if (!reply.ok) throw errors.fromReply(reply.error, request.funcName);
    return { value: reply.undefined ? undefined : reply.value, console: reply.console, stats: reply.stats };
  }
}

module.exports = { NativeHost, sandboxPath };
