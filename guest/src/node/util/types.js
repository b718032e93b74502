'use strict';
// util.types: brand checks written with the engine's own internal-slot
// accessors (getters and methods that throw on objects without the slot), so
// that Symbol.toStringTag cannot fool them. Limits of plain JavaScript:
// - isProxy and isExternal are always false (a proxy cannot be told apart);
// - isGeneratorObject, isMapIterator, isSetIterator look at the prototype
//   chain and tag (their only brand checks would advance the iterator);
// - isAsyncFunction, isGeneratorFunction read the function's source text;
// - isPromise briefly gives the candidate an own `constructor` (restored);
// - an object whose prototype was swapped for an unrelated, non-null one is
//   not brand-checked (throwing checks are slow in the sandbox), except by
//   Object.prototype.toString for the types whose tag comes from the slot.

const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectDefineProperty = Object.defineProperty;
const ObjectIsExtensible = Object.isExtensible;
const ReflectApply = Reflect.apply;
const ReflectDeleteProperty = Reflect.deleteProperty;
const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
const ArrayBufferIsView = ArrayBuffer.isView;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolSpecies = Symbol.species;
const ErrorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const getter = (proto, key) => {
  const d = ObjectGetOwnPropertyDescriptor(proto, key);
  return d && d.get ? uncurry(d.get) : undefined;
};
const attempt = (fn) => {
  try { fn(); return true; } catch { return false; }
};

const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const FunctionPrototypeToString = uncurry(Function.prototype.toString);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const RegExpGlobalGetter = getter(RegExp.prototype, 'global');
const MapSizeGetter = getter(Map.prototype, 'size');
const SetSizeGetter = getter(Set.prototype, 'size');
const WeakMapHas = uncurry(WeakMap.prototype.has);
const WeakSetHas = uncurry(WeakSet.prototype.has);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayTagGetter = getter(TypedArrayPrototype, SymbolToStringTag);
const ArrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const DataViewBuffer = getter(DataView.prototype, 'buffer');
const NumberValueOf = uncurry(Number.prototype.valueOf);
const StringValueOf = uncurry(String.prototype.valueOf);
const BooleanValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolValueOf = uncurry(Symbol.prototype.valueOf);
const PromisePrototype = Promise.prototype;
const DatePrototype = Date.prototype;
const RegExpPrototype = RegExp.prototype;
const MapPrototype = Map.prototype;
const SetPrototype = Set.prototype;
const WeakMapPrototype = WeakMap.prototype;
const WeakSetPrototype = WeakSet.prototype;
const ArrayBufferPrototype = ArrayBuffer.prototype;
const DataViewPrototype = DataView.prototype;
const NumberPrototype = Number.prototype;
const StringPrototype = String.prototype;
const BooleanPrototype = Boolean.prototype;
const BigIntPrototype = BigInt.prototype;
const SymbolPrototype = Symbol.prototype;
const SharedArrayBufferPrototype = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer.prototype : undefined;
const PromiseThen = Promise.prototype.then;

const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().values());

const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

function protoChainHas(value, proto) {
  let p = value;
  for (let i = 0; i < 10000; i++) {
    try { p = ObjectGetPrototypeOf(p); } catch { return false; }
    if (p === null) return false;
    if (p === proto) return true;
  }
  return false;
}

// Brand checks throw for every object without the slot, and exceptions are
// costly in the sandbox: only objects that could carry the slot are checked
// (those whose prototype chain holds the built-in prototype, whose
// Object.prototype.toString names the type, or that have no prototype).
function candidate(v, proto, tag) {
  let p;
  try { p = ObjectGetPrototypeOf(v); } catch { return true; }
  if (p === null || p === proto || protoChainHas(v, proto)) return true;
  try { return ObjectPrototypeToString(v) === tag; } catch { return true; }
}

function isDate(v) {
  return isObjectLike(v) && candidate(v, DatePrototype, '[object Date]') && attempt(() => DatePrototypeGetTime(v));
}
function isRegExp(v) {
  // The `global` getter returns undefined for RegExp.prototype itself and
  // throws for anything without [[OriginalFlags]].
  if (!isObjectLike(v) || !candidate(v, RegExpPrototype, '[object RegExp]')) return false;
  try { return typeof RegExpGlobalGetter(v) === 'boolean'; } catch { return false; }
}
function isMap(v) {
  return isObjectLike(v) && candidate(v, MapPrototype, '[object Map]') && attempt(() => MapSizeGetter(v));
}
function isSet(v) {
  return isObjectLike(v) && candidate(v, SetPrototype, '[object Set]') && attempt(() => SetSizeGetter(v));
}
function isWeakMap(v) {
  return isObjectLike(v) && candidate(v, WeakMapPrototype, '[object WeakMap]') && attempt(() => WeakMapHas(v, {}));
}
function isWeakSet(v) {
  return isObjectLike(v) && candidate(v, WeakSetPrototype, '[object WeakSet]') && attempt(() => WeakSetHas(v, {}));
}

