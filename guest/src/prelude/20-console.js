// Prelude part: `console`. Node-like formatting of console arguments, each
// line handed to the host (which may stop taking them once the call's console
// budget is spent).

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
