'use strict';
// node:stream for the sandbox: legacy Stream, Readable, Writable, Duplex,
// Transform, PassThrough, pipeline, finished, compose, addAbortSignal, the
// Readable iterator helpers and the promise API (also node:stream/promises).
//
// Written against Node's documented behaviour and its observable event order:
// deferred work goes through process.nextTick (when the sandbox's process
// module provides it, else queueMicrotask) so 'data'/'readable'/'end'/
// 'finish'/'close' keep Node's order among themselves and against user
// nextTicks. Their order against promise jobs is only as close to Node's as
// that nextTick is (Node drains ticks before promise jobs of a macrotask and
// after all promise jobs of a microtask).

const EE = require('events');
const { Buffer } = require('buffer');

// ------------------------------------------------------------ captured globals
const _queueMicrotask = queueMicrotask;
const _Promise = Promise;
const _Symbol = Symbol;
const _SymbolAsyncIterator = Symbol.asyncIterator;
const _SymbolIterator = Symbol.iterator;
const _ArrayIsArray = Array.isArray;
const _isView = ArrayBuffer.isView;
const _NumberIsInteger = Number.isInteger;
const _NumberIsNaN = Number.isNaN;
const _ObjectDefineProperty = Object.defineProperty;
const _ObjectDefineProperties = Object.defineProperties;
const _ObjectSetPrototypeOf = Object.setPrototypeOf;
const _ObjectKeys = Object.keys;
const _ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const _ReflectApply = Reflect.apply;
const _AggregateError = typeof AggregateError === 'function' ? AggregateError : null;
const _GlobalAbortController = typeof AbortController === 'function' ? AbortController : null;
const _FunctionHasInstance = Function.prototype[Symbol.hasInstance];
const _PromisePrototypeThen = Promise.prototype.then;
const _Uint8Array = Uint8Array;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCaptureRejection = Symbol.for('nodejs.rejection');
const _SymbolAsyncDispose = typeof Symbol.asyncDispose === 'symbol' ? Symbol.asyncDispose : null;

// ------------------------------------------------------------------ nextTick
let tickImpl = null;
function nextTick(fn, ...args) {
  if (tickImpl === null) {
    let proc = null;
    try { proc = require('process'); } catch (e) { proc = null; }
    if (proc && typeof proc.nextTick === 'function') {
      const nt = proc.nextTick;
      tickImpl = (f, a) => _ReflectApply(nt, proc, [f, ...a]);
    } else {
      tickImpl = (f, a) => _queueMicrotask(() => _ReflectApply(f, undefined, a));
    }
  }
  tickImpl(fn, args);
}

let procRef;
function getProcess() {
  if (procRef === undefined) {
    try { procRef = require('process'); } catch (e) { procRef = null; }
  }
  return procRef;
}

let SD = null;
function getStringDecoder() {
  if (SD === null) SD = require('string_decoder').StringDecoder;
  return SD;
}

// -------------------------------------------------------------------- errors
let errorsModule;
function errorsMod() {
  if (errorsModule === undefined) {
    try { errorsModule = require('internal/errors'); } catch (e) { errorsModule = null; }
  }
  return errorsModule;
}

