// node:async_hooks for the sandbox: AsyncLocalStorage, AsyncResource,
// createHook (inert), executionAsyncId / triggerAsyncId.
//
// QuickJS has no promise hooks, so the context cannot follow every async
// continuation as in Node. What this implementation guarantees:
// - the store set by run(store, fn) / exit(fn) / enterWith(store) is visible
//   in the synchronous code they run, and nested runs restore the outer
//   store when they return;
// - AsyncResource (runInAsyncScope, bind), AsyncLocalStorage.bind and
//   AsyncLocalStorage.snapshot capture the context and restore it exactly,
//   whenever the bound function runs;
// - while the promise returned by run()'s callback is pending, code that
//   runs outside any other run() (the continuations after `await` inside
//   that callback, timers and callbacks it started) sees that run's store.
// Limits: when several such async runs of one storage are pending at once,
// code after an `await` sees the store of the most recently started one;
// a callback that fires after the run's promise settled (a timer, an
// event) sees the store only if it was wrapped with bind()/snapshot()/
// AsyncResource; a store set with enterWith() after an `await` stays set
// for whatever runs next.
'use strict';

const { codes, validateFunction, validateString, E } = require('internal/errors');

if (codes.ERR_ASYNC_CALLBACK === undefined) E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
if (codes.ERR_INVALID_ASYNC_ID === undefined) E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
const { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID } = codes;

const MapCtor = Map;

// ------------------------------------------------------------------ context
// A context is an immutable Map: storage -> store (an explicit `undefined`
// for a storage that exit() hid).
const EMPTY = new MapCtor();
let current = EMPTY;
// Contexts of run() calls whose callback returned a pending promise.
const pendingRuns = [];

let nextAsyncId = 2;
let currentAsyncId = 1;
let currentTriggerId = 0;

function withStore(context, storage, store) {
  const next = new MapCtor(context);
  next.set(storage, store);
  return next;
}

// The context as getStore() sees it, as one Map (for bind/snapshot).
function effectiveContext() {
  if (pendingRuns.length === 0) return current;
  const merged = new MapCtor();
  for (const entry of pendingRuns) for (const [k, v] of entry.context) merged.set(k, v);
  for (const [k, v] of current) merged.set(k, v);
  return merged;
}

function runIn(context, fn, thisArg, args) {
  const previous = current;
  current = context;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = previous;
  }
}

function trackPending(context, result) {
  if (result === null || (typeof result !== 'object' && typeof result !== 'function')) return;
  let then;
  try { then = result.then; } catch (_) { return; }
  if (typeof then !== 'function') return;
  const entry = { context };
  pendingRuns.push(entry);
  const done = () => {
    const i = pendingRuns.indexOf(entry);
    if (i !== -1) pendingRuns.splice(i, 1);
  };
  try { Reflect.apply(then, result, [done, done]); } catch (_) { done(); }
}

// ------------------------------------------------------------ AsyncLocalStorage
const enabled = new WeakMap();

class AsyncLocalStorage {
  constructor() {
    enabled.set(this, false);
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }

  disable() {
    enabled.set(this, false);
  }

  enterWith(store) {
    enabled.set(this, true);
    current = withStore(current, this, store);
  }

  run(store, callback, ...args) {
    enabled.set(this, true);
    const context = withStore(current, this, store);
    const result = runIn(context, callback, undefined, args);
    trackPending(context, result);
    return result;
  }

  exit(callback, ...args) {
    if (!enabled.get(this)) return Reflect.apply(callback, undefined, args);
    return runIn(withStore(current, this, undefined), callback, undefined, args);
  }

  getStore() {
    if (!enabled.get(this)) return undefined;
    if (current.has(this)) return current.get(this);
    for (let i = pendingRuns.length - 1; i >= 0; i--) {
      const context = pendingRuns[i].context;
      if (context.has(this)) return context.get(this);
    }
    return undefined;
  }
}

// ------------------------------------------------------------ AsyncResource
const resources = new WeakMap();

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts === undefined || opts === null || opts.triggerAsyncId === undefined ? currentAsyncId : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    resources.set(this, { context: effectiveContext(), asyncId: nextAsyncId++, triggerAsyncId });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const r = resources.get(this);
    const previousId = currentAsyncId, previousTrigger = currentTriggerId;
    currentAsyncId = r.asyncId;
    currentTriggerId = r.triggerAsyncId;
    try {
      return runIn(r.context, fn, thisArg, args);
    } finally {
      currentAsyncId = previousId;
      currentTriggerId = previousTrigger;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return resources.get(this).asyncId;
  }

  triggerAsyncId() {
    return resources.get(this).triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
      Object.defineProperty(bound, 'name', { value: 'bound', configurable: true });
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let resource = this;
    Object.defineProperties(bound, {
      length: { value: fn.length, configurable: true, enumerable: false, writable: false },
      asyncResource: {
        get() { return resource; },
        set(value) { resource = value; },
        configurable: true,
        enumerable: true,
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

// ------------------------------------------------------------ hooks
class AsyncHook {
  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object') {
    // Node reads the properties of whatever it is given.
    callbacks = Object(callbacks);
  }
  for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    const fn = callbacks[name];
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
  }
  return new AsyncHook();
}

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

const topLevelResource = {};
function executionAsyncResource() {
  return topLevelResource;
}

const PROVIDERS = ['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER', 'FSEVENTWRAP',
  'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM',
  'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT',
  'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET',
  'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP',
  'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST',
  'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST',
  'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST'];
const asyncWrapProviders = Object.create(null);
PROVIDERS.forEach((name, i) => { asyncWrapProviders[name] = i; });
Object.freeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
