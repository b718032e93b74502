// node:buffer — Buffer (a Uint8Array subclass, as in Node: FastBuffer
// instances whose prototype is Buffer.prototype), the encodings (utf8,
// utf16le/ucs2, latin1/binary, ascii, base64, base64url, hex) with Node's
// lenient decoders, the numeric read/write methods, the 8 KiB allocation pool,
// Blob/File, atob/btoa, isUtf8/isAscii and transcode.
//
// Encoding work runs in an interpreter, so bulk conversions lean on native
// functions wherever they give Node's exact result, with plain loops for
// short inputs and as the fallback:
//   UTF-8 encode: unescape(encodeURIComponent(s.toWellFormed())) gives the
//     bytes as a "binary" string; UTF-8 decode: decodeURIComponent(escape(
//     latin1 string)) (strict; invalid input goes to the WHATWG-replacing loop);
//   string -> code units: Uint8Array.from(new Array(n).keys(), charCodeAt
//     bound to the string); code units -> string: String.fromCharCode.apply;
//   hex/base64: the native Uint8Array toHex/toBase64/setFromHex/setFromBase64
//     where the engine has them (quickjs-ng), whatever they reject going to
//     the lenient loops.
// Conversions work in chunks (8192 characters / bytes) to bound temporaries.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
  },
  nativeError,
  validateNumber,
  validateInteger,
  validateArray,
  validateBuffer,
  validateString,
  inspect: fallbackInspect,
} = require('internal/errors');

// ------------------------------------------------------------ intrinsics
const U8 = Uint8Array;
const U16 = Uint16Array;
const F32 = Float32Array;
const F64 = Float64Array;
const AB = ArrayBuffer;
const SAB = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ArrayIsArray = Array.isArray;
const MathMin = Math.min;
const MathMax = Math.max;
const MathTrunc = Math.trunc;
const MathFloor = Math.floor;
const NumberIsNaN = Number.isNaN;
const NumberIsInteger = Number.isInteger;
const BigIntCtor = BigInt;
const fromCharCode = String.fromCharCode;
const ReflectApply = Reflect.apply;
const SymbolIterator = Symbol.iterator;
const SymbolToPrimitive = Symbol.toPrimitive;
const SymbolToStringTag = Symbol.toStringTag;
const PromiseResolve = (v) => Promise.resolve(v);
const PromiseReject = (e) => Promise.reject(e);
const DateNow = Date.now;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// uncurryThis(fn)(self, ...args) === fn.call(self, ...args), immune to later
// changes of Function.prototype.call (a bound `call`, as fast as a method call).
const FunctionPrototypeCall = Function.prototype.call;
const uncurryThis = (fn) => ReflectApply(Function.prototype.bind, FunctionPrototypeCall, [fn]);
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const TypedArrayProto = ObjectGetPrototypeOf(U8.prototype);
const taTag = getter(TypedArrayProto, SymbolToStringTag);
const taLengthGet = getter(TypedArrayProto, 'length');
const taBufferGet = getter(TypedArrayProto, 'buffer');
const taByteOffsetGet = getter(TypedArrayProto, 'byteOffset');
const taByteLengthGet = getter(TypedArrayProto, 'byteLength');
const taSetFn = TypedArrayProto.set;
const taFillFn = TypedArrayProto.fill;
const taIndexOfFn = TypedArrayProto.indexOf;
const taLastIndexOfFn = TypedArrayProto.lastIndexOf;
const taSliceFn = TypedArrayProto.slice;
const abByteLengthGet = getter(AB.prototype, 'byteLength');
const sabByteLength = SAB ? uncurryThis(getter(SAB.prototype, 'byteLength')) : undefined;
const abSlice = uncurryThis(AB.prototype.slice);
const isView = AB.isView;

const taTagOf = uncurryThis(taTag);
const taLength = uncurryThis(taLengthGet);
const taBuffer = uncurryThis(taBufferGet);
const taByteOffset = uncurryThis(taByteOffsetGet);
const taByteLength = uncurryThis(taByteLengthGet);
const taSet = uncurryThis(taSetFn);
const taFill = uncurryThis(taFillFn);
const taIndexOf = uncurryThis(taIndexOfFn);
const taLastIndexOf = uncurryThis(taLastIndexOfFn);
const taSlice = uncurryThis(taSliceFn);
const abByteLength = uncurryThis(abByteLengthGet);

// Native Uint8Array base64/hex (quickjs-ng, newer V8): optional fast paths.
const HAS_NATIVE_HEX = typeof U8.prototype.toHex === 'function' && typeof U8.prototype.setFromHex === 'function';
const HAS_NATIVE_B64 = typeof U8.prototype.toBase64 === 'function' && typeof U8.prototype.setFromBase64 === 'function';
const nativeToHex = HAS_NATIVE_HEX ? uncurryThis(U8.prototype.toHex) : undefined;
const nativeSetFromHex = HAS_NATIVE_HEX ? uncurryThis(U8.prototype.setFromHex) : undefined;
const nativeToBase64 = HAS_NATIVE_B64 ? uncurryThis(U8.prototype.toBase64) : undefined;
const nativeSetFromBase64 = HAS_NATIVE_B64 ? uncurryThis(U8.prototype.setFromBase64) : undefined;
const B64_OPTS = { alphabet: 'base64' };
const B64URL_OPTS = { alphabet: 'base64url', omitPadding: true };
const B64URL_DEC_OPTS = { alphabet: 'base64url' };

// Native string <-> UTF-8 conversions, much faster than interpreted loops:
// percent-encoding builds UTF-8 ("binary" strings of byte values) and
// decodeURIComponent validates and decodes it; an iterator of indexes mapped
// through a bound charCodeAt turns a string into its code units.
const encodeURIComponentFn = globalThis.encodeURIComponent;
const decodeURIComponentFn = globalThis.decodeURIComponent;
const escapeFn = globalThis.escape;
const unescapeFn = globalThis.unescape;
const toWellFormed = typeof String.prototype.toWellFormed === 'function' ? uncurryThis(String.prototype.toWellFormed) : undefined;
const stringSlice = uncurryThis(String.prototype.slice);
const arrayKeys = uncurryThis(Array.prototype.keys);
const bindCharCodeAt = ReflectApply(Function.prototype.bind, Function.prototype.bind, [String.prototype.charCodeAt]);
const ArrayCtor = Array;
const u8From = ReflectApply(Function.prototype.bind, U8.from, [U8]);
const u16From = ReflectApply(Function.prototype.bind, U16.from, [U16]);
// (Self-checked, in case a global was replaced before this module loaded.)
const HAS_URI_CODEC = (() => {
  try {
    return unescapeFn(encodeURIComponentFn(toWellFormed('\u00e9\ud800'))) === '\xc3\xa9\xef\xbf\xbd' &&
      decodeURIComponentFn(escapeFn('\xc3\xa9%')) === '\u00e9%';
  } catch {
    return false;
  }
})();
const HAS_FROM_KEYS = (() => {
  try {
    const u = u8From(arrayKeys(new ArrayCtor(3)), bindCharCodeAt('a\u0101\u00ff'));
    const w = u16From(arrayKeys(new ArrayCtor(1)), bindCharCodeAt('\u0101'));
    return u.length === 3 && u[0] === 97 && u[1] === 1 && u[2] === 255 && w[0] === 0x101;
  } catch {
    return false;
  }
})();
// Below these sizes the plain loops are cheaper than the native detours.
const NATIVE_ENCODE_MIN = 32;
const NATIVE_DECODE_MIN = 8;
const STRING_CHUNK = 8192;

const globalAtob = globalThis.atob;
const globalBtoa = globalThis.btoa;

const LITTLE_ENDIAN = new U8(new U16([1]).buffer)[0] === 1;

function isUint8Array(v) {
  return v !== null && typeof v === 'object' && taTagOf(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return v !== null && typeof v === 'object' && taTagOf(v) !== undefined;
}
function isArrayBuffer(v) {
  if (v instanceof AB) return true;
  if (v === null || typeof v !== 'object') return false;
  try { abByteLength(v); return true; } catch { return false; }
}
function isSharedArrayBuffer(v) {
  if (sabByteLength === undefined || v === null || typeof v !== 'object') return false;
  try { sabByteLength(v); return true; } catch { return false; }
}
function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}

