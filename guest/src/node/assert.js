'use strict';
// Node's `assert` (legacy mode; `assert.strict` is the strict variant):
// AssertionError with Node 20's generated messages (including the
// "+ actual - expected" line diff of deepStrictEqual/strictEqual), Node's
// loose and strict deep-equality algorithms, throws/rejects matching.
//
// Known difference: assert.ok(falsy) / assert(falsy) without a message. Node
// reads the caller's source file and quotes the expression ("The expression
// evaluated to a falsy value:\n\n  assert.ok(x)\n"); the sandbox has no
// access to user source, so it uses Node's own fallback for code without a
// readable source (as in the REPL or eval): "<inspected value> == true".

const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ObjectCreate = Object.create;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const ObjectPrototypePropertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ObjectPrototypeIsPrototypeOf = Object.prototype.isPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectApply = Reflect.apply;
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const ErrorCtor = Error;
const StringCtor = String;
const MapCtor = Map;
const SetCtor = Set;
const PromiseCtor = Promise;
const ArrayBufferIsView = ArrayBuffer.isView;
const RegExpExec = RegExp.prototype.exec;
const DateGetTime = Date.prototype.getTime;
const NumberValueOf = Number.prototype.valueOf;
const StringValueOf = String.prototype.valueOf;
const BooleanValueOf = Boolean.prototype.valueOf;
const BigIntValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const SymbolValueOf = Symbol.prototype.valueOf;
const getter = (proto, key) => ObjectGetOwnPropertyDescriptor(proto, key).get;
const RegExpSourceGetter = getter(RegExp.prototype, 'source');
const MapSizeGetter = getter(Map.prototype, 'size');
const SetSizeGetter = getter(Set.prototype, 'size');
const MapHas = Map.prototype.has;
const MapGet = Map.prototype.get;
const SetHas = Set.prototype.has;
const ArrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const Uint8ArrayCtor = Uint8Array;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const errors = require('internal/errors');
const { codes } = errors;

function inspect(value, options) {
  let util;
  try { util = require('util'); } catch (e) { util = undefined; }
  if (util && typeof util.inspect === 'function') return util.inspect(value, options);
  return errors.inspect(value);
}

// ------------------------------------------------------------- type checks
function brand(fn, value) {
  try { ReflectApply(fn, value, []); return true; } catch (e) { return false; }
}
const isObjectLike = (v) => v !== null && typeof v === 'object';
// Brand checks throw on a mismatch, which is slow in QuickJS: only objects
// that look like the type (by prototype chain or built-in tag) are checked.
function branded(v, Ctor, tag, fn) {
  return isObjectLike(v) && (v instanceof Ctor || ObjectPrototypeToString.call(v) === tag) && brand(fn, v);
}
function isRegExp(v) { return v !== RegExp.prototype && branded(v, RegExp, '[object RegExp]', RegExpSourceGetter); }
function isDate(v) { return branded(v, Date, '[object Date]', DateGetTime); }
function isMap(v) { return branded(v, MapCtor, '[object Map]', MapSizeGetter); }
function isSet(v) { return branded(v, SetCtor, '[object Set]', SetSizeGetter); }
function isAnyArrayBuffer(v) {
  return branded(v, ArrayBuffer, '[object ArrayBuffer]', ArrayBufferByteLength) ||
    (SharedArrayBufferByteLength !== undefined && branded(v, SharedArrayBuffer, '[object SharedArrayBuffer]', SharedArrayBufferByteLength));
}
function isNativeError(v) { return isObjectLike(v) && ObjectPrototypeToString.call(v) === '[object Error]'; }
function isError(v) { return isNativeError(v) || v instanceof ErrorCtor; }
function isNumberObject(v) { return branded(v, Number, '[object Number]', NumberValueOf); }
function isStringObject(v) { return branded(v, StringCtor, '[object String]', StringValueOf); }
function isBooleanObject(v) { return branded(v, Boolean, '[object Boolean]', BooleanValueOf); }
function isBigIntObject(v) { return BigIntValueOf !== undefined && branded(v, BigInt, '[object BigInt]', BigIntValueOf); }
function isSymbolObject(v) { return branded(v, Symbol, '[object Symbol]', SymbolValueOf); }
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
}
function isPromise(v) { return v instanceof PromiseCtor; }

