'use strict';
// node:util for the sandbox: format/inspect with Node 20's output, deep strict
// equality, promisify/callbackify, parseArgs, parseEnv, MIMEType and the
// small helpers. Plain JavaScript without engine internals, so what only V8
// can see is approximated: a promise prints as `Promise { <pending> }`
// (its state cannot be read synchronously), Map/Set iterators and
// WeakMap/WeakSet as `{ <items unknown> }`, a proxy as its target seen
// through its traps (showProxy has no effect).

const types = require('util/types');

// ------------------------------------------------------------ primordials
const ObjectAssign = Object.assign;
const ObjectCreate = Object.create;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectSeal = Object.seal;
const ArrayIsArray = Array.isArray;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const JSONStringify = JSON.stringify;
const MathMin = Math.min;
const MathMax = Math.max;
const MathFloor = Math.floor;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const MathTrunc = Math.trunc;
const MathAbs = Math.abs;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberIsSafeInteger = Number.isSafeInteger;
const NumberIsInteger = Number.isInteger;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;
const SymbolFor = Symbol.for;
const GlobalString = String;
const GlobalNumber = Number;
const GlobalArray = Array;
const GlobalDate = Date;
const StringFromCharCode = String.fromCharCode;
const GlobalMap = Map;
const GlobalSet = Set;
const GlobalPromise = Promise;
const GlobalRegExp = RegExp;
const GlobalError = Error;
const GlobalTypeError = TypeError;
const GlobalRangeError = RangeError;
const GlobalUint8Array = Uint8Array;
const GlobalTextEncoder = typeof TextEncoder === 'function' ? TextEncoder : undefined;
const GlobalTextDecoder = typeof TextDecoder === 'function' ? TextDecoder : undefined;
const consoleRef = typeof console === 'object' && console !== null ? console : undefined;
const consoleLog = consoleRef && typeof consoleRef.log === 'function' ? consoleRef.log : undefined;
const queueMicrotaskRef = typeof queueMicrotask === 'function' ? queueMicrotask : undefined;
const globalObject = typeof globalThis === 'object' ? globalThis : undefined;
const IteratorConstructor = globalObject && typeof globalObject.Iterator === 'function' ? globalObject.Iterator : undefined;

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ObjectPrototypeHasOwnProperty = uncurry(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const FunctionPrototypeToString = uncurry(Function.prototype.toString);
const FunctionPrototypeBind = uncurry(Function.prototype.bind);
const ErrorPrototypeToString = uncurry(Error.prototype.toString);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const DatePrototypeToISOString = uncurry(Date.prototype.toISOString);
const DatePrototypeToString = uncurry(Date.prototype.toString);
const RegExpPrototypeToString = uncurry(RegExp.prototype.toString);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeValues = uncurry(Set.prototype.values);
const MapSizeGetter = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const SetSizeGetter = uncurry(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayLengthGetter = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const TypedArrayTagGetter = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, SymbolToStringTag).get);
const StringPrototypeNormalize = typeof String.prototype.normalize === 'function' ? uncurry(String.prototype.normalize) : (s) => s;

const TypedArrayConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') TypedArrayConstructors.Float16Array = Float16Array; // eslint-disable-line no-undef

const {
  isAnyArrayBuffer, isArrayBuffer, isArgumentsObject, isBoxedPrimitive, isDataView, isMap, isMapIterator,
  isModuleNamespaceObject, isNativeError, isPromise, isSet, isSetIterator, isWeakMap, isWeakSet, isRegExp,
  isDate, isTypedArray, isStringObject, isNumberObject, isBooleanObject, isBigIntObject, isSymbolObject,
  isAsyncFunction, isGeneratorFunction, isArrayBufferView,
} = types;

// The global constructors Node treats as built-in: the engine's own globals
// of this shape (Node computes the set before adding Buffer, URL, ... so
// those count as user classes).
const builtInObjects = new GlobalSet([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
  'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'Atomics', 'WebAssembly',
]);