// ------------------------------------------------------------ constants
const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = {};
ObjectDefineProperties(constants, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

// ------------------------------------------------------------ FastBuffer
// Buffers are FastBuffer instances; FastBuffer.prototype is Buffer.prototype.
class FastBuffer extends U8 {}

// A plain Uint8Array view of bytes [start, end) of a typed array.
function view(buf, start, end) {
  // (an empty range needs no buffer, which may even be detached)
  if (end === start) return new U8(0);
  return new U8(taBuffer(buf), taByteOffset(buf) + start, end - start);
}

// ------------------------------------------------------------ pool
let poolSize = 8 * 1024;
let poolOffset = 0;
let allocPool;
let poolView;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new AB(poolSize);
  poolView = new U8(allocPool);
  poolOffset = 0;
}
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ------------------------------------------------------------ strings from code units
const CHUNK = 32768;
// String of the code units units[start..end) (a Uint8Array or Uint16Array).
function unitsToString(units, start, end) {
  if (end - start <= CHUNK) {
    if (start === 0 && end === units.length) return ReflectApply(fromCharCode, null, units);
    return ReflectApply(fromCharCode, null, new units.constructor(units.buffer, units.byteOffset + start * units.BYTES_PER_ELEMENT, end - start));
  }
  const Ctor = units.constructor;
  const bpe = units.BYTES_PER_ELEMENT;
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    const n = MathMin(CHUNK, end - i);
    s += ReflectApply(fromCharCode, null, new Ctor(units.buffer, units.byteOffset + i * bpe, n));
  }
  return s;
}

let scratch16 = new U16(1024);
function getScratch16(n) {
  if (n > 65536) return new U16(n);
  if (scratch16.length < n) scratch16 = new U16(MathMax(n, scratch16.length * 2));
  return scratch16;
}
let scratch8 = new U8(1024);
function getScratch8(n) {
  if (n > 131072) return new U8(n);
  if (scratch8.length < n) scratch8 = new U8(MathMax(n, scratch8.length * 2));
  return scratch8;
}

// ------------------------------------------------------------ utf8
const NON_ASCII = /[^\x00-\x7f]/;

// Code units of str[start, end) as a typed array (Uint8Array: modulo 256).
function codeUnits(str, start, end, Ctor) {
  const part = start === 0 && end === str.length ? str : stringSlice(str, start, end);
  const keys = arrayKeys(new ArrayCtor(end - start));
  return (Ctor === U8 ? u8From : u16From)(keys, bindCharCodeAt(part));
}

// Writes the code units of str[start, end) (modulo 256) at buf[off].
function writeCodeUnits(buf, str, start, end, off) {
  const n = end - start;
  if (n < NATIVE_ENCODE_MIN || !HAS_FROM_KEYS) {
    for (let i = 0; i < n; i++) buf[off + i] = str.charCodeAt(start + i);
    return;
  }
  for (let i = start; i < end; i += STRING_CHUNK) {
    const stop = MathMin(i + STRING_CHUNK, end);
    taSet(buf, codeUnits(str, i, stop, U8), off + i - start);
  }
}

// The UTF-8 bytes of str as a string of byte values (lone surrogates become
// U+FFFD, as Node writes them).
function utf8Binary(str) {
  if (!NON_ASCII.test(str)) return str;
  return unescapeFn(encodeURIComponentFn(toWellFormed(str)));
}

// End of the next chunk of str from i, not splitting a surrogate pair.
function chunkEnd(str, i, n) {
  let j = i + STRING_CHUNK;
  if (j >= n) return n;
  const c = str.charCodeAt(j - 1);
  if (c >= 0xd800 && c <= 0xdbff) j++;
  return j;
}

function utf8ByteLength(str) {
  const n = str.length;
  if (n < 4) return utf8ByteLengthLoop(str);
  if (!NON_ASCII.test(str)) return n;
  if (n < 64 || !HAS_URI_CODEC) return utf8ByteLengthLoop(str);
  let bytes = 0;
  for (let i = 0; i < n;) {
    const j = chunkEnd(str, i, n);
    bytes += utf8Binary(i === 0 && j === n ? str : stringSlice(str, i, j)).length;
    i = j;
  }
  return bytes;
}

function utf8ByteLengthLoop(str) {
  const n = str.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { bytes += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 2; i++; continue; }
    }
    bytes += 2;
  }
  return bytes;
}

// Writes whole characters only; lone surrogates become U+FFFD.
function utf8Write(buf, str, off, max) {
  const n = str.length;
  if (!NON_ASCII.test(str)) {
    // ASCII: one byte per character.
    const m = n < max ? n : max;
    writeCodeUnits(buf, str, 0, m, off);
    return m;
  }
  if (n < NATIVE_ENCODE_MIN || !HAS_URI_CODEC || !HAS_FROM_KEYS) return utf8WriteLoop(buf, str, off, max);
  const end = off + max;
  let p = off;
  for (let i = 0; i < n;) {
    const j = chunkEnd(str, i, n);
    const bin = utf8Binary(i === 0 && j === n ? str : stringSlice(str, i, j));
    let m = bin.length;
    if (p + m > end) {
      // Stop before the first character that does not fit.
      m = end - p;
      while (m > 0 && (bin.charCodeAt(m) & 0xc0) === 0x80) m--;
      writeCodeUnits(buf, bin, 0, m, p);
      return p + m - off;
    }
    writeCodeUnits(buf, bin, 0, m, p);
    p += m;
    i = j;
  }
  return p - off;
}

function utf8WriteLoop(buf, str, off, max) {
  const end = off + max;
  const n = str.length;
  let p = off;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      if (p + 3 > end) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (p + 4 > end) break;
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
      }
      if (p + 3 > end) break;
      buf[p++] = 0xef;
      buf[p++] = 0xbf;
      buf[p++] = 0xbd;
    }
  }
  return p - off;
}

// UTF-8 to UTF-16 code units with WHATWG replacement (one U+FFFD per maximal
// invalid subpart). Returns the number of units written to out.
function utf8DecodeInto(buf, i, end, out) {
  let o = 0;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) { out[o++] = b; i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 < end) {
        const b1 = buf[i + 1];
        if ((b1 & 0xc0) === 0x80) { out[o++] = ((b & 0x1f) << 6) | (b1 & 0x3f); i += 2; continue; }
      }
      out[o++] = 0xfffd; i++; continue;
    }
    if (b >= 0xe0 && b <= 0xef) {
      if (i + 1 < end) {
        const b1 = buf[i + 1];
        if (b1 >= (b === 0xe0 ? 0xa0 : 0x80) && b1 <= (b === 0xed ? 0x9f : 0xbf)) {
          if (i + 2 < end) {
            const b2 = buf[i + 2];
            if ((b2 & 0xc0) === 0x80) {
              out[o++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
              i += 3;
              continue;
            }
          }
          out[o++] = 0xfffd; i += 2; continue;
        }
      }
      out[o++] = 0xfffd; i++; continue;
    }
    if (b >= 0xf0 && b <= 0xf4) {
      if (i + 1 < end) {
        const b1 = buf[i + 1];
        if (b1 >= (b === 0xf0 ? 0x90 : 0x80) && b1 <= (b === 0xf4 ? 0x8f : 0xbf)) {
          if (i + 2 < end && (buf[i + 2] & 0xc0) === 0x80) {
            if (i + 3 < end && (buf[i + 3] & 0xc0) === 0x80) {
              const cp = (((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((buf[i + 2] & 0x3f) << 6) | (buf[i + 3] & 0x3f)) - 0x10000;
              out[o++] = 0xd800 + (cp >> 10);
              out[o++] = 0xdc00 + (cp & 0x3ff);
              i += 4;
              continue;
            }
            out[o++] = 0xfffd; i += 3; continue;
          }
          out[o++] = 0xfffd; i += 2; continue;
        }
      }
      out[o++] = 0xfffd; i++; continue;
    }
    out[o++] = 0xfffd; i++;
  }
  return o;
}

function utf8Slice(buf, start, end) {
  if (end - start < NATIVE_DECODE_MIN || !HAS_URI_CODEC) return utf8SliceLoop(buf, start, end);
  let s = '';
  for (let i = start; i < end;) {
    let j = i + STRING_CHUNK;
    if (j >= end) {
      j = end;
    } else {
      // Cut where the decoder is between characters: before a byte that is
      // not a continuation byte, or after four continuation bytes.
      let k = j;
      while (k > j - 4 && k > i && (buf[k] & 0xc0) === 0x80) k--;
      if ((buf[k] & 0xc0) !== 0x80 && k > i) j = k;
    }
    s += utf8Chunk(buf, i, j);
    i = j;
  }
  return s;
}

function utf8Chunk(buf, start, end) {
  const str = ReflectApply(fromCharCode, null, view(buf, start, end));
  if (!NON_ASCII.test(str)) return str;
  try {
    return decodeURIComponentFn(escapeFn(str));
  } catch {
    // Invalid UTF-8: the replacing decoder.
    return utf8SliceLoop(buf, start, end);
  }
}

function utf8SliceLoop(buf, start, end) {
  let i = start;
  while (i < end && buf[i] < 0x80) i++;
  if (i === end) return unitsToString(view(buf, start, end), 0, end - start);
  const prefix = i > start ? unitsToString(view(buf, start, i), 0, i - start) : '';
  const out = getScratch16(end - i);
  const n = utf8DecodeInto(buf, i, end, out);
  return prefix + unitsToString(out, 0, n);
}

// ------------------------------------------------------------ latin1 / ascii / ucs2
function latin1Write(buf, str, off, max) {
  const n = MathMin(str.length, max);
  writeCodeUnits(buf, str, 0, n, off);
  return n;
}

function latin1Slice(buf, start, end) {
  return unitsToString(view(buf, start, end), 0, end - start);
}

const HIGH_LATIN1 = /[\x80-\xff]/g;
const toAscii = (c) => fromCharCode(c.charCodeAt(0) & 0x7f);
function asciiSlice(buf, start, end) {
  const s = unitsToString(view(buf, start, end), 0, end - start);
  return NON_ASCII.test(s) ? s.replace(HIGH_LATIN1, toAscii) : s;
}

function ucs2Write(buf, str, off, max) {
  const n = MathMin(str.length, max >>> 1);
  if (n >= NATIVE_ENCODE_MIN && HAS_FROM_KEYS && LITTLE_ENDIAN) {
    for (let i = 0; i < n; i += STRING_CHUNK) {
      const units = codeUnits(str, i, MathMin(i + STRING_CHUNK, n), U16);
      taSet(buf, new U8(units.buffer, units.byteOffset, units.byteLength), off + 2 * i);
    }
    return n * 2;
  }
  let p = off;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[p++] = c;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start, end) {
  const n = (end - start) >>> 1;
  if (n === 0) return '';
  const at = taByteOffset(buf) + start;
  if (LITTLE_ENDIAN && (at & 1) === 0) return unitsToString(new U16(taBuffer(buf), at, n), 0, n);
  const out = getScratch16(n);
  for (let k = 0, p = start; k < n; k++, p += 2) out[k] = buf[p] | (buf[p + 1] << 8);
  return unitsToString(out, 0, n);
}

// ------------------------------------------------------------ hex
const HEX_CHARS = '0123456789abcdef';
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) { HEX_VALUE[65 + i] = 10 + i; HEX_VALUE[97 + i] = 10 + i; }

