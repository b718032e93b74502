// Prelude part: the call protocol, and the end of the prelude's closure.
// Finds the called function in the entry module, runs it with the parsed
// arguments (through the argument resolver, if any), preloads an entry file
// for a per-file snapshot, encodes the result and describes thrown values;
// returns the API the Rust side uses.

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
      throw failure(KIND.FUNCTION_NOT_FOUND, "function '" + name + "' was not found in module '" + entry + "' (neither exported nor declared at its top level)");
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
  function run(entry, funcName, argsJson, contextJson, argResolver, processPresent) {
    // Instances start from a snapshot that has the global: only its removal
    // costs anything.
    if (processPresent === false) setProcessGlobal(false);
    startPerformanceClock();
    let args;
    try {
      args = jsonParse(argsJson);
    } catch (e) {
      throw failure(KIND.INVALID_ARGS, 'the arguments are not valid JSON: ' + e.message);
    }
    if (!isArray(args)) throw failure(KIND.INVALID_ARGS, 'the arguments must be a JSON array');
    let context;
    try {
      context = deepFreeze(jsonParse(contextJson));
    } catch (e) {
      throw failure(KIND.INVALID_ARGS, 'the context is not valid JSON: ' + e.message);
    }
    defineProperty(G, 'context', { value: context, writable: false, configurable: false, enumerable: false });
    // The reference library (vm2's NodeVM) shows the context to sandboxed
    // code as `__globals__.__context__`; code written for it keeps working.
    defineProperty(G, '__globals__', { value: freeze({ __context__: context }), writable: false, configurable: false, enumerable: false });
    if (preloaded !== undefined && preloaded.entry === entry) {
      // This instance is a snapshot with the entry already evaluated (the
      // host checked that none of its files changed since).
      const fn = findFunction(cache[preloaded.path], funcName, entry);
      return withArgs(preloaded.path, argResolver, args, (actual) => start(fn, actual));
    }
    const found = locate(entry, '');
    if (classify(found) === 'esm') {
      esModuleIds.add(found.path);
      moduleTexts.set('/' + found.path, found.source);
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
        // A built-in capturing `performance` or `crypto` while it loads
        // reads nothing per call; its natives taint when they run.
        if (builtinLoading === 0) tainted = true;
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
  // `context` (or `__globals__`) or `performance`, writing to the console, starting timers,
  // using host modules or ES modules: then a snapshot taken now is exactly
  // what evaluating the file afresh would give.
  function preload(entry) {
    const undo = [];
    preloading = true;
    tainted = false;
    try {
      for (const [holder, name] of [[G, 'Date'], [G, 'performance'], [G, 'crypto'], [G, 'context'], [G, '__globals__'], [MathObj, 'random']]) {
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
      throw failure(KIND.INVALID_ARGS, "the argument resolver '" + argResolver + "' exports no function");
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
      throw failure(KIND.FUNCTION_NOT_FOUND, "function '" + name + "' is not exported by the ES module '" + entry + "'");
    }
    return fn;
  }

  // The result as JSON text (`undefined` when JSON has no text for it).
  function encode(value) {
    try {
      return jsonStringify(value);
    } catch (e) {
      const why = e !== null && typeof e === 'object' ? StringCtor(e.message) : StringCtor(e);
      throw failure(KIND.INVALID_RESULT, 'the result cannot be encoded as JSON: ' + why);
    }
  }

  // Describe a thrown value as [kind, name, message, stack].
  function describe(err) {
    try {
      let kind = (err !== null && typeof err === 'object' && kinds.get(err)) || KIND.JS_ERROR;
      if (err !== null && typeof err === 'object' && (err instanceof ErrorCtor || objectToString.call(err) === '[object Error]')) {
        const name = StringCtor(err.name);
        const message = StringCtor(err.message);
        // Only sandbox frames (the prelude's own are noise to users), under a
        // `Name: message` header as Node prints it.
        let stack = typeof err.stack === 'string'
          ? err.stack.split('\n').filter((l) => l.indexOf('<isolated-runtime>') === -1).join('\n')
          : '';
        // The stack's own header was written when the error was created; the
        // name or message may have changed since (a subclass setting
        // `this.name`): show them as they are now.
        const header = message === '' ? name : name + ': ' + message;
        const frames = stack.startsWith('    at ') ? 0 : stack.indexOf('\n    at ') + 1;
        stack = frames <= 0 && !stack.startsWith('    at ') ? (stack === '' ? '' : header) : header + '\n' + stack.slice(frames);
        if (kind === KIND.JS_ERROR && name === 'RangeError' && message === 'Maximum call stack size exceeded') kind = KIND.STACK_OVERFLOW;
        if (kind === KIND.JS_ERROR && name === 'InternalError' && message === 'out of memory') kind = KIND.MEMORY_LIMIT;
        if (kind === KIND.JS_ERROR && name === 'InternalError' && message.startsWith('stack overflow')) kind = KIND.STACK_OVERFLOW;
        // QuickJS's maximum string length: what a string-doubling bomb hits
        // first, because concatenation builds ropes that use little memory.
        if (kind === KIND.JS_ERROR && name === 'InternalError' && message === 'string too long') kind = KIND.MEMORY_LIMIT;
        return [kind, wellFormed(name), wellFormed(message), wellFormed(stack)];
      }
      if (typeof err === 'string') return [kind, '', wellFormed(err), ''];
      let text;
      try { text = jsonStringify(err); } catch (_) { text = undefined; }
      if (typeof text !== 'string') text = safeInspect(err, 0);
      return [kind, '', wellFormed(text), ''];
    } catch (_) {
      return [KIND.JS_ERROR, '', '[a thrown value that cannot be described]', ''];
    }
  }

  return { run, preload, precompileBuiltins, encode, describe, esmResolve, esmLoad, esmMeta, timerDelay, runTimer, waitHost, hostPending };
})
