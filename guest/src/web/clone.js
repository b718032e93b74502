// structuredClone: the HTML structured clone of plain data (primitives,
// wrappers, Date, RegExp, Map, Set, ArrayBuffer and views, Error, arrays and
// plain objects, with cycles and shared references kept). Functions, symbols
// and other host-ish objects throw a DataCloneError.
(function () {
  'use strict';
  const dataCloneError = (what) => {
    const e = new Error(what + ' could not be cloned.');
    e.name = 'DataCloneError';
    e.code = 25;
    return e;
  };
  function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    if (options !== undefined && options !== null && options.transfer && options.transfer.length) {
      throw dataCloneError('Transferring');
    }
    const seen = new Map();
    const clone = (v) => {
      if (typeof v === 'function') throw dataCloneError(String(v).slice(0, 60));
      if (typeof v === 'symbol') throw dataCloneError(String(v));
      if (v === null || typeof v !== 'object') return v;
      if (seen.has(v)) return seen.get(v);
      const tag = Object.prototype.toString.call(v);
      let out;
      switch (tag) {
        case '[object Date]': out = new Date(v.getTime()); seen.set(v, out); return out;
        case '[object RegExp]': out = new RegExp(v.source, v.flags); seen.set(v, out); return out;
        case '[object Boolean]': case '[object Number]': case '[object String]': case '[object BigInt]':
          out = Object(v.valueOf()); seen.set(v, out); return out;
        case '[object ArrayBuffer]': out = v.slice(0); seen.set(v, out); return out;
        case '[object Map]':
          out = new Map(); seen.set(v, out);
          v.forEach((val, key) => out.set(clone(key), clone(val)));
          return out;
        case '[object Set]':
          out = new Set(); seen.set(v, out);
          v.forEach((val) => out.add(clone(val)));
          return out;
        case '[object Error]': {
          const ctors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
          const C = ctors[v.name] || Error;
          out = new C(v.message); seen.set(v, out);
          if (typeof v.stack === 'string') out.stack = v.stack;
          if ('cause' in v) out.cause = clone(v.cause);
          return out;
        }
      }
      if (ArrayBuffer.isView(v)) {
        const buffer = clone(v.buffer);
        out = v instanceof DataView ? new DataView(buffer, v.byteOffset, v.byteLength) : new v.constructor(buffer, v.byteOffset, v.length);
        seen.set(v, out);
        return out;
      }
      if (Array.isArray(v)) {
        out = new Array(v.length); seen.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      }
      if (tag !== '[object Object]') throw dataCloneError(tag);
      out = {}; seen.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    };
    return clone(value);
  }
  return { structuredClone };
})
