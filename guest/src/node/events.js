'use strict';
// Node's `events` module: EventEmitter and its helpers (once, on,
// getEventListeners, setMaxListeners, ...). Listener storage follows Node's
// layout (`_events` null-prototype object holding a function or an array of
// functions per event, `_eventsCount`, `_maxListeners`), because older
// libraries read those fields directly.

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const NumberIsNaN = Number.isNaN;
const NumberIsInteger = Number.isInteger;
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolDispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol('nodejs.dispose');
const queueMicrotaskFn = queueMicrotask;
const globalObject = globalThis;
const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kWatermarkData = Symbol.for('nodejs.watermarkData');

// ------------------------------------------------------------ shared helpers
const { codes, AbortError, inspect: messageInspect } = require('internal/errors');

function makeError(code, ...args) {
  return new codes[code](...args);
}

// util.inspect for the ERR_UNHANDLED_ERROR message (looked up when needed:
// util may itself load events).
function inspect(value) {
  let util;
  try { util = require('util'); } catch (e) { return messageInspect(value); }
  return util.inspect(value);
}

function validateNumberMin(value, name, min) {
  if (typeof value !== 'number') throw makeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (value < min || NumberIsNaN(value)) throw makeError('ERR_OUT_OF_RANGE', name, '>= ' + min, value);
}

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw makeError('ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!NumberIsInteger(value)) throw makeError('ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < min || value > MAX_SAFE_INTEGER) throw makeError('ERR_OUT_OF_RANGE', name, '>= ' + min + ' && <= ' + MAX_SAFE_INTEGER, value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw makeError('ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw makeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw makeError('ERR_INVALID_ARG_TYPE', 'listener', 'Function', listener);
}

// EventTarget comes from internal/event_target (the class the sandbox
// installs as a global); a different global EventTarget counts too.
function eventTargetModule() {
  try { return require('internal/event_target'); } catch (e) { return undefined; }
}

function isEventTarget(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  const mod = eventTargetModule();
  if (mod !== undefined && typeof mod.EventTarget === 'function' && obj instanceof mod.EventTarget) return true;
  // Looked up here, not at load: in the sandbox the global is a lazy getter
  // that would load internal/event_target with every use of events.
  const Global = globalObject.EventTarget;
  return typeof Global === 'function' && obj instanceof Global;
}

function nextTick(fn, ...args) {
  let proc;
  try { proc = require('process'); } catch (e) { proc = undefined; }
  if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
  else queueMicrotaskFn(() => fn(...args));
}

// --------------------------------------------------------------- EventEmitter
let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
ObjectDefineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

EventEmitter.init = [function (opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}][0];

function maxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}

function settleRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function (err) {
        nextTick(rejectionToError, emitter, err, type, args);
      }]);
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function rejectionToError(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  const before = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = before;
  }
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const max = maxListenersOf(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      // Node prints a MaxListenersExceededWarning through process warnings;
      // the sandbox only records that the warning was due.
      existing.warned = true;
    }
  }
  return target;
}

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return ReflectApply(this.listener, this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

function listenersImpl(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
  const out = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const original = found[i].listener;
    out[i] = unwrap && typeof original === 'function' ? original : found[i];
  }
  return out;
}

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const found = events[type];
    if (typeof found === 'function') {
      if (listener != null) return listener === found || listener === found.listener ? 1 : 0;
      return 1;
    }
    if (found !== undefined) {
      if (listener != null) {
        let n = 0;
        for (let i = 0; i < found.length; i++) {
          if (found[i] === listener || found[i].listener === listener) n++;
        }
        return n;
      }
      return found.length;
    }
  }
  return 0;
}

