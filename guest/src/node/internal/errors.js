// internal/errors: Node-style errors by code, and the argument validators
// that throw them, for the other built-ins (user code cannot require this).
//
//   const { codes, AbortError, validateString, ... } = require('internal/errors');
//   throw new codes.ERR_INVALID_ARG_TYPE('name', ['string', 'Buffer'], value);
//
// Every `codes.ERR_X` is a class extending the code's base error (TypeError,
// RangeError, Error, URIError), so an instance is like Node's:
//   e instanceof TypeError, e.name === 'TypeError', e.constructor === TypeError,
//   own enumerable e.code === 'ERR_X', own non-enumerable e.message,
//   e.toString() === 'TypeError [ERR_X]: message', own properties in Node's
//   order (stack, code, message), and, where the engine puts a `Name: message`
//   header line in `stack` (V8, and the sandbox's V8-style stacks), that line
//   reads 'TypeError [ERR_X]: message' as in Node. The stack starts at the
//   caller of `new codes.ERR_X(...)` (the error's own frames are hidden).
// Some codes have other-base variants as in Node: codes.ERR_INVALID_ARG_VALUE.RangeError,
// codes.ERR_INVALID_STATE.TypeError / .RangeError, codes.ERR_OPERATION_FAILED.TypeError,
// codes.ERR_INVALID_RETURN_VALUE.RangeError.
//
// Message arguments (Node's own signatures):
//   ERR_INVALID_ARG_TYPE(name, expected, actual)   expected: a string or an array of
//       'string' | 'number' | ... (typeof names), 'Buffer' | 'Uint8Array' | ... (class
//       names, "an instance of"), or other words ('an Array-like Object' etc.).
//       name ending in ' argument' is used verbatim ('The first argument ...'), a
//       name containing '.' is called a property.
//   ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid')
//   ERR_OUT_OF_RANGE(name, range, received, nameIsWholeMessage = false)
//   ERR_MISSING_ARGS(...names)                  (an array entry means "a" or "b")
//   ERR_INVALID_RETURN_VALUE(input, name, value)
//   ERR_UNHANDLED_ERROR(err?)  ERR_INVALID_URL(input, base?)  ERR_INVALID_CHAR(name, field?)
//   ERR_FALSY_VALUE_REJECTION(reason)  ERR_BUFFER_OUT_OF_BOUNDS(name?)
//   others take the %s arguments of their message (see TABLE below).
// New codes: E('ERR_MY_CODE', 'Message with %s', TypeError) or
//   E('ERR_MY_CODE', (a, b) => `message`, RangeError, TypeError /* extra variants */).
//
// nodeError(Base, code, message) makes a one-off error of a code's shape with a
// verbatim message; nativeError(Base, code, message) the kind Node throws from
// C++: a plain Base error with an own `code` (no [code] in toString).
// Also exported: AbortError(message = 'The operation was aborted', options)
// (code 'ABORT_ERR'), uvException({ code, syscall, path, dest }) (fs-style
// "ENOENT: no such file or directory, open '/x'" errors with errno/code/syscall/path),
// inspect (util.inspect when the util built-in loads, else a small one),
// format (util.format's %s %d %i %f %j %o %O), addNumericalSeparator,
// determineSpecificType, hideStackFrames (identity), and the validators:
//   validateString(v, name)  validateNumber(v, name, min?, max?)
//   validateInteger(v, name, min = MIN_SAFE_INTEGER, max = MAX_SAFE_INTEGER)
//   validateInt32(v, name, min?, max?)  validateUint32(v, name, positive?)
//   validateFunction(v, name)  validateBoolean(v, name)  validateArray(v, name, minLength?)
//   validateObject(v, name, flags | { nullable, allowArray, allowFunction })
//     (flags: kValidateObjectAllowNullable 1, kValidateObjectAllowArray 2,
//      kValidateObjectAllowFunction 4)
//   validateAbortSignal(signal, name)  validateOneOf(v, name, list)
//   validateBuffer(v, name = 'buffer')  validateEncoding(data, encoding)
//   validateStringArray / validateBooleanArray(v, name)  validateUnion(v, name, types)
//   validateSignalName(v, name)  validatePort(port, name, allowZero)
// all throwing exactly what Node's validators throw.
'use strict';