function hexSlice(buf, start, end) {
  const n = end - start;
  if (n === 0) return '';
  if (HAS_NATIVE_HEX) return nativeToHex(view(buf, start, end));
  const out = getScratch8(n * 2);
  for (let k = 0, p = 0; k < n; k++) {
    const b = buf[start + k];
    out[p++] = HEX_CHARS.charCodeAt(b >> 4);
    out[p++] = HEX_CHARS.charCodeAt(b & 15);
  }
  return unitsToString(out, 0, n * 2);
}

// Decodes hex pairs until the first invalid one (as Node does).
function hexWrite(buf, str, off, max) {
  const pairs = MathMin(max, str.length >>> 1);
  if (pairs === 0) return 0;
  if (HAS_NATIVE_HEX) {
    try {
      return nativeSetFromHex(view(buf, off, off + pairs), str).written;
    } catch { /* invalid or odd: the lenient loop below */ }
  }
  for (let i = 0; i < pairs; i++) {
    const a = HEX_VALUE[str.charCodeAt(2 * i) & 0xff];
    const b = HEX_VALUE[str.charCodeAt(2 * i + 1) & 0xff];
    if (a < 0 || b < 0) return i;
    buf[off + i] = (a << 4) | b;
  }
  return pairs;
}

// ------------------------------------------------------------ base64
const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_CODES = new U8(64);
const B64URL_CODES = new U8(64);
for (let i = 0; i < 64; i++) { B64_CODES[i] = B64_CHARS.charCodeAt(i); B64URL_CODES[i] = B64URL_CHARS.charCodeAt(i); }
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64_CHARS.charCodeAt(i)] = i;
B64_VALUE[45] = 62; // '-'
B64_VALUE[95] = 63; // '_'

function base64Encode(buf, start, end, url) {
  const n = end - start;
  if (n === 0) return '';
  if (HAS_NATIVE_B64) return nativeToBase64(view(buf, start, end), url ? B64URL_OPTS : B64_OPTS);
  const codes = url ? B64URL_CODES : B64_CODES;
  const out = getScratch8(((n + 2) / 3 | 0) * 4);
  let p = 0;
  let i = start;
  const full = start + n - (n % 3);
  for (; i < full; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out[p++] = codes[v >> 18];
    out[p++] = codes[(v >> 12) & 63];
    out[p++] = codes[(v >> 6) & 63];
    out[p++] = codes[v & 63];
  }
  const rest = end - full;
  if (rest === 1) {
    const v = buf[i] << 16;
    out[p++] = codes[v >> 18];
    out[p++] = codes[(v >> 12) & 63];
    if (!url) { out[p++] = 61; out[p++] = 61; }
  } else if (rest === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    out[p++] = codes[v >> 18];
    out[p++] = codes[(v >> 12) & 63];
    out[p++] = codes[(v >> 6) & 63];
    if (!url) out[p++] = 61;
  }
  return unitsToString(out, 0, p);
}

// Node's lenient decoder: both alphabets, characters outside them skipped,
// decoding stops at the first '=' (or the end of the space).
function base64DecodeLoose(buf, str, off, max) {
  const n = str.length;
  const end = off + max;
  let p = off;
  let i = 0;
  let acc = 0;
  let have = 0;
  while (i < n && p < end) {
    const c = str.charCodeAt(i++) & 0xff;
    const v = B64_VALUE[c];
    if (v < 0) {
      if (c === 61) break;
      continue;
    }
    if (have === 0) { acc = v; have = 1; continue; }
    if (have === 1) { buf[p++] = (acc << 2) | (v >> 4); acc = v; have = 2; continue; }
    if (have === 2) { buf[p++] = ((acc & 0x0f) << 4) | (v >> 2); acc = v; have = 3; continue; }
    buf[p++] = ((acc & 0x03) << 6) | v;
    have = 0;
  }
  return p - off;
}

function base64Write(buf, str, off, max, url) {
  if (max === 0 || str.length === 0) return 0;
  if (HAS_NATIVE_B64 && !NON_ASCII.test(str)) {
    try {
      const r = nativeSetFromBase64(view(buf, off, off + max), str, url ? B64URL_DEC_OPTS : B64_OPTS);
      if (r.read === str.length) return r.written;
    } catch { /* not strict base64: the lenient loop below */ }
  }
  return base64DecodeLoose(buf, str, off, max);
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// ------------------------------------------------------------ encodings
const ENC_UTF8 = 1;
const ENC_UCS2 = 3;
const ENC_LATIN1 = 4;
const ENC_ASCII = 0;
const ENC_BASE64 = 2;
const ENC_BASE64URL = 5;
const ENC_HEX = 6;

function makeOps(encoding, encodingVal, byteLength, write, slice, indexOf, method) {
  return { encoding, encodingVal, byteLength, write, slice, indexOf, sliceName: method + 'Slice', writeName: method + 'Write' };
}

const encodingOps = {
  utf8: makeOps('utf8', ENC_UTF8, utf8ByteLength, utf8Write, utf8Slice,
    (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, ENC_UTF8, dir), 'utf8'),
  ucs2: makeOps('utf16le', ENC_UCS2, (s) => s.length * 2, ucs2Write, ucs2Slice,
    (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, ENC_UCS2, dir), 'ucs2'),
  latin1: makeOps('latin1', ENC_LATIN1, (s) => s.length, latin1Write, latin1Slice,
    (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, ENC_LATIN1, dir), 'latin1'),
  ascii: makeOps('ascii', ENC_ASCII, (s) => s.length, latin1Write, asciiSlice,
    (buf, val, byteOffset, dir) => indexOfBuffer(buf, fromStringFast(val, encodingOps.ascii), byteOffset, ENC_ASCII, dir), 'ascii'),
  base64: makeOps('base64', ENC_BASE64, (s) => base64ByteLength(s, s.length),
    (buf, s, off, max) => base64Write(buf, s, off, max, false), (buf, start, end) => base64Encode(buf, start, end, false),
    (buf, val, byteOffset, dir) => indexOfBuffer(buf, fromStringFast(val, encodingOps.base64), byteOffset, ENC_BASE64, dir), 'base64'),
  base64url: makeOps('base64url', ENC_BASE64URL, (s) => base64ByteLength(s, s.length),
    (buf, s, off, max) => base64Write(buf, s, off, max, true), (buf, start, end) => base64Encode(buf, start, end, true),
    (buf, val, byteOffset, dir) => indexOfBuffer(buf, fromStringFast(val, encodingOps.base64url), byteOffset, ENC_BASE64URL, dir), 'base64url'),
  hex: makeOps('hex', ENC_HEX, (s) => s.length >>> 1, hexWrite, hexSlice,
    (buf, val, byteOffset, dir) => indexOfBuffer(buf, fromStringFast(val, encodingOps.hex), byteOffset, ENC_HEX, dir), 'hex'),
};

const OPS_BY_NAME = {
  __proto__: null,
  'utf8': encodingOps.utf8,
  'utf-8': encodingOps.utf8,
  'ucs2': encodingOps.ucs2,
  'ucs-2': encodingOps.ucs2,
  'utf16le': encodingOps.ucs2,
  'utf-16le': encodingOps.ucs2,
  'latin1': encodingOps.latin1,
  'binary': encodingOps.latin1,
  'base64': encodingOps.base64,
  'base64url': encodingOps.base64url,
  'hex': encodingOps.hex,
  'ascii': encodingOps.ascii,
};

// The ops of an encoding name (any case), after string coercion; undefined
// when unknown (including '').
function getEncodingOps(encoding) {
  if (typeof encoding !== 'string') {
    if (typeof encoding === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    encoding += '';
  }
  const ops = OPS_BY_NAME[encoding];
  if (ops !== undefined) return ops;
  if (encoding.length > 9 || encoding.length < 3) return undefined;
  return OPS_BY_NAME[encoding.toLowerCase()];
}

// Node's normalizeEncoding: null/undefined/'' -> 'utf8'; non-strings -> undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const ops = getEncodingOps(enc);
  return ops === undefined ? undefined : ops.encoding;
}

// ------------------------------------------------------------ Buffer
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(Buffer, U8);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  if (ops === encodingOps.utf8 && string.length >= NATIVE_ENCODE_MIN && HAS_URI_CODEC && HAS_FROM_KEYS && NON_ASCII.test(string)) {
    return fromUtf8Native(string);
  }
  return fromStringFast(string, ops);
}

