// vm: code evaluated in a fresh JavaScript realm (its own globals and
// intrinsics: `Object`, `Array`, `Function`, ...) *inside* the sandbox, with
// the same memory, fuel and time limits as the call. As in Node, a
// "contextified" object's properties are the realm's globals: they are
// copied in before the code runs, and the realm's enumerable globals
// (declarations and assignments) copied back after. Like Node's vm, this is
// not a security boundary between pieces of untrusted code; the sandbox is.
'use strict';

const { codes } = require('internal/errors');
const vmRun = internal.vmRun;
const contexts = new WeakSet();
const indirectEval = eval;
const FunctionCtor = Function;

function filenameOf(options, fallback) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object' && typeof options.filename === 'string') return options.filename;
  return fallback;
}

function checkContext(ctx) {
  if (ctx === null || typeof ctx !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', ctx);
  if (!contexts.has(ctx)) {
    const e = new TypeError('The "contextifiedObject" argument must be an vm.Context');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}

function createContext(object = {}, _options) {
  if (object === null || typeof object !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('contextObject', 'Object', object);
  contexts.add(object);
  return object;
}

function isContext(object) {
  if (object === null || typeof object !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('object', 'Object', object);
  return contexts.has(object);
}

class Script {
  constructor(code, options) {
    this._code = String(code);
    this._filename = filenameOf(options, 'evalmachine.<anonymous>');
  }
  runInContext(contextifiedObject, _options) {
    checkContext(contextifiedObject);
    return vmRun(this._code, this._filename, contextifiedObject);
  }
  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject === undefined ? {} : contextObject), options);
  }
  runInThisContext(_options) {
    return indirectEval(this._code);
  }
  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject, options);
}
function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, options);
}
function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params = [], options = {}) {
  const ctx = options && options.parsingContext;
  if (ctx !== undefined) {
    checkContext(ctx);
    const args = params.join(', ');
    return vmRun('(function (' + args + ') {\n' + code + '\n})', filenameOf(options, 'evalmachine.<anonymous>'), ctx);
  }
  return new FunctionCtor(...params, code);
}

function measureMemory() {
  const e = new Error('vm.measureMemory is not available in the sandbox');
  e.code = 'ERR_FEATURE_UNAVAILABLE_IN_SANDBOX';
  return Promise.reject(e);
}

module.exports = {
  Script, createContext, isContext, runInContext, runInNewContext, runInThisContext, compileFunction,
  measureMemory, constants: Object.freeze({ USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'), DONT_CONTEXTIFY: Symbol('vm_context_no_contextify') }),
};