const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ArrayIsArray = Array.isArray;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const StringCtor = String;
const SymbolToString = Symbol.prototype.toString;
const FunctionToString = Function.prototype.toString;
const ObjectKeys = Object.keys;
const ErrorCtor = Error;

// ------------------------------------------------------------------ inspect
// A small util.inspect for error messages: exact for primitives, Node-like
// for common objects (single line).
const META = [];
for (let i = 0; i < 0xa0; i++) {
  META.push(i < 0x20 || i >= 0x7f ? '\\x' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase() : '');
}
META[8] = '\\b'; META[9] = '\\t'; META[10] = '\\n'; META[12] = '\\f'; META[13] = '\\r';
META[0x5c] = '\\\\';

function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = '';
  let last = 0;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0xa0) {
      if (c === 0x27 && quote === "'") rep = "\\'";
      else rep = META[c];
      if (!rep) continue;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      }
      rep = '\\u' + c.toString(16);
    } else continue;
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return quote + out + str.slice(last) + quote;
}

function isIdentifier(key) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
}

function className(obj) {
  let proto;
  try { proto = ObjectGetPrototypeOf(obj); } catch (_) { return 'Object'; }
  if (proto === null) return null;
  try {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
    const c = obj.constructor;
    if (typeof c === 'function' && c.name) return c.name;
  } catch (_) { /* fall through */ }
  return 'Object';
}

function inspectPrimitive(value) {
  switch (typeof value) {
    case 'string': return quoteString(value);
    case 'number': return value === 0 && 1 / value < 0 ? '-0' : StringCtor(value);
    case 'bigint': return StringCtor(value) + 'n';
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'undefined';
    case 'symbol': return SymbolToString.call(value);
  }
  if (value === null) return 'null';
  return undefined;
}

function inspectFunction(fn) {
  let src = '';
  try { src = FunctionToString.call(fn); } catch (_) { /* ignore */ }
  const name = fn.name;
  if (src.startsWith('class') && /^class\b/.test(src)) return name ? `[class ${name}]` : '[class (anonymous)]';
  const kind = src.startsWith('async') ? (/^async\s*function\s*\*/.test(src) ? 'AsyncGeneratorFunction' : 'AsyncFunction')
    : /^function\s*\*/.test(src) ? 'GeneratorFunction' : 'Function';
  return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`;
}

function inspectObject(value, depth, seen) {
  if (seen.includes(value)) return '[Circular *1]';
  const custom = value[Symbol.for('nodejs.util.inspect.custom')];
  if (typeof custom === 'function') {
    try {
      const r = custom.call(value, depth, { depth: 2 - depth, colors: false, stylize: (s) => s }, inspect);
      if (typeof r === 'string') return r;
    } catch (_) { /* fall through */ }
  }
  if (value instanceof ErrorCtor) {
    const s = value.stack;
    const head = ErrorCtor.prototype.toString.call(value);
    if (typeof s === 'string' && s) return s.startsWith(head) ? s : `${head}\n${s.replace(/\n$/, '')}`;
    return `[${head}]`;
  }
  if (value instanceof Date) {
    try { return value.toISOString(); } catch (_) { return 'Invalid Date'; }
  }
  if (value instanceof RegExp) return StringCtor(value);
  const name = className(value);
  seen.push(value);
  try {
    const parts = [];
    let prefix = '';
    let open = '{', close = '}';
    let keys = ObjectKeys(value);
    if (ArrayIsArray(value) || ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      open = '['; close = ']';
      const isArr = ArrayIsArray(value);
      const len = value.length;
      if (!isArr || name !== 'Array') prefix = isArr ? `${name}(${len}) ` : `${name}(${len}) `;
      if (depth > 2) return isArr ? '[Array]' : `[${name}]`;
      let holes = 0;
      const shown = Math.min(len, 100);
      for (let i = 0; i < shown; i++) {
        if (isArr && !(i in value)) { holes++; continue; }
        if (holes) { parts.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`); holes = 0; }
        parts.push(inspectValue(value[i], depth + 1, seen));
      }
      if (holes) parts.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      if (len > shown) parts.push(`... ${len - shown} more item${len - shown > 1 ? 's' : ''}`);
      keys = keys.filter((k) => !(/^(0|[1-9][0-9]*)$/.test(k) && +k < len));
    } else if (value instanceof Map || value instanceof Set) {
      const isMap = value instanceof Map;
      prefix = `${name}(${value.size}) `;
      if (depth > 2) return `[${name}]`;
      for (const entry of value) {
        parts.push(isMap ? `${inspectValue(entry[0], depth + 1, seen)} => ${inspectValue(entry[1], depth + 1, seen)}`
          : inspectValue(entry, depth + 1, seen));
      }
    } else {
      if (name === null) prefix = '[Object: null prototype] ';
      else if (name !== 'Object') prefix = `${name} `;
      if (depth > 2) return name === null ? '[Object: null prototype]' : `[${name === 'Object' ? 'Object' : name}]`;
    }
    for (const k of keys) {
      const shownKey = isIdentifier(k) ? k : quoteString(k);
      parts.push(`${shownKey}: ${inspectValue(value[k], depth + 1, seen)}`);
    }
    for (const s of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, s)) parts.push(`[${SymbolToString.call(s)}]: ${inspectValue(value[s], depth + 1, seen)}`);
    }
    if (parts.length === 0) return `${prefix}${open}${close}`;
    return `${prefix}${open} ${parts.join(', ')} ${close}`;
  } finally {
    seen.pop();
  }
}

