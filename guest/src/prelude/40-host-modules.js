// Prelude part: host modules. The exports of `require('host:NAME')`, whose
// functions call the host, and the hooks the Rust side uses to wait for async
// host calls (`waitHost`, `hostPending`).

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
