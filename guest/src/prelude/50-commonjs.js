// Prelude part: CommonJS. `require`, module resolution through the host,
// the module cache, and the classification of a file as JSON, CommonJS or ES
// module.

  // CommonJS as in Node. The host resolves every specifier through a
  // capability directory and hands back the module's canonical path (its
  // id) and source; modules are cached per call by that id.
  const cache = objectCreate(null);
  const CJS_WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __isolatedRuntimeScope) {';
  const LOAD_REQUIRE = 0;
  const LOAD_IMPORT = 1;
  const LOAD_IMPORT_JSON = 2;

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

  // Find `specifier` as asked for from `referrer`; `mode` is LOAD_REQUIRE
  // (also the default), LOAD_IMPORT or LOAD_IMPORT_JSON.
  function locate(specifier, referrer, mode) {
    if (specifier.startsWith('host:')) return { path: specifier, source: '', format: 'host' };
    const res = hostLoad(wellFormed(specifier), referrer, mode === undefined ? LOAD_REQUIRE : mode);
    if (res.error !== undefined) {
      const code = res.error === KIND.MODULE_NOT_FOUND || res.error === KIND.MODULE_FORBIDDEN ? 'MODULE_NOT_FOUND' : 'ERR_SANDBOX';
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
    if (id.startsWith('node:')) return (found.format = 'builtin');
    if (id.endsWith('.json')) return (found.format = 'json');
    if (id.endsWith('.mjs')) return (found.format = 'esm');
    wrapperColumns.set(id.startsWith('virtual:') ? id : '/' + id, CJS_WRAPPER_HEAD.length);
    moduleTexts.set(id.startsWith('virtual:') ? id : '/' + id, found.source);
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
        CJS_WRAPPER_HEAD +
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
    const filename = id.startsWith('virtual:') || id.startsWith('host:') || id.startsWith('node:') ? id : '/' + id;
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
      } else if (id.startsWith('node:')) {
        module.exports = builtin(id.slice(5)).exports;
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
        esModuleIds.add(id);
        moduleTexts.set('/' + id, found.source);
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