function inspectValue(value, depth, seen) {
  const p = inspectPrimitive(value);
  if (p !== undefined) return p;
  if (typeof value === 'function') return inspectFunction(value);
  return inspectObject(value, depth, seen);
}

// inspect(value): Node's util.inspect(value). Objects go to the util
// built-in when it loads (for its full layout rules), else to the small
// inspector above.
let utilInspect;
function inspect(value, options) {
  const p = inspectPrimitive(value);
  if (p !== undefined) return p;
  if (utilInspect === undefined) {
    utilInspect = null;
    try {
      const util = require('util');
      if (util && typeof util.inspect === 'function') utilInspect = util.inspect;
    } catch (_) { /* not available */ }
  }
  if (utilInspect !== null) {
    try { return options === undefined ? utilInspect(value) : utilInspect(value, options); } catch (_) { /* fall back */ }
  }
  try {
    if (options !== undefined && options.depth === -1 && typeof value === 'object') {
      // Only the outline, as util.inspect shows objects past its depth.
      const name = className(value);
      const tag = value[Symbol.toStringTag];
      const label = name === null ? `[${typeof tag === 'string' && tag ? tag : 'Object'}: null prototype]` : `[${name}]`;
      return ObjectKeys(value).length === 0 && !ArrayIsArray(value) ? inspectValue(value, 0, []) : label;
    }
    return inspectValue(value, 0, []);
  } catch (_) { return '[object]'; }
}

// Like util.format for the %s/%d/%i/%j/%o/%O placeholders of a message.
function format(msg, args) {
  let i = 0;
  const out = msg.replace(/%[sdifjoO%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    switch (m) {
      case '%s':
        if (typeof a === 'string') return a;
        if (typeof a === 'bigint') return `${a}n`;
        if (typeof a === 'number') return inspectPrimitive(a);
        if (typeof a === 'symbol') return SymbolToString.call(a);
        if (a !== null && typeof a === 'object') return inspect(a);
        return StringCtor(a);
      case '%d': case '%i': {
        if (typeof a === 'bigint') return `${a}n`;
        const n = Number(a);
        return StringCtor(m === '%i' ? Math.trunc(n) : n);
      }
      case '%f': return StringCtor(parseFloat(a));
      case '%j': try { return JSON.stringify(a); } catch (_) { return '[Circular]'; }
      default: return inspect(a);
    }
  });
  return out;
}

// Node's 1_000_000 grouping of large numbers in range errors.
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// "Received ..." part of ERR_INVALID_ARG_TYPE and friends.
function determineSpecificType(value) {
  if (value === null || value === undefined) return '' + value;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    let ctorName;
    try { ctorName = value.constructor && value.constructor.name; } catch (_) { ctorName = undefined; }
    if (ctorName) return `an instance of ${ctorName}`;
    return inspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    if (value.length > 28) value = `${value.slice(0, 25)}...`;
    return value.indexOf("'") === -1 ? `type string ('${value}')` : `type string (${JSON.stringify(value)})`;
  }
  return `type ${typeof value} (${inspect(value)})`;
}

