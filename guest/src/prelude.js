// The sandbox's JavaScript side: console, the CommonJS module system and the
// call protocol. Evaluated once per instance, before any user code, as a
// function expression that receives the host natives and returns the internal
// API used by the Rust side (`invoke.rs`). User code never sees that API nor
// the natives: they live only in this closure.
(function (native) {
  'use strict';

  // Captured before user code runs, so a module that overwrites globals or
  // prototypes cannot confuse the sandbox's own bookkeeping.
  const G = globalThis;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const SyntaxErrorCtor = SyntaxError;
  const PromiseCtor = Promise;
  const promiseResolve = Promise.resolve.bind(Promise);
  const jsonStringify = JSON.stringify;
  const jsonParse = JSON.parse;
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const MathObj = Math;
  const getPrototypeOf = Object.getPrototypeOf;
  const objectCreate = Object.create;
  const freeze = Object.freeze;
  const isArray = Array.isArray;
  const ObjectProto = Object.prototype;
  const FunctionProto = Function.prototype;
  const hasOwn = Object.prototype.hasOwnProperty;
  const objectToString = Object.prototype.toString;
  const toWellFormed = String.prototype.toWellFormed;
  // Text handed to the host must be valid Unicode: lone UTF-16 surrogates
  // (which JavaScript strings may hold) become U+FFFD.
  const wellFormed = (s) => apply(toWellFormed, StringCtor(s), []);
  const StringCtor = String;
  const SymbolToString = Symbol.prototype.toString;
  const dateToISO = Date.prototype.toISOString;
  const hostLoad = native.load;
  const hostConsole = native.console;
  const compile = native.compile;
  const loadCompiled = native.loadCompiled;
  const evalModule = native.evalModule;
  const promiseState = native.promiseState;
  const promiseReason = native.promiseReason;
  const hostModuleInfo = native.hostModule;
  const callHost = native.callHost;
  const waitEvent = native.waitEvent;
  const functionStarted = native.functionStarted;

  // Errors raised by the sandbox itself carry their kind here. They stay
  // ordinary, catchable Error objects (with a Node-like `code`); the kind is
  // only used when one escapes the call uncaught.
  const kinds = new WeakMap();
  function failure(kind, message, code) {
    const e = new ErrorCtor(message);
    if (code !== undefined) e.code = code;
    kinds.set(e, kind);
    return e;
  }

  // ---------------------------------------------------------------- per-file snapshots
  // While `preload` evaluates an entry file for a snapshot, anything whose
  // result must be fresh on every call marks the file as not snapshottable.
  let preloading = false;
  let tainted = false;
  function taint() {
    if (preloading) tainted = true;
  }

  // ---------------------------------------------------------------- globals
  defineProperty(G, 'global', { value: G, writable: true, configurable: true });

  // Stack-trace call sites (`Error.prepareStackTrace`) would hand user code
  // the function objects and `this` of this prelude's frames (QuickJS does
  // not hide strict frames as V8 does): answer `undefined` for them.
  (function hidePreludeFrames() {
    let site;
    const previous = ErrorCtor.prepareStackTrace;
    ErrorCtor.prepareStackTrace = (_, sites) => { site = sites[0]; return ''; };
    try { void new ErrorCtor('probe').stack; } finally { ErrorCtor.prepareStackTrace = previous; }
    const proto = site !== undefined ? getPrototypeOf(site) : undefined;
    if (proto === undefined || proto === null) return;
    const fileName = proto.getFileName;
    for (const method of ['getFunction', 'getThis']) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      defineProperty(proto, method, {
        value: function () {
          return apply(fileName, this, []) === '<isolated-runtime>' ? undefined : apply(original, this, []);
        },
        writable: true,
        configurable: true,
      });
    }
  })();

  // ---------------------------------------------------------------- web globals
  // Web-standard globals that pure-JS packages expect, implemented inside the
  // sandbox (guest/src/web/*.js) and compiled on first use, so calls that
  // never touch them pay nothing.
  const webModules = objectCreate(null);
  function webModule(name) {
    if (webModules[name] === undefined) {
      const factory = compile(native.webSource(name), '<isolated-runtime>');
      webModules[name] = factory(native.randomBytes);
    }
    return webModules[name];
  }
  const lazyGlobals = new Set();
  function lazyGlobal(globalName, moduleName) {
    lazyGlobals.add(globalName);
    const settle = (value) => {
      defineProperty(G, globalName, { value, writable: true, configurable: true, enumerable: false });
      return value;
    };
    defineProperty(G, globalName, {
      configurable: true,
      enumerable: false,
      get() { return settle(webModule(moduleName)[globalName]); },
      set(value) { settle(value); },
    });
  }
  lazyGlobal('TextEncoder', 'encoding');
  lazyGlobal('TextDecoder', 'encoding');
  lazyGlobal('URL', 'url');
  lazyGlobal('URLSearchParams', 'url');
  lazyGlobal('atob', 'base64');
  lazyGlobal('btoa', 'base64');
  lazyGlobal('structuredClone', 'clone');
  lazyGlobal('crypto', 'crypto');

  // ---------------------------------------------------------------- console
  // Node-like formatting: util.format placeholders, util.inspect-style values.
  function inspect(value, depth, seen) {
    switch (typeof value) {
      case 'string': return depth === 0 ? value : quote(value);
      case 'number': return Object.is(value, -0) ? '-0' : StringCtor(value);
      case 'bigint': return StringCtor(value) + 'n';
      case 'boolean': return value ? 'true' : 'false';
      case 'undefined': return 'undefined';
      case 'symbol': return apply(SymbolToString, value, []);
      case 'function': {
        const name = value.name;
        return name ? '[Function: ' + name + ']' : '[Function (anonymous)]';
      }
    }
    if (value === null) return 'null';
    if (value instanceof ErrorCtor) {
      const stack = value.stack;
      const head = StringCtor(value.name) + ': ' + StringCtor(value.message);
      return typeof stack === 'string' && stack.length ? head + '\n' + stack.replace(/\n$/, '') : head;
    }
    if (value instanceof Date) {
      try { return apply(dateToISO, value, []); } catch (_) { return 'Invalid Date'; }
    }
    if (value instanceof RegExp) return StringCtor(value);
    if (seen.indexOf(value) !== -1) return '[Circular]';
    if (depth > 2) return isArray(value) ? '[Array]' : '[Object]';
    seen.push(value);
    let out;
    try {
      if (isArray(value)) {
        const parts = [];
        const n = value.length;
        for (let i = 0; i < n && i < 100; i++) parts.push(inspect(value[i], depth + 1, seen));
        if (n > 100) parts.push('... ' + (n - 100) + ' more items');
        out = parts.length ? '[ ' + parts.join(', ') + ' ]' : '[]';
      } else if (value instanceof Map) {
        const parts = [];
        value.forEach((v, k) => parts.push(inspect(k, depth + 1, seen) + ' => ' + inspect(v, depth + 1, seen)));
        out = 'Map(' + value.size + ') {' + (parts.length ? ' ' + parts.join(', ') + ' ' : '') + '}';
      } else if (value instanceof Set) {
        const parts = [];
        value.forEach((v) => parts.push(inspect(v, depth + 1, seen)));
        out = 'Set(' + value.size + ') {' + (parts.length ? ' ' + parts.join(', ') + ' ' : '') + '}';
      } else if (value instanceof PromiseCtor) {
        out = 'Promise { <pending> }';
      } else {
        const parts = [];
        const keys = Object.keys(value);
        for (let i = 0; i < keys.length && i < 100; i++) {
          const k = keys[i];
          const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);
          parts.push(key + ': ' + inspect(value[k], depth + 1, seen));
        }
        if (keys.length > 100) parts.push('... ' + (keys.length - 100) + ' more items');
        const proto = getPrototypeOf(value);
        const ctor = proto && proto !== ObjectProto && typeof proto.constructor === 'function' ? proto.constructor.name : '';
        const prefix = proto === null ? '[Object: null prototype] ' : ctor ? ctor + ' ' : '';
        out = prefix + (parts.length ? '{ ' + parts.join(', ') + ' }' : '{}');
      }
    } finally {
      seen.pop();
    }
    return out;
  }
  function quote(s) {
    return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  }
  function safeInspect(value, depth) {
    try { return inspect(value, depth, []); } catch (e) { return '[uninspectable value]'; }
  }
  function format(args) {
    if (args.length === 0) return '';
    let i = 0;
    let out = '';
    const first = args[0];
    if (typeof first === 'string') {
      i = 1;
      out = first.replace(/%[sdifjoOc%]/g, (m) => {
        if (m === '%%') return '%';
        if (i >= args.length) return m;
        const a = args[i++];
        switch (m) {
          case '%s': return typeof a === 'string' ? a : safeInspect(a, 1);
          case '%d': case '%i': {
            if (typeof a === 'bigint') return StringCtor(a) + 'n';
            if (typeof a === 'symbol') return 'NaN';
            const n = Number(a);
            return StringCtor(m === '%i' ? Math.trunc(n) : n);
          }
          case '%f': return typeof a === 'symbol' ? 'NaN' : StringCtor(parseFloat(a));
          case '%j': try { return jsonStringify(a); } catch (_) { return '[Circular]'; }
          case '%c': return '';
          default: return safeInspect(a, 1);
        }
      });
    }
    for (; i < args.length; i++) {
      out += (out.length || i > 0 ? ' ' : '') + safeInspect(args[i], 0);
    }
    return out;
  }

  // Level numbers follow the WIT `log-level` enum order.
  const LOG = 0, INFO = 1, WARN = 2, ERROR = 3, DEBUG = 4, TRACE = 5;
  // The host answers whether it keeps taking lines: once the per-call console
  // budget is spent, console calls return at once instead of formatting text
  // nobody will keep.
  let consoleOpen = true;
  function line(level, text) {
    taint();
    consoleOpen = hostConsole(level, wellFormed(text));
  }
  const counts = objectCreate(null);
  const timers = objectCreate(null);
  const console = {
    log(...a) { if (consoleOpen) line(LOG, format(a)); },
    info(...a) { if (consoleOpen) line(INFO, format(a)); },
    warn(...a) { if (consoleOpen) line(WARN, format(a)); },
    error(...a) { if (consoleOpen) line(ERROR, format(a)); },
    debug(...a) { if (consoleOpen) line(DEBUG, format(a)); },
    trace(...a) {
      if (!consoleOpen) return;
      const stack = StringCtor(new ErrorCtor().stack || '').split('\n').slice(1).join('\n');
      line(TRACE, 'Trace' + (a.length ? ': ' + format(a) : '') + (stack ? '\n' + stack : ''));
    },
    dir(value) { if (consoleOpen) line(LOG, safeInspect(value, 1)); },
    assert(cond, ...a) {
      if (!cond && consoleOpen) line(ERROR, 'Assertion failed' + (a.length ? ': ' + format(a) : ''));
    },
    count(label = 'default') {
      const key = StringCtor(label);
      counts[key] = (counts[key] || 0) + 1;
      if (consoleOpen) line(INFO, key + ': ' + counts[key]);
    },
    countReset(label = 'default') { counts[StringCtor(label)] = 0; },
    time(label = 'default') { timers[StringCtor(label)] = Date.now(); },
    timeEnd(label = 'default') {
      const key = StringCtor(label);
      if (key in timers) {
        if (consoleOpen) line(INFO, key + ': ' + (Date.now() - timers[key]) + 'ms');
        delete timers[key];
      }
    },
    timeLog(label = 'default', ...a) {
      const key = StringCtor(label);
      if (key in timers && consoleOpen) {
        line(INFO, key + ': ' + (Date.now() - timers[key]) + 'ms' + (a.length ? ' ' + format(a) : ''));
      }
    },
  };
  console.table = console.log;
  console.group = console.log;
  console.groupEnd = function () {};
  defineProperty(G, 'console', { value: console, writable: true, configurable: true });

  // ---------------------------------------------------------------- timers
  // setTimeout & co. in the sandbox. The Rust side (invoke.rs) drives them:
  // whenever no microtask is left it runs the next due timer, or waits on
  // the host (no CPU, no thread) until one is due or a host call finishes.
  // Ordering follows Node: by due time, then by creation; microtasks run
  // after each callback.
  const timers_ = new Map(); // id -> { due, seq, fn, args, interval }
  let timerSeq = 0;
  let nextTimerId = 1;
  const now = () => Date.now();

  function addTimer(fn, ms, args, repeat) {
    taint();
    if (typeof fn !== 'function') {
      const e = new TypeErrorCtor('The "callback" argument must be of type function. Received ' + typeof fn);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    let delay = Number(ms);
    if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
    const id = nextTimerId++;
    timers_.set(id, { due: now() + delay, seq: timerSeq++, fn, args, interval: repeat ? delay : 0 });
    return id;
  }
  function clearTimer(id) {
    if (id !== null && typeof id === 'object' && typeof id[Symbol.toPrimitive] === 'function') id = +id;
    timers_.delete(id);
  }
  defineProperty(G, 'setTimeout', { value: (fn, ms, ...args) => addTimer(fn, ms, args, false), writable: true, configurable: true });
  defineProperty(G, 'setInterval', { value: (fn, ms, ...args) => addTimer(fn, ms, args, true), writable: true, configurable: true });
  defineProperty(G, 'clearTimeout', { value: clearTimer, writable: true, configurable: true });
  defineProperty(G, 'clearInterval', { value: clearTimer, writable: true, configurable: true });
  defineProperty(G, 'setImmediate', { value: (fn, ...args) => addTimer(fn, 0, args, false), writable: true, configurable: true });
  defineProperty(G, 'clearImmediate', { value: clearTimer, writable: true, configurable: true });
  if (typeof G.queueMicrotask !== 'function') {
    defineProperty(G, 'queueMicrotask', {
      value: (fn) => { promiseResolve().then(() => fn()); },
      writable: true,
      configurable: true,
    });
  }

  function nextTimer() {
    let best;
    for (const [id, t] of timers_) {
      if (best === undefined || t.due < best[1].due || (t.due === best[1].due && t.seq < best[1].seq)) best = [id, t];
    }
    return best;
  }

  // Milliseconds until the next timer is due (0: now), or -1 if none.
  function timerDelay() {
    const next = nextTimer();
    if (next === undefined) return -1;
    return Math.max(0, next[1].due - now());
  }

  // Run the next due timer's callback (its exceptions propagate: an uncaught
  // exception in a timer fails the call, as it would crash a Node process).
  function runTimer() {
    const next = nextTimer();
    if (next === undefined) return;
    const [id, t] = next;
    if (t.interval > 0) {
      t.due = now() + t.interval;
      t.seq = timerSeq++;
    } else {
      timers_.delete(id);
    }
    apply(t.fn, undefined, t.args);
  }

  // ---------------------------------------------------------------- host modules
  // `require('host:NAME')`: functions the host registered, taking and
  // returning JSON-able values. Async ones return promises, settled when the
  // Rust side reports their completion.
  const inFlight = new Map(); // id -> [resolve, reject]

  function hostResult(ok, text) {
    if (ok) return text === undefined ? undefined : jsonParse(text);
    throw new ErrorCtor(text);
  }

  function hostModuleExports(name) {
    taint();
    const info = hostModuleInfo(name);
    if (!isArray(info)) {
      throw failure(info.error, info.message, 'MODULE_NOT_FOUND');
    }
    const exports = objectCreate(null);
    for (let i = 0; i < info.length; i++) {
      const fname = info[i][0];
      const isAsync = info[i][1];
      const call = function (...args) {
        let json;
        try {
          json = jsonStringify(args);
        } catch (e) {
          throw new TypeErrorCtor('host function arguments must be JSON-serializable: ' + e.message);
        }
        const started = callHost(name, fname, json === undefined ? '[]' : json);
        if (started.pending === undefined) {
          if (isAsync) {
            try {
              return promiseResolve(hostResult(started.ok, started.text));
            } catch (e) {
              return PromiseCtor.reject(e);
            }
          }
          return hostResult(started.ok, started.text);
        }
        return new PromiseCtor((resolve, reject) => inFlight.set(started.pending, [resolve, reject]));
      };
      defineProperty(call, 'name', { value: fname });
      exports[fname] = call;
    }
    return freeze(exports);
  }

  // Wait on the host until a host call finishes or `maxWait` ms pass; settle
  // the promises of the calls that finished.
  function waitHost(maxWait) {
    const done = waitEvent(maxWait);
    for (let i = 0; i < done.length; i++) {
      const c = done[i];
      const settle = inFlight.get(c.id);
      if (settle === undefined) continue;
      inFlight.delete(c.id);
      let value;
      try {
        value = hostResult(c.ok, c.text);
      } catch (e) {
        settle[1](e);
        continue;
      }
      settle[0](value);
    }
  }

  function hostPending() {
    return inFlight.size;
  }

  // ---------------------------------------------------------------- modules
  // CommonJS as in Node. The host resolves every specifier through a
  // capability directory and hands back the module's canonical path (its
  // id) and source; modules are cached per call by that id.
  const cache = objectCreate(null);

  function dirnameOf(path) {
    const i = path.lastIndexOf('/');
    return i <= 0 ? '/' : path.slice(0, i);
  }

  function makeRequire(referrer) {
    const require = function require(id) {
      if (typeof id !== 'string') {
        throw new TypeErrorCtor('The "id" argument must be of type string. Received ' + (id === null ? 'null' : typeof id));
      }
      if (id === '') throw new TypeErrorCtor("The argument 'id' must be a non-empty string. Received ''");
      return load(id, referrer, false).exports;
    };
    require.resolve = function resolve(id) {
      if (typeof id !== 'string') throw new TypeErrorCtor('The "id" argument must be of type string');
      return '/' + locate(id, referrer).path;
    };
    return require;
  }

  function locate(specifier, referrer) {
    if (specifier.startsWith('host:')) return { path: specifier, source: '', format: 'host' };
    const res = hostLoad(wellFormed(specifier), referrer);
    if (res.error !== undefined) {
      const code = res.error === 'module-not-found' || res.error === 'module-forbidden' ? 'MODULE_NOT_FOUND' : 'ERR_SANDBOX';
      throw failure(res.error, res.message, code);
    }
    return res;
  }

  // A located module's format: 'json', 'esm' or 'cjs' (then its compiled
  // wrapper is kept on `found`). `.mjs` is always an ES module; other files
  // are compiled as CommonJS first and, like Node's syntax detection, taken
  // as ES modules when that fails on import/export/top-level-await syntax.
  function classify(found) {
    const id = found.path;
    if (found.format !== undefined) return found.format;
    if (id.endsWith('.json')) return (found.format = 'json');
    if (id.endsWith('.mjs')) return (found.format = 'esm');
    if (found.compiled === true) {
      // Bytecode an earlier call compiled from this very source.
      try {
        found.wrapper = loadCompiled(id);
        return (found.format = 'cjs');
      } catch (_) {
        // Unreadable: compile the source below.
      }
    }
    let source = found.source;
    if (source.startsWith('#!')) source = '//' + source.slice(2);
    try {
      // Everything on the wrapper's first line, so reported line numbers
      // match the file's. The trailing hook captures a direct-eval closure
      // over the module's top-level scope: that is how `function a() {}`
      // declared with no export can still be called (Node users expect it
      // from the reference library, which ran files as scripts). The host
      // keeps the compiled bytecode for later calls.
      found.wrapper = compile(
        '(function (exports, require, module, __filename, __dirname, __isolatedRuntimeScope) {' +
          source +
          '\n;__isolatedRuntimeScope(function (n) { return eval(n); });\n})',
        id.startsWith('virtual:') ? id : '/' + id,
        id,
      );
      return (found.format = 'cjs');
    } catch (e) {
      if (!id.endsWith('.cjs') && e instanceof SyntaxErrorCtor && /\b(import|export|await)\b/.test(source)) {
        return (found.format = 'esm');
      }
      throw e;
    }
  }

  // Load (or fetch from the cache) the module `specifier` as required from
  // `referrer`.
  function load(specifier, referrer, isEntry) {
    const found = locate(specifier, referrer);
    const cached = cache[found.path];
    if (cached !== undefined) return cached;
    return instantiate(found, isEntry);
  }

  // Evaluate a located module (CommonJS, JSON, or an ES module required from
  // CommonJS) and cache it by id. For the entry module, also keep a function
  // that looks a name up in its top-level scope.
  function instantiate(found, isEntry) {
    const id = found.path;
    const filename = id.startsWith('virtual:') || id.startsWith('host:') ? id : '/' + id;
    const module = {
      id: isEntry ? '.' : filename,
      path: dirnameOf(filename),
      filename,
      loaded: false,
      exports: {},
      children: [],
      paths: [],
    };
    cache[id] = module;
    try {
      if (found.format === 'host') {
        module.exports = hostModuleExports(id.slice(5));
      } else if (id.endsWith('.json')) {
        try {
          module.exports = jsonParse(found.source);
        } catch (e) {
          e.message = filename + ': ' + e.message;
          throw e;
        }
      } else if (classify(found) === 'esm') {
        taint();
        // require() of an ES module, as Node 22 allows: it must finish
        // synchronously (no top-level await).
        const pair = evalModule(id, found.source);
        const state = promiseState(pair[0]);
        if (state === 2) throw promiseReason(pair[0]);
        if (state === 0) {
          const e = new ErrorCtor("require() of ES module '" + filename + "' which uses top-level await; use import() instead");
          e.code = 'ERR_REQUIRE_ASYNC_MODULE';
          throw e;
        }
        module.exports = pair[1];
      } else {
        const capture = isEntry ? (f) => { module.scope = f; } : () => {};
        apply(found.wrapper, module.exports, [module.exports, makeRequire(id), module, filename, module.path, capture]);
      }
    } catch (e) {
      delete cache[id];
      throw e;
    }
    module.loaded = true;
    return module;
  }

  // ---------------------------------------------------------------- ES modules
  // Called by QuickJS's module loader (es_modules.rs). Located modules wait
  // here between `esmResolve` and `esmLoad`.
  const located = objectCreate(null);

  function esmResolve(specifier, base) {
    const referrer = base.startsWith('/') ? base.slice(1) : base;
    const found = locate(specifier, referrer);
    located[found.path] = found;
    return found.path;
  }

  const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw true try typeof var ' +
    'void while with yield let static implements interface package private protected public await').split(' '));

  // An ES module's source, or for CommonJS/JSON a facade whose default export
  // is `module.exports` and whose named exports are its identifier keys.
  function esmLoad(id) {
    let found = located[id];
    delete located[id];
    if (found === undefined) found = id.startsWith('host:') ? locate(id, id) : locate('/' + id, id);
    if (classify(found) === 'esm') return { source: found.source };
    const module = cache[id] !== undefined ? cache[id] : instantiate(found, false);
    const exp = module.exports;
    let source = 'const m = import.meta.exports;\nexport default m;\n';
    if (exp !== null && (typeof exp === 'object' || typeof exp === 'function')) {
      const keys = Object.keys(exp);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k)) {
          source += 'export const ' + k + ' = m.' + k + ';\n';
        }
      }
    }
    return { source, exports: exp };
  }

  function esmMeta(meta, id, spec) {
    const filename = id.startsWith('virtual:') || id.startsWith('host:') ? id : '/' + id;
    meta.url = 'file://' + filename;
    meta.filename = filename;
    meta.dirname = dirnameOf(filename);
    if ('exports' in spec) meta.exports = spec.exports;
  }

  // ---------------------------------------------------------------- calls
  // The engine's own functions (globals and Object.prototype members) as they
  // were before user code ran: a call may not name one of them, only the
  // module's own functions.
  const builtinFunctions = new Set();
  for (const holder of [G, ObjectProto]) {
    for (const key of Object.getOwnPropertyNames(holder)) {
      const d = Object.getOwnPropertyDescriptor(holder, key);
      if (d && typeof d.value === 'function') builtinFunctions.add(d.value);
    }
  }

  // Whether `name` is a JavaScript identifier (so it may be looked up in the
  // entry module's scope). ASCII names take the cheap path; the Unicode
  // pattern is costly to build, so it is built here, at initialization, where
  // the host's snapshot keeps it.
  const ASCII_IDENT = /^[A-Za-z_$][\w$]*$/;
  const UNICODE_IDENT = new RegExp('^[\\p{L}\\p{Nl}$_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}$_\\u200c\\u200d]*$', 'u');
  function isIdentifier(name) {
    return ASCII_IDENT.test(name) || UNICODE_IDENT.test(name);
  }

  function memberFunction(holder, name) {
    if (holder === null || (typeof holder !== 'object' && typeof holder !== 'function')) return undefined;
    // Own or inherited from a user class, never from Object/Function.prototype
    // (a function called `toString` must be the module's own).
    for (let o = holder; o !== null && o !== ObjectProto && o !== FunctionProto; o = getPrototypeOf(o)) {
      if (apply(hasOwn, o, [name])) {
        const f = holder[name];
        return typeof f === 'function' ? f : undefined;
      }
    }
    return undefined;
  }

  // The CommonJS wrapper's own parameters are in the module's scope but are
  // not the module's functions: never callable by name.
  const wrapperNames = new Set(['exports', 'require', 'module', '__filename', '__dirname', '__isolatedRuntimeScope']);

  function findFunction(module, name, entry) {
    const exp = module.exports;
    let fn = memberFunction(exp, name);
    if (fn === undefined && module.declared !== undefined && isIdentifier(name) && !wrapperNames.has(name)) {
      const known = module.declared[name];
      if (known !== undefined) fn = known;
    }
    if (fn === undefined && typeof exp === 'function' && exp.name === name) fn = exp;
    if (fn === undefined && module.scope !== undefined && isIdentifier(name) && !wrapperNames.has(name)) {
      let candidate;
      try { candidate = module.scope(name); } catch (_) { candidate = undefined; }
      const builtin = builtinFunctions.has(candidate) || (lazyGlobals.has(name) && candidate === G[name]);
      if (typeof candidate === 'function' && !builtin) fn = candidate;
    }
    if (fn === undefined) {
      throw failure('function-not-found', "function '" + name + "' was not found in module '" + entry + "' (neither exported nor declared at its top level)");
    }
    return fn;
  }

  function deepFreeze(v) {
    if (v !== null && typeof v === 'object') {
      freeze(v);
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) deepFreeze(v[keys[i]]);
    }
    return v;
  }

  // Start one call. Returns the function's return value; a thenable is turned
  // into a promise that the Rust side drives to completion.
  function run(entry, funcName, argsJson, contextJson, argResolver) {
    let args;
    try {
      args = jsonParse(argsJson);
    } catch (e) {
      throw failure('invalid-args', 'the arguments are not valid JSON: ' + e.message);
    }
    if (!isArray(args)) throw failure('invalid-args', 'the arguments must be a JSON array');
    let context;
    try {
      context = deepFreeze(jsonParse(contextJson));
    } catch (e) {
      throw failure('invalid-args', 'the context is not valid JSON: ' + e.message);
    }
    defineProperty(G, 'context', { value: context, writable: false, configurable: false, enumerable: false });
    if (preloaded !== undefined && preloaded.entry === entry) {
      // This instance is a snapshot with the entry already evaluated (the
      // host checked that none of its files changed since).
      const fn = findFunction(cache[preloaded.path], funcName, entry);
      return withArgs(preloaded.path, argResolver, args, (actual) => start(fn, actual));
    }
    const found = locate(entry, '');
    if (classify(found) === 'esm') {
      const pair = evalModule(found.path, found.source);
      return pair[0].then(() => {
        const fn = findExport(pair[1], funcName, entry);
        return withArgs(found.path, argResolver, args, (actual) => start(fn, actual));
      });
    }
    const module = cache[found.path] !== undefined ? cache[found.path] : instantiate(found, true);
    const fn = findFunction(module, funcName, entry);
    return withArgs(found.path, argResolver, args, (actual) => start(fn, actual));
  }

  // The entry this instance evaluated ahead of its call ({entry, path}).
  let preloaded;

  // Make `holder[name]` an accessor that marks the file being preloaded as
  // not snapshottable when read or written; returns the undo.
  function watch(holder, name) {
    const saved = getOwnPropertyDescriptor(holder, name);
    defineProperty(holder, name, {
      configurable: true,
      enumerable: saved !== undefined && saved.enumerable,
      get() {
        tainted = true;
        if (saved === undefined) return undefined;
        return 'get' in saved ? (saved.get === undefined ? undefined : apply(saved.get, holder, [])) : saved.value;
      },
      set(_) {
        tainted = true;
      },
    });
    return () => {
      if (saved === undefined) delete holder[name];
      else defineProperty(holder, name, saved);
    };
  }

  // Load and evaluate `entry` for a per-file snapshot. True when its top-level
  // code (and its dependencies') ran without reading the clock, randomness,
  // `context` or `performance`, writing to the console, starting timers,
  // using host modules or ES modules: then a snapshot taken now is exactly
  // what evaluating the file afresh would give.
  function preload(entry) {
    const undo = [];
    preloading = true;
    tainted = false;
    try {
      for (const [holder, name] of [[G, 'Date'], [G, 'performance'], [G, 'crypto'], [G, 'context'], [MathObj, 'random']]) {
        undo.push(watch(holder, name));
      }
      const found = locate(entry, '');
      if (classify(found) !== 'cjs') return false;
      const module = instantiate(found, true);
      // Resolve the top-level function declarations now, so calls from the
      // snapshot need no scope lookup (the values are final: top-level code
      // has run and no function has yet).
      const declared = objectCreate(null);
      const pattern = /(?:^|[^.\w$])function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g;
      for (let m; (m = pattern.exec(found.source)) !== null;) {
        const name = m[1];
        if (declared[name] === undefined) {
          try { declared[name] = findFunction(module, name, entry); } catch (_) { /* not at top level */ }
        }
      }
      module.declared = declared;
      preloaded = { entry, path: found.path };
    } catch (_) {
      tainted = true;
    } finally {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
      preloading = false;
    }
    return !tainted;
  }

  // Call `then(args)` with the arguments as the argument resolver makes them
  // (if there is one), awaiting it when it returns a promise.
  function withArgs(entryId, argResolver, original, then) {
    if (argResolver === undefined || argResolver === null) return then(original);
    const exp = load(argResolver, entryId, false).exports;
    const resolve = typeof exp === 'function' ? exp : exp !== null && typeof exp === 'object' ? exp.resolve : undefined;
    if (typeof resolve !== 'function') {
      throw failure('invalid-args', "the argument resolver '" + argResolver + "' exports no function");
    }
    const made = apply(resolve, undefined, [original]);
    const toArgs = (v) => (isArray(v) ? v : [v]);
    if (made instanceof PromiseCtor) return made.then((v) => then(toArgs(v)));
    return then(toArgs(made));
  }

  // Start the function itself (telling the host, for its `running` hook).
  function start(fn, args) {
    functionStarted();
    const result = apply(fn, undefined, args);
    if (result !== null && (typeof result === 'object' || typeof result === 'function') && !(result instanceof PromiseCtor)) {
      const then = result.then;
      if (typeof then === 'function') return promiseResolve(result);
    }
    return result;
  }

  // A function of an ES module: a named export, `default`, or a method of the
  // default export.
  function findExport(namespace, name, entry) {
    let fn;
    if (name in namespace && typeof namespace[name] === 'function') fn = namespace[name];
    if (fn === undefined) {
      const d = namespace.default;
      fn = memberFunction(d, name);
      if (fn === undefined && typeof d === 'function' && d.name === name) fn = d;
    }
    if (fn === undefined) {
      throw failure('function-not-found', "function '" + name + "' is not exported by the ES module '" + entry + "'");
    }
    return fn;
  }

  // The result as JSON text (`undefined` when JSON has no text for it).
  function encode(value) {
    try {
      return jsonStringify(value);
    } catch (e) {
      const why = e !== null && typeof e === 'object' ? StringCtor(e.message) : StringCtor(e);
      throw failure('invalid-result', 'the result cannot be encoded as JSON: ' + why);
    }
  }

  // Describe a thrown value as [kind, name, message, stack].
  function describe(err) {
    try {
      let kind = (err !== null && typeof err === 'object' && kinds.get(err)) || 'js-error';
      if (err !== null && typeof err === 'object' && (err instanceof ErrorCtor || objectToString.call(err) === '[object Error]')) {
        const name = StringCtor(err.name);
        const message = StringCtor(err.message);
        // Only sandbox frames (the prelude's own are noise to users), under a
        // `Name: message` header as Node prints it.
        let stack = typeof err.stack === 'string'
          ? err.stack.split('\n').filter((l) => l.indexOf('<isolated-runtime>') === -1).join('\n')
          : '';
        const header = name + ': ' + message;
        if (stack !== '' && !stack.startsWith(header)) stack = header + '\n' + stack;
        if (kind === 'js-error' && name === 'RangeError' && message === 'Maximum call stack size exceeded') kind = 'stack-overflow';
        if (kind === 'js-error' && name === 'InternalError' && message === 'out of memory') kind = 'memory-limit';
        if (kind === 'js-error' && name === 'InternalError' && message.startsWith('stack overflow')) kind = 'stack-overflow';
        // QuickJS's maximum string length: what a string-doubling bomb hits
        // first, because concatenation builds ropes that use little memory.
        if (kind === 'js-error' && name === 'InternalError' && message === 'string too long') kind = 'memory-limit';
        return [kind, wellFormed(name), wellFormed(message), wellFormed(stack)];
      }
      if (typeof err === 'string') return [kind, '', wellFormed(err), ''];
      let text;
      try { text = jsonStringify(err); } catch (_) { text = undefined; }
      if (typeof text !== 'string') text = safeInspect(err, 0);
      return [kind, '', wellFormed(text), ''];
    } catch (_) {
      return ['js-error', '', '[a thrown value that cannot be described]', ''];
    }
  }

  return { run, preload, encode, describe, esmResolve, esmLoad, esmMeta, timerDelay, runTimer, waitHost, hostPending };
})
