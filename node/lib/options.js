'use strict';
// Checks of what users pass: a wrong type is a TypeError that names the
// option, thrown before anything reaches the native addon.

function fail(what, expected, value) {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return new TypeError(`${what} must be ${expected} (got ${got})`);
}

function optional(value, what, check, expected) {
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw fail(what, expected, value);
  return value;
}

const isString = (v) => typeof v === 'string';
const isFunction = (v) => typeof v === 'function';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v) => Array.isArray(v) && v.every(isString);
const isLimit = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const check = {
  string: (v, what) => optional(v, what, isString, 'a string'),
  requiredString(v, what) {
    if (!isString(v) || v === '') throw fail(what, 'a non-empty string', v);
    return v;
  },
  function: (v, what) => optional(v, what, isFunction, 'a function'),
  object: (v, what) => optional(v, what, isObject, 'an object'),
  strings: (v, what) => optional(v, what, isStringArray, 'an array of strings'),
  limit(v, what) {
    const n = optional(v, what, isLimit, 'a non-negative number');
    return n === undefined ? undefined : Math.floor(n);
  },
  boolean: (v, what) => optional(v, what, (x) => typeof x === 'boolean', 'a boolean'),
  env(v, what) {
    const env = optional(v, what, isObject, 'an object of strings');
    if (env) for (const [k, val] of Object.entries(env)) if (!isString(val)) throw fail(`${what}.${k}`, 'a string', val);
    return env;
  },
};

// Why `value` cannot cross into the sandbox as JSON without losing data, or
// undefined when it can (plain objects, arrays, strings, finite numbers,
// booleans, null; a Date or anything with toJSON becomes what toJSON gives).
function notJson(value, where, seen = new Set()) {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${where} is ${value}, which JSON cannot hold`;
    case 'undefined':
      return `${where} is undefined, which JSON cannot hold`;
    case 'bigint':
      return `${where} is a BigInt, which JSON cannot hold`;
    case 'function':
      return `${where} is a function: functions cannot cross into the sandbox`;
    case 'symbol':
      return `${where} is a Symbol, which JSON cannot hold`;
    default:
      break;
  }
  if (value === null) return undefined;
  if (typeof value.toJSON === 'function' && !Buffer.isBuffer(value)) return undefined;
  if (seen.has(value)) return `${where} refers to itself (a cycle), which JSON cannot hold`;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    return `${where} is binary data (${value.constructor.name}): pass it as a string (base64) or an array of numbers`;
  }
  if (value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof Promise) {
    return `${where} is a ${value.constructor.name}, which JSON cannot hold`;
  }
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const why = notJson(value[i], `${where}[${i}]`, seen);
        if (why) return why;
      }
      return undefined;
    }
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') {
        // JSON.stringify drops these keys silently; a function is still an error.
        if (typeof item === 'function') return `${where}.${key} is a function: functions cannot cross into the sandbox`;
        continue;
      }
      const why = notJson(item, `${where}.${key}`, seen);
      if (why) return why;
    }
    return undefined;
  } finally {
    seen.delete(value);
  }
}

// Match an allow-list pattern (`*` = any run of characters), as the Rust
// library does.
function patternMatches(pattern, name) {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === name;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last)) return false;
  let rest = name.slice(first.length, name.length - last.length);
  for (const middle of parts.slice(1, -1)) {
    const i = rest.indexOf(middle);
    if (i < 0) return false;
    rest = rest.slice(i + middle.length);
  }
  return true;
}

module.exports = { check, notJson, patternMatches };
