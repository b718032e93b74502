// Prelude part: globals. Adds `global` and installs the web-standard
// globals (TextEncoder, URL, atob, structuredClone, crypto, ...) that are
// compiled on first use.

  defineProperty(G, 'global', { value: G, writable: true, configurable: true });

  // `performance.now()` counts from the call's first reading of the clock
  // (QuickJS counts from when the engine was created, which for a snapshot
  // was another process, so its values could even be negative);
  // `timeOrigin` is that moment on the wall clock. Reading the clocks costs
  // host calls, so nothing is read until code asks.
  const nativePerf = G.performance;
  const nativePerfNow = nativePerf !== undefined ? nativePerf.now : undefined;
  let perfBase;
  let perfOrigin;
  function startPerformanceClock() {
    perfBase = undefined;
    perfOrigin = undefined;
  }
  function perfStart() {
    taint();
    if (perfBase === undefined) {
      perfBase = apply(nativePerfNow, nativePerf, []);
      perfOrigin = Date.now();
    }
  }
  if (nativePerfNow !== undefined) {
    const performance = {
      now() {
        perfStart();
        return apply(nativePerfNow, nativePerf, []) - perfBase;
      },
      get timeOrigin() {
        perfStart();
        return perfOrigin;
      },
      toJSON() {
        perfStart();
        return { timeOrigin: perfOrigin };
      },
    };
    defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });
    defineProperty(G, 'performance', { value: performance, writable: true, configurable: true, enumerable: true });
  }

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
