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
  // ES modules are named by their id (`lib/x.mjs`) inside QuickJS; frames
  // show them from the root, as `/lib/x.mjs`.
  const esModuleIds = new Set();
  // The source text of loaded modules by the file name frames show, to word
  // "x is not a function" as V8 does.
  const moduleTexts = new Map();
  // The hook that formats stacks, for the `vm` built-in's realms too.
  let stackTraceHook;

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
        let file = apply(fileOf, s, []);
        if (typeof file !== 'string' || file === '<isolated-runtime>' || apply(isNativeSite, s, [])) continue;
        if (esModuleIds.has(file)) file = '/' + file;
        const line = apply(lineOf, s, []);
        let column = apply(columnOf, s, []);
        // QuickJS counts columns from 0 on a script's first line (from 1 on
        // the others); a CommonJS wrapper also sits on that line.
        if (line === 1) column += 1 - (wrapperColumns.has(file) ? wrapperColumns.get(file) : 0);
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

    // QuickJS says only "not a function" / "not a constructor"; V8 names the
    // callee as written (`process.exit is not a function`). The callee is
    // read back from the module's source at the throwing frame, whose column
    // QuickJS puts at the called name (`exit` of `process.exit(1)`) or, for
    // `new`, at the start of the constructor expression.
    const IDENT = /[A-Za-z0-9_$]/;
    function calleeBefore(line, at) {
      let end = at;
      while (end < line.length && IDENT.test(line[end])) end++;
      let text = line.slice(at, end);
      if (text === '') return undefined;
      let i = at;
      for (;;) {
        if (line[i - 1] === '.' ) {
          let j = i - 1;
          if (line[j - 1] === '?') j--;
          let k = j;
          while (k > 0 && IDENT.test(line[k - 1])) k--;
          if (k === j) {
            if (line[j - 1] !== ']') return text;
            i = j;
            continue;
          }
          text = line.slice(k, j) + '.' + text;
          i = k;
        } else if (line[i - 1] === ']') {
          const open = line.lastIndexOf('[', i - 1);
          const key = line.slice(open + 1, i - 1);
          const m = /^\s*(['"])([A-Za-z_$][\w$]*)\1\s*$/.exec(key);
          if (open < 1 || m === null || !IDENT.test(line[open - 1])) return text;
          text = m[2] + '.' + text;
          i = open;
          let k = i;
          while (k > 0 && IDENT.test(line[k - 1])) k--;
          text = line.slice(k, i) + '.' + text;
          i = k;
        } else {
          return text;
        }
      }
    }
    function calleeAfter(line, at) {
      const m = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*/.exec(line.slice(at));
      return m === null ? undefined : m[0];
    }
    function nameCallee(error, sites, ours) {
      if (!(error instanceof TypeErrorCtor) || ours.length === 0 || apply(isNativeSite, sites[0], [])) return;
      const own = getOwnPropertyDescriptor(error, 'message');
      if (own === undefined || (own.value !== 'not a function' && own.value !== 'not a constructor')) return;
      const d = siteData.get(ours[0]);
      const text = moduleTexts.get(d.file);
      if (typeof text !== 'string' || !(d.line >= 1) || !(d.column >= 1)) return;
      let start = 0;
      for (let n = 1; n < d.line; n++) {
        start = text.indexOf('\n', start) + 1;
        if (start === 0) return;
      }
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      const callee = own.value === 'not a function' ? calleeBefore(line, d.column - 1) : calleeAfter(line, d.column - 1);
      if (callee !== undefined) error.message = callee + ' is ' + own.value;
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
      nameCallee(error, sites, ours);
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
    stackTraceHook = prepare;
    defineProperty(ErrorCtor, 'prepareStackTrace', {
      configurable: true,
      enumerable: false,
      get() { return userHook; },
      set(value) { userHook = value; },
    });
  })();
