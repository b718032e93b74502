// node:process for the sandbox, also the global `process`: a harmless stub
// in the spirit of vm2's NodeVM. It reports a Node 20 on linux/wasm32 with
// working directory `/`, holds the call's environment in `env`, runs
// `nextTick` callbacks before later promise reactions, and measures time
// from performance.now(). Nothing reaches the host: there is no exit,
// abort, kill, chdir, binding, dlopen, umask or setuid, and the event
// methods are no-ops. `stdout` / `stderr` are not terminals (`isTTY` is
// false); what is written to them becomes the call's console output
// (console.log / console.error lines), like any console write.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateFunction,
  validateArray,
} = require('internal/errors');

const perf = performance;
const queueMicrotaskFn = queueMicrotask;
const setTimeoutFn = setTimeout;
const BigIntCtor = BigInt;
const ErrorCtor = Error;

// ------------------------------------------------------------------ nextTick
// One queue, drained in a single microtask: callbacks queued while it drains
// (nested nextTicks) run in the same turn, before promise reactions queued
// by those callbacks.
const tickQueue = [];
let tickScheduled = false;

function drainTicks() {
  while (tickQueue.length > 0) {
    const [callback, args] = tickQueue.shift();
    try {
      callback(...args);
    } catch (err) {
      // Uncaught, as in Node; the rest of the queue still runs.
      if (tickQueue.length > 0) queueMicrotaskFn(drainTicks);
      else tickScheduled = false;
      setTimeoutFn(() => { throw err; }, 0);
      return;
    }
  }
  tickScheduled = false;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  tickQueue.push([callback, args]);
  if (!tickScheduled) {
    tickScheduled = true;
    queueMicrotaskFn(drainTicks);
  }
}

// ------------------------------------------------------------------ time
// Milliseconds on a monotonic clock that starts at a positive value (the
// engine's performance.now() may start below zero).
const clockBase = perf.now();
const clock = () => perf.now() - clockBase + 1;

function hrtime(time) {
  const now = clock();
  let sec = Math.floor(now / 1000);
  let nsec = Math.round((now - sec * 1000) * 1e6);
  if (nsec >= 1e9) { sec += 1; nsec -= 1e9; }
  if (time !== undefined) {
    validateArray(time, 'time');
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    let dsec = sec - time[0];
    let dnsec = nsec - time[1];
    if (dnsec < 0) { dsec -= 1; dnsec += 1e9; }
    return [dsec, dnsec];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return BigIntCtor(Math.round(clock() * 1e6));
};

function uptime() {
  return clock() / 1000;
}

function memoryUsage() {
  return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = function rss() {
  return 0;
};

// ------------------------------------------------------------------ misc
function emitWarning(warning) {
  if (typeof warning !== 'string' && !(warning instanceof ErrorCtor)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  // No output in the sandbox.
}

function copyEnv(source) {
  const env = {};
  if (source !== null && typeof source === 'object') {
    for (const key of Object.keys(source)) env[key] = String(source[key]);
  }
  return env;
}

const process = {
  title: 'isolated-runtime',
  version: 'v20.20.2',
  versions: {
    node: '20.20.2',
    acorn: '8.16.0',
    ada: '2.9.2',
    modules: '115',
    napi: '9',
    unicode: '17.0',
    uv: '1.46.0',
    v8: '11.3.244.8-node.38',
  },
  arch: 'wasm32',
  platform: 'linux',
  release: { name: 'node', lts: 'Iron' },
  argv: [],
  argv0: 'node',
  execArgv: [],
  execPath: '/',
  pid: 1,
  ppid: 0,
  features: {},
  config: {},
  exitCode: undefined,
  cwd() { return '/'; },
  nextTick,
  hrtime,
  uptime,
  memoryUsage,
  emitWarning,
};

// `env`, read from the call's environment on first use (so loading
// `process`, as `events` and `stream` do, reads nothing that differs per
// call).
Object.defineProperty(process, 'env', {
  configurable: true,
  enumerable: true,
  get() {
    const env = copyEnv(internal.env);
    Object.defineProperty(process, 'env', { value: env, writable: true, enumerable: true, configurable: true });
    return env;
  },
  set(value) {
    Object.defineProperty(process, 'env', { value, writable: true, enumerable: true, configurable: true });
  },
});

// stdout / stderr: writes become console lines of the call (one per write,
// without its trailing newline); never the host's own streams.
const consoleLog = console.log;
const consoleError = console.error;
function outputStream(fd, write) {
  const stream = {
    fd,
    isTTY: false,
    writable: true,
    columns: undefined,
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      let text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? new TextDecoder().decode(chunk) : String(chunk);
      if (text.endsWith('\n')) text = text.slice(0, -1);
      write(text);
      if (typeof callback === 'function') queueMicrotaskFn(callback);
      return true;
    },
    end(chunk, encoding, callback) {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') stream.write(chunk, encoding);
      const cb = [chunk, encoding, callback].find((f) => typeof f === 'function');
      if (cb) queueMicrotaskFn(cb);
      return stream;
    },
    hasColors() { return false; },
    getColorDepth() { return 1; },
  };
  for (const name of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener',
    'setMaxListeners', 'cork', 'uncork', 'setDefaultEncoding']) {
    stream[name] = () => stream;
  }
  stream.emit = () => false;
  stream.listeners = () => [];
  stream.listenerCount = () => 0;
  return stream;
}
process.stdout = outputStream(1, (text) => consoleLog('%s', text));
process.stderr = outputStream(2, (text) => consoleError('%s', text));

// The EventEmitter surface, inert: nothing is ever emitted to user code.
const self = () => process;
for (const name of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener',
  'prependOnceListener', 'setMaxListeners']) {
  process[name] = self;
}
process.emit = () => false;
process.listeners = () => [];
process.rawListeners = () => [];
process.listenerCount = () => 0;
process.eventNames = () => [];
process.getMaxListeners = () => 10;

Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });

module.exports = process;