function typedArrayName(v) {
  if (!isObjectLike(v)) return undefined;
  try { return TypedArrayTagGetter(v); } catch { return undefined; }
}
function isTypedArray(v) { return typedArrayName(v) !== undefined; }
const taCheck = (name) => ObjectDefineProperty((v) => typedArrayName(v) === name, 'name', { value: `is${name}` });
const isUint8Array = taCheck('Uint8Array');
const isUint8ClampedArray = taCheck('Uint8ClampedArray');
const isUint16Array = taCheck('Uint16Array');
const isUint32Array = taCheck('Uint32Array');
const isInt8Array = taCheck('Int8Array');
const isInt16Array = taCheck('Int16Array');
const isInt32Array = taCheck('Int32Array');
const isFloat32Array = taCheck('Float32Array');
const isFloat64Array = taCheck('Float64Array');
const isBigInt64Array = taCheck('BigInt64Array');
const isBigUint64Array = taCheck('BigUint64Array');

function isArrayBuffer(v) {
  return isObjectLike(v) && candidate(v, ArrayBufferPrototype, '[object ArrayBuffer]') &&
    attempt(() => ArrayBufferByteLength(v));
}
function isSharedArrayBuffer(v) {
  return SharedArrayBufferByteLength !== undefined && isObjectLike(v) &&
    candidate(v, SharedArrayBufferPrototype, '[object SharedArrayBuffer]') &&
    attempt(() => SharedArrayBufferByteLength(v));
}
function isAnyArrayBuffer(v) { return isArrayBuffer(v) || isSharedArrayBuffer(v); }
const isArrayBufferView = ArrayBufferIsView;
function isDataView(v) {
  return isObjectLike(v) && candidate(v, DataViewPrototype, '[object DataView]') && attempt(() => DataViewBuffer(v));
}

const isObject = (v) => typeof v === 'object' && v !== null;
function isNumberObject(v) {
  return isObject(v) && candidate(v, NumberPrototype, '[object Number]') && attempt(() => NumberValueOf(v));
}
function isStringObject(v) {
  return isObject(v) && candidate(v, StringPrototype, '[object String]') && attempt(() => StringValueOf(v));
}
function isBooleanObject(v) {
  return isObject(v) && candidate(v, BooleanPrototype, '[object Boolean]') && attempt(() => BooleanValueOf(v));
}
function isBigIntObject(v) {
  return isObject(v) && candidate(v, BigIntPrototype, '[object BigInt]') && attempt(() => BigIntValueOf(v));
}
function isSymbolObject(v) {
  return isObject(v) && candidate(v, SymbolPrototype, '[object Symbol]') && attempt(() => SymbolValueOf(v));
}
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
}

function isNativeError(v) {
  if (!isObjectLike(v)) return false;
  if (ErrorIsError !== undefined) return ErrorIsError(v);
  // Without Error.isError: the builtin tag 'Error' only comes from
  // [[ErrorData]] unless a Symbol.toStringTag says otherwise.
  let tag;
  try { tag = v[SymbolToStringTag]; } catch { return false; }
  return tag === undefined && ObjectPrototypeToString(v) === '[object Error]';
}

// Promises: `then` checks [[PromiseState]] before anything else and then
// reads `constructor[Symbol.species]`; an own `constructor` installed for the
// duration of the call stops it right there, without side effects.
function isPromise(v) {
  if (!isObjectLike(v)) return false;
  if (!candidate(v, PromisePrototype, '[object Promise]')) return false;
  let own;
  try { own = ReflectGetOwnPropertyDescriptor(v, 'constructor'); } catch { return false; }
  if ((own !== undefined && !own.configurable) || !ObjectIsExtensible(v)) {
    return protoChainHas(v, PromisePrototype) && ObjectPrototypeToString(v) === '[object Promise]';
  }
  const sentinel = {};
  let reached = false;
  const probe = {};
  ObjectDefineProperty(probe, SymbolSpecies, { get() { reached = true; throw sentinel; } });
  try {
    ObjectDefineProperty(v, 'constructor', { value: probe, configurable: true, writable: true, enumerable: false });
  } catch {
    return false;
  }
  try {
    ReflectApply(PromiseThen, v, []);
  } catch {
    // not reached: not a promise (TypeError before the species lookup)
  } finally {
    try {
      if (own !== undefined) ObjectDefineProperty(v, 'constructor', own);
      else ReflectDeleteProperty(v, 'constructor');
    } catch { /* ignore */ }
  }
  return reached;
}

