// Prelude part: stack traces as V8 (and so Node) formats them. `err.stack`
// is `Name: message` followed by `    at fn (/file.js:L:C)` lines of sandbox
// code only: the prelude's own frames and native frames are left out, and
// columns on the first line of a CommonJS module do not count its wrapper.
// `Error.prepareStackTrace(err, callSites)` gets V8-style CallSite objects
// built here (they never hand out a function or `this`), and
// `Error.captureStackTrace` / `Error.stackTraceLimit` work as in V8.

  // Columns the CommonJS wrapper adds to line 1 of a module, by file name
  // (filled by the module loaders).
  const wrapperColumns = new Map();

  (function installStackTraces() {
    const nativeHook = getOwnPropertyDescriptor(ErrorCtor, 'prepareStackTrace');
    if (nativeHook === undefined || typeof nativeHook.set !== 'function') return;
    // QuickJS's own call sites, read through the methods of their prototype.
    let probe;
    apply(nativeHook.set, ErrorCtor, [(_, sites) => { probe = sites[0]; return ''; }]);
    try { void new ErrorCtor('probe').stack; } finally { apply(nativeHook.set, ErrorCtor, [undefined]); }
    const siteProto = probe !== undefined ? getPrototypeOf(probe) : undefined;
    if (siteProto === undefined || siteProto === null) return;
    const fileOf = siteProto.getFileName;
    const lineOf = siteProto.getLineNumber;
    const columnOf = siteProto.getColumnNumber;
    const nameOf = siteProto.getFunctionName;
    const isNativeSite = siteProto.isNative;

    const siteData = new WeakMap();
    const data = (site) => {
      const d = siteData.get(site);
      if (d === undefined) throw new TypeErrorCtor('not a CallSite');
      return d;
    };
    // A V8-style call site of sandbox code: what V8 gives for a strict-mode
    // frame (no function, no receiver).
    class CallSite {
      getFileName() { return data(this).file; }
      getScriptNameOrSourceURL() { return data(this).file; }
      getLineNumber() { return data(this).line; }
      getColumnNumber() { return data(this).column; }
      getEnclosingLineNumber() { return null; }
      getEnclosingColumnNumber() { return null; }
      getFunctionName() { return data(this).name; }
      getMethodName() { return null; }
      getTypeName() { return null; }
      getFunction() { return undefined; }
      getThis() { return undefined; }
      getEvalOrigin() { return undefined; }
      getScriptHash() { return ''; }
      getPosition() { return 0; }
      getPromiseIndex() { return null; }
      isNative() { return false; }
      isToplevel() { return data(this).name === null; }
      isEval() { return false; }
      isConstructor() { return false; }
      isAsync() { return false; }
      isPromiseAll() { return false; }
      toString() {
        const d = data(this);
        const at = d.file + ':' + d.line + ':' + d.column;
        return d.name === null ? at : d.name + ' (' + at + ')';
      }
    }
    defineProperty(CallSite.prototype, Symbol.toStringTag, { value: 'CallSite', configurable: true });

    function sandboxSites(sites) {
      const out = [];
      for (let i = 0; i < sites.length; i++) {
        const s = sites[i];
        const file = apply(fileOf, s, []);
        if (typeof file !== 'string' || file === '<isolated-runtime>' || apply(isNativeSite, s, [])) continue;
        const line = apply(lineOf, s, []);
        let column = apply(columnOf, s, []);
        if (line === 1 && wrapperColumns.has(file)) column -= wrapperColumns.get(file);
        const name = apply(nameOf, s, []);
        const site = new CallSite();
        siteData.set(site, { file, line, column, name: typeof name === 'string' && name !== '' ? name : null });
        out.push(site);
      }
      return out;
    }

    // Error.prototype.toString's rules, never throwing.
    function headerOf(error) {
      try {
        if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return StringCtor(error);
        const name = error.name === undefined ? 'Error' : StringCtor(error.name);
        const message = error.message === undefined ? '' : StringCtor(error.message);
        if (name === '') return message;
        return message === '' ? name : name + ': ' + message;
      } catch (_) {
        return 'Error';
      }
    }

    function framesText(sites) {
      let text = '';
      for (let i = 0; i < sites.length; i++) text += '\n    at ' + apply(CallSite.prototype.toString, sites[i], []);
      return text;
    }

    // QuickJS's messages for its own errors, in V8's words, so code that
    // matches on them (and output compared with Node's) sees the same text.
    const V8_TYPE_MESSAGES = [
      [/^cannot read property '(.*)' of (undefined|null)$/, (m) => "Cannot read properties of " + m[2] + " (reading '" + m[1] + "')"],
      [/^cannot set property '(.*)' of (undefined|null)$/, (m) => "Cannot set properties of " + m[2] + " (setting '" + m[1] + "')"],
      [/^cannot convert symbol to number$/, () => 'Cannot convert a Symbol value to a number'],
      [/^cannot convert symbol to string$/, () => 'Cannot convert a Symbol value to a string'],
      [/^cannot convert bigint to number$/, () => 'Cannot convert a BigInt value to a number'],
    ];
    const QUICKJS_URI_MESSAGE = /^(expecting %|expecting hex digit|malformed UTF-8|invalid character|expecting surrogate pair)$/;
    function v8Message(error) {
      const own = getOwnPropertyDescriptor(error, 'message');
      if (own === undefined || typeof own.value !== 'string') return;
      if (error instanceof URIError) {
        if (QUICKJS_URI_MESSAGE.test(own.value)) error.message = 'URI malformed';
        return;
      }
      if (!(error instanceof TypeErrorCtor)) return;
      for (let i = 0; i < V8_TYPE_MESSAGES.length; i++) {
        const m = V8_TYPE_MESSAGES[i][0].exec(own.value);
        if (m !== null) {
          error.message = V8_TYPE_MESSAGES[i][1](m);
          return;
        }
      }
    }

    // `Error.captureStackTrace(obj)` writes `obj.stack` itself, whatever the
    // hook returns: the hook must return the text then.
    let capturing = false;
    const nativeCapture = ErrorCtor.captureStackTrace;
    if (typeof nativeCapture === 'function') {
      defineProperty(ErrorCtor, 'captureStackTrace', {
        configurable: true,
        writable: true,
        enumerable: false,
        value: function captureStackTrace(object, constructorOpt) {
          const was = capturing;
          capturing = true;
          try {
            return apply(nativeCapture, ErrorCtor, arguments.length > 1 ? [object, constructorOpt] : [object]);
          } finally {
            capturing = was;
          }
        },
      });
    }

    let userHook;
    function prepare(error, sites) {
      v8Message(error);
      const ours = sandboxSites(sites);
      if (typeof userHook === 'function') return apply(userHook, ErrorCtor, [error, ours]);
      const frames = framesText(ours);
      // As in V8, an error's `stack` is written when first read, so it shows
      // the name and message the error has by then (a subclass that sets
      // `this.name` in its constructor, a message edited after creation).
      // QuickJS leaves an own `stack` that is already there alone.
      if (!capturing && error instanceof ErrorCtor && getOwnPropertyDescriptor(error, 'stack') === undefined) {
        let text;
        defineProperty(error, 'stack', {
          configurable: true,
          enumerable: false,
          get() {
            if (text === undefined) text = headerOf(error) + frames;
            return text;
          },
          set(value) {
            defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
          },
        });
        return undefined;
      }
      return headerOf(error) + frames;
    }
    apply(nativeHook.set, ErrorCtor, [prepare]);
    defineProperty(ErrorCtor, 'prepareStackTrace', {
      configurable: true,
      enumerable: false,
      get() { return userHook; },
      set(value) { userHook = value; },
    });
  })();
