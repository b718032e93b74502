// node:timers: the sandbox's timer globals (captured when this module is
// first loaded), the promise versions (`promises`), and Node's deprecated
// enroll/unenroll/active helpers for objects with `_onTimeout`.
'use strict';

const setTimeoutFn = setTimeout;
const clearTimeoutFn = clearTimeout;
const setIntervalFn = setInterval;
const clearIntervalFn = clearInterval;
const setImmediateFn = setImmediate;
const clearImmediateFn = clearImmediate;

const { validateNumber, codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

// Deprecated (DEP0095-DEP0097): an object enrolled with a delay runs its
// `_onTimeout()` that long after each active() call.
const enrolled = new WeakMap();

function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  unenroll(item);
  item._idleTimeout = msecs > 2147483647 ? 2147483647 : msecs;
}

function unenroll(item) {
  const handle = enrolled.get(item);
  if (handle !== undefined) {
    clearTimeoutFn(handle);
    enrolled.delete(item);
    item._idleTimeout = -1;
  }
}

function active(item) {
  const msecs = item._idleTimeout;
  if (typeof msecs !== 'number' || msecs < 0) return;
  const previous = enrolled.get(item);
  if (previous !== undefined) clearTimeoutFn(previous);
  enrolled.set(item, setTimeoutFn(() => {
    enrolled.delete(item);
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, msecs));
}

let promises;

module.exports = {
  setTimeout: setTimeoutFn,
  clearTimeout: clearTimeoutFn,
  setImmediate: setImmediateFn,
  clearImmediate: clearImmediateFn,
  setInterval: setIntervalFn,
  clearInterval: clearIntervalFn,
  _unrefActive: active,
  active,
  unenroll,
  enroll,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return promises || (promises = require('timers/promises')); },
  enumerable: true,
  configurable: true,
});
