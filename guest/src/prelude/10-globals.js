// Prelude part: globals. Adds `global`, keeps the prelude's own frames out
// of stack-trace call sites, and installs the web-standard globals (TextEncoder,
// URL, atob, structuredClone, crypto, ...) that are compiled on first use.

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
