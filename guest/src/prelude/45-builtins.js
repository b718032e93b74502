// Prelude part: Node's built-in modules (guest/src/node/<id>.js). Each is
// compiled and evaluated on first use in a call (so a call that uses none
// pays nothing), with a `require` that reaches only other built-ins and the
// `internal` natives (hashing, read-only fs, vm realms, `process.env`). The
// host decides which built-ins user code may require (`node:<id>` paths from
// `load`); the globals that Node takes from built-ins (`Buffer`, `process`,
// `AbortController`, ...) are installed here as lazy getters.

  const builtinModules = objectCreate(null);
  // How many built-ins are being evaluated right now (see `watch`).
  let builtinLoading = 0;
  const BUILTIN_WRAPPER_HEAD = '(function (exports, require, module, internal) {';
  let builtinInternal;

  // The natives a built-in may use. Anything whose result must be fresh per
  // call marks a file being preloaded for a snapshot as not snapshottable.
  function internalNatives() {
    if (builtinInternal !== undefined) return builtinInternal;
    const fsNatives = freeze({
      readFile: (p) => { taint(); return native.fsReadFile(p); },
      readdir: (p) => { taint(); return native.fsReadDir(p); },
      stat: (p) => { taint(); return native.fsStat(p); },
    });
    builtinInternal = freeze({
      randomBytes: (n) => {
        taint();
        if (n <= 65536) return native.randomBytes(n);
        // The host hands out at most 64 KiB per request.
        const out = new Uint8Array(n);
        for (let at = 0; at < n; at += 65536) out.set(new Uint8Array(native.randomBytes(Math.min(65536, n - at))), at);
        return out.buffer;
      },
      hash: native.hash,
      hmac: native.hmac,
      pbkdf2: native.pbkdf2,
      scrypt: native.scrypt,
      aesGcm: native.aesGcm,
      vmRun: (code, filename, contextObject) => native.vmRun(code, filename, contextObject, stackTraceHook),
      fs: fsNatives,
      get env() { taint(); return native.env(); },
      intl: freeze({
        create: native.intlCreate,
        format: native.intlFormat,
        select: native.intlSelect,
        formatPattern: native.intlFormatPattern,
        dateFields: native.intlDateFields,
        shareRange: native.intlShareRange,
        dateData: native.intlDateData,
        numberData: native.intlNumberData,
        compare: native.intlCompare,
        display: native.intlDisplay,
        segment: native.intlSegment,
        info: native.intlInfo,
        locale: native.intlLocale,
        changeCase: native.intlCase,
        currencyDigits: native.intlCurrencyDigits,
        timeZone: native.intlTimeZone,
        supportedValues: native.intlSupportedValues,
        // The call's default time zone: a top-level read must not be
        // snapshotted into other calls.
        timeZoneDefault: () => { taint(); return native.intlTimeZoneDefault(); },
      }),
    });
    return builtinInternal;
  }

  function builtinRequire(id) {
    if (typeof id !== 'string') throw new TypeErrorCtor('The "id" argument must be of type string');
    return builtin(id.startsWith('node:') ? id.slice(5) : id).exports;
  }

  // The module record of built-in `id`, evaluated on first use.
  function builtin(id) {
    const known = builtinModules[id];
    if (known !== undefined) return known;
    // Compiled when the guest was initialized (in the snapshot), else now.
    let wrapper = native.loadBuiltin(id);
    if (wrapper === undefined) {
      const source = native.builtinSource(id);
      if (source === undefined) {
        throw failure(KIND.MODULE_NOT_FOUND, "No such built-in module: node:" + id, 'ERR_UNKNOWN_BUILTIN_MODULE');
      }
      wrapper = compile(BUILTIN_WRAPPER_HEAD + source + '\n})', 'node:' + id);
    }
    const module = { id: 'node:' + id, exports: {}, loaded: false };
    builtinModules[id] = module;
    try {
      wrapperColumns.set('node:' + id, BUILTIN_WRAPPER_HEAD.length);
      builtinLoading++;
      apply(wrapper, module.exports, [module.exports, builtinRequire, module, internalNatives()]);
    } catch (e) {
      delete builtinModules[id];
      throw e;
    } finally {
      builtinLoading--;
    }
    module.loaded = true;
    return module;
  }

  // Globals Node takes from its built-ins, evaluated on first access.
  function builtinGlobal(globalName, id, key) {
    if (native.builtinSource(id) === undefined) return;
    lazyGlobals.add(globalName);
    const settle = (value) => {
      defineProperty(G, globalName, { value, writable: true, configurable: true, enumerable: false });
      return value;
    };
    defineProperty(G, globalName, {
      configurable: true,
      enumerable: false,
      get() {
        const exports = builtin(id).exports;
        return settle(key === undefined ? exports : exports[key]);
      },
      set(value) { settle(value); },
    });
  }
  builtinGlobal('Buffer', 'buffer', 'Buffer');
  builtinGlobal('process', 'process');
  for (const name of ['AbortController', 'AbortSignal', 'EventTarget', 'Event', 'CustomEvent', 'DOMException']) {
    builtinGlobal(name, 'internal/event_target', name);
  }
  builtinGlobal('crypto', 'internal/webcrypto', 'crypto');
  builtinGlobal('Intl', 'internal/intl', 'Intl');

  // The locale-aware methods of the language (ECMA-402 versions), loading
  // `Intl` on their first call only.
  const LOCALE_METHODS = [
    [Number.prototype, 'toLocaleString', 'numberToLocaleString', 0],
    [BigInt.prototype, 'toLocaleString', 'bigintToLocaleString', 0],
    [Date.prototype, 'toLocaleString', 'dateToLocaleString', 0],
    [Date.prototype, 'toLocaleDateString', 'dateToLocaleDateString', 0],
    [Date.prototype, 'toLocaleTimeString', 'dateToLocaleTimeString', 0],
    [String.prototype, 'localeCompare', 'localeCompare', 1],
    [String.prototype, 'toLocaleUpperCase', 'toLocaleUpperCase', 0],
    [String.prototype, 'toLocaleLowerCase', 'toLocaleLowerCase', 0],
    [Array.prototype, 'toLocaleString', 'arrayToLocaleString', 0],
  ];
  if (native.builtinSource('internal/intl') !== undefined) {
    for (let i = 0; i < LOCALE_METHODS.length; i++) {
      const [proto, name, key, length] = LOCALE_METHODS[i];
      const method = { [name](...args) { return apply(builtin('internal/intl').exports.localeMethods[key], this, args); } }[name];
      defineProperty(method, 'length', { value: length, configurable: true });
      defineProperty(proto, name, { value: method, writable: true, configurable: true, enumerable: false });
    }
  }
  const processGlobal = getOwnPropertyDescriptor(G, 'process');

  // The most used built-ins are compiled to bytecode once, while the guest
  // is initialized for the host's snapshot: a call's first
  // `require('buffer')` then reads bytecode instead of parsing source. Only
  // these: the bytecode lives in every instance's memory image (QuickJS
  // bytecode is about 5 times its source), and a sandbox must still fit the
  // smallest memory limit with room to spare.
  const PRECOMPILED = ['internal/errors', 'buffer', 'events', 'process', 'string_decoder', 'crypto'];
  function precompileBuiltins() {
    for (let i = 0; i < PRECOMPILED.length; i++) {
      const id = PRECOMPILED[i];
      const source = native.builtinSource(id);
      if (source !== undefined) native.precompileBuiltin(id, BUILTIN_WRAPPER_HEAD + source + '\n})', 'node:' + id);
    }
  }

  // Per call: whether the `process` global exists.
  function setProcessGlobal(present) {
    if (processGlobal === undefined) return;
    if (present) {
      if (getOwnPropertyDescriptor(G, 'process') === undefined) defineProperty(G, 'process', processGlobal);
    } else {
      delete G.process;
    }
  }
