// node:timers/promises: setTimeout / setImmediate as promises, setInterval
// as an async iterator, and `scheduler` (wait / yield), all cancellable
// with an AbortSignal. (`ref: false` is accepted; the sandbox never waits
// for timers once the call's result is settled anyway.)
'use strict';

const {
  AbortError,
  validateNumber,
  validateObject,
  validateAbortSignal,
  validateBoolean,
  codes: { ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');

const setTimeoutFn = setTimeout;
const clearTimeoutFn = clearTimeout;
const setIntervalFn = setInterval;
const clearIntervalFn = clearInterval;
const setImmediateFn = setImmediate;
const clearImmediateFn = clearImmediate;
const PromiseCtor = Promise;

function validateOptions(options) {
  validateObject(options, 'options');
  if (typeof options.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

const abortError = (signal) => new AbortError(undefined, { cause: signal.reason });

// A promise settled by `start(resolve)` (which returns a cancel function),
// rejected with an AbortError when `signal` aborts first.
function cancellable(signal, start) {
  if (signal && signal.aborted) return PromiseCtor.reject(abortError(signal));
  return new PromiseCtor((resolve, reject) => {
    let onAbort;
    const cancel = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeoutPromise(after, value, options = {}) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return PromiseCtor.reject(err);
  }
  return cancellable(options.signal, (done) => {
    const handle = setTimeoutFn(() => done(value), after);
    return () => clearTimeoutFn(handle);
  });
}

function setImmediatePromise(value, options = {}) {
  try {
    validateOptions(options);
  } catch (err) {
    return PromiseCtor.reject(err);
  }
  return cancellable(options.signal, (done) => {
    const handle = setImmediateFn(() => done(value));
    return () => clearImmediateFn(handle);
  });
}

async function* setIntervalIterator(after, value, options = {}) {
  validateOptions(options);
  const signal = options.signal;
  if (signal && signal.aborted) throw abortError(signal);
  if (typeof after !== 'undefined') validateNumber(after, 'delay');
  let pending = 0;
  let wake;
  let onAbort;
  const handle = setIntervalFn(() => {
    pending++;
    if (wake) {
      const w = wake;
      wake = undefined;
      w();
    }
  }, after);
  try {
    if (signal) {
      onAbort = () => {
        clearIntervalFn(handle);
        if (wake) {
          const w = wake;
          wake = undefined;
          w();
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (pending === 0) await new PromiseCtor((resolve) => { wake = resolve; });
      for (; pending > 0 && !(signal && signal.aborted); pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearIntervalFn(handle);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');
const schedulers = new WeakSet();

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    schedulers.add(this);
  }

  yield() {
    if (!schedulers.has(this)) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediatePromise();
  }

  wait(delay, options) {
    if (!schedulers.has(this)) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeoutPromise(delay, undefined, options);
  }
}

module.exports = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalIterator,
  scheduler: new Scheduler(kScheduler),
};