// ------------------------------------------------------------ errors
// Node-style errors (own enumerable `code`, `TypeError [CODE]: message` from
// toString and in the stack) come from internal/errors; the messages are
// composed here with the full inspect, as Node does.
let internalErrors;
function makeNodeError(Base, code, message) {
  if (internalErrors === undefined) {
    try {
      internalErrors = require('internal/errors');
    } catch {
      internalErrors = null;
    }
  }
  if (internalErrors && typeof internalErrors.nodeError === 'function') {
    return internalErrors.nodeError(Base, code, message);
  }
  const err = new Base(message);
  ObjectDefineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classNameRegExp = /^([A-Z][a-z0-9]*)+$/;

function describeReceived(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name != null) return `an instance of ${value.constructor.name}`;
    return inspect(value, { depth: -1 });
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function listWords(words, conj) {
  if (words.length > 2) return `${words.slice(0, -1).join(', ')}, ${conj} ${words[words.length - 1]}`;
  if (words.length === 2) return `${words[0]} ${conj} ${words[1]}`;
  return words[0];
}

function invalidArgType(name, expected, actual) {
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const typeNames = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) typeNames.push(value.toLowerCase());
    else if (classNameRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = typeNames.indexOf('object');
    if (pos !== -1) { typeNames.splice(pos, 1); instances.push('Object'); }
  }
  if (typeNames.length > 0) {
    if (typeNames.length > 2) msg += `one of type ${listWords(typeNames, 'or')}`;
    else if (typeNames.length === 2) msg += `one of type ${typeNames[0]} or ${typeNames[1]}`;
    else msg += `of type ${typeNames[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${listWords(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) msg += `one of ${listWords(other, 'or')}`;
    else if (other.length === 2) msg += `one of ${other[0]} or ${other[1]}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${describeReceived(actual)}`;
  return makeNodeError(GlobalTypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRange(name, range, input) {
  let received;
  if (NumberIsInteger(input) && MathAbs(input) > 2 ** 32) received = addNumericalSeparator(GlobalString(input));
  else if (typeof input === 'bigint') {
    received = GlobalString(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = inspect(input);
  return makeNodeError(GlobalRangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(GlobalTypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}
function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}
function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}
function validateObject(value, name, { allowArray = false, allowFunction = false, nullable = false } = {}) {
  if ((!nullable && value === null) || (!allowArray && ArrayIsArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw invalidArgType(name, 'Object', value);
  }
}
function validateArray(value, name) {
  if (!ArrayIsArray(value)) throw invalidArgType(name, 'Array', value);
}

// ------------------------------------------------------------ inspect
const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
const kMinLineWidth = 16;

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

/* eslint-disable no-control-regex */
const escapeTestAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeReplaceAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeReplaceNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */
const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexKey = /^(0|[1-9][0-9]*)$/;

// The escape for one code unit: C0/C1 controls as \xHH (with the short
// forms JavaScript has), the quote and backslash, lone surrogates as \uXXXX.
const shortEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
function escapeUnit(ch) {
  const code = ch.charCodeAt(0);
  const short = shortEscapes[code];
  if (short !== undefined) return short;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `\\u${code.toString(16)}`;
}

function quoteString(str) {
  // Prefer single quotes; switch to double quotes or backticks rather than
  // escaping a single quote when the string allows it.
  let quote = "'";
  let test = escapeTestAll;
  let replace = escapeReplaceAll;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") { test = escapeTestNoQuote; replace = escapeReplaceNoQuote; }
  }
  if (test.test(str)) str = str.replace(replace, escapeUnit);
  return `${quote}${str}${quote}`;
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of ObjectKeys(opts)) {
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});

inspect.colors = ObjectAssign(ObjectCreate(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  ObjectDefineProperty(inspect.colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = ObjectAssign(ObjectCreate(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function optionsForCustom(ctx, value) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (!(value instanceof Object)) {
    // A value from elsewhere (null prototype chain not ending in Object):
    // hand it only primitives and a stylize that cannot leak our objects.
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) delete ret[key];
    }
    ret.stylize = ObjectSetPrototypeOf((v, flavour) => {
      let stylized;
      try { stylized = `${ctx.stylize(v, flavour)}`; } catch { /* ignore */ }
      return typeof stylized === 'string' ? stylized : v;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  if (isRevokedProxy(value)) return ctx.stylize('<Revoked Proxy>', 'special');
  if (ctx.customInspect) {
    let maybeCustom = value[customInspectSymbol];
    if (maybeCustom === undefined && webInspectors.size !== 0) maybeCustom = webInspectorFor(value);
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = ReflectApply(maybeCustom, context, [depth, optionsForCustom(ctx, context), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new GlobalMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Array.isArray throws for a revoked proxy (and for nothing else).
function isRevokedProxy(value) {
  try {
    ArrayIsArray(value);
    return false;
  } catch {
    return true;
  }
}

// The sandbox's web globals (URL, URLSearchParams, TextEncoder, TextDecoder)
// have no inspect hook of their own; Node's classes do. These print their
// instances the way Node's hooks do.
function constructorOf(obj) {
  while (obj) {
    const d = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
    obj = ObjectGetPrototypeOf(obj);
  }
  return null;
}

function inspectURL(depth, opts) {
  if (typeof depth === 'number' && depth < 0) return this;
  const ctor = constructorOf(this) || globalObject.URL;
  const obj = { __proto__: { constructor: ctor } };
  for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
    'search', 'searchParams', 'hash']) {
    obj[key] = this[key];
  }
  return `${ctor.name} ${inspect(obj, opts)}`;
}

function inspectURLSearchParams(depth, opts) {
  if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
  const innerOpts = { ...opts };
  if (depth !== null) innerOpts.depth = depth - 1;
  const output = [];
  for (const [k, v] of this) output.push(`${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
  let length = -2;
  for (const entry of output) length += removeColors(entry).length + 2;
  const name = this.constructor.name;
  if (length > opts.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  if (output.length) return `${name} { ${output.join(', ')} }`;
  return `${name} {}`;
}

function inspectTextEncoder(depth, opts) {
  if (typeof depth === 'number' && depth < 0) return this;
  const ctor = constructorOf(this);
  const obj = { __proto__: { constructor: ctor === null ? globalObject.TextEncoder : ctor } };
  obj.encoding = this.encoding;
  return inspect(obj, opts);
}

function inspectTextDecoder(depth, opts) {
  if (typeof depth === 'number' && depth < 0) return this;
  const ctor = constructorOf(this) || globalObject.TextDecoder;
  const obj = { __proto__: { constructor: ctor } };
  obj.encoding = this.encoding;
  obj.fatal = this.fatal;
  obj.ignoreBOM = this.ignoreBOM;
  return `${ctor.name} ${inspect(obj)}`;
}

const webInspectors = new GlobalMap();
for (const [name, fn] of [['URL', inspectURL], ['URLSearchParams', inspectURLSearchParams],
  ['TextEncoder', inspectTextEncoder], ['TextDecoder', inspectTextDecoder]]) {
  const ctor = globalObject && globalObject[name];
  if (typeof ctor === 'function' && ctor.prototype && !(customInspectSymbol in ctor.prototype)) {
    webInspectors.set(ctor.prototype, fn);
  }
}

function webInspectorFor(value) {
  let p = value;
  for (let i = 0; i < 8; i++) {
    p = ObjectGetPrototypeOf(p);
    if (p === null) return undefined;
    const fn = webInspectors.get(p);
    if (fn !== undefined) return fn;
  }
  return undefined;
}

function isInstanceof(object, ctor) {
  try { return object instanceof ctor; } catch { return false; }
}

const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));

const ObjectPrototype = Object.prototype;
const ObjectConstructor = Object;

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  // Fast path for plain objects (the constructor check below would find
  // Object on Object.prototype).
  if (protoProps === undefined && ObjectGetPrototypeOf(obj) === ObjectPrototype &&
      !ObjectPrototypeHasOwnProperty(obj, 'constructor')) {
    const d = ObjectGetOwnPropertyDescriptor(ObjectPrototype, 'constructor');
    if (d !== undefined && d.value === ObjectConstructor) return 'Object';
  }
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '' &&
        // Node 20 has no global Iterator: %IteratorPrototype% has no constructor there.
        !(obj === IteratorPrototype && descriptor.value === IteratorConstructor) &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return GlobalString(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// What V8 reports as an object's class name when no `constructor` names it:
// a Symbol.toStringTag data property, an own `constructor` data property, or
// the kind of object.
function internalConstructorName(value) {
  let obj = value;
  while (obj !== null) {
    const d = ObjectGetOwnPropertyDescriptor(obj, SymbolToStringTag);
    if (d !== undefined) {
      if (typeof d.value === 'string') return d.value;
      break;
    }
    obj = ObjectGetPrototypeOf(obj);
  }
  const c = ObjectGetOwnPropertyDescriptor(value, 'constructor');
  if (c !== undefined && typeof c.value === 'function' && typeof c.value.name === 'string' && c.value.name !== '') {
    return c.value.name;
  }
  if (typeof value === 'function') return 'Function';
  if (ArrayIsArray(value)) return 'Array';
  if (isArgumentsObject(value)) return 'Arguments';
  if (isNativeError(value)) return 'Error';
  if (isDate(value)) return 'Date';
  if (isRegExp(value)) return 'RegExp';
  return 'Object';
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new GlobalSet();
    else for (const key of keys) keySet.add(key);
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (const s of symbols) if (ObjectPrototypePropertyIsEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

// Own keys that are not array indices (for arrays and typed arrays).
function getOwnNonIndexProperties(value, showHidden) {
  const out = [];
  for (const key of ReflectOwnKeys(value)) {
    if (typeof key === 'string' && arrayIndexKey.test(key) && +key < 2 ** 32 - 1) continue;
    if (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
    out.push(key);
  }
  return out;
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable)(
        value, SymbolToStringTag))) {
    tag = '';
  }
  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (hasSlot(SetSizeGetter, value)) {
      const size = SetSizeGetter(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : SetPrototypeValues(value);
      formatter = (c, v, r) => formatSet(iterable, size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (hasSlot(MapSizeGetter, value)) {
      const size = MapSizeGetter(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : MapPrototypeEntries(value);
      formatter = (c, v, r) => formatMap(iterable, size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayTagGetter(value);
        bound = new TypedArrayConstructors[fallback](value);
      }
      const size = TypedArrayLengthGetter(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator;
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      if (ctx.showHidden && !engineSloppyOwnCaller) addSloppyFunctionKeys(value, keys);
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      // (arguments objects always have an own `callee`)
      if (ObjectPrototypeHasOwnProperty(value, 'callee') && isArgumentsObject(value)) braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regExpToString(constructor !== null ? value : new GlobalRegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      // V8 creates an error's `stack` before its `message`; QuickJS after.
      const stackIndex = ctx.showHidden ? keys.indexOf('stack') : -1;
      if (stackIndex > 0 && isNativeError(value)) {
        keys.splice(stackIndex, 1);
        keys.unshift('stack');
      }
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${getCtxStyle(value, constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) for (const p of protoProps) output.push(p);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// V8 gives sloppy-mode functions own `arguments` and `caller` (null); QuickJS
// keeps them on Function.prototype, as accessors that throw for strict code.
const engineSloppyOwnCaller = (() => {
  try {
    return ObjectPrototypeHasOwnProperty(new Function(''), 'caller'); // eslint-disable-line no-new-func
  } catch {
    return true;
  }
})();

function addSloppyFunctionKeys(fn, keys) {
  if (!ObjectPrototypeHasOwnProperty(fn, 'prototype') || ObjectPrototypeHasOwnProperty(fn, 'caller') ||
      ObjectPrototypeHasOwnProperty(fn, 'arguments') || isGeneratorFunction(fn) ||
      looksLikeClass(FunctionPrototypeToString(fn))) {
    return;
  }
  try {
    fn.caller; // eslint-disable-line no-unused-expressions
  } catch {
    return; // strict
  }
  const at = keys.indexOf('name') + 1;
  keys.splice(at, 0, 'arguments', 'caller');
}

// V8 writes U+2028/U+2029 in a RegExp's source as escapes; QuickJS keeps them.
const regExpKeepsLineSeparators = RegExpPrototypeToString(new GlobalRegExp('\u2028')).includes('\u2028');
function regExpToString(re) {
  const str = RegExpPrototypeToString(re);
  if (!regExpKeepsLineSeparators) return str;
  return str.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// A full brand check (iterables only: util.types prefilters by prototype).
function hasSlot(getter, value) {
  try {
    getter(value);
    return true;
  } catch {
    return false;
  }
}

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  try {
    const name = err.name;
    const message = err.message;
    return (name === 'RangeError' && message === 'Maximum call stack size exceeded') ||
      (name === 'InternalError' && /stack overflow/.test(message));
  } catch {
    return false;
  }
}

function isError(value) {
  return isNativeError(value) || isInstanceof(value, GlobalError);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (isNumberObject(value)) {
    fn = NumberPrototypeValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    fn = StringPrototypeValueOf;
    type = 'String';
    // The index keys of a String object only repeat its value.
    keys.splice(0, StringPrototypeValueOf(value).length);
  } else if (isBooleanObject(value)) {
    fn = BooleanPrototypeValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    fn = BigIntPrototypeValueOf;
    type = 'BigInt';
  } else {
    fn = SymbolPrototypeValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// Is the source text of a function a class? ('class' then a body whose
// heritage part has no parenthesis, or whose head reads like a class head.)
function looksLikeClass(source) {
  if (!source.startsWith('class') || source[source.length - 1] !== '}') return false;
  const inner = source.slice(5, -1);
  const brace = inner.indexOf('{');
  if (brace === -1) return false;
  if (!inner.slice(0, brace).includes('(')) return true;
  const noComments = inner.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '');
  return /^(\s+[^(]*?)\s*{/.test(noComments);
}

function getFunctionBase(value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (looksLikeClass(source)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// Errors ---------------------------------------------------------------
// QuickJS stacks hold only the frames ("    at f (file:1:2)\n..."); Node's
// start with "Name: message". Give ours the same head so that both print alike.
function getStackString(err) {
  const stack = err.stack;
  if (!stack) return ErrorPrototypeToString(err);
  const s = GlobalString(stack);
  if (typeof stack === 'string' && /^\s+at /.test(s)) {
    return `${ErrorPrototypeToString(err)}\n${s.replace(/\n+$/, '')}`;
  }
  return s;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try { ({ cause } = err); } catch { /* a throwing getter */ }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (GlobalString(name).endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) stack = `${prefix}: ${stack}`;
        else stack = `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? GlobalString(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // (No frames of Node's own modules exist in the sandbox to grey out.)
      for (const line of lines) newStack += `\n${markNodeModules(ctx, line)}`;
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

function markNodeModules(ctx, line) {
  const re = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;
  let out = '';
  let pos = 0;
  let m;
  while ((m = re.exec(line)) !== null) {
    out += line.slice(pos, m.index + 14);
    out += ctx.stylize(m[1], 'module');
    pos = m.index + m[0].length;
  }
  return pos === 0 ? line : out + line.slice(pos);
}

// Numbers ---------------------------------------------------------------
function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const string = GlobalString(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericalSeparator(string), 'number');
  }
  if (NumberIsNaN(number)) return fn(string, 'number');
  const full = GlobalString(number);
  const point = full.indexOf('.');
  return fn(`${addNumericalSeparator(full.slice(0, point))}.${addNumericSeparatorEnd(full.slice(point + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = GlobalString(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericalSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true && value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return value.split(/(?<=\n)/).map((line) => fn(quoteString(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(quoteString(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// Collections --------------------------------------------------------------
function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexKey.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';
function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new GlobalUint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const n = MathMin(ctx.maxArrayLength, bytes.length);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15]);
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new GlobalArray(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(value, size, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, size, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// The entries of a Map/Set iterator and of WeakMap/WeakSet are engine
// internals that JavaScript cannot read without consuming them.
function formatIterator(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// A promise's state cannot be read synchronously from JavaScript.
function formatPromise(ctx) {
  return [ctx.stylize('<pending>', 'special')];
}

// The sandbox keeps an error's `stack` behind an accessor pair of its own
// (one per error); V8 has a data property, which is what Node shows.
const engineStackIsAccessor = (() => {
  const d = ObjectGetOwnPropertyDescriptor(new GlobalError(), 'stack');
  return d !== undefined && typeof d.get === 'function';
})();

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (!engineSloppyOwnCaller && (key === 'arguments' || key === 'caller') && typeof value === 'function' &&
      desc.enumerable === true && desc.value === undefined && !ObjectPrototypeHasOwnProperty(value, key)) {
    desc = { value: null, enumerable: false };
  }
  if (key === 'stack' && engineStackIsAccessor && typeof desc.get === 'function' && typeof desc.set === 'function' &&
      !desc.enumerable && isNativeError(value)) {
    desc = { value: value.stack, enumerable: desc.enumerable };
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = ReflectApply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        else if (typeof tmp === 'object') str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(SymbolPrototypeToString(key).replace(escapeReplaceAll, escapeUnit), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${GlobalString(key).replace(escapeReplaceAll, escapeUnit)}]`;
  } else if (identifierKey.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// Layout ---------------------------------------------------------------
/* eslint-disable no-control-regex */
const ansiPattern = new GlobalRegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');
const colorPattern = /\u001b\[\d\d?m/g;
/* eslint-enable no-control-regex */

function removeColors(str) {
  return GlobalString(str).replace(colorPattern, '');
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || (code >= 0x7F && code <= 0x9F) || (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) || (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) || (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

// Display width in terminal columns (no ICU here: East Asian wide ranges
// count 2, combining marks and controls 0).
const printableAscii = /^[\x20-\x7e]*$/;
const plainAscii = /^[\x00-\x7e]*$/;
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = GlobalString(str).replace(ansiPattern, '');
  if (printableAscii.test(str)) return str.length;
  let width = 0;
  if (plainAscii.test(str)) {
    for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) >= 32) width++;
    return width;
  }
  for (const ch of StringPrototypeNormalize(str, 'NFC')) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new GlobalArray(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // Objects holding at most `compact` levels of nesting go on one line
      // when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ------------------------------------------------------------ format
function hasBuiltInToString(value) {
  if (isRevokedProxy(value)) return true;
  let checkToString = true;
  let checkToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    checkToString = false;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    checkToPrimitive = false;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!(checkToString && ObjectPrototypeHasOwnProperty(pointer, 'toString')) &&
           !(checkToPrimitive && ObjectPrototypeHasOwnProperty(pointer, SymbolToPrimitive)));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
const firstErrorLine = (error) => GlobalString(error.message).split('\n', 1)[0];
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

function numberNoColor(number, options) {
  const sep = options && options.numericSeparator != null ? options.numericSeparator : inspectDefaultOptions.numericSeparator;
  return formatNumber(stylizeNoColor, number, sep);
}
function bigIntNoColor(bigint, options) {
  const sep = options && options.numericSeparator != null ? options.numericSeparator : inspectDefaultOptions.numericSeparator;
  return formatBigInt(stylizeNoColor, bigint, sep);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = numberNoColor(arg, inspectOptions);
            else if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = GlobalString(arg);
            else tempStr = inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(GlobalNumber(arg), inspectOptions);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigIntNoColor(arg, inspectOptions);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(NumberParseInt(arg), inspectOptions);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = numberNoColor(NumberParseFloat(arg), inspectOptions);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return formatWithOptionsInternal(inspectOptions, args);
}

// ------------------------------------------------------------ deep equality
function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
  if (isStringObject(a)) return isStringObject(b) && StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
  return false;
}

function viewBytes(view) {
  return new GlobalUint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function enumerableSymbolCount(obj, symbols) {
  let n = 0;
  for (const s of symbols) if (ObjectPrototypePropertyIsEnumerable(obj, s)) n++;
  return n;
}

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function innerDeepEqual(val1, val2, memos) {
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return ObjectIs(val1, val2);
  }
  if (typeof val1 !== 'object') {
    return typeof val1 === 'number' && NumberIsNaN(val1) && NumberIsNaN(val2);
  }
  if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
  if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) return false;
  const tag1 = ObjectPrototypeToString(val1);
  const tag2 = ObjectPrototypeToString(val2);
  if (tag1 !== tag2) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, false);
    const keys2 = getOwnNonIndexProperties(val2, false);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kIsArray, keys1);
  } else if (tag1 === '[object Object]') {
    return keyCheck(val1, val2, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || DatePrototypeGetTime(val1) !== DatePrototypeGetTime(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isNativeError(val1) || val1 instanceof GlobalError) {
    if ((!isNativeError(val2) && !(val2 instanceof GlobalError)) ||
        val1.message !== val2.message || val1.name !== val2.name) {
      return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    if (isTypedArray(val1) !== isTypedArray(val2)) return false;
    if (isTypedArray(val1) && TypedArrayTagGetter(val1) !== TypedArrayTagGetter(val2)) return false;
    if (val1.byteLength !== val2.byteLength || !sameBytes(viewBytes(val1), viewBytes(val2))) return false;
    const keys1 = getOwnNonIndexProperties(val1, false);
    const keys2 = getOwnNonIndexProperties(val2, false);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || SetSizeGetter(val1) !== SetSizeGetter(val2)) return false;
    return keyCheck(val1, val2, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || MapSizeGetter(val1) !== MapSizeGetter(val2)) return false;
    return keyCheck(val1, val2, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2)) return false;
    if (val1.byteLength !== val2.byteLength ||
        !sameBytes(new GlobalUint8Array(val1), new GlobalUint8Array(val2))) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (ArrayIsArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) || isDate(val2) ||
             isRegExp(val2) || isAnyArrayBuffer(val2) || isBoxedPrimitive(val2) || isNativeError(val2) ||
             val2 instanceof GlobalError) {
    return false;
  }
  return keyCheck(val1, val2, memos, kNoIterator);
}

function keyCheck(val1, val2, memos, iterationType, aKeys) {
  const explicitKeys = aKeys !== undefined;
  if (!explicitKeys) {
    aKeys = ObjectKeys(val1);
    const bKeys = ObjectKeys(val2);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(val2, aKeys[i])) return false;
  }
  if (!explicitKeys) {
    const symbolKeysA = ObjectGetOwnPropertySymbols(val1);
    if (symbolKeysA.length !== 0) {
      let count = 0;
      for (const key of symbolKeysA) {
        if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
          if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
          return false;
        }
      }
      const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
      if (symbolKeysA.length !== symbolKeysB.length && enumerableSymbolCount(val2, symbolKeysB) !== count) {
        return false;
      }
    } else {
      const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
      if (symbolKeysB.length !== 0 && enumerableSymbolCount(val2, symbolKeysB) !== 0) return false;
    }
  }
  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) ||
       (iterationType !== kIsArray && val1.size === 0))) {
    return true;
  }
  // Cycles: when both values are already being compared further up (each on
  // its own side), this branch adds nothing new and counts as equal.
  if (memos === undefined) {
    memos = { val1: new GlobalMap(), val2: new GlobalMap() };
  } else if (memos.val1.has(val1) && memos.val2.has(val2)) {
    return true;
  }
  memos.val1.set(val1, (memos.val1.get(val1) || 0) + 1);
  memos.val2.set(val2, (memos.val2.get(val2) || 0) + 1);
  const areEq = objEquiv(val1, val2, aKeys, memos, iterationType);
  const n1 = memos.val1.get(val1) - 1;
  if (n1 === 0) memos.val1.delete(val1); else memos.val1.set(val1, n1);
  const n2 = memos.val2.get(val2) - 1;
  if (n2 === 0) memos.val2.delete(val2); else memos.val2.set(val2, n2);
  return areEq;
}

function setHasEqualElement(set, val1, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, memo)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, memo) {
  let set = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      if (set === null) set = new GlobalSet();
      set.add(val);
    } else if (!b.has(val)) {
      return false;
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!setHasEqualElement(set, val, memo)) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, memo) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, memo) && innerDeepEqual(item1, map.get(key2), memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, memo) {
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) set = new GlobalSet();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, memo)) return false;
    }
  }
  if (set !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, memo)) return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (ObjectPrototypeHasOwnProperty(a, i)) {
        if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], memos)) return false;
      } else if (ObjectPrototypeHasOwnProperty(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own keys.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!ObjectPrototypeHasOwnProperty(b, key) || !innerDeepEqual(a[key], b[key], memos)) return false;
        }
        if (keysA.length !== ObjectKeys(b).length) return false;
        return true;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], memos)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, undefined);
}

// ------------------------------------------------------------ promisify & co
const kCustomPromisifiedSymbol = SymbolFor('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new GlobalPromise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  for (const d of ObjectValues(descriptors)) ObjectSetPrototypeOf(d, null);
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

let nextTickImpl;
function nextTick(fn, ...args) {
  if (nextTickImpl === undefined) {
    nextTickImpl = null;
    try {
      const proc = require('process');
      if (proc && typeof proc.nextTick === 'function') nextTickImpl = proc.nextTick;
    } catch { /* no process module */ }
  }
  if (nextTickImpl) return nextTickImpl(fn, ...args);
  if (queueMicrotaskRef) return queueMicrotaskRef(() => fn(...args));
  return GlobalPromise.resolve().then(() => fn(...args));
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = makeNodeError(GlobalError, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = FunctionPrototypeBind(maybeCb, this);
    ReflectApply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of ObjectValues(descriptors)) ObjectSetPrototypeOf(d, null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

// The sandbox has no process warnings: the wrapper behaves like Node's but
// the deprecation message is not printed anywhere.
function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
  if (code !== undefined) validateString(code, 'code');
  function deprecated(...args) {
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// NODE_DEBUG is not available in the sandbox: every section is disabled.
function debuglog(set, cb) {
  let initialized = false;
  const noop = () => {};
  function init() {
    if (!initialized) {
      initialized = true;
      if (typeof cb === 'function') cb(noop);
    }
  }
  const logger = (...args) => { init(); };
  ObjectDefineProperty(logger, 'name', { value: 'logger', configurable: true });
  ObjectDefineProperty(logger, 'enabled', {
    get() { init(); return false; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ------------------------------------------------------------ misc helpers
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansiPattern, '');
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out += `${str.slice(last, i)}\ufffd`;
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

function envValue(name) {
  try {
    const proc = require('process');
    if (proc && proc.env && typeof proc.env === 'object') return proc.env[name];
  } catch { /* no process module */ }
  return internal && internal.env ? internal.env[name] : undefined;
}

function looksLikeStream(obj) {
  return !!obj && typeof obj === 'object' && !!(obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function') ||
    (typeof obj.getReader === 'function' && typeof obj.tee === 'function') ||
    (typeof obj.getWriter === 'function' && typeof obj.abort === 'function'));
}

// Whether text for `stream` gets colors: FORCE_COLOR decides if set,
// otherwise only a TTY with more than 2 colors (the sandbox has no TTY).
function shouldColorize(stream) {
  const force = envValue('FORCE_COLOR');
  if (force !== undefined) return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function defaultStdout() {
  try {
    const proc = require('process');
    return proc ? proc.stdout : undefined;
  } catch {
    return undefined;
  }
}

function styleText(format, text, { validateStream = true, stream } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (stream === undefined) {
      stream = defaultStdout();
      skipColorize = !(stream && looksLikeStream(stream) && shouldColorize(stream));
    } else {
      if (!looksLikeStream(stream)) {
        throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
      skipColorize = !shouldColorize(stream);
    }
  }
  const formats = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) {
      const allowed = ObjectKeys(inspect.colors).map((k) => `'${k}'`).join(', ');
      throw invalidArgValue('format', key, `must be one of: ${allowed}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

const uvErrors = [
  [-7, 'E2BIG', 'argument list too long'], [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'], [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'], [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'], [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'], [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'], [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'], [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'], [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'], [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'], [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'], [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'], [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'], [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'], [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'], [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'], [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'], [-22, 'EINVAL', 'invalid argument'], [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'], [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'], [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'], [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'], [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'], [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'], [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'], [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'], [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'], [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'], [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'], [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'], [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'], [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'], [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'], [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'], [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'], [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'], [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'], [-4095, 'EOF', 'end of file'], [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'], [-112, 'EHOSTDOWN', 'host is down'], [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'], [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'], [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'], [-49, 'EUNATCH', 'protocol driver not attached'],
];

function getSystemErrorMap() {
  const map = new GlobalMap();
  for (const [errno, name, message] of uvErrors) map.set(errno, [name, message]);
  return map;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) throw outOfRange('err', 'a negative integer', err);
  for (const entry of uvErrors) if (entry[0] === err) return entry[1];
  return `Unknown system error ${err}`;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
function timestamp() {
  const d = new GlobalDate();
  const t = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
function log(...args) {
  if (consoleLog) ReflectApply(consoleLog, consoleRef, [`${timestamp()} - ${format(...args)}`]);
}

function isBuffer(value) {
  try {
    const { Buffer } = require('buffer');
    return Buffer.isBuffer(value);
  } catch {
    return false;
  }
}

// ------------------------------------------------------------ parseArgs
function parseArgsError(code, message) {
  return makeNodeError(GlobalTypeError, code, message);
}

// parseArgs reads only own properties of its configuration objects.
const objectGetOwn = (obj, prop) => (ObjectPrototypeHasOwnProperty(obj, prop) ? obj[prop] : undefined);
const optionGet = (options, longOption, prop) =>
  (ObjectPrototypeHasOwnProperty(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined);

function findLongOptionForShort(shortOption, options) {
  for (const longOption of ObjectKeys(options)) {
    if (objectGetOwn(options[longOption], 'short') === shortOption) return longOption;
  }
  return shortOption;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionGet(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      // -abc is -a -b -c; a string option inside takes the rest: -abfFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionGet(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function unknownOption(rawName, allowPositionals) {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSONStringify(rawName)}`
    : '';
  return parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${rawName}'${hint}`);
}

function checkOptionUsage(options, allowPositionals, allowNegative, token) {
  let name = token.name;
  if (!ObjectPrototypeHasOwnProperty(options, name)) {
    if (allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!ObjectPrototypeHasOwnProperty(options, name) || optionGet(options, name, 'type') !== 'boolean') {
        throw unknownOption(token.rawName, allowPositionals);
      }
    } else {
      throw unknownOption(token.rawName, allowPositionals);
    }
  }
  const short = optionGet(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGet(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--')
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(longOption, value, options, values) {
  if (longOption === '__proto__') return;
  const newValue = value ?? true;
  if (optionGet(options, longOption, 'multiple')) {
    if (values[longOption]) values[longOption].push(newValue);
    else values[longOption] = [newValue];
  } else {
    values[longOption] = newValue;
  }
}

function mainArgs() {
  try {
    const proc = require('process');
    return ArrayIsArray(proc.argv) ? proc.argv.slice(2) : [];
  } catch {
    return [];
  }
}

function parseArgs(config = {}) {
  const args = objectGetOwn(config, 'args') ?? mainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const longOption of ObjectKeys(options)) {
    const optionConfig = options[longOption];
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    if (optionType !== 'string' && optionType !== 'boolean') {
      throw invalidArgType(`options.${longOption}.type`, "('string|boolean')", optionType);
    }
    if (ObjectPrototypeHasOwnProperty(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw invalidArgValue(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (ObjectPrototypeHasOwnProperty(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      const check = optionType === 'string' ? validateString : validateBoolean;
      if (multipleOption) {
        validateArray(defaultValue, name);
        for (let i = 0; i < defaultValue.length; i++) check(defaultValue[i], `${name}[${i}]`);
      } else {
        check(defaultValue, name);
      }
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, allowPositionals, allowNegative, token);
        checkOptionLikeValue(token);
      }
      let value = token.value;
      if (allowNegative && token.name.startsWith('no-') && value === undefined) {
        token.name = token.name.slice(3);
        value = false;
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const longOption of ObjectKeys(options)) {
    const defaultValue = objectGetOwn(options[longOption], 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

// ------------------------------------------------------------ parseEnv
// Node 20's dotenv reader, quirks included: keys come out sorted, only spaces
// are trimmed, a key of spaces only reads as the character before it, a
// last comment line without a newline is still parsed, and a value opening
// a quote it never closes (with no newline after) is read again as a line.
function trimSpaces(str) {
  let a = 0;
  let b = str.length;
  while (a < b && str[a] === ' ') a++;
  while (b > a && str[b - 1] === ' ') b--;
  return str.slice(a, b);
}

function parseEnv(content) {
  validateString(content, 'content');
  const store = new GlobalMap();
  const lines = content.replace(/\r/g, '');
  let rest = lines;
  let pos = 0;
  const advance = (n) => { rest = rest.slice(n); pos += n; };
  const trimRest = () => {
    let a = 0;
    while (a < rest.length && rest[a] === ' ') a++;
    advance(a);
    let b = rest.length;
    while (b > 0 && rest[b - 1] === ' ') b--;
    rest = rest.slice(0, b);
  };
  trimRest();
  while (rest.length) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) { advance(nl + 1); continue; }
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    const rawKey = rest.slice(0, eq);
    let key;
    if (rawKey.length > 0 && trimSpaces(rawKey) === '') {
      if (pos === 0) break;
      key = lines[pos - 1];
    } else {
      key = trimSpaces(rawKey);
    }
    advance(eq + 1);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (!rest.length || rest[0] === '\n') { store.set(key, ''); continue; }
    trimRest();
    if (!rest.length) { store.set(key, ''); break; }
    const q = rest[0];
    if (q === '"') {
      const close = rest.indexOf('"', 1);
      if (close !== -1) {
        store.set(key, rest.slice(1, close).replace(/\\n/g, '\n'));
        const nl = rest.indexOf('\n', close + 1);
        if (nl !== -1) advance(nl + 1); else rest = '';
        continue;
      }
    }
    if (q === '"' || q === "'" || q === '`') {
      const close = rest.indexOf(q, 1);
      if (close === -1) {
        const nl = rest.indexOf('\n');
        if (nl !== -1) {
          store.set(key, rest.slice(0, nl));
          advance(nl);
        }
      } else {
        store.set(key, rest.slice(1, close));
        const nl = rest.indexOf('\n', close + 1);
        if (nl !== -1) advance(nl + 1); else rest = '';
      }
    } else {
      const nl = rest.indexOf('\n');
      let value = nl !== -1 ? rest.slice(0, nl) : rest;
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trimSpaces(value));
      if (nl !== -1) advance(nl + 1); else rest = '';
    }
  }
  const result = {};
  const keys = [...store.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) result[key] = store.get(key);
  return result;
}

// ------------------------------------------------------------ aborted
function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    return GlobalPromise.reject(invalidArgType('signal', 'AbortSignal', signal));
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    return GlobalPromise.reject(invalidArgType('resource', 'object', resource));
  }
  if (signal.aborted) return GlobalPromise.resolve();
  return new GlobalPromise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

// ------------------------------------------------------------ MIMEType
// WHATWG MIME type parsing and serialization, as util.MIMEType does it.
const notTokenChar = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const asciiLower = (str) => str.replace(/[A-Z]/g, (c) => StringFromCharCode(c.charCodeAt(0) + 32));
const searchIndex = (str, re) => { const m = re.exec(str); return m === null ? -1 : m.index; };

function mimeSyntaxError(production, str, index) {
  const at = index !== -1 ? ` at ${index}` : '';
  return makeNodeError(GlobalTypeError, 'ERR_INVALID_MIME_SYNTAX', `The MIME syntax for a ${production} in "${str}" is invalid${at}`);
}

function trimEndWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function parseTypeAndSubtype(str) {
  let pos = 0;
  while (pos < str.length && isHttpWhitespace(str[pos])) pos++;
  const slash = str.indexOf('/', pos);
  const type = slash === -1 ? str.slice(pos) : str.slice(pos, slash);
  const badType = searchIndex(type, notTokenChar);
  if (type === '' || badType !== -1 || slash === -1) throw mimeSyntaxError('type', str, badType);
  pos = slash + 1;
  const semi = str.indexOf(';', pos);
  const rawSubtype = semi === -1 ? str.slice(pos) : str.slice(pos, semi);
  pos += rawSubtype.length + (semi === -1 ? 0 : 1);
  const subtype = trimEndWhitespace(rawSubtype);
  const badSubtype = searchIndex(subtype, notTokenChar);
  if (subtype === '' || badSubtype !== -1) throw mimeSyntaxError('subtype', str, badSubtype);
  return { type: asciiLower(type), subtype: asciiLower(subtype), rest: pos };
}

function unescapeQuoted(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    if (str[i] === '\\' && i + 1 < str.length) i++;
    out += str[i];
  }
  return out;
}

function parseParameters(str, pos, map) {
  const end = trimEndWhitespace(str).length;
  while (pos < end) {
    while (pos < str.length && isHttpWhitespace(str[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(str.slice(pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const c = str[pos];
      pos++;
      if (c === ';') continue;
    }
    if (pos >= end) break;
    let value;
    if (str[pos] === '"') {
      pos++;
      // Up to the closing quote (a backslash escapes the next character).
      let i = pos;
      let closed = false;
      let danglingBackslash = false;
      while (i < str.length) {
        if (str[i] === '\\') {
          if (i + 1 >= str.length) { danglingBackslash = true; i++; break; }
          i += 2;
        } else if (str[i] === '"') {
          closed = true;
          i++;
          break;
        } else {
          i++;
        }
      }
      let inside = str.slice(pos, i);
      if (closed || danglingBackslash) inside = inside.slice(0, -1);
      value = unescapeQuoted(inside);
      if (danglingBackslash) value += '\\';
      pos = i;
    } else {
      const semi = str.indexOf(';', pos);
      const raw = semi === -1 ? str.slice(pos) : str.slice(pos, semi);
      pos += raw.length;
      value = trimEndWhitespace(raw);
      if (value === '') continue;
    }
    if (name !== '' && searchIndex(name, notTokenChar) === -1 &&
        searchIndex(value, notQuotedStringChar) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    pos++;
  }
}

function serializeParamValue(value) {
  if (value.length > 0 && searchIndex(value, notTokenChar) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

let parseMimeParams;

class MIMEParams {
  #data = new GlobalMap();

  delete(name) { this.#data.delete(name); }
  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }
  has(name) { return this.#data.has(name); }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = searchIndex(name, notTokenChar);
    if (name.length === 0 || badName !== -1) throw mimeSyntaxError('parameter name', name, badName);
    const badValue = searchIndex(value, notQuotedStringChar);
    if (badValue !== -1) throw mimeSyntaxError('parameter value', value, badValue);
    this.#data.set(name, value);
  }
  * entries() { yield* this.#data.entries(); }
  * keys() { yield* this.#data.keys(); }
  * values() { yield* this.#data.values(); }
  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeParamValue(value)}`;
    }
    return out;
  }
  static {
    parseMimeParams = (params, str, pos) => parseParameters(str, pos, params.#data);
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const parsed = parseTypeAndSubtype(string);
    this.#type = parsed.type;
    this.#subtype = parsed.subtype;
    this.#params = new MIMEParams();
    parseMimeParams(this.#params, string, parsed.rest);
  }
  get type() { return this.#type; }
  set type(v) {
    v = `${v}`;
    const bad = searchIndex(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw mimeSyntaxError('type', v, bad);
    this.#type = asciiLower(v);
  }
  get subtype() { return this.#subtype; }
  set subtype(v) {
    v = `${v}`;
    const bad = searchIndex(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw mimeSyntaxError('subtype', v, bad);
    this.#subtype = asciiLower(v);
  }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }
  toString() {
    const params = `${this.#params}`;
    return `${this.#type}/${this.#subtype}${params === '' ? '' : `;${params}`}`;
  }
}
MIMEType.prototype.toJSON = MIMEType.prototype.toString;

// ------------------------------------------------------------ legacy internals
function _errnoException(...args) {
  const [err, syscall, original] = args;
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new GlobalError(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function _exceptionWithHostPort(...args) {
  const [err, syscall, address, port, additional] = args;
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new GlobalError(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// The sandbox has no structured-clone transfer between threads: these only
// check their argument and hand it back (AbortController may be missing).
function transferableAbortSignal(signal) {
  const AbortSignalRef = globalObject && globalObject.AbortSignal;
  if (typeof AbortSignalRef !== 'function' || typeof signal !== 'object' || signal === null ||
      !(signal instanceof AbortSignalRef)) {
    throw invalidArgType('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  const AbortControllerRef = globalObject && globalObject.AbortController;
  if (typeof AbortControllerRef !== 'function') {
    throw new GlobalTypeError('AbortController is not available in this sandbox');
  }
  return new AbortControllerRef();
}

// ------------------------------------------------------------ exports
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer,
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError(e) { return ObjectPrototypeToString(e) === '[object Error]' || e instanceof GlobalError; },
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  MIMEType,
  MIMEParams,
  TextDecoder: GlobalTextDecoder,
  TextEncoder: GlobalTextEncoder,
};
