'use strict';
// `CodeRunner`, as the reference's core package documents it: bound to one
// file under one root; every `run` is a fresh sandbox.
const path = require('node:path');
const { NativeHost } = require('./native-host');
const { check } = require('./options');
const { runtimeOptions, hostModules, callArgs, callContext } = require('./common');
const { extensions, nonEmpty } = require('./isolated-runtime');

// CodeRunners without host modules share one native runtime (created on
// first use); their options travel with each call.
let shared;
function sharedHost() {
  if (!shared) shared = new NativeHost({ ...runtimeOptions({}, 'options'), maxConcurrency: 64 });
  return shared;
}

class CodeRunner {
  /**
   * @param {object} options see index.d.ts
   */
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`CodeRunner options must be an object (got ${options === null ? 'null' : typeof options})`);
    }
    this._root = path.resolve(check.requiredString(options.root, 'options.root'));
    this._file = check.requiredString(options.file, 'options.file');
    this._onConsole = check.function(options.onConsole, 'options.onConsole');
    this._extensions = extensions(options.sourceExtensions, 'options.sourceExtensions');
    this._compiler = check.function(options.compiler, 'options.compiler');
    this._external = nonEmpty(check.strings(options.external, 'options.external'));
    this._whitelistedPaths = check.strings(options.whitelistedPaths, 'options.whitelistedPaths') || [];
    this._resolve = check.function(options.resolve, 'options.resolve');
    this._base = runtimeOptions(options, 'options');
    const modules = hostModules(options.hostModules, 'options.hostModules');
    this._host = modules ? new NativeHost(this._base, { hostModules: modules }) : sharedHost();
  }

  /** Call `funcName` with `args`; resolves to its result. */
  async run(options) {
    return (await this.runWithStats(options)).value;
  }

  /** Like `run`, resolving to `{ value, console, stats }` (our addition). */
  async runWithStats(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`run() options must be an object (got ${options === null ? 'null' : typeof options})`);
    }
    const funcName = check.requiredString(options.funcName, 'run() options.funcName');
    const resolveArguments = check.function(options.resolveArguments, 'run() options.resolveArguments');
    let args = options.args === undefined ? [] : options.args;
    if (resolveArguments) args = await resolveArguments(args);
    args = callArgs(args, 'run() options.args');
    const b = this._base;
    return this._host.run(
      {
        root: this._root,
        file: this._file,
        funcName,
        args,
        context: callContext(options.context, 'run() options.context'),
        external: this._external,
        moduleRoots: this._whitelistedPaths.length ? this._whitelistedPaths : undefined,
        sourceExtensions: this._extensions,
        timeout: check.limit(options.timeout, 'run() options.timeout') ?? b.timeout,
        memoryMb: check.limit(options.memoryMb, 'run() options.memoryMb') ?? b.memoryMb,
        fuel: check.limit(options.fuel, 'run() options.fuel') ?? b.fuel,
        builtins: b.builtins,
        env: b.env,
        timeZone: b.timeZone,
      },
      {
        compiler: this._compiler,
        resolve: this._resolve,
        running: check.function(options.running, 'run() options.running'),
        onConsole: this._onConsole,
      },
    );
  }
}

module.exports = { CodeRunner };
