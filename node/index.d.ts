// Type definitions for isolated-runtime (Node.js package).

/** A JSON value: what crosses into and out of the sandbox. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A console line the sandboxed code wrote. */
export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';

/** Host functions exposed to the sandbox as `require('host:NAME')`. `async` functions are Promises inside. */
export type HostModules = Record<string, Record<string, (...args: any[]) => Json | undefined | Promise<Json | undefined>>>;

/** Options both classes accept beyond the reference's. */
export interface LimitOptions {
  /** Wall-clock limit of one call, in ms. Default 5000. */
  timeout?: number;
  /** Memory a call may grow, in MiB. Default 128 (minimum 8). */
  memoryMb?: number;
  /** Fuel (WebAssembly instructions, roughly) a call may burn. Default: unlimited. */
  fuel?: number;
}

export interface IsolatedRuntimeOptions extends LimitOptions {
  /** Accepted for compatibility; `max` sets how many calls run at once (default 64). */
  poolOptions?: { min?: number; max?: number; [key: string]: unknown };
  /** Extensions tried for `require('./x')` (`['js', 'jx']`). Default `.js .json .cjs .mjs`. */
  sourceExtensions?: string[];
  /** A host module exporting `(code, filename) => code`, applied to every module (runs in this process). */
  compilerModulePath?: string;
  /** A host module exporting `(resolverOptions) => (moduleName) => absolutePath` (runs in this process). */
  resolverModulePath?: string;
  /** Calls at once (default: `poolOptions.max`, else 64); more wait in a queue. */
  maxConcurrency?: number;
  /** Node built-ins the sandbox may load (default: all pure ones; add `fs` for a read-only view of the folder). */
  builtins?: string[];
  /** `process.env` inside the sandbox (default empty; the host's is never visible). */
  env?: Record<string, string>;
  /** Default time zone of `Intl` inside the sandbox (default `UTC`). */
  timeZone?: string;
  /** Where the compiled guest is cached between processes (default ~/.cache/isolated-runtime); `false` for none. */
  cacheDir?: string | false;
  /** Host functions for the sandbox. */
  hostModules?: HostModules;
  /** Receives every console line of every call (runs in this process). */
  onConsole?: (level: ConsoleLevel, text: string) => void;
}

export interface RunOptions extends LimitOptions {
  /** The module folder (seen as `/` inside the sandbox). */
  root?: string;
  /** Alias of `root`, as in the reference README. */
  folder?: string;
  /** The entry file, relative to `root`. */
  file: string;
  /** The function to call: an export of the file, or a top-level function. */
  funcName: string;
  /** JSON arguments, or the reference's `{ resolverPath, original }` (a host module turning `original` into the arguments). */
  args?: Json[] | { resolverPath: string; original: unknown };
  /** Read-only inside the sandbox as `context` and `__globals__.__context__`. Default `{}`. */
  context?: Record<string, Json>;
  /** Packages under `node_modules` the code may require (`*` wildcards). */
  external?: string[];
  /** Extra folders of packages (`<dir>/<name>/...`). */
  whitelistedPaths?: string[];
  /** Passed to the `resolverModulePath` module's export. */
  resolverOptions?: object;
  /** Called when the function starts (after its module loaded). */
  running?: () => void;
  /** Console lines of this call. */
  onConsole?: (level: ConsoleLevel, text: string) => void;
  /** `process.env` entries for this call. */
  env?: Record<string, string>;
  /** Host modules this call may use (default: all). */
  hostModules?: string[];
}

/** What a call cost. */
export interface CallStats {
  wallTimeMs: number;
  fuelConsumed: number;
  peakMemoryBytes: number;
  memoryImageBytes: number;
  fromSnapshot: boolean;
}

/** A call's result with its console output and costs. */
export interface CallOutcome<T = any> {
  value: T;
  console: { level: ConsoleLevel; text: string }[];
  stats: CallStats;
}

export class IsolatedRuntime {
  static readonly DEFAULT_TIMEOUT: number;
  constructor(options?: IsolatedRuntimeOptions);
  /** Resolves to the function's result (`undefined` stays `undefined`). */
  run<T = any>(options: RunOptions): Promise<T>;
  runWithStats<T = any>(options: RunOptions): Promise<CallOutcome<T>>;
  /** Refuse new calls; resolves when the running ones ended. */
  shutdown(): Promise<void>;
}

export interface CodeRunnerOptions extends LimitOptions {
  root: string;
  file: string;
  onConsole?: (level: ConsoleLevel, text: string) => void;
  sourceExtensions?: string[];
  /** `(code, filename) => code`, applied to every module (runs in this process). */
  compiler?: (code: string, filename: string) => string;
  external?: string[];
  whitelistedPaths?: string[];
  /** `(moduleName) => absolutePath` for packages (runs in this process). */
  resolve?: (moduleName: string) => string | undefined;
  builtins?: string[];
  env?: Record<string, string>;
  timeZone?: string;
  cacheDir?: string | false;
  hostModules?: HostModules;
}

export interface CodeRunnerRunOptions extends LimitOptions {
  funcName: string;
  args?: any[];
  context?: Record<string, Json>;
  running?: () => void;
  /** Turns `args` into the actual arguments, in this process. */
  resolveArguments?: (args: any[]) => Json[] | Promise<Json[]>;
}

export class CodeRunner {
  constructor(options: CodeRunnerOptions);
  run<T = any>(options: CodeRunnerRunOptions): Promise<T>;
  runWithStats<T = any>(options: CodeRunnerRunOptions): Promise<CallOutcome<T>>;
}

export namespace errors {
  /** The base of every class below except the two TypeErrors and JsError. */
  class IsolatedRuntimeError extends Error {
    /** The library's stable kind (`timeout`, `memory-limit`, ...). */
    kind: string;
    /** The library's own message, when the reference's differs. */
    detail?: string;
  }
  class RuntimeTimeoutError extends IsolatedRuntimeError {}
  class FuelExhaustedError extends IsolatedRuntimeError {}
  class MemoryLimitError extends IsolatedRuntimeError {}
  class StackOverflowError extends IsolatedRuntimeError {}
  /** `Cannot find module 'x'`: missing (`module-not-found`) or not allowed (`module-forbidden`). */
  class ModuleNotFound extends IsolatedRuntimeError {}
  const ModuleNotFoundError: typeof ModuleNotFound;
  class ModuleForbiddenError extends ModuleNotFound {}
  class PathEscapeError extends IsolatedRuntimeError {}
  class InvalidResultError extends IsolatedRuntimeError {}
  class OutputLimitError extends IsolatedRuntimeError {}
  class PromiseUnsettledError extends IsolatedRuntimeError {}
  class InternalError extends IsolatedRuntimeError {}
  /** `foo is not a function` (kind `function-not-found`). */
  class FunctionNotFoundError extends TypeError {
    kind: 'function-not-found';
    detail?: string;
  }
  /** Arguments or context that are not JSON (kind `invalid-args`). */
  class InvalidArgsError extends TypeError {
    kind: 'invalid-args';
    detail?: string;
  }
  /** `err instanceof JsError`: the sandboxed code threw `err` (a TypeError, Error, ... with `kind: 'js-error'`). */
  class JsError extends Error {
    kind: 'js-error';
  }
}