// ------------------------------------------------------------ error classes
const codes = {};
const messages = new Map();

const ErrorCaptureStackTrace = ErrorCtor.captureStackTrace;
function canHideFrames() {
  if (typeof ErrorCaptureStackTrace !== 'function') return false;
  const d = Object.getOwnPropertyDescriptor(ErrorCtor, 'stackTraceLimit');
  if (d === undefined) return Object.isExtensible(ErrorCtor);
  return d.writable === true || typeof d.set === 'function';
}

function makeNodeErrorClass(Base, key, messageOf = (args) => getMessage(key, args)) {
  const NodeError = class extends Base {
    constructor(...args) {
      const message = messageOf(args);
      // As Node does: no stack while constructing, then one captured from
      // the caller of `new ERR_X(...)` (hiding this constructor's frames),
      // with own properties in Node's order (stack, code, message).
      const hide = canHideFrames();
      let limit;
      if (hide) {
        limit = ErrorCtor.stackTraceLimit;
        ErrorCtor.stackTraceLimit = 0;
        super();
        ErrorCtor.stackTraceLimit = limit;
      } else {
        super();
      }
      ObjectDefineProperty(this, 'code', { value: key, enumerable: true, writable: true, configurable: true });
      ObjectDefineProperty(this, 'message', { value: message, enumerable: false, writable: true, configurable: true });
      if (hide) ErrorCaptureStackTrace(this, new.target);
      {
        // Where the engine wrote a `Name: message` header (V8, or QuickJS
        // with a prepareStackTrace hook), it gets the code as in Node.
        const stack = this.stack;
        const plain = `${Base.name}: ${message}`;
        if (typeof stack === 'string' && stack.startsWith(plain)) {
          ObjectDefineProperty(this, 'stack', {
            value: `${Base.name} [${key}]: ${message}${stack.slice(plain.length)}`,
            enumerable: false, writable: true, configurable: true,
          });
        }
      }
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
  ObjectDefineProperty(NodeError, 'name', { value: Base.name, configurable: true });
  ObjectDefineProperty(NodeError.prototype, 'constructor', { value: Base, enumerable: false, writable: true, configurable: true });
  return NodeError;
}

function getMessage(key, args) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg(...args);
  return format(msg, args);
}

// nodeError(Base, code, message): an error shaped like codes[code]'s (class,
// [code] in toString and the stack header) but with a verbatim message.
const plainClasses = new Map();
function nodeError(Base, key, message) {
  const id = `${Base.name}:${key}`;
  let C = plainClasses.get(id);
  if (C === undefined) {
    C = makeNodeErrorClass(Base, key, (args) => args[0]);
    plainClasses.set(id, C);
  }
  return new C(message);
}

// nativeError(Base, code, message): the kind Node throws from C++ — a plain
// Base error (String(e) is 'RangeError: Index out of range', no [code]) with
// an own enumerable `code`.
function nativeError(Base, key, message) {
  let err;
  if (canHideFrames()) {
    const limit = ErrorCtor.stackTraceLimit;
    ErrorCtor.stackTraceLimit = 0;
    err = new Base(message);
    ErrorCtor.stackTraceLimit = limit;
    ErrorCaptureStackTrace(err, nativeError);
  } else {
    err = new Base(message);
  }
  err.code = key;
  return err;
}

// E(code, message | (...args) => message, Base, ...otherBases)
function E(key, message, Base, ...otherBases) {
  messages.set(key, message);
  const C = makeNodeErrorClass(Base, key);
  for (const Other of otherBases) C[Other.name] = makeNodeErrorClass(Other, key);
  codes[key] = C;
  return C;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function listWords(words, single, joinTwo) {
  if (words.length > 2) return `${single}${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
  if (words.length === 2) return `${single}${words[0]} ${joinTwo} ${words[1]}`;
  return `${single}${words[0]}`;
}

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  const list = ArrayIsArray(expected) ? expected : [expected];
  let msg = 'The ';
  if (StringCtor(name).endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${StringCtor(name).includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const v of list) {
    if (kTypes.includes(v)) types.push(v.toLowerCase());
    else if (classRegExp.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const at = types.indexOf('object');
    if (at !== -1) { types.splice(at, 1); instances.push('Object'); }
  }
  const pieces = [];
  if (types.length > 0) {
    pieces.push(types.length === 1 ? `of type ${types[0]}` : listWords(types, 'one of type ', 'or'));
  }
  if (instances.length > 0) {
    pieces.push(instances.length > 2 ? listWords(instances, 'an instance of ', 'or')
      : `an instance of ${instances[0]}${instances.length === 2 ? ` or ${instances[1]}` : ''}`);
  }
  if (other.length > 0) {
    if (other.length > 1) pieces.push(listWords(other, 'one of ', 'or'));
    else pieces.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
  }
  msg += pieces.join(' or ');
  return `${msg}. Received ${determineSpecificType(actual)}`;
}, TypeError);

E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = StringCtor(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);

E('ERR_OUT_OF_RANGE', (name, range, input, nameIsWholeMessage = false) => {
  let msg = nameIsWholeMessage ? name : `The value of "${name}" is out of range.`;
  let received;
  if (NumberIsInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(StringCtor(input));
  } else if (typeof input === 'bigint') {
    received = StringCtor(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);

E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (ArrayIsArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);

E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
TypeError, RangeError);

E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`,
TypeError);

E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);

E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);