function quoteString(s) {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
}
function inspectPrimitive(v) {
  switch (typeof v) {
    case 'string': return quoteString(v);
    case 'bigint': return `${v}n`;
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'symbol': return v.toString();
    default: return String(v);
  }
}
function inspectShallow(v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return inspectPrimitive(v);
  if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
  if (_ArrayIsArray(v)) return '[Array]';
  return '[Object: null prototype] {}';
}
function specificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspectShallow(value);
  }
  let inspected = inspectShallow(value);
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function' && value.name) return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${inspectShallow(value)}`;
  }
  let inspected = inspectShallow(value);
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
function invalidArgTypeMessage(name, expected, actual) {
  if (!_ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    if (types.length > 2) { const last = types.pop(); msg += `one of type ${types.join(', ')}, or ${last}`; }
    else if (types.length === 2) msg += `one of type ${types[0]} or ${types[1]}`;
    else msg += `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) { const last = instances.pop(); msg += `an instance of ${instances.join(', ')}, or ${last}`; }
    else { msg += `an instance of ${instances[0]}`; if (instances.length === 2) msg += ` or ${instances[1]}`; }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) { const last = other.pop(); msg += `one of ${other.join(', ')}, or ${last}`; }
    else if (other.length === 2) msg += `one of ${other[0]} or ${other[1]}`;
    else { if (other[0].toLowerCase() !== other[0]) msg += 'an '; msg += `${other[0]}`; }
  }
  return msg + '.' + describeReceived(actual);
}

function makeCode(Base, code, format) {
  const C = class extends Base {
    constructor(...args) {
      super(format(...args));
      _ObjectDefineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    }
    toString() { return `${this.name} [${code}]: ${this.message}`; }
  };
  _ObjectDefineProperty(C, 'name', { value: Base.name });
  return C;
}
const fallbackCodes = {
  ERR_INVALID_ARG_TYPE: makeCode(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage),
  ERR_INVALID_ARG_VALUE: makeCode(TypeError, 'ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
    let inspected = typeof value === 'object' && value !== null ? inspectShallow(value) : inspectPrimitive(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspected}`;
  }),
  ERR_INVALID_RETURN_VALUE: makeCode(TypeError, 'ERR_INVALID_RETURN_VALUE', (input, name, value) => {
    return `Expected ${input} to be returned from the "${name}" function but got ${specificType(value)}.`;
  }),
  ERR_METHOD_NOT_IMPLEMENTED: makeCode(Error, 'ERR_METHOD_NOT_IMPLEMENTED', (m) => `The ${m} method is not implemented`),
  ERR_MISSING_ARGS: makeCode(TypeError, 'ERR_MISSING_ARGS', (...args) => {
    let msg = 'The ';
    const len = args.length;
    const wrap = (a) => `"${a}"`;
    args = args.map((a) => (_ArrayIsArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    switch (len) {
      case 1: msg += `${args[0]} argument`; break;
      case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
      default: { const last = args.pop(); msg += `${args.join(', ')}, and ${last} arguments`; }
    }
    return `${msg} must be specified`;
  }),
  ERR_MULTIPLE_CALLBACK: makeCode(Error, 'ERR_MULTIPLE_CALLBACK', () => 'Callback called multiple times'),
  ERR_OUT_OF_RANGE: makeCode(RangeError, 'ERR_OUT_OF_RANGE', (str, range, input) => {
    let received = typeof input === 'bigint' ? `${input}n` : inspectPrimitive(input);
    return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
  }),
  ERR_STREAM_ALREADY_FINISHED: makeCode(Error, 'ERR_STREAM_ALREADY_FINISHED', (name) => `Cannot call ${name} after a stream was finished`),
  ERR_STREAM_CANNOT_PIPE: makeCode(Error, 'ERR_STREAM_CANNOT_PIPE', () => 'Cannot pipe, not readable'),
  ERR_STREAM_DESTROYED: makeCode(Error, 'ERR_STREAM_DESTROYED', (name) => `Cannot call ${name} after a stream was destroyed`),
  ERR_STREAM_NULL_VALUES: makeCode(TypeError, 'ERR_STREAM_NULL_VALUES', () => 'May not write null values to stream'),
  ERR_STREAM_PREMATURE_CLOSE: makeCode(Error, 'ERR_STREAM_PREMATURE_CLOSE', () => 'Premature close'),
  ERR_STREAM_PUSH_AFTER_EOF: makeCode(Error, 'ERR_STREAM_PUSH_AFTER_EOF', () => 'stream.push() after EOF'),
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: makeCode(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', () => 'stream.unshift() after end event'),
  ERR_STREAM_WRITE_AFTER_END: makeCode(Error, 'ERR_STREAM_WRITE_AFTER_END', () => 'write after end'),
  ERR_UNKNOWN_ENCODING: makeCode(TypeError, 'ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${enc}`),
};

class FallbackAbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw mkErr('ERR_INVALID_ARG_TYPE', 'options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function mkErr(code, ...args) {
  const m = errorsMod();
  const C = (m && m.codes && m.codes[code]) || fallbackCodes[code];
  return new C(...args);
}
function abortError(cause) {
  const m = errorsMod();
  const C = (m && typeof m.AbortError === 'function') ? m.AbortError : FallbackAbortError;
  return cause === undefined ? new C() : new C(undefined, { cause });
}
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (_ArrayIsArray(outer.errors)) { outer.errors.push(inner); return outer; }
    if (_AggregateError) {
      const err = new _AggregateError([outer, inner], outer.message);
      err.code = outer.code;
      return err;
    }
    return outer;
  }
  return inner || outer;
}

// ---------------------------------------------------------------- validators
function validateFunction(value, name) {
  if (typeof value !== 'function') throw mkErr('ERR_INVALID_ARG_TYPE', name, 'Function', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || _ArrayIsArray(value)) throw mkErr('ERR_INVALID_ARG_TYPE', name, 'Object', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw mkErr('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw mkErr('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!_NumberIsInteger(value)) throw mkErr('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > max) throw mkErr('ERR_OUT_OF_RANGE', name, `>= ${min} && <= ${max}`, value);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw mkErr('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

// ------------------------------------------------------- abort controller shim
class ShimAbortSignal {
  constructor() { this.aborted = false; this.reason = undefined; this.onabort = null; this._listeners = []; }
  addEventListener(type, fn, opts) {
    if (type !== 'abort' || typeof fn !== 'function') return;
    if (this._listeners.some((l) => l.fn === fn)) return;
    this._listeners.push({ fn, once: !!(opts && opts.once) });
  }
  removeEventListener(type, fn) {
    if (type !== 'abort') return;
    const i = this._listeners.findIndex((l) => l.fn === fn);
    if (i !== -1) this._listeners.splice(i, 1);
  }
  throwIfAborted() { if (this.aborted) throw this.reason; }
}
class ShimAbortController {
  constructor() { this.signal = new ShimAbortSignal(); }
  abort(reason) {
    const s = this.signal;
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason === undefined ? abortError() : reason;
    const ev = { type: 'abort', target: s };
    if (typeof s.onabort === 'function') s.onabort(ev);
    for (const l of s._listeners.slice()) {
      if (l.once) s.removeEventListener('abort', l.fn);
      l.fn.call(s, ev);
    }
  }
}
let AbortControllerCtor;
function newAbortController() {
  if (AbortControllerCtor === undefined) {
    AbortControllerCtor = _GlobalAbortController;
    if (!AbortControllerCtor) {
      try { AbortControllerCtor = require('internal/event_target').AbortController || null; } catch (e) { AbortControllerCtor = null; }
    }
    if (!AbortControllerCtor) AbortControllerCtor = ShimAbortController;
  }
  return new AbortControllerCtor();
}
// Resolves to a function that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined || signal === null) return () => {};
  let removed = false;
  if (signal.aborted) {
    _queueMicrotask(() => { if (!removed) listener(); });
    return () => { removed = true; };
  }
  signal.addEventListener('abort', listener, { once: true });
  return () => { signal.removeEventListener('abort', listener); };
}

function nop() {}
function once(callback) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return _ReflectApply(callback, this, args);
  };
}

// ---------------------------------------------------------- stream predicates
const kIsDestroyed = _Symbol('kIsDestroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');

function isReadableNodeStream(obj, strict = false) {
  return !!(obj &&
    typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj &&
    typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isWebStream() { return false; }
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[_SymbolAsyncIterator] === 'function';
  if (isAsync === false) return typeof obj[_SymbolIterator] === 'function';
  return typeof obj[_SymbolAsyncIterator] === 'function' || typeof obj[_SymbolIterator] === 'function';
}
function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}
function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored) != null ? w.errored : null;
}
function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored) != null ? r.errored : null;
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return (w && w.closed) || (r && r.closed);
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}
function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}
function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}
function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    stream.req && stream.req.upgradeOrConnect === undefined;
}
function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
function isDisturbed(stream) {
  if (!stream) return false;
  const v = stream[kIsDisturbed];
  return !!(v != null ? v : (stream.readableDidRead || stream.readableAborted));
}
function isErrored(stream) {
  if (!stream) return false;
  const pick = (...vals) => { for (const v of vals) if (v != null) return v; return undefined; };
  return !!pick(
    stream[kIsErrored],
    stream.readableErrored,
    stream.writableErrored,
    stream._readableState && stream._readableState.errorEmitted,
    stream._writableState && stream._writableState.errorEmitted,
    stream._readableState && stream._readableState.errored,
    stream._writableState && stream._writableState.errored);
}