// ---------------------------------------------------------- deep equality
const kLoose = false;
const kStrict = true;
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isArrayIndex(key) {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || key.length > 10) return false;   // not a digit first: fast path
  if (key === '0') return true;
  if (first === 48 || !/^[0-9]+$/.test(key)) return false;
  return +key < 4294967295;
}

// Own enumerable keys that are not array indices (strings first, then
// symbols unless skipped).
function nonIndexKeys(obj, skipSymbols) {
  const out = [];
  for (const key of ReflectOwnKeys(obj)) {
    if (typeof key === 'symbol') {
      if (skipSymbols) continue;
    } else if (key.length !== 0 && isArrayIndex(key)) {
      continue;
    }
    if (ObjectPrototypePropertyIsEnumerable.call(obj, key)) out.push(key);
  }
  return out;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8ArrayCtor(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8ArrayCtor(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function looseFloatsEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameArrayBuffers(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8ArrayCtor(a);
  const y = new Uint8ArrayCtor(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && ObjectIs(NumberValueOf.call(a), NumberValueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && StringValueOf.call(a) === StringValueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && BooleanValueOf.call(a) === BooleanValueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigIntValueOf.call(a) === BigIntValueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && SymbolValueOf.call(a) === SymbolValueOf.call(b);
  return false;
}

function isEnumerable(obj, key) { return ObjectPrototypePropertyIsEnumerable.call(obj, key); }

function isURLLike(v) {
  // Node treats any object with href and protocol (and no legacy auth/path)
  // as a WHATWG URL and compares the href.
  return Boolean(v && v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function deepEq(a, b, strict, memos) {
  if (a === b) return a !== 0 || ObjectIs(a, b) || !strict;
  if (strict) {
    if (typeof a === 'number') return NumberIsNaN(a) && NumberIsNaN(b);
    if (typeof b !== 'object' || typeof a !== 'object' || a === null || b === null ||
        ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (NumberIsNaN(a) && NumberIsNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tagA = ObjectPrototypeToString.call(a);
  if (tagA !== ObjectPrototypeToString.call(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, !strict);
    if (keysA.length !== nonIndexKeys(b, !strict).length) return false;
    return compareKeys(a, b, strict, memos, kIsArray, keysA);
  }
  if (tagA === '[object Object]') return compareKeys(a, b, strict, memos, kNoIterator);
  if (isDate(a)) {
    if (!isDate(b) || DateGetTime.call(a) !== DateGetTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (ArrayBufferIsView(a)) {
    const tag = TypedArrayTag.call(a);
    if (tag !== TypedArrayTag.call(b)) return false;
    if (!strict && (tag === 'Float32Array' || tag === 'Float64Array')) {
      if (!looseFloatsEqual(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keysA = nonIndexKeys(a, !strict);
    if (keysA.length !== nonIndexKeys(b, !strict).length) return false;
    return compareKeys(a, b, strict, memos, kNoIterator, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || SetSizeGetter.call(a) !== SetSizeGetter.call(b)) return false;
    return compareKeys(a, b, strict, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || MapSizeGetter.call(a) !== MapSizeGetter.call(b)) return false;
    return compareKeys(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameArrayBuffers(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b)) return false;
    // message and name: same enumerability, and equal values when not
    // enumerable (enumerable ones are compared with the other keys); cause
    // and errors likewise, compared deeply.
    for (const key of ['message', 'name', 'cause', 'errors']) {
      const enumA = isEnumerable(a, key);
      if (enumA !== isEnumerable(b, key)) return false;
      if (!enumA) {
        if (key === 'message' || key === 'name') {
          if (a[key] !== b[key]) return false;
        } else if (!deepEq(a[key], b[key], strict, memos)) {
          return false;
        }
      }
    }
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (ArrayIsArray(b) || ArrayBufferIsView(b) || isSet(b) || isMap(b) || isDate(b) || isRegExp(b) ||
             isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isError(b)) {
    return false;
  } else if (isURLLike(a)) {
    if (!isURLLike(b) || a.href !== b.href) return false;
  }
  return compareKeys(a, b, strict, memos, kNoIterator);
}

function countEnumerable(obj, keys) {
  let n = 0;
  for (const k of keys) if (isEnumerable(obj, k)) n++;
  return n;
}

function compareKeys(a, b, strict, memos, iterationType, presetKeys) {
  const arrayLike = presetKeys !== undefined;
  const keys = arrayLike ? presetKeys : ObjectKeys(a);
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(b, keys[i])) return false;
  }
  if (!arrayLike) {
    if (keys.length !== ObjectKeys(b).length) return false;
    if (strict) {
      const symbolsA = ObjectGetOwnPropertySymbols(a);
      if (symbolsA.length !== 0) {
        let count = 0;
        for (const key of symbolsA) {
          if (isEnumerable(a, key)) {
            if (!isEnumerable(b, key)) return false;
            keys.push(key);
            count++;
          } else if (isEnumerable(b, key)) {
            return false;
          }
        }
        const symbolsB = ObjectGetOwnPropertySymbols(b);
        if (symbolsA.length !== symbolsB.length && countEnumerable(b, symbolsB) !== count) return false;
      } else {
        const symbolsB = ObjectGetOwnPropertySymbols(b);
        if (symbolsB.length !== 0 && countEnumerable(b, symbolsB) !== 0) return false;
      }
    }
  }
  if (keys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycles. The first pair (the roots) and the second are kept in fields;
  // deeper pairs go into a set of the objects on the way down. A pair whose
  // two objects are both already there counts as equal.
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, deep: false, keepFailures: true };
    return compareContents(a, b, strict, keys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = compareContents(a, b, strict, keys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new SetCtor([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (set.size === before) return true;
  const result = compareContents(a, b, strict, keys, memos, iterationType);
  // Pairs that failed stay in the set unless a set/map search is trying
  // candidates (Node's behaviour, kept for identical results).
  if (result || !memos.keepFailures) {
    set.delete(a);
    set.delete(b);
  }
  return result;
}

function compareContents(a, b, strict, keys, memos, iterationType) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!deepEq(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (ObjectPrototypeHasOwnProperty.call(a, i)) {
        if (!ObjectPrototypeHasOwnProperty.call(b, i) || !deepEq(a[i], b[i], strict, memos)) return false;
      } else if (ObjectPrototypeHasOwnProperty.call(b, i)) {
        return false;
      } else {
        // Sparse array: compare the remaining own keys instead.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!ObjectPrototypeHasOwnProperty.call(b, key) || !deepEq(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === ObjectKeys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setsEqual(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapsEqual(a, b, strict, memos)) return false;
  }
  return true;
}

// For a primitive of one set, the value a loose comparison could still match
// in the other set: `true` (look among all), `false` (none), or a value to
// look up (null <-> undefined).
function looseCandidate(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined;
    case 'symbol': return false;
    case 'string': return !NumberIsNaN(+prim);
    case 'number': return !NumberIsNaN(prim);
    default: return true;
  }
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseCandidate(prim);
  if (alt != null) return alt;
  return SetHas.call(b, alt) && !SetHas.call(a, alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseCandidate(prim);
  if (alt != null) return alt;
  const itemB = MapGet.call(b, alt);
  if ((itemB === undefined && !MapHas.call(b, alt)) || !deepEq(item, itemB, kLoose, memos)) return false;
  return !MapHas.call(a, alt) && deepEq(item, itemB, kLoose, memos);
}

// Searching candidates: failed comparisons must not leave objects in the
// cycle set, so they are removed while searching.
function takeEqualFromSet(set, value, strict, memos) {
  const saved = memos.keepFailures;
  memos.keepFailures = false;
  for (const candidate of set) {
    if (deepEq(candidate, value, strict, memos)) {
      set.delete(candidate);
      memos.keepFailures = saved;
      return true;
    }
  }
  memos.keepFailures = saved;
  return false;
}

function setsEqual(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (!SetHas.call(b, value)) {
      if ((typeof value !== 'object' || value === null) && (strict || !setMightHaveLoosePrim(a, b, value))) return false;
      if (pending === null) {
        if (SetSizeGetter.call(b) === 1) return deepEq(value, b.values().next().value, strict, memos);
        pending = new SetCtor();
      }
      pending.add(value);
    }
  }
  if (pending !== null) {
    for (const value of b) {
      if (typeof value === 'object' && value !== null) {
        if (!SetHas.call(a, value) && !takeEqualFromSet(pending, value, strict, memos)) return false;
      } else if (!strict && !SetHas.call(a, value) && !takeEqualFromSet(pending, value, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function takeEqualEntry(set, map, key, item, strict, memos) {
  const saved = memos.keepFailures;
  memos.keepFailures = false;
  for (const candidate of set) {
    if (deepEq(candidate, key, strict, memos) && deepEq(MapGet.call(map, candidate), item, strict, memos)) {
      set.delete(candidate);
      memos.keepFailures = saved;
      return true;
    }
  }
  memos.keepFailures = saved;
  return false;
}

function mapsEqual(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (MapSizeGetter.call(b) === 1) {
          const [keyB, itemB] = b.entries().next().value;
          return deepEq(key, keyB, strict, memos) && deepEq(itemA, itemB, strict, memos);
        }
        pending = new SetCtor();
      }
      pending.add(key);
    } else {
      const itemB = MapGet.call(b, key);
      if ((itemB === undefined && !MapHas.call(b, key)) || !deepEq(itemA, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, itemA, memos)) return false;
        if (pending === null) pending = new SetCtor();
        pending.add(key);
      }
    }
  }
  if (pending !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict && (!MapHas.call(a, key) || !deepEq(MapGet.call(a, key), item, strict, memos)) &&
                 !takeEqualEntry(pending, a, key, item, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function isDeepEqual(a, b) { return deepEq(a, b, kLoose); }
function isDeepStrictEqual(a, b) { return deepEq(a, b, kStrict); }

// ---------------------------------------------------------- AssertionError
const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const SHORT_INPUT = 12;     // both sides this short: "a !== b" on one line
const LINE_WIDTH = 80;      // caret under the first difference below this width

function inspectForMessage(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObjectOrFunction = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

function truncateLines(lines) {
  if (lines.length > 50) {
    lines.length = 47;
    lines[46] = '...';
  }
  return lines;
}

// The "+ actual - expected" message of strictEqual/deepStrictEqual.
// A custom message (Node 20) replaces the header line but keeps the diff.
function diffMessage(actual, expected, operator, message) {
  const actualText = inspectForMessage(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectForMessage(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const left = actualLines[0];
    const right = expectedLines[0];
    const width = left.length + right.length;
    if (width <= SHORT_INPUT) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${message || headers[operator]}\n\n${left} !== ${right}\n`;
      }
    } else if (operator !== 'strictEqualObject' && width < LINE_WIDTH) {
      let at = 0;
      while (left[at] === right[at]) at++;
      if (at > 2) caret = `\n  ${' '.repeat(at)}^`;
    }
  }

  // Identical trailing lines: keep the last three, the first of the rest,
  // and mark the gap.
  let tail = '';
  let firstOfRest = '';
  let sameAtEnd = 0;
  while (actualLines.length && expectedLines.length &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (sameAtEnd++ < 3) tail = `\n  ${line}${tail}`;
    else firstOfRest = line;
  }

  const rows = Math.max(actualLines.length, expectedLines.length);
  if (rows === 0) {
    // Nothing differs in the printed form: equal structure, other identity.
    const lines = truncateLines(actualText.split('\n'));
    return `${headers.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (sameAtEnd >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (firstOfRest !== '') tail = `\n  ${firstOfRest}${tail}`;

  const head = `${message || headers[operator]}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  let out = '';
  let minus = '';       // expected-side lines waiting to be printed
  let printed = 0;
  let same = 0;         // identical lines in a row
  let longer = actualLines;
  let longerSign = '+';
  let shorterLength = expectedLines.length;
  if (actualLines.length < rows) {
    longer = expectedLines;
    longerSign = '-';
    shorterLength = actualLines.length;
  }

  // Context before a difference: after more than two identical lines print
  // the last one (or two, or three when exactly five), "..." for a longer run.
  const context = (source, i) => {
    if (same > 2) {
      if (same > 3) {
        if (same > 4) {
          if (same === 5) {
            out += `\n  ${source[i - 3]}`;
            printed++;
          } else {
            out += '\n...';
            skipped = true;
          }
        }
        out += `\n  ${source[i - 2]}`;
        printed++;
      }
      out += `\n  ${source[i - 1]}`;
      printed++;
    }
    same = 0;
  };

  for (let i = 0; i < rows; i++) {
    if (i >= shorterLength) {
      context(longer, i);
      if (longer === actualLines) out += `\n${longerSign} ${longer[i]}`;
      else minus += `\n${longerSign} ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines equal but for a trailing comma count as equal.
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        context(actualLines, i);
        out += `\n+ ${actualLine}`;
        minus += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        out += minus;
        minus = '';
        same++;
        if (same <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > 50 && i < rows - 2) {
      return `${head}${skippedNote}\n${out}\n...${minus}\n...`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${out}${minus}${tail}${caret}`;
}

function copyError(source) {
  const target = ObjectAssign(ObjectCreate(ObjectGetPrototypeOf(source)), source);
  ObjectDefineProperty(target, 'message', { value: source.message });
  return target;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return diffMessage(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let header = headers[operator];
    const lines = truncateLines(inspectForMessage(actual).split('\n'));
    if (operator === 'notStrictEqual' && isObjectOrFunction(actual)) header = headers.notStrictEqualObject;
    if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${header}\n\n${lines.join('\n')}\n`;
  }
  let left = inspectForMessage(actual);
  let right = inspectForMessage(expected);
  const header = headers[operator];
  if (operator === 'notDeepEqual' && left === right) {
    left = `${header}\n\n${left}`;
    if (left.length > 1024) left = `${left.slice(0, 1021)}...`;
    return left;
  }
  if (left.length > 512) left = `${left.slice(0, 509)}...`;
  if (right.length > 512) right = `${right.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    left = `${header}\n\n${left}\n\nshould loosely deep-equal\n\n`;
  } else if (headers[`${operator}Unequal`]) {
    left = `${headers[`${operator}Unequal`]}\n\n${left}\n\nshould not loosely deep-equal\n\n`;
  } else {
    right = ` ${operator} ${right}`;
  }
  return left + right;
}

function shortenForInspect(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

class AssertionError extends ErrorCtor {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(diffMessage(actual, expected, operator, message));
      } else {
        super(StringCtor(message));
      }
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof ErrorCtor &&
          'stack' in expected && expected instanceof ErrorCtor) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(generatedMessage(actual, expected, operator));
    }
    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof ErrorCtor.captureStackTrace === 'function') {
      try { ErrorCtor.captureStackTrace(this, stackStartFn || stackStartFunction); } catch (e) { /* ignore */ }
    }
    // Engines that format the stack header on first access (V8) show the
    // code in it, as Node does.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shortenForInspect(this.actual);
    if (typeof this.expected === 'string') this.expected = shortenForInspect(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

// ---------------------------------------------------------------- helpers
const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof ErrorCtor) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generated = false;
    if (argLen === 0) {
      generated = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      // No source text to quote in the sandbox: Node's fallback message.
      generated = true;
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function checkArgCount(n) {
  if (n < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

// -------------------------------------------------------------- the API
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;
module.exports = assert;

function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    // Node warns once (DEP0094) through process warnings; nothing printed here.
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof ErrorCtor) throw message;
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  checkArgCount(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (!ObjectIs(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgCount(arguments.length);
  if (ObjectIs(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
};

// An object listing the compared keys, so the diff shows only those.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExpExec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function checkExpectedError(actual, expected, message, fn) {
  let generated = false;
  let mismatch = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = StringCtor(actual);
      if (RegExpExec.call(expected, text) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
      mismatch = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = ObjectKeys(expected);
      if (expected instanceof ErrorCtor) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && RegExpExec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (ObjectPrototypeIsPrototypeOf.call(ErrorCtor, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    mismatch = true;
  } else {
    const result = ReflectApply(expected, {}, [actual]);
    if (result !== true) {
      if (!message) {
        generated = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      mismatch = true;
    }
  }
  if (mismatch) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

function runForThrow(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForRejection(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isPromiseLike(pending)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (isPromiseLike(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  checkExpectedError(actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExpExec.call(expected, StringCtor(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf.call(ErrorCtor, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`, stackStartFn: fn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, runForThrow(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForRejection(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, runForThrow(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForRejection(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    // Keep the original error's frames below the assertion's own, as Node does.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const start = origStack.startsWith('    at') ? 0 : origStack.indexOf('\n    at') + 1;
      if (start !== 0 || origStack.startsWith('    at')) {
        const origFrames = origStack.slice(start).split('\n');
        let ownFrames = StringCtor(newErr.stack).split('\n');
        for (const frame of origFrames) {
          const at = ownFrames.indexOf(frame);
          if (at !== -1) {
            ownFrames = ownFrames.slice(0, at);
            break;
          }
        }
        try {
          newErr.stack = `${ownFrames.join('\n')}\n${origFrames.join('\n')}`;
        } catch (e) { /* read-only stack */ }
      }
    }
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string !== 'string' || (RegExpExec.call(regexp, string) !== null) !== wantMatch) {
    if (message instanceof ErrorCtor) throw message;
    const generated = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (wantMatch ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ------------------------------------------------------------ CallTracker
// Deprecated in Node 20 (DEP0173; Node prints the warning, here nothing),
// kept for old tests. Tracked functions are proxies found in a side table.
const trackedContexts = new WeakMap();
const kTracked = Symbol('kTracked');
const anonymousNoop = [() => {}][0];

class CallTracker {
  constructor() {
    ObjectDefineProperty(this, kTracked, { value: new SetCtor() });
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this[kTracked]) context.calls = [];
      return;
    }
    contextOf(tracked).calls = [];
  }

  getCalls(tracked) {
    return contextOf(tracked).calls.map((c) => ({ ...c }));
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = anonymousNoop;
    } else if (fn === undefined) {
      fn = anonymousNoop;
    }
    errors.validateUint32(expected, 'expected', true);
    // Node does not validate `fn`: the Proxy constructor rejects primitives.
    if (fn === null || (typeof fn !== 'object' && typeof fn !== 'function')) {
      throw new TypeError('Cannot create proxy with a non-object as target or handler');
    }
    const context = { expected, calls: [], name: fn.name || 'calls', stackTrace: new ErrorCtor() };
    this[kTracked].add(context);
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.calls.push({ thisArg, arguments: argList });
        return ReflectApply(target, thisArg, argList);
      },
    });
    trackedContexts.set(tracked, context);
    return tracked;
  }

  report() {
    const out = [];
    for (const context of this[kTracked]) {
      const actual = context.calls.length;
      if (actual !== context.expected) {
        out.push({
          message: `Expected the ${context.name} function to be executed ${context.expected} time(s) but was executed ${actual} time(s).`,
          actual,
          expected: context.expected,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return out;
  }

  verify() {
    const errs = this.report();
    if (errs.length === 0) return;
    const message = errs.length === 1 ? errs[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errs });
  }
}

function contextOf(tracked) {
  const context = trackedContexts.get(tracked);
  if (context === undefined) throw new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
  return context;
}

// Node exposes it through util.deprecate, hence the wrapper's name.
function deprecated(...args) {
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return ReflectApply(CallTracker, this, args);
}
deprecated.prototype = CallTracker.prototype;
ObjectDefineProperty(deprecated, 'length', { value: 0 });
assert.CallTracker = deprecated;

// ------------------------------------------------------------- strict mode
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = ObjectAssign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
