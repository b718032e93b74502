'use strict';
// What IsolatedRuntime and CodeRunner share: reading the options of the
// reference API into native options, checking arguments, the default cache.
const os = require('node:os');
const path = require('node:path');
const { check, notJson } = require('./options');

const DEFAULT_TIMEOUT = 5000;

// Where the compiled guest is kept between processes (as the CLI does):
// $XDG_CACHE_HOME/isolated-runtime or ~/.cache/isolated-runtime.
function defaultCacheDir() {
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : null);
  return base ? path.join(base, 'isolated-runtime') : undefined;
}

/** Native runtime options from the options our additions share. */
function runtimeOptions(options, what) {
  const timeout = check.limit(options.timeout, `${what}.timeout`);
  const cacheDir = options.cacheDir === false ? undefined : check.string(options.cacheDir, `${what}.cacheDir`) || defaultCacheDir();
  return {
    timeout: timeout === undefined ? DEFAULT_TIMEOUT : timeout,
    memoryMb: check.limit(options.memoryMb, `${what}.memoryMb`),
    fuel: check.limit(options.fuel, `${what}.fuel`),
    maxConcurrency: check.limit(options.maxConcurrency, `${what}.maxConcurrency`),
    builtins: check.strings(options.builtins, `${what}.builtins`),
    env: check.env(options.env, `${what}.env`),
    timeZone: check.string(options.timeZone, `${what}.timeZone`),
    cacheDir,
  };
}

/** Host modules: `{ name: { fn: function } }`. */
function hostModules(value, what) {
  const modules = check.object(value, what);
  if (!modules) return undefined;
  for (const [name, fns] of Object.entries(modules)) {
    check.object(fns, `${what}.${name}`);
    for (const [fn, impl] of Object.entries(fns)) check.function(impl, `${what}.${name}.${fn}`);
  }
  return modules;
}

/** The call's arguments, checked to be JSON (a TypeError says which is not); they are
 * serialized once, with the request. */
function callArgs(args, what) {
  if (!Array.isArray(args)) {
    throw new TypeError(`${what} must be an array of JSON values (got ${args === null ? 'null' : typeof args})`);
  }
  const why = notJson(args, what);
  if (why) throw new TypeError(why);
  return args;
}

/** The call's context (default `{}`, as in the reference), checked to be JSON. */
function callContext(context, what) {
  if (context === undefined || context === null) return {};
  if (typeof context !== 'object') throw new TypeError(`${what} must be an object (got ${typeof context})`);
  const why = notJson(context, what);
  if (why) throw new TypeError(why);
  return context;
}

module.exports = { DEFAULT_TIMEOUT, runtimeOptions, hostModules, callArgs, callContext };