E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);

E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);

E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);

E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);

E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) => `Invalid address family: ${addressType} ${host}:${port}`, RangeError);

// Codes whose message is a fixed text with %s arguments.
const TABLE = [
  ['ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError],
  ['ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError],
  ['ERR_ASSERTION', '%s', Error],
  ['ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError],
  ['ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError],
  ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError],
  ['ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error],
  ['ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error],
  ['ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error],
  ['ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError],
  ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
  ['ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error],
  ['ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error],
  ['ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error],
  ['ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
  ['ERR_DIR_CLOSED', 'Directory handle was closed', Error],
  ['ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error],
  ['ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError],
  ['ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError],
  ['ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error],
  ['ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError],
  ['ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError],
  ['ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error],
  ['ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError],
  ['ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError],
  ['ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError],
  ['ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError],
  ['ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError],
  ['ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError],
  ['ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError],
  ['ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError],
  ['ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError],
  ['ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError],
  ['ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError],
  ['ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError],
  ['ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError],
  ['ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError],
  ['ERR_INVALID_MIME_SYNTAX', 'The MIME syntax for a %s in "%s" is invalid at %s', TypeError],
  ['ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError],
  ['ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError],
  ['ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError],
  ['ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError],
  ['ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError],
  ['ERR_INVALID_URI', 'URI malformed', URIError],
  ['ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error],
  ['ERR_MISSING_OPTION', '%s is required', TypeError],
  ['ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error],
  ['ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error],
  ['ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError],
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '%s'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"%s\"", TypeError],
  ['ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError],
  ['ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError],
  ['ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError],
  ['ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError],
  ['ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error],
  ['ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error],
  ['ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error],
  ['ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError],
  ['ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error],
  ['ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error],
  ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error],
  ['ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error],
  ['ERR_STREAM_WRITE_AFTER_END', 'write after end', Error],
  ['ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError],
  ['ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error],
  ['ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error],
  ['ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError],
  ['ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error],
  ['ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error],
  ['ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError],
  ['ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError],
  ['ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError],
  ['ERR_USE_AFTER_CLOSE', '%s was closed', Error],
  ['ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error],
  ['ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError],
  // Errors Node raises from C++ (same codes and texts).
  ['ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError],
  ['ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError],
  ['ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError],
  ['ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error],
  ['ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError],
  ['ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error],
];
for (const [key, message, ...bases] of TABLE) E(key, message, ...bases);

// Codes that carry extra properties.
{
  const InvalidUrl = E('ERR_INVALID_URL', 'Invalid URL', TypeError);
  codes.ERR_INVALID_URL = class extends InvalidUrl {
    constructor(input, base = null) {
      super();
      this.input = input;
      if (base != null) this.base = base;
    }
  };
  ObjectDefineProperty(codes.ERR_INVALID_URL, 'name', { value: 'TypeError', configurable: true });
  const Falsy = E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
  codes.ERR_FALSY_VALUE_REJECTION = class extends Falsy {
    constructor(reason) {
      super();
      this.reason = reason;
    }
  };
  ObjectDefineProperty(codes.ERR_FALSY_VALUE_REJECTION, 'name', { value: 'Error', configurable: true });
}

// Node's AbortError (events, timers/promises, streams, fetch-like APIs).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// fs-style system errors: uvException({ code: 'ENOENT', syscall: 'open', path: '/x' })
// -> Error "ENOENT: no such file or directory, open '/x'" with errno, code,
// syscall, path (and dest) as Node sets them.
const UV = {
  E2BIG: [-7, 'argument list too long'], EACCES: [-13, 'permission denied'],
  EADDRINUSE: [-98, 'address already in use'], EAGAIN: [-11, 'resource temporarily unavailable'],
  EBADF: [-9, 'bad file descriptor'], EBUSY: [-16, 'resource busy or locked'],
  ECANCELED: [-125, 'operation canceled'], ECONNREFUSED: [-111, 'connection refused'],
  ECONNRESET: [-104, 'connection reset by peer'], EEXIST: [-17, 'file already exists'],
  EFBIG: [-27, 'file too large'], EINVAL: [-22, 'invalid argument'], EIO: [-5, 'i/o error'],
  EISDIR: [-21, 'illegal operation on a directory'], ELOOP: [-40, 'too many symbolic links encountered'],
  EMFILE: [-24, 'too many open files'], ENAMETOOLONG: [-36, 'name too long'],
  ENOENT: [-2, 'no such file or directory'], ENOMEM: [-12, 'not enough memory'],
  ENOSPC: [-28, 'no space left on device'], ENOSYS: [-38, 'function not implemented'],
  ENOTDIR: [-20, 'not a directory'], ENOTEMPTY: [-39, 'directory not empty'],
  ENOTSUP: [-95, 'operation not supported on socket'], EPERM: [-1, 'operation not permitted'],
  EPIPE: [-32, 'broken pipe'], EROFS: [-30, 'read-only file system'],
  ESPIPE: [-29, 'invalid seek'], ETIMEDOUT: [-110, 'connection timed out'],
  EXDEV: [-18, 'cross-device link not permitted'],
};
function uvException(ctx) {
  const code = ctx.code;
  const [errno, desc] = UV[code] || [ctx.errno !== undefined ? ctx.errno : -4094, 'unknown error'];
  let message = `${code}: ${ctx.message || desc}, ${ctx.syscall}`;
  if (ctx.path !== undefined) message += ` '${ctx.path}'`;
  if (ctx.dest !== undefined) message += ` -> '${ctx.dest}'`;
  const err = new ErrorCtor(message);
  err.errno = errno;
  err.code = code;
  err.syscall = ctx.syscall;
  if (ctx.path !== undefined) err.path = ctx.path;
  if (ctx.dest !== undefined) err.dest = ctx.dest;
  return err;
}

// ---------------------------------------------------------------- validators
function hideStackFrames(fn) { return fn; }

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && NumberIsNaN(value))) {
    throw new codes.ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;

function validateObject(value, name, options = kValidateObjectNone) {
  let nullable = false, allowArray = false, allowFunction = false;
  if (typeof options === 'number') {
    nullable = (options & kValidateObjectAllowNullable) !== 0;
    allowArray = (options & kValidateObjectAllowArray) !== 0;
    allowFunction = (options & kValidateObjectAllowFunction) !== 0;
  } else if (options != null) {
    nullable = !!options.nullable;
    allowArray = !!options.allowArray;
    allowFunction = !!options.allowFunction;
  }
  if ((!nullable && value === null) || (!allowArray && ArrayIsArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!ArrayIsArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : StringCtor(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateEncoding(data, encoding) {
  const normalized = StringCtor(encoding).toLowerCase();
  const length = data.length;
  if (normalized === 'hex' && length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS', 'SIGFPE',
  'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD', 'SIGSTKFLT',
  'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM',
  'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS'];
function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (!SIGNALS.includes(signal)) {
    if (SIGNALS.includes(signal.toUpperCase())) {
      throw new codes.ERR_UNKNOWN_SIGNAL(signal + ' (signals must use all capital letters)');
    }
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

module.exports = {
  codes,
  E,
  nodeError,
  nativeError,
  AbortError,
  uvException,
  inspect,
  format,
  addNumericalSeparator,
  determineSpecificType,
  hideStackFrames,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateString,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateFunction,
  validateBoolean,
  validateObject,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignal,
  validateOneOf,
  validateBuffer,
  validateEncoding,
  validateUnion,
  validateSignalName,
  validatePort,
};