// Function kinds, read from the source text (which names the syntax the
// function was created with; prototypes can be swapped, the source cannot).
function skipSpace(src, i) {
  for (;;) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
        c === 0x2028 || c === 0x2029) { i++; continue; }
    if (c === 47 /* / */) {
      const n = src.charCodeAt(i + 1);
      if (n === 47) { const e = src.indexOf('\n', i + 2); i = e === -1 ? src.length : e + 1; continue; }
      if (n === 42) { const e = src.indexOf('*/', i + 2); i = e === -1 ? src.length : e + 2; continue; }
    }
    return i;
  }
}
const isIdentChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
  c === 36 || c === 95 || c > 127;
function wordAt(src, i, word) {
  return src.startsWith(word, i) && !isIdentChar(src.charCodeAt(i + word.length));
}
function skipParens(src, i) {
  // src[i] === '('; returns the index after the matching ')'.
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') { depth--; if (depth === 0) return i + 1; }
    else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < src.length && src[i] !== c) { if (src[i] === '\\') i++; i++; }
    } else if (c === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) {
      i = skipSpace(src, i);
      continue;
    }
    i++;
  }
  return i;
}
const KIND_ASYNC = 1;
const KIND_GENERATOR = 2;
function functionKind(fn) {
  let src;
  try { src = FunctionPrototypeToString(fn); } catch { return 0; }
  if (/\{\s*\[native code\]\s*\}$/.test(src)) {
    // Native or bound: no syntax to read. Native async/generator functions
    // do not exist, bound ones are not of those kinds for V8 either.
    return 0;
  }
  let i = skipSpace(src, 0);
  let kind = 0;
  if (wordAt(src, i, 'async')) {
    const j = skipSpace(src, i + 5);
    const c = src[j];
    let isAsync;
    if (c === '(') isAsync = src.startsWith('=>', skipSpace(src, skipParens(src, j)));
    else if (c === '=' && src[j + 1] === '>') isAsync = false;
    else isAsync = j < src.length && c !== '{';
    if (isAsync) { kind |= KIND_ASYNC; i = j; }
  }
  if (wordAt(src, i, 'function')) {
    if (src[skipSpace(src, i + 8)] === '*') kind |= KIND_GENERATOR;
  } else if (src[i] === '*') {
    kind |= KIND_GENERATOR;
  }
  return kind;
}
function isAsyncFunction(v) {
  return typeof v === 'function' && (functionKind(v) & KIND_ASYNC) !== 0;
}
function isGeneratorFunction(v) {
  return typeof v === 'function' && (functionKind(v) & KIND_GENERATOR) !== 0;
}

function tagIs(v, tag) {
  try { return ObjectPrototypeToString(v) === tag; } catch { return false; }
}
function isGeneratorObject(v) {
  return isObjectLike(v) &&
    ((protoChainHas(v, GeneratorPrototype) && tagIs(v, '[object Generator]')) ||
     (protoChainHas(v, AsyncGeneratorPrototype) && tagIs(v, '[object AsyncGenerator]')));
}
function isMapIterator(v) {
  return isObjectLike(v) && protoChainHas(v, MapIteratorPrototype) && tagIs(v, '[object Map Iterator]');
}
function isSetIterator(v) {
  return isObjectLike(v) && protoChainHas(v, SetIteratorPrototype) && tagIs(v, '[object Set Iterator]');
}
function isArgumentsObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  let tag;
  try { tag = v[SymbolToStringTag]; } catch { return false; }
  return tag === undefined && tagIs(v, '[object Arguments]');
}
function isModuleNamespaceObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  try {
    if (ObjectGetPrototypeOf(v) !== null || ObjectIsExtensible(v)) return false;
    const d = ObjectGetOwnPropertyDescriptor(v, SymbolToStringTag);
    return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable && !d.configurable;
  } catch {
    return false;
  }
}
// Not observable from JavaScript: a proxy is indistinguishable from its
// target, and there are no host "external" values in the sandbox.
function isProxy() { return false; }
function isExternal() { return false; }
// Keys come from the crypto built-in (loaded only when asked about an object).
function isKeyObject(v) {
  if (!isObjectLike(v)) return false;
  try {
    const { KeyObject } = require('crypto');
    return typeof KeyObject === 'function' && v instanceof KeyObject;
  } catch {
    return false;
  }
}
function isCryptoKey(v) {
  if (!isObjectLike(v)) return false;
  try {
    const webcrypto = require('internal/webcrypto');
    return typeof webcrypto.isCryptoKey === 'function' && webcrypto.isCryptoKey(v);
  } catch {
    return false;
  }
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

// Node's checks implemented in C++ have length 0; the crypto ones carry the
// name and length Node gives them.
for (const name of ['isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet',
  'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer',
  'isBoxedPrimitive']) {
  ObjectDefineProperty(module.exports[name], 'length', { value: 0 });
}
ObjectDefineProperty(isKeyObject, 'name', { value: 'value' });
ObjectDefineProperty(isCryptoKey, 'name', { value: 'value' });