// Non-ASCII text: one native UTF-8 conversion gives both the size and the
// bytes (pooled under the same rule as fromStringFast's).
function fromUtf8Native(string) {
  const n = string.length;
  const bins = [];
  let total = 0;
  for (let i = 0; i < n;) {
    const j = chunkEnd(string, i, n);
    const bin = utf8Binary(i === 0 && j === n ? string : stringSlice(string, i, j));
    bins.push(bin);
    total += bin.length;
    i = j;
  }
  const b = allocate(total);
  let p = 0;
  for (let k = 0; k < bins.length; k++) {
    writeCodeUnits(b, bins[k], 0, bins[k].length, p);
    p += bins[k].length;
  }
  return b;
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  // Encode straight into the pool, then make the one Buffer over the result.
  const actual = ops.write(poolView, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(string, ops, length) {
  if (length === undefined) length = ops.byteLength(string);
  const b = new FastBuffer(length);
  const actual = ops.write(b, string, 0, length);
  return actual === length ? b : new FastBuffer(taBuffer(b), 0, actual);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const isAB = isArrayBuffer(obj);
  const byteLength = isAB ? abByteLength(obj) : sabByteLength(obj);
  // (V8's wording)
  if (isAB && isDetachedArrayBuffer(obj)) throw new TypeError('Cannot perform Construct on a detached ArrayBuffer');
  const maxLength = byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  // As V8's typed array constructor reports it.
  const start = MathTrunc(byteOffset);
  if (start < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  return new FastBuffer(obj, start, MathTrunc(length));
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || len > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, len);
    taSet(b, obj, 0);
    poolOffset += MathTrunc(len);
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = taLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = taSlice(view, offset, end);
  }
  return fromArrayLike(new U8(taBuffer(view), taByteOffset(view), taByteLength(view)));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, U8.prototype);
ObjectSetPrototypeOf(SlowBuffer, U8);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, taLength(buf1), buf2, 0, taLength(buf2));
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      // (V8's wording, which QuickJS words differently)
      if (item == null) throw new TypeError(`Cannot read properties of ${item} (reading 'length')`);
      if (item.length) length += item.length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, taLength(buf));
  }
  if (pos < length) taFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isView(string)) return string.byteLength;
    if (isArrayBuffer(string)) return abByteLength(string);
    if (isSharedArrayBuffer(string)) return sabByteLength(string);
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = (arguments.length > 2 && arguments[2] === true);
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return (mustMatch ? -1 : utf8ByteLength(string));
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return (mustMatch ? -1 : utf8ByteLength(string));
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ------------------------------------------------------------ prototype
const proto = Buffer.prototype;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// The C++-side argument checks of the xxxSlice / xxxWrite methods.
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  const n = MathTrunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}
function makeSlice(slice) {
  return function (start, end) {
    const len = taLength(this);
    start = parseArrayIndex(start, 0);
    end = parseArrayIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return slice(this, start, end);
  };
}
function makeWrite(write) {
  return function (string, offset, length) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const len = taLength(this);
    offset = parseArrayIndex(offset, 0);
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    let max = parseArrayIndex(length, len - offset);
    max = MathMin(len - offset, max);
    if (max === 0) return 0;
    return write(this, string, offset, max);
  };
}
const SLICE_METHODS = [
  ['asciiSlice', asciiSlice], ['base64Slice', encodingOps.base64.slice], ['base64urlSlice', encodingOps.base64url.slice],
  ['latin1Slice', latin1Slice], ['hexSlice', hexSlice], ['ucs2Slice', ucs2Slice], ['utf8Slice', utf8Slice],
];
const WRITE_METHODS = [
  ['asciiWrite', latin1Write], ['base64Write', encodingOps.base64.write], ['base64urlWrite', encodingOps.base64url.write],
  ['latin1Write', latin1Write], ['hexWrite', hexWrite], ['ucs2Write', ucs2Write], ['utf8Write', utf8Write],
];

// ---- numeric reads and writes (specialized per size, as hot paths)
function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// +value, with V8's messages for the values it cannot convert.
function toNumber(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  return +value;
}

function offsetTypeError(offset) {
  return new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// Bytes [offset, offset + byteLength] must exist (byteLength is size - 1).
function checkBounds(buf, offset, byteLength) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) boundsError(offset, buf.length - (byteLength + 1));
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}


function readUInt8(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 2 ** 8;
  return val >= 2 ** 15 ? val - 2 ** 16 : val;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 2 ** 8 + last;
  return val >= 2 ** 15 ? val - 2 ** 16 : val;
}

function readUInt24LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 3);
  return first + this[offset + 1] * 2 ** 8 + last * 2 ** 16;
}

function readInt24LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 3);
  const val = first + this[offset + 1] * 2 ** 8 + last * 2 ** 16;
  return val >= 2 ** 23 ? val - 2 ** 24 : val;
}

function readUInt24BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 3);
  return first * 2 ** 16 + this[offset + 1] * 2 ** 8 + last;
}

function readInt24BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 3);
  const val = first * 2 ** 16 + this[offset + 1] * 2 ** 8 + last;
  return val >= 2 ** 23 ? val - 2 ** 24 : val;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (last << 24);
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readUInt40LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 5);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24 + last * 2 ** 32;
}

function readInt40LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 5);
  const val = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24 + last * 2 ** 32;
  return val >= 2 ** 39 ? val - 2 ** 40 : val;
}

function readUInt40BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 5);
  return first * 2 ** 32 + this[offset + 1] * 2 ** 24 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 8 + last;
}

function readInt40BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 5);
  const val = first * 2 ** 32 + this[offset + 1] * 2 ** 24 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 8 + last;
  return val >= 2 ** 39 ? val - 2 ** 40 : val;
}

function readUInt48LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 6);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24 + this[offset + 4] * 2 ** 32 + last * 2 ** 40;
}

function readInt48LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 6);
  const val = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24 + this[offset + 4] * 2 ** 32 + last * 2 ** 40;
  return val >= 2 ** 47 ? val - 2 ** 48 : val;
}

function readUInt48BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 6);
  return first * 2 ** 40 + this[offset + 1] * 2 ** 32 + this[offset + 2] * 2 ** 24 + this[offset + 3] * 2 ** 16 + this[offset + 4] * 2 ** 8 + last;
}

function readInt48BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 6);
  const val = first * 2 ** 40 + this[offset + 1] * 2 ** 32 + this[offset + 2] * 2 ** 24 + this[offset + 3] * 2 ** 16 + this[offset + 4] * 2 ** 8 + last;
  return val >= 2 ** 47 ? val - 2 ** 48 : val;
}

function writeUInt8(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', `>= ${0} and <= ${0xff}`, value);
  if (this[offset] === undefined) boundsError(offset, this.length - 1);
  this[offset] = value;
  return offset + 1;
}

function writeUInt8Raw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', `>= ${0} and <= ${0xff}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeInt8(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (value > 0x7f || value < -0x80) throw new ERR_OUT_OF_RANGE('value', `>= ${-0x80} and <= ${0x7f}`, value);
  if (this[offset] === undefined) boundsError(offset, this.length - 1);
  this[offset] = value;
  return offset + 1;
}

