'use strict';
// `IsolatedRuntime`, as the reference library documents it: one runtime,
// any number of calls into files under any folder, each in a fresh sandbox.
const path = require('node:path');
const { NativeHost } = require('./native-host');
const { check } = require('./options');
const { DEFAULT_TIMEOUT, runtimeOptions, hostModules, callArgs, callContext } = require('./common');

// The reference's default pool is generic-pool's (up to 10 workers); a
// sandbox waiting on a timer holds no thread here, so more can wait at once.
const DEFAULT_CONCURRENCY = 64;

function extensions(list, what) {
  const exts = check.strings(list, what);
  if (!exts) return undefined;
  const dotted = exts.map((e) => (e.startsWith('.') ? e : `.${e}`));
  return dotted.includes('.json') ? dotted : [...dotted, '.json'];
}

function nonEmpty(list) {
  return list && list.length > 0 ? list : undefined;
}

function requireHostModule(modulePath, what) {
  if (modulePath === undefined || modulePath === null) return undefined;
  check.requiredString(modulePath, what);
  return require(path.resolve(modulePath));
}

class IsolatedRuntime {
  static get DEFAULT_TIMEOUT() {
    return DEFAULT_TIMEOUT;
  }

  /**
   * @param {object} [options] see index.d.ts
   */
  constructor(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`IsolatedRuntime options must be an object (got ${options === null ? 'null' : typeof options})`);
    }
    const pool = check.object(options.poolOptions, 'options.poolOptions') || {};
    const poolMax = check.limit(pool.max, 'options.poolOptions.max');
    const base = runtimeOptions(options, 'options');
    const compiler = requireHostModule(options.compilerModulePath, 'options.compilerModulePath');
    if (compiler !== undefined && typeof compiler !== 'function') {
      throw new TypeError('options.compilerModulePath must name a module that exports a function (code, filename) => code');
    }
    const resolver = requireHostModule(options.resolverModulePath, 'options.resolverModulePath');
    if (resolver !== undefined && typeof resolver !== 'function') {
      throw new TypeError('options.resolverModulePath must name a module that exports a function (resolverOptions) => resolve');
    }
    this._resolver = resolver;
    this._onConsole = check.function(options.onConsole, 'options.onConsole');
    this._timeout = base.timeout;
    this._inFlight = new Set();
    this._closed = false;
    this._host = new NativeHost(
      {
        ...base,
        maxConcurrency: base.maxConcurrency || poolMax || DEFAULT_CONCURRENCY,
        sourceExtensions: extensions(options.sourceExtensions, 'options.sourceExtensions'),
      },
      { compiler, hostModules: hostModules(options.hostModules, 'options.hostModules') },
    );
  }

  /**
   * Run `funcName` from `file` under `root` (or `folder`) with `args`;
   * resolves to its result.
   */
  async run(options) {
    return (await this.runWithStats(options)).value;
  }

  /** Like `run`, resolving to `{ value, console, stats }` (our addition). */
  runWithStats(options) {
    const call = this._call(options);
    this._inFlight.add(call);
    const done = () => this._inFlight.delete(call);
    call.then(done, done);
    return call;
  }

  async _call(options) {
    if (this._closed) throw new Error('this IsolatedRuntime was shut down');
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`run() options must be an object (got ${options === null ? 'null' : typeof options})`);
    }
    const root = check.requiredString(options.root !== undefined ? options.root : options.folder, 'run() options.root');
    const file = check.requiredString(options.file, 'run() options.file');
    const funcName = check.requiredString(options.funcName, 'run() options.funcName');
    let args = options.args === undefined ? [] : options.args;
    if (args !== null && typeof args === 'object' && !Array.isArray(args) && 'resolverPath' in args) {
      // The reference's argument resolver: a host module applied to `original`.
      const resolveArguments = requireHostModule(args.resolverPath, 'run() options.args.resolverPath');
      if (typeof resolveArguments !== 'function') {
        throw new TypeError('run() options.args.resolverPath must name a module that exports a function');
      }
      args = await resolveArguments(args.original);
    }
    args = callArgs(args, 'run() options.args');
    const running = check.function(options.running, 'run() options.running');
    const onConsole = check.function(options.onConsole, 'run() options.onConsole') || this._onConsole;
    const resolverOptions = check.object(options.resolverOptions, 'run() options.resolverOptions') || {};
    const resolve = this._resolver ? this._resolver(resolverOptions) : undefined;
    const timeout = check.limit(options.timeout, 'run() options.timeout');
    return this._host.run(
      {
        root: path.resolve(root),
        file,
        funcName,
        args,
        context: callContext(options.context, 'run() options.context'),
        // An empty list is the runtime's own (empty) allow-list; only a
        // non-empty one is sent, since a call with its own list cannot start
        // from the file's per-file snapshot.
        external: nonEmpty(check.strings(options.external, 'run() options.external')),
        moduleRoots: check.strings(options.whitelistedPaths, 'run() options.whitelistedPaths'),
        timeout,
        memoryMb: check.limit(options.memoryMb, 'run() options.memoryMb'),
        fuel: check.limit(options.fuel, 'run() options.fuel'),
        env: check.env(options.env, 'run() options.env'),
        hostModules: check.strings(options.hostModules, 'run() options.hostModules'),
      },
      { resolve: typeof resolve === 'function' ? resolve : undefined, running, onConsole },
    );
  }

  /** Refuse new calls and wait for the ones running to end. */
  async shutdown() {
    this._closed = true;
    await Promise.allSettled([...this._inFlight]);
  }
}

module.exports = { IsolatedRuntime, extensions, nonEmpty };