const proto = {
  setMaxListeners(n) {
    validateNumberMin(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
  },

  getMaxListeners() {
    return maxListenersOf(this);
  },

  emit(type, ...args) {
    let isError = type === 'error';
    const events = this._events;
    if (events !== undefined) {
      if (isError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      isError = isError && events.error === undefined;
    } else if (!isError) {
      return false;
    }
    if (isError) {
      const er = args.length > 0 ? args[0] : undefined;
      if (er instanceof ErrorCtor) throw er;
      let shown;
      try { shown = inspect(er); } catch (e) { shown = er; }
      const err = makeError('ERR_UNHANDLED_ERROR', shown);
      err.context = er;
      throw err;
    }
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = ReflectApply(handler, this, args);
      if (result !== undefined && result !== null) settleRejection(this, result, type, args);
    } else {
      const list = handler.slice();
      for (let i = 0; i < list.length; i++) {
        const result = ReflectApply(list[i], this, args);
        if (result !== undefined && result !== null) settleRejection(this, result, type, args);
      }
    }
    return true;
  },

  addListener(type, listener) {
    return addListenerImpl(this, type, listener, false);
  },

  prependListener(type, listener) {
    return addListenerImpl(this, type, listener, true);
  },

  once(type, listener) {
    checkListener(listener);
    this.on(type, wrapOnce(this, type, listener));
    return this;
  },

  prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, wrapOnce(this, type, listener));
    return this;
  },

  removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = ObjectCreate(null);
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let at = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) { at = i; break; }
      }
      if (at < 0) return this;
      if (at === 0) list.shift();
      else list.splice(at, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  },

  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = ObjectCreate(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = ObjectCreate(null);
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }
    if (arguments.length === 0) {
      for (const key of ReflectOwnKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }
    const found = events[type];
    if (typeof found === 'function') {
      this.removeListener(type, found);
    } else if (found !== undefined) {
      for (let i = found.length - 1; i >= 0; i--) this.removeListener(type, found[i]);
    }
    return this;
  },

  listeners(type) {
    return listenersImpl(this, type, true);
  },

  rawListeners(type) {
    return listenersImpl(this, type, false);
  },

  listenerCount,

  eventNames() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  },
};

for (const name of ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener']) {
  EventEmitter.prototype[name] = proto[name];
}
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
for (const name of ['prependListener', 'once', 'prependOnceListener', 'removeListener']) {
  EventEmitter.prototype[name] = proto[name];
}
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
for (const name of ['removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames']) {
  EventEmitter.prototype[name] = proto[name];
}

// ------------------------------------------------------------- static helpers
function targetAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw makeError('ERR_INVALID_ARG_TYPE', 'emitter', 'EventEmitter', emitter);
  }
}

function targetRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw makeError('ERR_INVALID_ARG_TYPE', 'emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = {}) {
  const signal = options == null ? undefined : options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new PromiseCtor((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) targetRemoveListener(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) targetRemoveListener(signal, 'abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      targetRemoveListener(emitter, name, onEvent);
      targetRemoveListener(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal && signal.reason }));
    };
    targetAddListener(emitter, name, onEvent, { __proto__: null, once: true, [kResistStopPropagation]: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) targetAddListener(signal, 'abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
  });
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw makeError('ERR_INVALID_ARG_TYPE', 'signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw makeError('ERR_INVALID_ARG_TYPE', 'listener', 'Function', listener);
  let remove;
  if (signal.aborted) {
    queueMicrotaskFn(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    remove = () => { signal.removeEventListener('abort', listener); };
  }
  return {
    __proto__: null,
    [SymbolDispose]() { if (remove) remove(); },
  };
}

function on(emitter, event, options = {}) {
  // Node 20 reads the options without validating them (V8's wording for null).
  if (options === null) throw new TypeErrorCtor("Cannot read properties of null (reading 'signal')");
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const high = options.highWaterMark ?? options.highWatermark ?? MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  const queued = [];     // events not read yet
  const waiting = [];    // next() calls waiting for an event
  let paused = false;
  let pendingError = null;
  let finished = false;
  const added = [];      // [target, name, listener] to remove at the end

  const done = () => ({ value: undefined, done: true });

  function listen(target, name, listener) {
    targetAddListener(target, name, listener);
    added.push([target, name, listener]);
  }

  function finish() {
    if (abortHandle) abortHandle[SymbolDispose]();
    while (added.length) {
      const [target, name, listener] = added.pop();
      targetRemoveListener(target, name, listener);
    }
    finished = true;
    while (waiting.length) waiting.shift().resolve(done());
    return PromiseResolve(done());
  }

  function onValue(args) {
    if (waiting.length) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    queued.push(args);
    if (!paused && queued.length > high) {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (waiting.length) waiting.shift().reject(err);
    else pendingError = err;
    finish();
  }

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (queued.length) {
        const value = queued.shift();
        if (paused && queued.length < low) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve({ value, done: false });
      }
      if (pendingError) {
        const p = PromiseReject(pendingError);
        pendingError = null;
        return p;
      }
      if (finished) return finish();
      return new PromiseCtor((resolve, reject) => { waiting.push({ resolve, reject }); });
    },
    return() {
      return finish();
    },
    throw(err) {
      if (!err || !(err instanceof ErrorCtor)) {
        throw makeError('ERR_INVALID_ARG_TYPE', 'EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return queued.length; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, function (...args) { return onValue(args); });
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', onError);
  const closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], finish);
  }
  const abortHandle = signal ? addAbortListener(signal, () => onError(new AbortError(undefined, { cause: signal.reason }))) : null;
  return iterator;
}

function propertyOfNullish(value, key) {
  return new TypeErrorCtor('Cannot read properties of ' + value + " (reading '" + key + "')");
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget == null) throw propertyOfNullish(emitterOrTarget, 'listeners');
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const mod = eventTargetModule();
    return mod !== undefined && typeof mod.getEventListeners === 'function' ? mod.getEventListeners(emitterOrTarget, type) : [];
  }
  throw makeError('ERR_INVALID_ARG_TYPE', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  const forTarget = emitterOrTarget == null ? undefined : emitterOrTarget[kMaxEventTargetListeners];
  if (forTarget) return forTarget;
  // Node's EventTarget records the default when it is created; here the
  // limit is recorded only by setMaxListeners(n, target).
  if (forTarget === undefined && isEventTarget(emitterOrTarget)) return defaultMaxListeners;
  throw makeError('ERR_INVALID_ARG_TYPE', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

const setMaxListeners = [function (n = defaultMaxListeners, ...eventTargets) {
  validateNumberMin(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (target == null) {
      throw propertyOfNullish(target, 'setMaxListeners');
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw makeError('ERR_INVALID_ARG_TYPE', 'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}][0];


// The async resource behind EventEmitterAsyncResource: async_hooks'
// AsyncResource (so AsyncLocalStorage context follows emit), or a plain
// stand-in when that module is not there.
let nextAsyncId = 1;
class PlainAsyncResource {
  constructor(type, options) {
    ObjectDefineProperty(this, kPlainState, {
      value: { asyncId: ++nextAsyncId, triggerAsyncId: (options && options.triggerAsyncId) ?? 1 },
    });
  }
  runInAsyncScope(fn, thisArg, ...args) { return ReflectApply(fn, thisArg, args); }
  emitDestroy() { return this; }
  asyncId() { return this[kPlainState].asyncId; }
  triggerAsyncId() { return this[kPlainState].triggerAsyncId; }
  bind(fn, thisArg) {
    const resource = this;
    return function (...args) { return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args); };
  }
}
const kPlainState = Symbol('kPlainState');
const kEventEmitter = Symbol('kEventEmitter');
let ReferencingResource;

function referencingResourceClass() {
  if (ReferencingResource === undefined) {
    let Base;
    try { Base = require('async_hooks').AsyncResource; } catch (e) { Base = undefined; }
    if (typeof Base !== 'function') Base = PlainAsyncResource;
    ReferencingResource = class EventEmitterReferencingAsyncResource extends Base {
      constructor(emitter, type, options) {
        super(type, options);
        this[kEventEmitter] = emitter;
      }

      get eventEmitter() {
        if (this[kEventEmitter] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterReferencingAsyncResource');
        return this[kEventEmitter];
      }
    };
  }
  return ReferencingResource;
}

const kAsyncResource = Symbol('kAsyncResource');
class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) {
        const n = options == null ? undefined : options.name;
        if (typeof n !== 'string') throw makeError('ERR_INVALID_ARG_TYPE', 'options.name', 'string', n);
      }
      name = (options && options.name) || new.target.name;
    }
    super(options);
    const Resource = referencingResourceClass();
    this[kAsyncResource] = new Resource(this, name, options);
  }

  emit(event, ...args) {
    if (this[kAsyncResource] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterAsyncResource');
    const resource = this.asyncResource;
    return resource.runInAsyncScope(EventEmitter.prototype.emit, this, event, ...args);
  }

  emitDestroy() {
    if (this[kAsyncResource] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterAsyncResource');
    this.asyncResource.emitDestroy();
  }

  get asyncId() {
    if (this[kAsyncResource] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterAsyncResource');
    return this.asyncResource.asyncId();
  }

  get triggerAsyncId() {
    if (this[kAsyncResource] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterAsyncResource');
    return this.asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    if (this[kAsyncResource] === undefined) throw makeError('ERR_INVALID_THIS', 'EventEmitterAsyncResource');
    return this[kAsyncResource];
  }
}

// ------------------------------------------------------------------- exports
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get() { return EventEmitterAsyncResource; },
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(value) {
    validateNumberMin(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});
ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});
EventEmitter.setMaxListeners = setMaxListeners;
// `init` is already set above; keep Node's key order by re-adding it here.
const init = EventEmitter.init;
delete EventEmitter.init;
EventEmitter.init = init;
EventEmitter.listenerCount = [function (emitter, type) {
  if (emitter == null) throw propertyOfNullish(emitter, 'listenerCount');
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
}][0];

module.exports = EventEmitter;