function writeInt8Raw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (value > 0x7f || value < -0x80) throw new ERR_OUT_OF_RANGE('value', `>= ${-0x80} and <= ${0x7f}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeUInt16LE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffff || value < 0) checkInt(value, 0, 0xffff, this, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 1] === undefined) boundsError(offset, this.length - 2);
  this[offset + 0] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffff || value < 0) checkInt(value, 0, 0xffff, buf, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 1] === undefined) boundsError(offset, buf.length - 2);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16LE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fff || value < -0x8000) checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 1] === undefined) boundsError(offset, this.length - 2);
  this[offset + 0] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fff || value < -0x8000) checkInt(value, -0x8000, 0x7fff, buf, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 1] === undefined) boundsError(offset, buf.length - 2);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffff || value < 0) checkInt(value, 0, 0xffff, this, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 1] === undefined) boundsError(offset, this.length - 2);
  this[offset + 1] = value;
  this[offset + 0] = value >>> 8;
  return offset + 2;
}

function writeUInt16BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffff || value < 0) checkInt(value, 0, 0xffff, buf, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 1] === undefined) boundsError(offset, buf.length - 2);
  buf[offset + 1] = value;
  buf[offset + 0] = value >>> 8;
  return offset + 2;
}

function writeInt16BE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fff || value < -0x8000) checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 1] === undefined) boundsError(offset, this.length - 2);
  this[offset + 1] = value;
  this[offset + 0] = value >>> 8;
  return offset + 2;
}

function writeInt16BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fff || value < -0x8000) checkInt(value, -0x8000, 0x7fff, buf, offset, 1);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 1] === undefined) boundsError(offset, buf.length - 2);
  buf[offset + 1] = value;
  buf[offset + 0] = value >>> 8;
  return offset + 2;
}

function writeUInt24LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffff || value < 0) checkInt(value, 0, 0xffffff, buf, offset, 2);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 2] === undefined) boundsError(offset, buf.length - 3);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeInt24LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffff || value < -0x800000) checkInt(value, -0x800000, 0x7fffff, buf, offset, 2);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 2] === undefined) boundsError(offset, buf.length - 3);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeUInt24BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffff || value < 0) checkInt(value, 0, 0xffffff, buf, offset, 2);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 2] === undefined) boundsError(offset, buf.length - 3);
  buf[offset + 2] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 0] = value >>> 16;
  return offset + 3;
}

function writeInt24BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffff || value < -0x800000) checkInt(value, -0x800000, 0x7fffff, buf, offset, 2);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 2] === undefined) boundsError(offset, buf.length - 3);
  buf[offset + 2] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 0] = value >>> 16;
  return offset + 3;
}

function writeUInt32LE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffffff || value < 0) checkInt(value, 0, 0xffffffff, this, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 3] === undefined) boundsError(offset, this.length - 4);
  this[offset + 0] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffffff || value < 0) checkInt(value, 0, 0xffffffff, buf, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeInt32LE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffffff || value < -0x80000000) checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 3] === undefined) boundsError(offset, this.length - 4);
  this[offset + 0] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeInt32LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffffff || value < -0x80000000) checkInt(value, -0x80000000, 0x7fffffff, buf, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32BE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffffff || value < 0) checkInt(value, 0, 0xffffffff, this, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 3] === undefined) boundsError(offset, this.length - 4);
  this[offset + 3] = value;
  this[offset + 2] = value >>> 8;
  this[offset + 1] = value >>> 16;
  this[offset + 0] = value >>> 24;
  return offset + 4;
}

function writeUInt32BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0xffffffff || value < 0) checkInt(value, 0, 0xffffffff, buf, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  buf[offset + 3] = value;
  buf[offset + 2] = value >>> 8;
  buf[offset + 1] = value >>> 16;
  buf[offset + 0] = value >>> 24;
  return offset + 4;
}

function writeInt32BE(value, offset = 0) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffffff || value < -0x80000000) checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (this[offset] === undefined || this[offset + 3] === undefined) boundsError(offset, this.length - 4);
  this[offset + 3] = value;
  this[offset + 2] = value >>> 8;
  this[offset + 1] = value >>> 16;
  this[offset + 0] = value >>> 24;
  return offset + 4;
}

function writeInt32BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  if (value > 0x7fffffff || value < -0x80000000) checkInt(value, -0x80000000, 0x7fffffff, buf, offset, 3);
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  buf[offset + 3] = value;
  buf[offset + 2] = value >>> 8;
  buf[offset + 1] = value >>> 16;
  buf[offset + 0] = value >>> 24;
  return offset + 4;
}

function writeUInt40LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, 0, 0xffffffffff, buf, offset, 4);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = hi;
  return offset + 5;
}

function writeInt40LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, -0x8000000000, 0x7fffffffff, buf, offset, 4);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = hi;
  return offset + 5;
}

function writeUInt40BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, 0, 0xffffffffff, buf, offset, 4);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 4] = value;
  buf[offset + 3] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 1] = value >>> 24;
  buf[offset + 0] = hi;
  return offset + 5;
}

function writeInt40BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, -0x8000000000, 0x7fffffffff, buf, offset, 4);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 4] = value;
  buf[offset + 3] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 1] = value >>> 24;
  buf[offset + 0] = hi;
  return offset + 5;
}

function writeUInt48LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, 0, 0xffffffffffff, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = hi;
  buf[offset + 5] = hi >>> 8;
  return offset + 6;
}

function writeInt48LERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, -0x800000000000, 0x7fffffffffff, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 0] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = hi;
  buf[offset + 5] = hi >>> 8;
  return offset + 6;
}

function writeUInt48BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, 0, 0xffffffffffff, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 5] = value;
  buf[offset + 4] = value >>> 8;
  buf[offset + 3] = value >>> 16;
  buf[offset + 2] = value >>> 24;
  buf[offset + 1] = hi;
  buf[offset + 0] = hi >>> 8;
  return offset + 6;
}

function writeInt48BERaw(buf, value, offset) {
  if (typeof value !== 'number') value = toNumber(value);
  checkInt(value, -0x800000000000, 0x7fffffffffff, buf, offset, 5);
  const hi = MathFloor(value * 2 ** -32);
  buf[offset + 5] = value;
  buf[offset + 4] = value >>> 8;
  buf[offset + 3] = value >>> 16;
  buf[offset + 2] = value >>> 24;
  buf[offset + 1] = hi;
  buf[offset + 0] = hi >>> 8;
  return offset + 6;
}

// Variable-width forms dispatch on byteLength as Node does.
const READ_VAR = {
  readUIntLE: [readUInt8, readUInt16LE, readUInt24LE, readUInt32LE, readUInt40LE, readUInt48LE],
  readUIntBE: [readUInt8, readUInt16BE, readUInt24BE, readUInt32BE, readUInt40BE, readUInt48BE],
  readIntLE: [readInt8, readInt16LE, readInt24LE, readInt32LE, readInt40LE, readInt48LE],
  readIntBE: [readInt8, readInt16BE, readInt24BE, readInt32BE, readInt40BE, readInt48BE],
};
const WRITE_VAR = {
  writeUIntLE: [writeUInt8Raw, writeUInt16LERaw, writeUInt24LERaw, writeUInt32LERaw, writeUInt40LERaw, writeUInt48LERaw],
  writeUIntBE: [writeUInt8Raw, writeUInt16BERaw, writeUInt24BERaw, writeUInt32BERaw, writeUInt40BERaw, writeUInt48BERaw],
  writeIntLE: [writeInt8Raw, writeInt16LERaw, writeInt24LERaw, writeInt32LERaw, writeInt40LERaw, writeInt48LERaw],
  writeIntBE: [writeInt8Raw, writeInt16BERaw, writeInt24BERaw, writeInt32BERaw, writeInt40BERaw, writeInt48BERaw],
};
function isByteLength(n) {
  return typeof n === 'number' && n >= 1 && n <= 6 && n % 1 === 0;
}
function makeReadVar(name) {
  const table = READ_VAR[name];
  return named(name, withLength(2, function (offset, byteLength) {
    if (offset === undefined) throw offsetTypeError(offset);
    if (isByteLength(byteLength)) return ReflectApply(table[byteLength - 1], this, [offset]);
    boundsError(byteLength, 6, 'byteLength');
  }));
}
function makeWriteVar(name) {
  const table = WRITE_VAR[name];
  return named(name, withLength(3, function (value, offset, byteLength) {
    if (isByteLength(byteLength)) return table[byteLength - 1](this, value, offset);
    boundsError(byteLength, 6, 'byteLength');
  }));
}

function named(name, fn) {
  ObjectDefineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}
function withLength(n, fn) {
  ObjectDefineProperty(fn, 'length', { value: n, configurable: true });
  return fn;
}

// ---- floats (through a shared Float32Array / Float64Array)
const f32 = new F32(1);
const f32u8 = new U8(f32.buffer);
const f64 = new F64(1);
const f64u8 = new U8(f64.buffer);

function readFloatLE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  if (LITTLE_ENDIAN) { f32u8[0] = first; f32u8[1] = this[offset + 1]; f32u8[2] = this[offset + 2]; f32u8[3] = last; }
  else { f32u8[3] = first; f32u8[2] = this[offset + 1]; f32u8[1] = this[offset + 2]; f32u8[0] = last; }
  return f32[0];
}
function readFloatBE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  if (LITTLE_ENDIAN) { f32u8[3] = first; f32u8[2] = this[offset + 1]; f32u8[1] = this[offset + 2]; f32u8[0] = last; }
  else { f32u8[0] = first; f32u8[1] = this[offset + 1]; f32u8[2] = this[offset + 2]; f32u8[3] = last; }
  return f32[0];
}
function readDouble(buf, offset, le) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  if (le === LITTLE_ENDIAN) {
    f64u8[0] = first; f64u8[1] = buf[offset + 1]; f64u8[2] = buf[offset + 2]; f64u8[3] = buf[offset + 3];
    f64u8[4] = buf[offset + 4]; f64u8[5] = buf[offset + 5]; f64u8[6] = buf[offset + 6]; f64u8[7] = last;
  } else {
    f64u8[7] = first; f64u8[6] = buf[offset + 1]; f64u8[5] = buf[offset + 2]; f64u8[4] = buf[offset + 3];
    f64u8[3] = buf[offset + 4]; f64u8[2] = buf[offset + 5]; f64u8[1] = buf[offset + 6]; f64u8[0] = last;
  }
  return f64[0];
}
function readDoubleLE(offset = 0) { return readDouble(this, offset, true); }
function readDoubleBE(offset = 0) { return readDouble(this, offset, false); }

function writeFloat(buf, val, offset, le) {
  if (typeof val !== 'number') val = toNumber(val);
  checkBounds(buf, offset, 3);
  f32[0] = val;
  if (le === LITTLE_ENDIAN) { buf[offset] = f32u8[0]; buf[offset + 1] = f32u8[1]; buf[offset + 2] = f32u8[2]; buf[offset + 3] = f32u8[3]; }
  else { buf[offset] = f32u8[3]; buf[offset + 1] = f32u8[2]; buf[offset + 2] = f32u8[1]; buf[offset + 3] = f32u8[0]; }
  return offset + 4;
}
function writeDouble(buf, val, offset, le) {
  if (typeof val !== 'number') val = toNumber(val);
  checkBounds(buf, offset, 7);
  f64[0] = val;
  if (le === LITTLE_ENDIAN) {
    buf[offset] = f64u8[0]; buf[offset + 1] = f64u8[1]; buf[offset + 2] = f64u8[2]; buf[offset + 3] = f64u8[3];
    buf[offset + 4] = f64u8[4]; buf[offset + 5] = f64u8[5]; buf[offset + 6] = f64u8[6]; buf[offset + 7] = f64u8[7];
  } else {
    buf[offset] = f64u8[7]; buf[offset + 1] = f64u8[6]; buf[offset + 2] = f64u8[5]; buf[offset + 3] = f64u8[4];
    buf[offset + 4] = f64u8[3]; buf[offset + 5] = f64u8[2]; buf[offset + 6] = f64u8[1]; buf[offset + 7] = f64u8[0];
  }
  return offset + 8;
}
function writeFloatLE(val, offset = 0) { return writeFloat(this, val, offset, true); }
function writeFloatBE(val, offset = 0) { return writeFloat(this, val, offset, false); }
function writeDoubleLE(val, offset = 0) { return writeDouble(this, val, offset, true); }
function writeDoubleBE(val, offset = 0) { return writeDouble(this, val, offset, false); }

// ---- BigInt
function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + last * 2 ** 24;
  return BigIntCtor(lo) + (BigIntCtor(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + last;
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}
function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const val = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + (last << 24);
  return (BigIntCtor(val) << 32n) + BigIntCtor(first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24);
}
function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') throw offsetTypeError(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const val = (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  return (BigIntCtor(val) << 32n) + BigIntCtor(this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + last);
}

function writeBig64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  if (typeof value !== 'bigint') {
    // (V8's wording for mixing BigInt and Number)
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    buf[offset] = lo; buf[offset + 1] = lo >>> 8; buf[offset + 2] = lo >>> 16; buf[offset + 3] = lo >>> 24;
    buf[offset + 4] = hi; buf[offset + 5] = hi >>> 8; buf[offset + 6] = hi >>> 16; buf[offset + 7] = hi >>> 24;
  } else {
    buf[offset + 7] = lo; buf[offset + 6] = lo >>> 8; buf[offset + 5] = lo >>> 16; buf[offset + 4] = lo >>> 24;
    buf[offset + 3] = hi; buf[offset + 2] = hi >>> 8; buf[offset + 1] = hi >>> 16; buf[offset] = hi >>> 24;
  }
  return offset + 8;
}
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, U64_MAX, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, U64_MAX, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, I64_MIN, I64_MAX, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, I64_MIN, I64_MAX, false); }

const methods = {
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  readUIntLE: makeReadVar('readUIntLE'), readUInt32LE, readUInt16LE, readUInt8,
  readUIntBE: makeReadVar('readUIntBE'), readUInt32BE, readUInt16BE,
  readIntLE: makeReadVar('readIntLE'), readInt32LE, readInt16LE, readInt8,
  readIntBE: makeReadVar('readIntBE'), readInt32BE, readInt16BE,
  writeUIntLE: makeWriteVar('writeUIntLE'), writeUInt32LE, writeUInt16LE, writeUInt8,
  writeUIntBE: makeWriteVar('writeUIntBE'), writeUInt32BE, writeUInt16BE,
  writeIntLE: makeWriteVar('writeIntLE'), writeInt32LE, writeInt16LE, writeInt8,
  writeIntBE: makeWriteVar('writeIntBE'), writeInt32BE, writeInt16BE,
  readFloatLE: named(LITTLE_ENDIAN ? 'readFloatForwards' : 'readFloatBackwards', readFloatLE),
  readFloatBE: named(LITTLE_ENDIAN ? 'readFloatBackwards' : 'readFloatForwards', readFloatBE),
  readDoubleLE: named(LITTLE_ENDIAN ? 'readDoubleForwards' : 'readDoubleBackwards', readDoubleLE),
  readDoubleBE: named(LITTLE_ENDIAN ? 'readDoubleBackwards' : 'readDoubleForwards', readDoubleBE),
  writeFloatLE: named(LITTLE_ENDIAN ? 'writeFloatForwards' : 'writeFloatBackwards', writeFloatLE),
  writeFloatBE: named(LITTLE_ENDIAN ? 'writeFloatBackwards' : 'writeFloatForwards', writeFloatBE),
  writeDoubleLE: named(LITTLE_ENDIAN ? 'writeDoubleForwards' : 'writeDoubleBackwards', writeDoubleLE),
  writeDoubleBE: named(LITTLE_ENDIAN ? 'writeDoubleBackwards' : 'writeDoubleForwards', writeDoubleBE),
};

// Install in Node's order, with the Uint aliases.
const ORDER = [
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE',
  'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE', 'writeBigInt64LE', 'writeBigInt64BE',
  'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8', 'readUIntBE', 'readUInt32BE', 'readUInt16BE',
  'readUintLE', 'readUint32LE', 'readUint16LE', 'readUint8', 'readUintBE', 'readUint32BE', 'readUint16BE',
  'readIntLE', 'readInt32LE', 'readInt16LE', 'readInt8', 'readIntBE', 'readInt32BE', 'readInt16BE',
  'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8', 'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE',
  'writeUintLE', 'writeUint32LE', 'writeUint16LE', 'writeUint8', 'writeUintBE', 'writeUint32BE', 'writeUint16BE',
  'writeIntLE', 'writeInt32LE', 'writeInt16LE', 'writeInt8', 'writeIntBE', 'writeInt32BE', 'writeInt16BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE',
];
for (const name of ORDER) {
  const real = name.replace('Uint', 'UInt');
  proto[name] = methods[real];
}
const ORIGINAL = { __proto__: null };
const IMPL = { __proto__: null };
for (const [name, fn] of SLICE_METHODS) {
  proto[name] = ORIGINAL[name] = named(name, withLength(0, makeSlice(fn)));
  IMPL[name] = fn;
}
for (const [name, fn] of WRITE_METHODS) {
  proto[name] = ORIGINAL[name] = named(name, withLength(0, makeWrite(fn)));
  IMPL[name] = fn;
}

// Calls buf[name](a, b) as Node does (so a plain Uint8Array fails the same
// way), going straight to the implementation for the built-in methods.
function sliceVia(buf, name, who, start, end) {
  const m = buf[name];
  if (m === ORIGINAL[name]) return IMPL[name](buf, start, end);
  if (typeof m !== 'function') throw new TypeError(`${who}.${name} is not a function`);
  return ReflectApply(m, buf, [start, end]);
}
function writeVia(buf, name, who, string, offset, length) {
  const m = buf[name];
  if (m === ORIGINAL[name]) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (length === 0) return 0;
    return IMPL[name](buf, string, offset, length);
  }
  if (typeof m !== 'function') throw new TypeError(`${who}.${name} is not a function`);
  return ReflectApply(m, buf, [string, offset, length]);
}

// ---- copy / compare / equals
function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > taLength(source)) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${taLength(source)}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = taLength(source);
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= taLength(target) || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  const targetLength = taLength(target);
  const sourceLength = taLength(source);
  if (sourceEnd - sourceStart > targetLength - targetStart) sourceEnd = sourceStart + targetLength - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = sourceLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < sourceLength) source = view(source, sourceStart, sourceStart + nb);
  taSet(target, source, targetStart);
  return nb;
}

// Byte order of a[aStart, aEnd) and b[bStart, bEnd): -1, 0 or 1. Long runs
// compare as strings (native hex, or Latin-1, both ordered like the bytes).
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const alen = aEnd - aStart;
  const blen = bEnd - bStart;
  const n = alen < blen ? alen : blen;
  if (n >= 64) {
    for (let i = 0; i < n; i += CHUNK) {
      const m = MathMin(CHUNK, n - i);
      const x = bytesKey(a, aStart + i, m);
      const y = bytesKey(b, bStart + i, m);
      if (x !== y) return x < y ? -1 : 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i];
      const y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  return alen > blen ? 1 : alen < blen ? -1 : 0;
}

function bytesKey(buf, start, len) {
  const v = view(buf, start, start + len);
  return HAS_NATIVE_HEX ? nativeToHex(v) : ReflectApply(fromCharCode, null, v);
}

// ---- fill
function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = taByteLength(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    taFill(buf, value, offset, end);
  } else {
    const res = fillPattern(buf, value, offset, end, encoding);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

function fillPattern(buf, value, start, end, encoding) {
  if (start > end || end > taLength(buf)) return -2;
  const fillLength = end - start;
  let pattern;
  if (isView(value)) {
    pattern = new U8(value.buffer, value.byteOffset, value.byteLength);
  } else if (typeof value === 'string') {
    const ops = encodingOps[encoding === 'utf16le' ? 'ucs2' : encoding];
    if (encoding === 'utf8' || encoding === 'utf16le') {
      pattern = fromStringFast(value, ops);
    } else {
      // Written straight into the target (hex/base64 may decode less).
      const written = ops.write(buf, value, start, fillLength);
      if (written >= fillLength) return 0;
      if (written === 0) return -1;
      pattern = taSlice(view(buf, start, start + written));
    }
  } else {
    if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
    taFill(buf, (+value >>> 0) & 255, start, end);
    return 0;
  }
  const plen = pattern.length;
  if (plen === 0) return -1;
  if (plen >= fillLength) {
    taSet(buf, plen === fillLength ? pattern : new U8(pattern.buffer, pattern.byteOffset, fillLength), start);
    return 0;
  }
  taSet(buf, pattern, start);
  let have = plen;
  while (have < fillLength) {
    const n = MathMin(have, fillLength - have);
    buf.copyWithin(start + have, start, start + n);
    have += n;
  }
  return 0;
}

// ---- search
// Node's index clamping for indexOf / lastIndexOf (-1: no match possible).
function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

// First (or, backwards, last) position >= / <= start where needle occurs in
// hay[0..hayLen); -1 when none. Positions count `unit`-byte elements.
function searchBytes(hay, hayLen, needle, needleLen, start, forward) {
  if (hayLen < needleLen) return -1;
  const diff = hayLen - needleLen;
  const first = needle[0];
  if (forward) {
    let pos = start;
    while (pos <= diff) {
      const at = taIndexOf(hay, first, pos);
      if (at === -1 || at > diff) return -1;
      let k = 1;
      while (k < needleLen && hay[at + k] === needle[k]) k++;
      if (k === needleLen) return at;
      pos = at + 1;
    }
    return -1;
  }
  let pos = start > diff ? diff : start;
  while (pos >= 0) {
    const at = taLastIndexOf(hay, first, pos);
    if (at === -1) return -1;
    let k = 1;
    while (k < needleLen && hay[at + k] === needle[k]) k++;
    if (k === needleLen) return at;
    pos = at - 1;
  }
  return -1;
}

// UCS-2 search over 16-bit units; returns Node's result including its quirk
// for odd-length haystacks (the "not found" position is rounded down).
function searchUcs2(buf, hayLen, needleUnits, start, forward) {
  const hayUnits = hayLen >>> 1;
  let units;
  const at = taByteOffset(buf);
  if (LITTLE_ENDIAN && (at & 1) === 0) {
    units = new U16(taBuffer(buf), at, hayUnits);
  } else {
    units = new U16(hayUnits);
    for (let k = 0; k < hayUnits; k++) units[k] = buf[2 * k] | (buf[2 * k + 1] << 8);
  }
  const r = searchBytes(units, hayUnits, needleUnits, needleUnits.length, start >>> 1, forward);
  const result = (r === -1 ? hayUnits : r) * 2;
  return result === hayLen ? -1 : result;
}

function indexOfString(buf, val, byteOffset, enc, dir) {
  const hayLen = taLength(buf);
  let needle;
  let needleLen;
  if (enc === ENC_UCS2) {
    needleLen = val.length * 2;
  } else if (enc === ENC_UTF8) {
    needle = fromStringFast(val, encodingOps.utf8);
    needleLen = needle.length;
  } else {
    needle = fromStringFast(val, encodingOps.latin1);
    needleLen = needle.length;
  }
  const opt = indexOfOffset(hayLen, MathTrunc(byteOffset), needleLen, dir);
  if (needleLen === 0) return opt;
  if (hayLen === 0) return -1;
  if (opt <= -1) return -1;
  if ((dir && needleLen + opt > hayLen) || needleLen > hayLen) return -1;
  if (enc === ENC_UCS2) {
    if (hayLen < 2 || val.length < 1) return -1;
    const units = new U16(val.length);
    for (let k = 0; k < val.length; k++) units[k] = val.charCodeAt(k);
    return searchUcs2(buf, hayLen, units, opt, dir);
  }
  return searchBytes(buf, hayLen, needle, needleLen, opt, dir);
}

function indexOfBuffer(buf, needle, byteOffset, enc, dir) {
  const hayLen = taLength(buf);
  const needleLen = taLength(needle);
  const opt = indexOfOffset(hayLen, MathTrunc(byteOffset), needleLen, dir);
  if (needleLen === 0) return opt;
  if (hayLen === 0) return -1;
  if (opt <= -1) return -1;
  if ((dir && needleLen + opt > hayLen) || needleLen > hayLen) return -1;
  if (enc === ENC_UCS2) {
    if (hayLen < 2 || needleLen < 2) return -1;
    const n = needleLen >>> 1;
    const units = new U16(n);
    for (let k = 0; k < n; k++) units[k] = needle[2 * k] | (needle[2 * k + 1] << 8);
    return searchUcs2(buf, hayLen, units, opt, dir);
  }
  return searchBytes(buf, hayLen, needle, needleLen, opt, dir);
}

function indexOfNumber(buf, num, byteOffset, dir) {
  const len = taLength(buf);
  const opt = indexOfOffset(len, MathTrunc(byteOffset), 1, dir);
  if (opt <= -1 || len === 0) return -1;
  const b = num & 255;
  return dir ? taIndexOf(buf, b, opt) : taLastIndexOf(buf, b, opt);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  if (typeof byteOffset === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = (ops === undefined ? ENC_UTF8 : ops.encodingVal);
    return indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ---- slicing
function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return NumberIsNaN(offset) ? 0 : length;
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

// ---- the instance methods, in Node's order
ObjectDefineProperty(proto, 'parent', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(proto, 'offset', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    if (this.utf8Slice === ORIGINAL.utf8Slice) return utf8Slice(this, 0, taLength(this));
    return sliceVia(this, 'utf8Slice', 'this', 0, this.length);
  }
  const len = taLength(this);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return sliceVia(this, 'utf8Slice', 'this', start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return sliceVia(this, ops.sliceName, 'buf', start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = taByteLength(this);
  if (len !== taByteLength(otherBuffer)) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

let utilInspect;
function inspectExtras(obj, ctx) {
  if (utilInspect === undefined) {
    try {
      const util = require('util');
      utilInspect = typeof util.inspect === 'function' ? util.inspect : null;
    } catch {
      utilInspect = null;
    }
  }
  if (utilInspect) {
    return utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
  }
  return fallbackInspect(obj).slice(27, -2);
}

proto.inspect = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  let str = sliceVia(this, 'hexSlice', 'this', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : ObjectKeys(this);
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key) && +key < this.length) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      str += inspectExtras(obj, ctx);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto[customInspectSymbol] = proto.inspect;

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, taLength(this), target, 0, taLength(target));
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = taLength(target);
  else validateOffset(targetEnd, 'targetEnd', 0, taLength(target));
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = taLength(this);
  else validateOffset(sourceEnd, 'sourceEnd', 0, taLength(this));
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > taLength(this)) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  if (targetStart > taLength(target)) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  const sourceLen = MathMin(sourceEnd - sourceStart, taLength(this) - sourceStart);
  const targetLen = targetEnd - targetStart;
  const n = MathMin(sourceLen, targetLen);
  const r = compareBytes(this, sourceStart, sourceStart + n, target, targetStart, targetStart + n);
  if (r !== 0) return r;
  return (sourceEnd - sourceStart) > targetLen ? 1 : (sourceEnd - sourceStart) < targetLen ? -1 : 0;
};

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return writeVia(this, 'utf8Write', 'this', string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeVia(this, 'utf8Write', 'this', string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeVia(this, ops.writeName, 'buf', string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

proto.subarray = function subarray(start, end) {
  const srcLength = taLength(this);
  start = typeof start === 'number' && start >= 0 && start <= srcLength && start % 1 === 0 ? start : adjustOffset(start, srcLength);
  end = end === undefined ? srcLength
    : typeof end === 'number' && end >= 0 && end <= srcLength && end % 1 === 0 ? end : adjustOffset(end, srcLength);
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(taBuffer(this), taByteOffset(this) + start, newLength);
};
withLength(2, proto.subarray);

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

proto.toLocaleString = proto.toString;

// ------------------------------------------------------------ isUtf8 / isAscii
// A detached ArrayBuffer: zero length, and no view can be made of it.
function isDetachedArrayBuffer(ab) {
  if (abByteLength(ab) !== 0) return false;
  try {
    new U8(ab);
    return false;
  } catch {
    return true;
  }
}

// The bytes of a TypedArray or (Shared)ArrayBuffer, for isUtf8 / isAscii.
function viewBytes(input, name) {
  if (isTypedArray(input)) {
    const len = taByteLength(input);
    return len === 0 ? new U8(0) : new U8(taBuffer(input), taByteOffset(input), len);
  }
  if (isArrayBuffer(input)) {
    if (isDetachedArrayBuffer(input)) throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    return new U8(input);
  }
  if (isSharedArrayBuffer(input)) return new U8(input);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  const bytes = viewBytes(input, 'input');
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= end || (bytes[i + 1] & 0xc0) !== 0x80) return false;
      i += 2;
      continue;
    }
    if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= end) return false;
      const b1 = bytes[i + 1];
      if (b1 < (b === 0xe0 ? 0xa0 : 0x80) || b1 > (b === 0xed ? 0x9f : 0xbf)) return false;
      if ((bytes[i + 2] & 0xc0) !== 0x80) return false;
      i += 3;
      continue;
    }
    if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= end) return false;
      const b1 = bytes[i + 1];
      if (b1 < (b === 0xf0 ? 0x90 : 0x80) || b1 > (b === 0xf4 ? 0x8f : 0xbf)) return false;
      if ((bytes[i + 2] & 0xc0) !== 0x80 || (bytes[i + 3] & 0xc0) !== 0x80) return false;
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

function isAscii(input) {
  const bytes = viewBytes(input, 'input');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

// ------------------------------------------------------------ transcode
// Code points of the source (U+FFFD for undecodable input), or null when
// Node's ICU path refuses the input (error U_INVALID_CHAR_FOUND).
function decodeCodePoints(source, from, strict) {
  const out = [];
  const n = source.length;
  if (from === 'latin1') {
    for (let i = 0; i < n; i++) out.push(source[i]);
  } else if (from === 'ascii') {
    for (let i = 0; i < n; i++) out.push(source[i] < 0x80 ? source[i] : (strict === 'latin1' ? source[i] : 0xfffd));
  } else if (from === 'utf8') {
    const units = new U16(n);
    const m = utf8DecodeInto(source, 0, n, units);
    for (let i = 0; i < m; i++) {
      const c = units[i];
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < m) {
        out.push(((c - 0xd800) << 10) + (units[i + 1] - 0xdc00) + 0x10000);
        i++;
      } else {
        out.push(c);
      }
    }
  } else {
    const m = n >>> 1;
    for (let i = 0; i < m; i++) {
      const c = source[2 * i] | (source[2 * i + 1] << 8);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < m) {
        const d = source[2 * i + 2] | (source[2 * i + 3] << 8);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          i++;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        if (strict) return null;
        out.push(0xfffd);
        continue;
      }
      out.push(c);
    }
    if (from === 'utf16le-keep-odd' && (n & 1)) out.push(0xfffd);
  }
  return out;
}

// (transcode's results are never pooled, as in Node)
function encodeCodePoints(cps, to) {
  if (to === 'utf8' || to === 'utf16le') {
    let s = '';
    for (let i = 0; i < cps.length; i++) s += String.fromCodePoint(cps[i]);
    return createFromString(s, to === 'utf8' ? encodingOps.utf8 : encodingOps.ucs2);
  }
  const limit = to === 'latin1' ? 0xff : 0x7f;
  const b = new FastBuffer(cps.length);
  let n = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c <= limit) b[n++] = c;
    else if (!isDefaultIgnorable(c)) b[n++] = 0x3f;
  }
  return n === cps.length ? b : b.subarray(0, n);
}

// ICU drops unmappable default-ignorable code points instead of writing '?'.
function isDefaultIgnorable(c) {
  return c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || (c >= 0x17b4 && c <= 0x17b5) ||
    (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 ||
    (c >= 0xfff0 && c <= 0xfff8) || (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
    (c >= 0xe0000 && c <= 0xe0fff);
}

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const known = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!known.includes(from) || !known.includes(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  if (from === 'utf8' && to === 'utf16le') {
    if (!isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    return encodeCodePoints(decodeCodePoints(source, 'utf8'), 'utf16le');
  }
  if (from === 'utf16le') {
    if (to === 'utf8') {
      const cps = decodeCodePoints(source, 'utf16le', true);
      if (cps === null) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      return encodeCodePoints(cps, 'utf8');
    }
    if (to === 'utf16le') return encodeCodePoints(decodeCodePoints(source, 'utf16le-keep-odd'), 'utf16le');
    return encodeCodePoints(decodeCodePoints(source, 'utf16le'), to);
  }
  if (from === 'ascii' && to === 'utf16le') return encodeCodePoints(decodeCodePoints(source, 'latin1'), 'utf16le');
  return encodeCodePoints(decodeCodePoints(source, from), to);
}

// ------------------------------------------------------------ Blob / File
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function isBlob(object) {
  return object !== null && typeof object === 'object' && object[kBytes] !== undefined;
}

function blobPart(source, endings) {
  if (isAnyArrayBuffer(source)) return new U8(abSlice(source, 0));
  if (isView(source)) return taSlice(new U8(source.buffer, source.byteOffset, source.byteLength));
  if (isBlob(source)) return source[kBytes];
  let s = `${source}`;
  if (endings === 'native') s = s.replace(/\r\n|\n/g, '\n');
  return fromStringFast(s, encodingOps.utf8);
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[SymbolIterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    let { endings = 'transparent', type = '' } = options || {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    const parts = [];
    let total = 0;
    for (const source of sources) {
      const part = blobPart(source, endings);
      parts.push(part);
      total += part.length;
    }
    const bytes = new U8(total);
    let pos = 0;
    for (const part of parts) {
      taSet(bytes, part, pos);
      pos += part.length;
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    start = MathTrunc(+start) || 0;
    end = MathTrunc(+end) || 0;
    if (start < 0) start = MathMax(size + start, 0);
    else start = MathMin(start, size);
    if (end < 0) end = MathMax(size + end, 0);
    else end = MathMin(end, size);
    const span = MathMax(end - start, 0);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].slice(start, start + span);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromiseResolve(this[kBytes].slice().buffer);
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    const skip = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return PromiseResolve(utf8Slice(bytes, skip, bytes.length));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromiseResolve(this[kBytes].slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('stream()');
    }
    const bytes = this[kBytes].slice();
    return new RS({
      type: 'bytes',
      start(controller) {
        if (bytes.length) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `Blob { size: ${this.size}, type: '${this.type}' }`;
  }
}
ObjectDefineProperty(Blob.prototype, SymbolToStringTag, { configurable: true, value: 'Blob' });
for (const k of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, k);
  d.enumerable = true;
  ObjectDefineProperty(Blob.prototype, k, d);
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(this instanceof File) || this[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File) || this[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `File { size: ${this.size}, type: '${this.type}', name: '${this.name}', lastModified: ${this.lastModified} }`;
  }
}
ObjectDefineProperty(File.prototype, SymbolToStringTag, { configurable: true, value: 'File' });
for (const k of ['name', 'lastModified']) {
  const d = Object.getOwnPropertyDescriptor(File.prototype, k);
  d.enumerable = true;
  ObjectDefineProperty(File.prototype, k, d);
}

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

// ------------------------------------------------------------ atob / btoa
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return globalAtob(input);
}
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return globalBtoa(input);
}

// ------------------------------------------------------------ exports
module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: typeof globalBtoa === 'function' ? globalBtoa : btoa,
  atob: typeof globalAtob === 'function' ? globalAtob : atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
};

// Blob, resolveObjectURL and File are lazy accessors in Node.
for (const [key, value] of [['Blob', Blob], ['resolveObjectURL', resolveObjectURL], ['File', File]]) {
  ObjectDefineProperty(module.exports, key, {
    enumerable: true,
    configurable: true,
    get: named(`get ${key}`, function () { return value; }),
    set: named(`set ${key}`, function (v) {
      ObjectDefineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
    }),
  });
}

ObjectDefineProperties(module.exports, {
  constants: {
    configurable: false,
    enumerable: true,
    writable: false,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
