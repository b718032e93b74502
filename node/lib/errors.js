'use strict';
// The error classes of a failed call, one per stable kind of the Rust
// library (`RunError::kind`). Every instance has `kind`. Where the reference
// library defines a class or message, they are kept: a missing or forbidden
// module is `ModuleNotFound` ("Cannot find module 'fs'"), a missing function
// is a `TypeError` ("foo is not a function"), a timeout is
// `RuntimeTimeoutError`. An error thrown by the sandboxed code arrives as the
// matching built-in class (`TypeError`, ...) with its name, message and
// sandbox-only stack, and `kind === 'js-error'`.

class IsolatedRuntimeError extends Error {
  /**
   * @param {string} message what happened (the reference's wording where it has one)
   * @param {string} [detail] the library's own message, when different
   */
  constructor(message, detail) {
    super(message);
    Object.defineProperty(this, 'name', { value: new.target.name, configurable: true, writable: true });
    this.kind = new.target.kind;
    if (detail !== undefined && detail !== message) this.detail = detail;
  }
}

function kindClass(name, kind, Base = IsolatedRuntimeError) {
  const cls = { [name]: class extends Base {} }[name];
  cls.kind = kind;
  return cls;
}

const RuntimeTimeoutError = kindClass('RuntimeTimeoutError', 'timeout');
const FuelExhaustedError = kindClass('FuelExhaustedError', 'fuel-exhausted');
const MemoryLimitError = kindClass('MemoryLimitError', 'memory-limit');
const StackOverflowError = kindClass('StackOverflowError', 'stack-overflow');
const ModuleNotFound = kindClass('ModuleNotFound', 'module-not-found');
const ModuleForbiddenError = kindClass('ModuleForbiddenError', 'module-forbidden', ModuleNotFound);
const PathEscapeError = kindClass('PathEscapeError', 'path-escape');
const InvalidResultError = kindClass('InvalidResultError', 'invalid-result');
const OutputLimitError = kindClass('OutputLimitError', 'output-limit');
const PromiseUnsettledError = kindClass('PromiseUnsettledError', 'promise-unsettled');
const InternalError = kindClass('InternalError', 'internal');

// These two are TypeErrors, as in the reference (and as Node itself reports
// bad arguments).
function typeErrorClass(name, kind) {
  const cls = {
    [name]: class extends TypeError {
      constructor(message, detail) {
        super(message);
        Object.defineProperty(this, 'name', { value: 'TypeError', configurable: true, writable: true });
        this.kind = kind;
        if (detail !== undefined && detail !== message) this.detail = detail;
      }
    },
  }[name];
  cls.kind = kind;
  return cls;
}

const FunctionNotFoundError = typeErrorClass('FunctionNotFoundError', 'function-not-found');
const InvalidArgsError = typeErrorClass('InvalidArgsError', 'invalid-args');

// An error thrown by sandboxed code: `err instanceof JsError` holds for
// them, whatever built-in class they arrive as.
class JsError extends Error {
  static [Symbol.hasInstance](value) {
    return value !== null && typeof value === 'object' && value.kind === 'js-error';
  }
}
JsError.kind = 'js-error';

const BY_KIND = new Map(
  [
    RuntimeTimeoutError,
    FuelExhaustedError,
    MemoryLimitError,
    StackOverflowError,
    ModuleNotFound,
    ModuleForbiddenError,
    PathEscapeError,
    InvalidResultError,
    OutputLimitError,
    PromiseUnsettledError,
    InternalError,
    FunctionNotFoundError,
    InvalidArgsError,
  ].map((cls) => [cls.kind, cls]),
);

const BUILTIN_ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError };

// The first quoted name in the library's message (`cannot find module 'x'
// (required from '/a.js')`, `module 'fs' is a Node.js built-in ...`).
function quotedName(message) {
  const m = /'([^']*)'/.exec(message);
  return m ? m[1] : undefined;
}

/** The Error to reject a call with, from the native reply's `error`. */
function fromReply(error, funcName) {
  const { kind, message } = error;
  if (kind === 'js-error') {
    const Ctor = Object.prototype.hasOwnProperty.call(BUILTIN_ERRORS, error.name) ? BUILTIN_ERRORS[error.name] : Error;
    const e = Ctor === AggregateError ? new AggregateError([], error.jsMessage) : new Ctor(error.jsMessage);
    if (error.name && error.name !== Ctor.name) {
      Object.defineProperty(e, 'name', { value: error.name, configurable: true, writable: true });
    }
    e.kind = 'js-error';
    e.stack = error.stack || `${error.name || 'Error'}: ${error.jsMessage}`;
    return e;
  }
  if (kind === 'module-not-found' || kind === 'module-forbidden') {
    const name = quotedName(message);
    const Cls = BY_KIND.get(kind);
    return new Cls(name !== undefined ? `Cannot find module '${name}'` : message, message);
  }
  if (kind === 'function-not-found') {
    return new FunctionNotFoundError(`${funcName} is not a function`, message);
  }
  const Cls = BY_KIND.get(kind) || InternalError;
  return new Cls(message);
}

module.exports = {
  IsolatedRuntimeError,
  RuntimeTimeoutError,
  FuelExhaustedError,
  MemoryLimitError,
  StackOverflowError,
  ModuleNotFound,
  ModuleNotFoundError: ModuleNotFound,
  ModuleForbiddenError,
  PathEscapeError,
  InvalidArgsError,
  InvalidResultError,
  OutputLimitError,
  PromiseUnsettledError,
  InternalError,
  FunctionNotFoundError,
  JsError,
  fromReply,
};