// -------------------------------------------------------------- destroy logic
const kDestroyCallback = _Symbol('kDestroyCallback');
const kConstructCallbacks = _Symbol('kConstructCallbacks');

function recordError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroyStream(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this[kDestroyCallback] = (er) => runDestroy(this, aggregateTwoErrors(er, err), cb);
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorCloseNT, self, er);
    else nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}
function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}
function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

function setupConstruct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream[kConstructCallbacks] = onConstructed;
  nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : mkErr('ERR_MULTIPLE_CALLBACK'));
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) {
      const d = stream[kDestroyCallback];
      stream[kDestroyCallback] = null;
      if (d) d(err);
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      nextTick(() => {
        const cbs = stream[kConstructCallbacks];
        stream[kConstructCallbacks] = null;
        if (cbs) for (const f of cbs) f();
      });
    }
  }
  try {
    stream._construct((err) => { nextTick(onConstruct, err); });
  } catch (err) {
    nextTick(onConstruct, err);
  }
}

// Destroys any stream-like thing (used by pipeline, compose, Stream.destroy).
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = abortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    nextTick((s, e) => s.emit('error', e), stream, err);
  } else {
    nextTick((s) => s.emit('close'), stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

// ----------------------------------------------------------- high water mark
let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;
function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}
function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}
function resolveHighWaterMark(options, duplexKey, isDuplex, objectMode) {
  let hwm = null;
  if (options) {
    if (options.highWaterMark != null) hwm = options.highWaterMark;
    else if (isDuplex) hwm = options[duplexKey];
  }
  if (hwm != null) {
    if (!_NumberIsInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw mkErr('ERR_INVALID_ARG_VALUE', name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(objectMode);
}

function toBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
function invalidChunk(chunk) {
  return mkErr('ERR_INVALID_ARG_TYPE', 'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// ------------------------------------------------------------ legacy Stream
function Stream(opts) {
  EE.call(this, opts);
}
_ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
_ObjectSetPrototypeOf(Stream, EE);

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  const events = emitter._events;
  if (!events || !events[event]) emitter.on(event, fn);
  else if (_ArrayIsArray(events[event])) events[event].unshift(fn);
  else events[event] = [fn, events[event]];
  return emitter;
}

function listenerCountOf(emitter, event) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(event);
  return EE.listenerCount(emitter, event);
}

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  let didOnEnd = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (listenerCountOf(this, 'error') === 0) this.emit('error', er);
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// -------------------------------------------------------------- buffer list
// A Readable's queued chunks: the array state.buffer, live from
// state.bufferIndex on (consumed slots are nulled, then reclaimed).
function bufPush(state, chunk) {
  state.buffer.push(chunk);
}
function bufUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}
function bufFirst(state) {
  return state.buffer[state.bufferIndex];
}
function bufCount(state) {
  return state.buffer.length - state.bufferIndex;
}
function bufClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}
function bufShift(state) {
  const buf = state.buffer;
  const chunk = buf[state.bufferIndex];
  buf[state.bufferIndex++] = null;
  if (state.bufferIndex === buf.length) {
    bufClear(state);
  } else if (state.bufferIndex > 1024 && state.bufferIndex * 2 > buf.length) {
    buf.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}
function bufLive(state) {
  return state.bufferIndex === 0 ? state.buffer : state.buffer.slice(state.bufferIndex);
}
// Removes and returns the first n bytes or characters (n < state.length).
function bufConsume(state, n) {
  const buf = state.buffer;
  const data = buf[state.bufferIndex];
  if (n < data.length) {
    buf[state.bufferIndex] = data.slice(n);
    return data.slice(0, n);
  }
  if (n === data.length) return bufShift(state);
  if (typeof data === 'string') {
    let ret = '';
    while (n > 0 && bufCount(state) > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        ret += str;
        n -= str.length;
        bufShift(state);
      } else {
        ret += str.slice(0, n);
        buf[state.bufferIndex] = str.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = Buffer.allocUnsafe(n);
  let off = 0;
  while (off < n && bufCount(state) > 0) {
    const chunk = buf[state.bufferIndex];
    const need = n - off;
    if (need >= chunk.length) {
      ret.set(chunk, off);
      off += chunk.length;
      bufShift(state);
    } else {
      ret.set(new _Uint8Array(chunk.buffer, chunk.byteOffset, need), off);
      off += need;
      buf[state.bufferIndex] = chunk.slice(need);
    }
  }
  return ret;
}

// ------------------------------------------------------------------ Readable
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = resolveHighWaterMark(options, 'readableHighWaterMark', isDuplex, this.objectMode);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.dataListening = false;
  this.resumeScheduled = false;
  this.paused = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    const StringDecoder = getStringDecoder();
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
_ObjectDefineProperty(ReadableState.prototype, 'pipesCount', {
  get() { return this.pipes.length; },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  Stream.call(this, options);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  setupConstruct(this, [() => {
    const state = this._readableState;
    if (state.needReadable) maybeReadMore(this, state);
  }]);
}
_ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
_ObjectSetPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyStream;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype[kCaptureRejection] = function (err) { this.destroy(err); };
if (_SymbolAsyncDispose) {
  Readable.prototype[_SymbolAsyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : abortError();
      this.destroy(error);
    }
    return new _Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkEntry(this, chunk, encoding, false);
};
Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkEntry(this, chunk, encoding, true);
};

function addChunkEntry(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (_isView(chunk)) {
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = invalidChunk(chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
    return false;
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, mkErr('ERR_STREAM_UNSHIFT_AFTER_END_EVENT'));
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, mkErr('ERR_STREAM_PUSH_AFTER_EOF'));
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && listenerCountOf(stream, 'data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) bufUnshift(state, chunk);
    else bufPush(state, chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const StringDecoder = getStringDecoder();
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  bufClear(state);
  if (content !== '') bufPush(state, content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw mkErr('ERR_OUT_OF_RANGE', 'size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (_NumberIsNaN(n)) {
    if (state.flowing && state.length) return bufFirst(state).length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!_NumberIsInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function fromList(n, state) {
  if (state.length === 0) return null;
  let ret;
  if (state.objectMode) {
    ret = bufShift(state);
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = bufLive(state).join('');
    else if (bufCount(state) === 1) ret = bufFirst(state);
    else ret = Buffer.concat(bufLive(state), state.length);
    bufClear(state);
  } else {
    ret = bufConsume(state, n);
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      bufPush(state, chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw mkErr('ERR_METHOD_NOT_IMPLEMENTED', '_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const proc = getProcess();
  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    !(proc && (dest === proc.stdout || dest === proc.stderr));
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() { dest.end(); }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (listenerCountOf(dest, 'error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() { src.unpipe(dest); }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && listenerCountOf(src, 'data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    state.readableListening = listenerCountOf(this, 'readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(updateReadableListening, this);
  else if (ev === 'data' && listenerCountOf(this, 'data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = _ReflectApply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = listenerCountOf(self, 'readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  // Only removeListener('data') clears dataListening; removeAllListeners
  // leaves it set, so the stream keeps flowing as in Node.
  else if (state.dataListening) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = _ObjectKeys(stream);
  for (let j = 1; j < keys.length; j++) {
    const k = keys[j];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

Readable.prototype[_SymbolAsyncIterator] = function () {
  return streamToAsyncIterator(this);
};
Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = readableIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* readableIterator(stream, options) {
  let wake = nop;
  function waiter(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', waiter);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new _Promise(waiter);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', waiter);
      cleanup();
    }
  }
}

_ObjectDefineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) { if (this._readableState) this._readableState.flowing = state; },
  },
  readableLength: {
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable._fromList = fromList;

// Readable.from(iterable | async iterable | string | Buffer, options)
function fromIterable(Ctor, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Ctor({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && iterable[_SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[_SymbolAsyncIterator]();
  } else if (iterable && iterable[_SymbolIterator]) {
    isAsync = false;
    iterator = iterable[_SymbolIterator]();
  } else {
    throw mkErr('ERR_INVALID_ARG_TYPE', 'iterable', ['Iterable'], iterable);
  }

  const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  readable._destroy = function (error, cb) {
    _PromisePrototypeThen.call(
      close(error),
      () => nextTick(cb, error),
      (e) => nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          return changeToAsyncValues(value);
        }
        if (value === null) {
          reading = false;
          throw mkErr('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw mkErr('ERR_STREAM_NULL_VALUES');
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (res === null) {
          reading = false;
          throw mkErr('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          if (readable.push(null) === false) { /* ended */ }
          return;
        }
        if (value === null) {
          reading = false;
          throw mkErr('ERR_STREAM_NULL_VALUES');
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

Readable.from = function from(iterable, opts) {
  return fromIterable(Readable, iterable, opts);
};

Readable.wrap = function wrap(src, options) {
  let objectMode = src.readableObjectMode;
  if (objectMode == null) objectMode = src.objectMode;
  if (objectMode == null) objectMode = true;
  return new Readable({
    objectMode,
    ...options,
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// ------------------------------------------------------------------ Writable
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = resolveHighWaterMark(options, 'writableHighWaterMark', isDuplex, this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding && defaultEncoding !== 'buffer' && !Buffer.isEncoding(defaultEncoding)) {
    throw mkErr('ERR_UNKNOWN_ENCODING', defaultEncoding);
  }
  this.defaultEncoding = defaultEncoding || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = [];
}
WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
_ObjectDefineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
});

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !_FunctionHasInstance.call(Writable, this)) return new Writable(options);
  Stream.call(this, options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  setupConstruct(this, [() => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    finishMaybe(this, state);
  }]);
}
_ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
_ObjectSetPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

_ObjectDefineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (_FunctionHasInstance.call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, mkErr('ERR_STREAM_CANNOT_PIPE'));
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof cb !== 'function') {
    cb = nop;
  }

  if (chunk === null) {
    throw mkErr('ERR_STREAM_NULL_VALUES');
  } else if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw mkErr('ERR_UNKNOWN_ENCODING', encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (_isView(chunk)) {
      chunk = toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw invalidChunk(chunk);
    }
  }

  let err;
  if (state.ending) err = mkErr('ERR_STREAM_WRITE_AFTER_END');
  else if (state.destroyed) err = mkErr('ERR_STREAM_DESTROYED', 'write');

  if (err) {
    nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw mkErr('ERR_UNKNOWN_ENCODING', encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // Measured after the write: a chunk consumed synchronously no longer counts.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(mkErr('ERR_STREAM_DESTROYED', 'write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, mkErr('ERR_MULTIPLE_CALLBACK'));
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // Completed synchronously: callbacks run on a later tick, and a run of
      // writes sharing one callback shares that tick. Writes without a
      // callback only need a tick when 'drain' (or a destroy) is pending.
      const needTick = (state.needDrain && state.length === 0) || state.destroyed || cb !== nop;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          state.afterWritePending = true;
          nextTick(afterWrite, stream, state, 1, cb);
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        state.afterWritePending = true;
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored != null ? state.errored : mkErr('ERR_STREAM_DESTROYED', 'write'));
  }
  const onfinishCallbacks = state.onFinished.splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored != null ? state.errored : mkErr('ERR_STREAM_DESTROYED', 'end'));
  }
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw mkErr('ERR_METHOD_NOT_IMPLEMENTED', '_write()');
  }
};
Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // Nothing more: the write error is reported to the callback below.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = mkErr('ERR_STREAM_ALREADY_FINISHED', 'end');
  } else if (state.destroyed) {
    err = mkErr('ERR_STREAM_DESTROYED', 'end');
  }

  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : mkErr('ERR_MULTIPLE_CALLBACK'));
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const cbs = state.onFinished.splice(0);
      for (let i = 0; i < cbs.length; i++) cbs[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick((s, st) => {
          if (needFinish(st)) finish(s, st);
          else st.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const cbs = state.onFinished.splice(0);
  for (let i = 0; i < cbs.length; i++) cbs[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

const writableProps = {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) { if (this._writableState) this._writableState.destroyed = value; },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) { if (this._writableState) this._writableState.writable = !!val; },
  },
  writableFinished: {
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};
_ObjectDefineProperties(Writable.prototype, writableProps);

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    nextTick(errorBuffer, state);
  }
  destroyStream.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };
Writable.prototype[kCaptureRejection] = function (err) { this.destroy(err); };

// -------------------------------------------------------------------- Duplex
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Stream.call(this, options);
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  setupConstruct(this, [
    () => {
      const state = this._readableState;
      if (state.needReadable) maybeReadMore(this, state);
    },
    () => {
      const state = this._writableState;
      if (!state.writing) clearBuffer(this, state);
      finishMaybe(this, state);
    },
  ]);
}
_ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
_ObjectSetPrototypeOf(Duplex, Readable);

for (const key of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end']) {
  Duplex.prototype[key] = Writable.prototype[key];
}
Duplex.prototype.destroy = Writable.prototype.destroy;
{
  const props = {};
  for (const key of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
    'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
    props[key] = { ...writableProps[key], enumerable: false, configurable: true };
  }
  props.destroyed = {
    configurable: true,
    enumerable: false,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  };
  _ObjectDefineProperties(Duplex.prototype, props);
}

// ----------------------------------------------------------------- Transform
const kTransformCallback = _Symbol('kTransformCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  const readableHwm = options ? resolveHighWaterMarkOrNull(options) : null;
  if (readableHwm === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark: readableHwm,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kTransformCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
function resolveHighWaterMarkOrNull(options) {
  let hwm = options.highWaterMark != null ? options.highWaterMark : options.readableHighWaterMark;
  if (hwm == null) return null;
  if (!_NumberIsInteger(hwm) || hwm < 0) {
    throw mkErr('ERR_INVALID_ARG_VALUE', 'options.readableHighWaterMark', hwm);
  }
  return Math.floor(hwm);
}
_ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
_ObjectSetPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}
function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}
Transform.prototype._final = transformFinal;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw mkErr('ERR_METHOD_NOT_IMPLEMENTED', '_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kTransformCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kTransformCallback]) {
    const callback = this[kTransformCallback];
    this[kTransformCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
_ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
_ObjectSetPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ------------------------------------------------------------ finished / eos
function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);

  if (!isNodeStream(stream)) {
    throw mkErr('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  const writable = options.writable != null ? options.writable : isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  let emitClose = willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitClose = false;
    if (emitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitClose = false;
    if (emitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  let closed = isClosed(stream);

  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, mkErr('ERR_STREAM_PREMATURE_CLOSE'));
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, mkErr('ERR_STREAM_PREMATURE_CLOSE'));
    }
    callback.call(stream);
  };

  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!emitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  if (!emitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!emitClose) nextTick(onclosed);
  } else if (!readable && (!emitClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    nextTick(onclosed);
  } else if (!writable && (!emitClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, abortError(signal.reason));
    };
    if (signal.aborted) {
      nextTick(abort);
    } else {
      const remove = addAbortListener(signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        remove();
        _ReflectApply(originalCallback, stream, args);
      });
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new _Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}
eos.finished = finishedPromise;

// ------------------------------------------------------------ addAbortSignal
function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw mkErr('ERR_INVALID_ARG_TYPE', 'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(abortError(signal.reason));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = addAbortListener(signal, onAbort);
    eos(stream, remove);
  }
  return stream;
}

// ------------------------------------------------------------------ pipeline
function destroyerFor(stream, reading, writing) {
  let done = false;
  stream.on('close', () => { done = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    done = !err;
  });
  return {
    destroy: (err) => {
      if (done) return;
      done = true;
      destroyer(stream, err || mkErr('ERR_STREAM_DESTROYED', 'pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw mkErr('ERR_INVALID_ARG_TYPE', 'val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}
async function* fromReadable(val) {
  yield* Readable.prototype[_SymbolAsyncIterator].call(val);
}

async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new _Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && _ArrayIsArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw mkErr('ERR_MISSING_ARGS', 'streams');

  const ac = newAbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(abortError());
  }
  const removeOuter = addAbortListener(outerSignal, abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    removeOuter();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyerFor(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw mkErr('ERR_INVALID_RETURN_VALUE', 'Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = makeAsyncIterable(ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw mkErr('ERR_INVALID_RETURN_VALUE', 'AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw mkErr('ERR_INVALID_RETURN_VALUE', 'AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = destroyerFor(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipeInto(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw mkErr('ERR_INVALID_ARG_TYPE', 'val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) nextTick(abort);
  return ret;
}

function pipeInto(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(mkErr('ERR_STREAM_PREMATURE_CLOSE'));
  });

  src.pipe(dst, { end: false });

  if (end) {
    function endFn() {
      ended = true;
      dst.end();
    }
    if (isReadableFinished(src)) nextTick(endFn);
    else src.once('end', endFn);

    eos(src, { readable: true, writable: false }, (err) => {
      const rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
          rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        src.once('end', endFn).once('error', finish);
      } else {
        finish(err);
      }
    });
    return eos(dst, { readable: false, writable: true }, finish);
  }
  // end: false: done once the source has ended; the destination stays open.
  finish();
  return eos(src, { readable: true, writable: false }, finish);
}

// -------------------------------------------------------- Duplex.from / compose
function Duplexify(options) {
  if (!(this instanceof Duplexify)) return new Duplexify(options);
  Duplex.call(this, options);
  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
_ObjectSetPrototypeOf(Duplexify.prototype, Duplex.prototype);
_ObjectSetPrototypeOf(Duplexify, Duplex);

function duplexFrom(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return fromIterable(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = _ReflectApply(then, value, [
        (val) => {
          if (val != null) throw mkErr('ERR_INVALID_RETURN_VALUE', 'nully', 'body', val);
        },
        (err) => { destroyer(d, err); },
      ]);
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick(cb, null);
            } catch (err) {
              nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw mkErr('ERR_INVALID_RETURN_VALUE', 'Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isIterable(body)) return fromIterable(Duplexify, body, { objectMode: true, writable: false });

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable)) : undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    _ReflectApply(then, body, [
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => { destroyer(d, err); },
    ]);
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw mkErr('ERR_INVALID_ARG_TYPE', name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'], body);
}

function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = newAbortController();
  const signal = ac.signal;
  const value = fn(async function* () {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      nextTick(cb);
      if (done) return;
      if (signal.aborted) throw abortError(signal.reason);
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const res = resolve;
      resolve = null;
      res({ chunk, done: false, cb });
    },
    final(cb) {
      const res = resolve;
      resolve = null;
      res({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function deferred() {
  let resolve;
  let reject;
  const promise = new _Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', function () {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', function () { d.push(null); });
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = abortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

Duplex.from = function from(body) {
  return duplexFrom(body, 'body');
};

function compose(...streams) {
  if (streams.length === 0) throw mkErr('ERR_MISSING_ARGS', 'streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }

  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < streams.length - 1 && !isReadable(streams[n])) {
      throw mkErr('ERR_INVALID_ARG_VALUE', `streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw mkErr('ERR_INVALID_ARG_VALUE', `streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);

  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    d._write = function (chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      head.end();
      onfinish = callback;
    };
    head.on('drain', function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    tail.on('finish', function () {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    tail.on('readable', function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on('end', function () { d.push(null); });
    d._read = function () {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = abortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(tail, err);
    }
  };
  return d;
}

// ----------------------------------------------------------------- duplexPair
const kPairCallback = _Symbol('kPairCallback');
function DuplexSide(options) {
  Duplex.call(this, options);
  this._otherSide = null;
  this[kPairCallback] = null;
}
_ObjectSetPrototypeOf(DuplexSide.prototype, Duplex.prototype);
_ObjectSetPrototypeOf(DuplexSide, Duplex);
DuplexSide.prototype._read = function () {
  const other = this._otherSide;
  const callback = other[kPairCallback];
  if (callback) {
    other[kPairCallback] = null;
    callback();
  }
};
DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    nextTick(callback);
  } else {
    this._otherSide.push(chunk);
    this[kPairCallback] = callback;
  }
};
DuplexSide.prototype._final = function (callback) {
  this._otherSide.on('end', callback);
  this._otherSide.push(null);
};
function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  _ObjectDefineProperty(a, '_otherSide', { value: b, writable: true, enumerable: false, configurable: true });
  _ObjectDefineProperty(b, '_otherSide', { value: a, writable: true, enumerable: false, configurable: true });
  return [a, b];
}

// ------------------------------------------------------- iterator helpers
const kEmpty = _Symbol('kEmpty');
const kEof = _Symbol('kEof');

function validateOperatorOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function map(fn, options) {
  if (typeof fn !== 'function') throw mkErr('ERR_INVALID_ARG_TYPE', 'fn', ['Function', 'AsyncFunction'], fn);
  validateOperatorOptions(options);
  let concurrency = 1;
  if (options != null && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* mapGenerator() {
    const signal = (options && options.signal) || newAbortController().signal;
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw abortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = _Promise.resolve(val);
          } catch (err) {
            val = _Promise.reject(err);
          }
          cnt += 1;
          _PromisePrototypeThen.call(val, afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new _Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = _Promise.reject(err);
        _PromisePrototypeThen.call(val, afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw abortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new _Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOperatorOptions(options);
  return async function* asIndexedPairsGenerator() {
    let index = 0;
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw abortError(options.signal.reason);
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') throw mkErr('ERR_INVALID_ARG_TYPE', 'fn', ['Function', 'AsyncFunction'], fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') throw mkErr('ERR_INVALID_ARG_TYPE', 'fn', ['Function', 'AsyncFunction'], fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  if (typeof fn !== 'function') throw mkErr('ERR_INVALID_ARG_TYPE', 'fn', ['Function', 'AsyncFunction'], fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends (fallbackCodes.ERR_MISSING_ARGS) {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}
function emptyReduceError() {
  const m = errorsMod();
  const C = m && m.codes && m.codes.ERR_MISSING_ARGS;
  if (C) {
    const e = new C('reduce');
    e.message = 'Reduce of an empty stream requires an initial value';
    return e;
  }
  return new ReduceAwareErrMissingArgs();
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw mkErr('ERR_INVALID_ARG_TYPE', 'reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOperatorOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = abortError(options.signal.reason);
    this.once('error', () => {});
    await finishedPromise(this.destroy(err));
    throw err;
  }
  const ac = newAbortController();
  const signal = ac.signal;
  let removeOuter = () => {};
  if (options && options.signal) {
    const outer = options.signal;
    removeOuter = addAbortListener(outer, () => ac.abort(outer.reason));
  }
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options && options.signal && options.signal.aborted) throw abortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw emptyReduceError();
  } finally {
    ac.abort();
    removeOuter();
  }
  return initialValue;
}

async function toArray(options) {
  validateOperatorOptions(options);
  const result = [];
  for await (const val of this) {
    if (options && options.signal && options.signal.aborted) throw abortError(options.signal.reason);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMapGenerator() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (_NumberIsNaN(number)) return 0;
  if (number < 0) throw mkErr('ERR_OUT_OF_RANGE', 'number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOperatorOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* dropGenerator() {
    if (options && options.signal && options.signal.aborted) throw abortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw abortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOperatorOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* takeGenerator() {
    if (options && options.signal && options.signal.aborted) throw abortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw abortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

function composeOperator(stream, options) {
  validateOperatorOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw mkErr('ERR_INVALID_ARG_VALUE', 'stream', stream, 'must be writable');
  }
  const composed = compose(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

{
  const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take, compose: composeOperator };
  const promiseReturning = { every, forEach, reduce, toArray, some, find };
  for (const key of _ObjectKeys(streamReturning)) {
    const op = streamReturning[key];
    const fn = {
      [key](...args) {
        return Readable.from(_ReflectApply(op, this, args));
      },
    }[key];
    _ObjectDefineProperty(fn, 'length', { value: op.length });
    _ObjectDefineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
  }
  {
    // Deprecated (DEP0173): wrapped the way util.deprecate wraps.
    const inner = Readable.prototype.asIndexedPairs;
    let warned = false;
    const deprecated = function deprecated(...args) {
      if (!warned) {
        warned = true;
        const proc = getProcess();
        if (proc && typeof proc.emitWarning === 'function') {
          proc.emitWarning('readable.asIndexedPairs will be removed in a future version.', 'DeprecationWarning', 'DEP0173');
        }
      }
      return _ReflectApply(inner, this, args);
    };
    _ObjectDefineProperty(Readable.prototype, 'asIndexedPairs', { value: deprecated, enumerable: false, configurable: true, writable: true });
  }
  for (const key of _ObjectKeys(promiseReturning)) {
    const op = promiseReturning[key];
    const fn = {
      [key](...args) {
        return _ReflectApply(op, this, args);
      },
    }[key];
    _ObjectDefineProperty(fn, 'length', { value: op.length });
    _ObjectDefineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
  }
}

// ------------------------------------------------------------ promise API
const promises = {
  pipeline(...streams) {
    return new _Promise((resolve, reject) => {
      let signal;
      let end;
      const lastArg = streams[streams.length - 1];
      if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) && !isIterable(lastArg) &&
          !isWebStream(lastArg)) {
        const options = streams.pop();
        signal = options.signal;
        end = options.end;
      }
      pipelineImpl(streams, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      }, { signal, end });
    });
  },
  finished: finishedPromise,
};

// ---------------------------------------------------------------- exports
Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
_ObjectDefineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});
_ObjectDefineProperty(pipeline, kCustomPromisify, {
  enumerable: true,
  get() { return promises.pipeline; },
});
_ObjectDefineProperty(eos, kCustomPromisify, {
  enumerable: true,
  get() { return promises.finished; },
});
Stream.Stream = Stream;
Stream._isArrayBufferView = _isView;
Stream._isUint8Array = function _isUint8Array(value) { return value instanceof _Uint8Array; };
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
