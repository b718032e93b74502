// The sandbox's JavaScript side, "the prelude": console, timers, host
// modules, the CommonJS and ES module systems and the call protocol. Its
// parts (guest/src/prelude/*.js) are joined in name order into one source
// text (`PRELUDE` in engine.rs), evaluated once per instance, before any user
// code, as a function expression. That function receives the host natives
// and `KIND`, a frozen object naming the cases of the WIT `error-kind` enum
// (`KIND.JS_ERROR` is "js-error", ...; built in Rust from that enum, so the
// prelude spells no kind itself), and returns the internal API used by the
// Rust side (`invoke.rs`, `es_modules.rs`). User code never sees that API
// nor the natives: they live only in this closure.
//
// Prelude part: the opening of the closure. The primordials captured before
// user code runs, the natives, the sandbox's own errors (`failure`, tagged
// with a `KIND`) and the per-file snapshot state the other parts mark.
(function (native, KIND) {
  'use strict';

  // Captured before user code runs, so a module that overwrites globals or
  // prototypes cannot confuse the sandbox's own bookkeeping.
  const G = globalThis;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const SyntaxErrorCtor = SyntaxError;
  const PromiseCtor = Promise;
  const promiseResolve = Promise.resolve.bind(Promise);
  const jsonStringify = JSON.stringify;
  const jsonParse = JSON.parse;
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const MathObj = Math;
  const getPrototypeOf = Object.getPrototypeOf;
  const objectCreate = Object.create;
  const freeze = Object.freeze;
  const isArray = Array.isArray;
  const ObjectProto = Object.prototype;
  const FunctionProto = Function.prototype;
  const hasOwn = Object.prototype.hasOwnProperty;
  const objectToString = Object.prototype.toString;
  const toWellFormed = String.prototype.toWellFormed;
  // Text handed to the host must be valid Unicode: lone UTF-16 surrogates
  // (which JavaScript strings may hold) become U+FFFD.
  const wellFormed = (s) => apply(toWellFormed, StringCtor(s), []);
  const StringCtor = String;
  const SymbolToString = Symbol.prototype.toString;
  const dateToISO = Date.prototype.toISOString;
  const hostLoad = native.load;
  const hostConsole = native.console;
  const compile = native.compile;
  const loadCompiled = native.loadCompiled;
  const evalModule = native.evalModule;
  const promiseState = native.promiseState;
  const promiseReason = native.promiseReason;
  const hostModuleInfo = native.hostModule;
  const callHost = native.callHost;
  const waitEvent = native.waitEvent;
  const functionStarted = native.functionStarted;

  // Errors raised by the sandbox itself carry their kind here. They stay
  // ordinary, catchable Error objects (with a Node-like `code`); the kind is
  // only used when one escapes the call uncaught.
  const kinds = new WeakMap();
  function failure(kind, message, code) {
    const e = new ErrorCtor(message);
    if (code !== undefined) e.code = code;
    kinds.set(e, kind);
    return e;
  }

  // ---------------------------------------------------------------- per-file snapshots
  // While `preload` evaluates an entry file for a snapshot, anything whose
  // result must be fresh on every call marks the file as not snapshottable.
  let preloading = false;
  let tainted = false;
  function taint() {
    if (preloading) tainted = true;
  }
