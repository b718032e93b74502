// internal/webcrypto: the Web Crypto API of the sandbox (the global `crypto`
// and Node's `require('crypto').webcrypto`), over the natives in `internal`
// (hash, hmac, pbkdf2, aesGcm, randomBytes). Behaviour and error texts follow
// Node 20's implementation as observed.
//
// Exports: { crypto, Crypto, CryptoKey, SubtleCrypto } (enumerable), plus two
// non-enumerable helpers for the `crypto` built-in: isCryptoKey(value) and
// secretKeyBytes(cryptoKey) (a copy of a secret key's bytes).
//
// Supported algorithms: digest SHA-1/256/384/512; HMAC (generateKey, importKey
// raw/jwk, exportKey raw/jwk, sign, verify); AES-GCM (generateKey, importKey
// raw/jwk, exportKey raw/jwk, encrypt, decrypt, wrapKey, unwrapKey); PBKDF2 and
// HKDF (importKey raw, deriveBits, deriveKey). Every other algorithm name
// rejects with a NotSupportedError "Unrecognized algorithm name".
'use strict';

const natives = internal;
const { codes } = require('internal/errors');

const ObjectDefineProperty = Object.defineProperty;
const ObjectPrototypeToString = Object.prototype.toString;
const ArrayBufferIsView = ArrayBuffer.isView;
const MathTrunc = Math.trunc;
const NumberIsFinite = Number.isFinite;
const StringCtor = String;
const SymbolIterator = Symbol.iterator;
const JSONStringify = JSON.stringify;
const JSONParse = JSON.parse;
const U8 = Uint8Array;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const EMPTY = new U8(0);

// ---------------------------------------------------------------- DOMException
const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class LocalDOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(StringCtor(message));
    let name = 'Error';
    if (options !== null && typeof options === 'object') {
      if (options.name !== undefined) name = StringCtor(options.name);
    } else if (options !== undefined) {
      name = StringCtor(options);
    }
    ObjectDefineProperty(this, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  }

  get code() { return DOM_CODES[this.name] || 0; }
}
ObjectDefineProperty(LocalDOMException, 'name', { value: 'DOMException' });

let DOMExceptionCtor;
function domError(message, name) {
  if (DOMExceptionCtor === undefined) {
    try {
      const et = require('internal/event_target');
      DOMExceptionCtor = et && typeof et.DOMException === 'function' ? et.DOMException : LocalDOMException;
    } catch (_) {
      DOMExceptionCtor = LocalDOMException;
    }
  }
  return new DOMExceptionCtor(message, name);
}

const opFailed = () => domError('The operation failed for an operation-specific reason', 'OperationError');

// A TypeError with a Node code, as Node's WebIDL layer throws them.
function typeErr(code, message) {
  const e = new TypeError(message);
  e.code = code;
  return e;
}

// ------------------------------------------------------------------- bytes
function isPlainArrayBuffer(v) {
  return ObjectPrototypeToString.call(v) === '[object ArrayBuffer]';
}

// BufferSource -> a copy of its bytes, or undefined when it is none.
function bufferSourceCopy(v) {
  if (ArrayBufferIsView(v)) {
    if (!isPlainArrayBuffer(v.buffer)) return undefined;
    return new U8(v.buffer, v.byteOffset, v.byteLength).slice();
  }
  if (isPlainArrayBuffer(v)) return new U8(v).slice();
  return undefined;
}

function toArrayBuffer(u8) {
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength) return u8.buffer;
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64url(u8) {
  let out = '';
  let i = 0;
  for (; i + 2 < u8.length; i += 3) {
    const n = (u8[i] << 16) | (u8[i + 1] << 8) | u8[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (i < u8.length) {
    const n = (u8[i] << 16) | ((i + 1 < u8.length ? u8[i + 1] : 0) << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63];
    if (i + 1 < u8.length) out += B64[(n >> 6) & 63];
  }
  return out;
}

// Lenient base64/base64url decoding as Node's Buffer does it: characters
// outside both alphabets are skipped, '=' ends the data.
const B64_VALUES = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  t[43] = 62; // '+'
  t[47] = 63; // '/'
  return t;
})();
function base64Decode(str) {
  const out = new U8(Math.ceil(str.length * 3 / 4));
  let n = 0, bits = 0, acc = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 61) break;
    const v = c < 128 ? B64_VALUES[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ------------------------------------------------------------------- hashes
const HASHES = {
  'SHA-1': { native: 'sha1', size: 20, block: 64, jwk: 'HS1' },
  'SHA-256': { native: 'sha256', size: 32, block: 64, jwk: 'HS256' },
  'SHA-384': { native: 'sha384', size: 48, block: 128, jwk: 'HS384' },
  'SHA-512': { native: 'sha512', size: 64, block: 128, jwk: 'HS512' },
};

function hmacBytes(hashName, key, data) {
  return new U8(natives.hmac(HASHES[hashName].native, key, data));
}

function hkdfBytes(hashName, ikm, salt, info, length) {
  const size = HASHES[hashName].size;
  const prk = hmacBytes(hashName, salt, ikm);
  const out = new U8(length);
  let prev = EMPTY;
  let filled = 0;
  for (let i = 1; filled < length; i++) {
    const input = new U8(prev.length + info.length + 1);
    input.set(prev, 0);
    input.set(info, prev.length);
    input[input.length - 1] = i;
    prev = hmacBytes(hashName, prk, input);
    const take = Math.min(size, length - filled);
    out.set(prev.subarray(0, take), filled);
    filled += take;
  }
  return out;
}

// ------------------------------------------------------------------- WebIDL
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];
const KEY_FORMATS = ['raw', 'pkcs8', 'spki', 'jwk'];
const KEY_USAGES = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function prefix(method) {
  return `Failed to execute '${method}' on 'SubtleCrypto'`;
}

function requireArgs(method, needed, got) {
  if (got < needed) {
    throw typeErr('ERR_MISSING_ARGS', `${prefix(method)}: ${needed} arguments required, but only ${got} present.`);
  }
}

function toDOMString(v, context) {
  if (typeof v === 'symbol') throw typeErr('ERR_INVALID_ARG_TYPE', `${context} is a Symbol and cannot be converted to a string.`);
  return StringCtor(v);
}

function argBufferSource(v, method, i) {
  const bytes = bufferSourceCopy(v);
  if (bytes === undefined) {
    throw typeErr('ERR_INVALID_ARG_TYPE', `${prefix(method)}: ${ORDINALS[i]} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  }
  return bytes;
}

function argAlgorithm(v, method, i) {
  if ((v !== null && typeof v === 'object') || typeof v === 'function') return v;
  return toDOMString(v, `${prefix(method)}: ${ORDINALS[i]} argument`);
}

function argCryptoKey(v, method, i) {
  if (!keySlots.has(v)) throw typeErr('ERR_INVALID_ARG_TYPE', `${prefix(method)}: ${ORDINALS[i]} argument is not of type CryptoKey.`);
  return keySlots.get(v);
}

function argEnum(v, method, i, values, type) {
  const s = toDOMString(v, `${prefix(method)}: ${ORDINALS[i]} argument`);
  if (!values.includes(s)) {
    throw typeErr('ERR_INVALID_ARG_VALUE', `${prefix(method)}: ${ORDINALS[i]} argument value '${s}' is not a valid enum value of type ${type}.`);
  }
  return s;
}

function toSequence(v, context) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function') || typeof v[SymbolIterator] !== 'function') {
    throw typeErr('ERR_INVALID_ARG_TYPE', `${context} can not be converted to sequence.`);
  }
  const out = [];
  for (const item of v) out.push(item);
  return out;
}

function argUsages(v, method, i) {
  const context = `${prefix(method)}: ${ORDINALS[i]} argument`;
  const items = toSequence(v, context);
  for (let j = 0; j < items.length; j++) {
    const s = toDOMString(items[j], `${context}, index ${j}`);
    if (!KEY_USAGES.includes(s)) {
      throw typeErr('ERR_INVALID_ARG_VALUE', `${context}, index ${j} value '${s}' is not a valid enum value of type KeyUsage.`);
    }
    items[j] = s;
  }
  return items;
}

const JWK_STRING_MEMBERS = ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'k', 'kty', 'n', 'p', 'q', 'qi', 'use', 'x', 'y'];
function argJwk(v, method, i) {
  const out = {};
  if (v === undefined || v === null) return out;
  if (typeof v !== 'object' && typeof v !== 'function') {
    throw typeErr('ERR_INVALID_ARG_TYPE', `${prefix(method)}: ${ORDINALS[i]} argument can not be converted to a dictionary`);
  }
  const context = (member) => `${prefix(method)}: '${member}' of 'JsonWebKey' (${ORDINALS[i]} argument)`;
  // Members in WebIDL (lexicographic) order.
  for (const member of ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'ext', 'k', 'key_ops', 'kty', 'n', 'oth', 'p', 'q', 'qi', 'use', 'x', 'y']) {
    const value = v[member];
    if (value === undefined) continue;
    if (member === 'ext') out.ext = !!value;
    else if (member === 'key_ops') out.key_ops = toSequence(value, context(member)).map((s) => toDOMString(s, context(member)));
    else if (member === 'oth') out.oth = value;
    else if (JWK_STRING_MEMBERS.includes(member)) out[member] = toDOMString(value, context(member));
  }
  return out;
}

// ------------------------------------------------------ algorithm normalization
// Dictionaries: [member, kind, required, max] in lexicographic member order.
const DICTS = {
  AesGcmParams: [['additionalData', 'buffer', false], ['iv', 'buffer', true], ['tagLength', 'int', false, 255]],
  AesKeyGenParams: [['length', 'int', true, 65535]],
  AesDerivedKeyParams: [['length', 'int', true, 65535]],
  HmacImportParams: [['hash', 'hash', true], ['length', 'int', false, 4294967295]],
  HmacKeyGenParams: [['hash', 'hash', true], ['length', 'int', false, 4294967295]],
  Pbkdf2Params: [['hash', 'hash', true], ['iterations', 'int', true, 4294967295], ['salt', 'buffer', true]],
  HkdfParams: [['hash', 'hash', true], ['info', 'buffer', true], ['salt', 'buffer', true]],
  // Algorithms the sandbox has no keys for: recognized (so a call fails the
  // key check as in Node), never executed.
  AesCbcParams: [['iv', 'buffer', true]],
  AesCtrParams: [['counter', 'buffer', true], ['length', 'int', true, 255]],
  RsaOaepParams: [['label', 'buffer', false]],
  RsaPssParams: [['saltLength', 'int', true, 4294967295]],
  EcdsaParams: [['hash', 'hash', true]],
  Ed448Params: [['context', 'buffer', false]],
  EcdhKeyDeriveParams: [['public', 'key', true]],
};

const SIGN_OPS = { HMAC: null, 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams', Ed25519: null, Ed448: 'Ed448Params' };
const CIPHER_OPS = { 'AES-GCM': 'AesGcmParams', 'AES-CBC': 'AesCbcParams', 'AES-CTR': 'AesCtrParams', 'RSA-OAEP': 'RsaOaepParams' };
const OPS = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: { HMAC: 'HmacKeyGenParams', 'AES-GCM': 'AesKeyGenParams' },
  sign: SIGN_OPS,
  verify: SIGN_OPS,
  importKey: { HMAC: 'HmacImportParams', 'AES-GCM': null, PBKDF2: null, HKDF: null },
  encrypt: CIPHER_OPS,
  decrypt: CIPHER_OPS,
  deriveBits: { PBKDF2: 'Pbkdf2Params', HKDF: 'HkdfParams', ECDH: 'EcdhKeyDeriveParams', X25519: 'EcdhKeyDeriveParams', X448: 'EcdhKeyDeriveParams' },
  getKeyLength: { 'AES-GCM': 'AesDerivedKeyParams', HMAC: 'HmacImportParams', PBKDF2: null, HKDF: null },
  wrapKey: { 'AES-KW': null },
  unwrapKey: { 'AES-KW': null },
};

const NORMALIZE = 'Failed to normalize algorithm';

function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  const rawName = algorithm.name;
  if (rawName === undefined) {
    throw typeErr('ERR_MISSING_OPTION', `${NORMALIZE}: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.`);
  }
  const name = toDOMString(rawName, `${NORMALIZE}: 'name' of 'Algorithm' (passed algorithm)`);
  const registry = OPS[op];
  const upper = name.toUpperCase();
  let canonical;
  for (const key in registry) {
    if (key.toUpperCase() === upper) { canonical = key; break; }
  }
  if (canonical === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  const dictName = registry[canonical];
  const result = { name: canonical };
  if (dictName === null) return result;
  const hashes = [];
  for (const [member, kind, required, max] of DICTS[dictName]) {
    const value = algorithm[member];
    if (value === undefined) {
      if (required) {
        throw typeErr('ERR_MISSING_OPTION', `${NORMALIZE}: passed algorithm can not be converted to '${dictName}' because '${member}' is required in '${dictName}'.`);
      }
      continue;
    }
    const where = `${NORMALIZE}: '${member}' of '${dictName}' (passed algorithm)`;
    if (kind === 'buffer') {
      const bytes = bufferSourceCopy(value);
      if (bytes === undefined) throw typeErr('ERR_INVALID_ARG_TYPE', `${where} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      result[member] = bytes;
    } else if (kind === 'int') {
      if (typeof value === 'symbol' || typeof value === 'bigint') throw typeErr('ERR_INVALID_ARG_TYPE', `${where} is not a finite number.`);
      let n = +value;
      if (!NumberIsFinite(n)) throw typeErr('ERR_INVALID_ARG_TYPE', `${where} is not a finite number.`);
      n = MathTrunc(n) + 0;
      if (n < 0 || n > max) throw typeErr('ERR_OUT_OF_RANGE', `${where} is outside the expected range of 0 to ${max}.`);
      result[member] = n;
    } else if (kind === 'key') {
      if (!keySlots.has(value)) throw typeErr('ERR_INVALID_ARG_TYPE', `${where} is not of type CryptoKey.`);
      result[member] = value;
    } else {
      result[member] = (value !== null && typeof value === 'object') || typeof value === 'function'
        ? value : toDOMString(value, where);
      hashes.push(member);
    }
  }
  for (const member of hashes) result[member] = normalizeAlgorithm(result[member], 'digest');
  return result;
}

function normalizeWrap(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch (_) {
    return normalizeAlgorithm(algorithm, fallback);
  }
}

// ---------------------------------------------------------------- CryptoKey
const kToken = Symbol('kToken');
const keySlots = new WeakMap();

function slotOf(self, type) {
  const s = keySlots.get(self);
  if (s === undefined) throw new codes.ERR_INVALID_THIS(type);
  return s;
}

class CryptoKey {
  constructor(token) {
    if (token !== kToken) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() { return slotOf(this, 'CryptoKey').type; }

  get extractable() { return slotOf(this, 'CryptoKey').extractable; }

  get algorithm() { return slotOf(this, 'CryptoKey').algorithm; }

  get usages() { return slotOf(this, 'CryptoKey').usages; }
}
ObjectDefineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
ObjectDefineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  configurable: true,
  writable: true,
  value: function inspectCryptoKey(depth, options, inspect) {
    if (depth < 0) return this;
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
    const s = slotOf(this, 'CryptoKey');
    return `CryptoKey ${inspect({ type: s.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages }, opts)}`;
  },
});

// The public algorithm and usages objects are handed out as they are (user
// code may change them); operations read the private copies `algo` and `uses`.
function makeKey(algorithm, extractable, usages, data) {
  const key = new CryptoKey(kToken);
  const algo = { name: algorithm.name, hash: algorithm.hash && { name: algorithm.hash.name }, length: algorithm.length };
  keySlots.set(key, { type: 'secret', extractable, algorithm, usages, algo, uses: usages.slice(), data });
  return key;
}

function checkUsages(usages, allowed, message) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError(message, 'SyntaxError');
  }
}

const HMAC_USAGES = ['sign', 'verify'];
const AES_USAGES = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
const KDF_USAGES = ['deriveKey', 'deriveBits'];

// JWK checks shared by HMAC and AES keys, in Node's order.
function checkJwkCommon(jwk, usages, extractable, use) {
  if (jwk.kty === undefined) throw domError('Invalid keyData', 'DataError');
  if (jwk.kty !== 'oct') throw domError('Invalid JWK "kty" Parameter', 'DataError');
  if (jwk.k === undefined) throw domError('Invalid keyData', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw domError('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    const ops = jwk.key_ops;
    for (let i = 0; i < ops.length; i++) {
      if (ops.indexOf(ops[i]) !== i) throw domError('Duplicate key operation', 'DataError');
    }
    for (const u of usages) {
      if (!ops.includes(u)) throw domError('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext === false && extractable) {
    throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
  return base64Decode(jwk.k);
}

// The algorithm-specific part of importKey; `algorithm` is normalized.
function importSecret(format, keyData, algorithm, extractable, usages) {
  const name = algorithm.name;
  if (name === 'HMAC') {
    checkUsages(usages, HMAC_USAGES, 'Unsupported key usage for an HMAC key');
    let data;
    if (format === 'raw') {
      data = keyData;
      if (data.length === 0) throw domError('Zero-length key is not supported', 'DataError');
      if (algorithm.length !== undefined) {
        if (algorithm.length === 0) throw domError('Zero-length key is not supported', 'DataError');
        if (algorithm.length !== data.length * 8) throw domError('Invalid key length', 'DataError');
      }
    } else if (format === 'jwk') {
      data = checkJwkCommon(keyData, usages, extractable, 'sig');
      if (keyData.alg !== undefined && keyData.alg !== HASHES[algorithm.hash.name].jwk) {
        throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
    } else {
      throw domError(`Unable to import HMAC key with format ${format}`);
    }
    return makeKey({ name: 'HMAC', hash: { name: algorithm.hash.name }, length: data.length * 8 }, extractable, usages, data);
  }
  if (name === 'AES-GCM') {
    checkUsages(usages, AES_USAGES, 'Unsupported key usage for an AES key');
    let data;
    if (format === 'raw') {
      data = keyData;
      if (data.length !== 16 && data.length !== 24 && data.length !== 32) throw domError('Invalid key length', 'DataError');
    } else if (format === 'jwk') {
      data = checkJwkCommon(keyData, usages, extractable, 'enc');
      if (data.length !== 16 && data.length !== 24 && data.length !== 32) throw domError('Invalid key length', 'DataError');
      if (keyData.alg !== undefined && keyData.alg !== `A${data.length * 8}GCM`) {
        throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
    } else {
      throw domError(`Unable to import AES key with format ${format}`, 'NotSupportedError');
    }
    return makeKey({ name: 'AES-GCM', length: data.length * 8 }, extractable, usages, data);
  }
  // PBKDF2, HKDF
  if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
  if (format !== 'raw') throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  checkUsages(usages, KDF_USAGES, `Unsupported key usage for a ${name} key`);
  return makeKey({ name }, false, usages, keyData);
}

function exportSecret(format, slot) {
  if (!slot.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const algName = slot.algo.name;
  if (format === 'raw') {
    if (algName === 'HMAC' || algName === 'AES-GCM') return toArrayBuffer(slot.data.slice());
  } else if (format === 'jwk') {
    if (algName === 'HMAC' || algName === 'AES-GCM') {
      return {
        key_ops: slot.uses.slice(),
        ext: slot.extractable,
        kty: 'oct',
        k: base64url(slot.data),
        alg: algName === 'HMAC' ? HASHES[slot.algo.hash.name].jwk : `A${slot.algo.length}GCM`,
      };
    }
  }
  throw domError(`Unable to export a ${format === 'spki' ? 'raw' : format} ${algName} secret key`, 'InvalidAccessError');
}

const GCM_TAG_LENGTHS = [32, 64, 96, 104, 112, 120, 128];

function aesGcm(encrypt, algorithm, slot, data) {
  const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
  if (!GCM_TAG_LENGTHS.includes(tagLength)) {
    throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  if (!encrypt && data.length < tagLength / 8) throw domError('The provided data is too small.', 'OperationError');
  const iv = algorithm.iv;
  if (iv.length < 12) throw opFailed();
  if (iv.length !== 12) {
    throw domError(`AES-GCM with a ${iv.length}-byte iv is not available in the sandbox (12-byte ivs only)`, 'NotSupportedError');
  }
  const aad = algorithm.additionalData || EMPTY;
  try {
    return encrypt ? gcmSeal(slot.data, iv, data, aad, tagLength / 8) : gcmOpen(slot.data, iv, data, aad, tagLength / 8);
  } catch (_) {
    throw opFailed();
  }
}

// The native seals with tags of 12 to 16 bytes: seal with 16 and truncate.
function gcmSeal(key, iv, data, aad, tagBytes) {
  const out = new U8(natives.aesGcm(true, key, iv, data, aad, 16));
  return tagBytes === 16 ? out.buffer : out.slice(0, data.length + tagBytes).buffer;
}

// Shorter tags (4 or 8 bytes) are checked here: GCM encryption is its own
// inverse on the data (an XOR with the key stream), so sealing the ciphertext
// yields the plaintext, and sealing the plaintext again yields the full tag.
function gcmOpen(key, iv, data, aad, tagBytes) {
  if (tagBytes >= 12) return natives.aesGcm(false, key, iv, data, aad, tagBytes);
  const n = data.length - tagBytes;
  const plain = new U8(natives.aesGcm(true, key, iv, data.subarray(0, n), EMPTY, 16)).slice(0, n);
  const sealed = new U8(natives.aesGcm(true, key, iv, plain, aad, 16));
  if (!equalBytes(sealed.subarray(n, n + tagBytes), data.subarray(n))) throw new Error('bad tag');
  return plain.buffer;
}

function cipher(encrypt, algorithm, slot, data, usage) {
  if (algorithm.name !== slot.algo.name || !slot.uses.includes(usage)) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  return aesGcm(encrypt, algorithm, slot, data);
}

const MAX_DERIVE_BYTES = 1 << 30;

function deriveBitsWith(algorithm, slot, length) {
  if (algorithm.name === 'PBKDF2') {
    if (algorithm.iterations === 0) throw domError('iterations cannot be zero', 'OperationError');
    if (length === null) throw domError('length cannot be null', 'OperationError');
    if (length === 0) return new ArrayBuffer(0);
    if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
    if (length / 8 > MAX_DERIVE_BYTES) throw opFailed();
    try {
      return natives.pbkdf2(HASHES[algorithm.hash.name].native, slot.data, algorithm.salt, algorithm.iterations, length / 8);
    } catch (_) {
      throw opFailed();
    }
  }
  // HKDF
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length === 0) return new ArrayBuffer(0);
  if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
  const hash = HASHES[algorithm.hash.name];
  if (length / 8 > hash.size * 255) throw opFailed();
  return toArrayBuffer(hkdfBytes(algorithm.hash.name, slot.data, algorithm.salt, algorithm.info, length / 8));
}

function keyLength(algorithm) {
  if (algorithm.name === 'AES-GCM') {
    if (algorithm.length !== 128 && algorithm.length !== 192 && algorithm.length !== 256) {
      throw domError('Invalid key length', 'OperationError');
    }
    return algorithm.length;
  }
  if (algorithm.name === 'HMAC') {
    if (algorithm.length === undefined) return HASHES[algorithm.hash.name].block * 8;
    if (algorithm.length === 0) throw domError('Invalid key length', 'OperationError');
    return algorithm.length;
  }
  return null;
}

function randomBytes(n) {
  return n === 0 ? new U8(0) : new U8(natives.randomBytes(n));
}

// --------------------------------------------------------------- SubtleCrypto
let subtle;

function checkSubtle(self) {
  if (self !== subtle) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kToken) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  async encrypt(algorithm, key, data) {
    checkSubtle(this);
    requireArgs('encrypt', 3, arguments.length);
    algorithm = argAlgorithm(algorithm, 'encrypt', 0);
    const slot = argCryptoKey(key, 'encrypt', 1);
    data = argBufferSource(data, 'encrypt', 2);
    return cipher(true, normalizeAlgorithm(algorithm, 'encrypt'), slot, data, 'encrypt');
  }

  async decrypt(algorithm, key, data) {
    checkSubtle(this);
    requireArgs('decrypt', 3, arguments.length);
    algorithm = argAlgorithm(algorithm, 'decrypt', 0);
    const slot = argCryptoKey(key, 'decrypt', 1);
    data = argBufferSource(data, 'decrypt', 2);
    return cipher(false, normalizeAlgorithm(algorithm, 'decrypt'), slot, data, 'decrypt');
  }

  async sign(algorithm, key, data) {
    checkSubtle(this);
    requireArgs('sign', 3, arguments.length);
    algorithm = argAlgorithm(algorithm, 'sign', 0);
    const slot = argCryptoKey(key, 'sign', 1);
    data = argBufferSource(data, 'sign', 2);
    algorithm = normalizeAlgorithm(algorithm, 'sign');
    if (algorithm.name !== slot.algo.name || !slot.uses.includes('sign')) {
      throw domError('Unable to use this key to sign', 'InvalidAccessError');
    }
    return natives.hmac(HASHES[slot.algo.hash.name].native, slot.data, data);
  }

  async verify(algorithm, key, signature, data) {
    checkSubtle(this);
    requireArgs('verify', 4, arguments.length);
    algorithm = argAlgorithm(algorithm, 'verify', 0);
    const slot = argCryptoKey(key, 'verify', 1);
    signature = argBufferSource(signature, 'verify', 2);
    data = argBufferSource(data, 'verify', 3);
    algorithm = normalizeAlgorithm(algorithm, 'verify');
    if (algorithm.name !== slot.algo.name || !slot.uses.includes('verify')) {
      throw domError('Unable to use this key to verify', 'InvalidAccessError');
    }
    return equalBytes(hmacBytes(slot.algo.hash.name, slot.data, data), signature);
  }

  async digest(algorithm, data) {
    checkSubtle(this);
    requireArgs('digest', 2, arguments.length);
    algorithm = argAlgorithm(algorithm, 'digest', 0);
    data = argBufferSource(data, 'digest', 1);
    algorithm = normalizeAlgorithm(algorithm, 'digest');
    return natives.hash(HASHES[algorithm.name].native, data);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs('generateKey', 3, arguments.length);
    algorithm = argAlgorithm(algorithm, 'generateKey', 0);
    extractable = !!extractable;
    keyUsages = argUsages(keyUsages, 'generateKey', 2);
    algorithm = normalizeAlgorithm(algorithm, 'generateKey');
    let key;
    if (algorithm.name === 'HMAC') {
      let length = algorithm.length;
      if (length !== undefined && length % 8) {
        throw new codes.ERR_INVALID_ARG_VALUE('algorithm.length', length, 'must be a multiple of 8');
      }
      checkUsages(keyUsages, HMAC_USAGES, 'Unsupported key usage for an HMAC key');
      if (length === undefined) length = HASHES[algorithm.hash.name].block * 8;
      if (length === 0) throw opFailed();
      key = makeKey({ name: 'HMAC', length, hash: { name: algorithm.hash.name } }, extractable, keyUsages, randomBytes(length / 8));
    } else {
      const length = algorithm.length;
      if (length !== 128 && length !== 192 && length !== 256) {
        throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
      checkUsages(keyUsages, AES_USAGES, 'Unsupported key usage for an AES key');
      key = makeKey({ name: 'AES-GCM', length }, extractable, keyUsages, randomBytes(length / 8));
    }
    if (keyUsages.length === 0) throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
    return key;
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs('deriveKey', 5, arguments.length);
    algorithm = argAlgorithm(algorithm, 'deriveKey', 0);
    const slot = argCryptoKey(baseKey, 'deriveKey', 1);
    derivedKeyAlgorithm = argAlgorithm(derivedKeyAlgorithm, 'deriveKey', 2);
    extractable = !!extractable;
    keyUsages = argUsages(keyUsages, 'deriveKey', 4);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    const importAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    const lengthAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, 'getKeyLength');
    if (!slot.uses.includes('deriveKey')) throw domError('baseKey does not have deriveKey usage', 'InvalidAccessError');
    if (slot.algo.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
    const bits = new U8(deriveBitsWith(algorithm, slot, keyLength(lengthAlgorithm)));
    const key = importSecret('raw', bits, importAlgorithm, extractable, keyUsages);
    if (keyUsages.length === 0) throw domError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    return key;
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkSubtle(this);
    requireArgs('deriveBits', 2, arguments.length);
    algorithm = argAlgorithm(algorithm, 'deriveBits', 0);
    const slot = argCryptoKey(baseKey, 'deriveBits', 1);
    if (length !== null && length !== undefined) {
      if (typeof length === 'symbol' || typeof length === 'bigint') {
        throw typeErr('ERR_INVALID_ARG_TYPE', `${prefix('deriveBits')}: 3rd argument is not a finite number.`);
      }
      length = +length;
      length = NumberIsFinite(length) ? MathTrunc(length) % 4294967296 : 0;
      if (length < 0) length += 4294967296;
      length += 0;
    } else {
      length = null;
    }
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    if (!slot.uses.includes('deriveBits')) throw domError('baseKey does not have deriveBits usage', 'InvalidAccessError');
    if (slot.algo.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
    return deriveBitsWith(algorithm, slot, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs('importKey', 4, arguments.length);
    format = argEnum(format, 'importKey', 0, KEY_FORMATS, 'KeyFormat');
    keyData = format === 'jwk' ? argJwk(keyData, 'importKey', 1) : argBufferSource(keyData, 'importKey', 1);
    algorithm = argAlgorithm(algorithm, 'importKey', 2);
    extractable = !!extractable;
    keyUsages = argUsages(keyUsages, 'importKey', 4);
    algorithm = normalizeAlgorithm(algorithm, 'importKey');
    const key = importSecret(format, keyData, algorithm, extractable, keyUsages);
    if (keyUsages.length === 0) throw domError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    return key;
  }

  async exportKey(format, key) {
    checkSubtle(this);
    requireArgs('exportKey', 2, arguments.length);
    format = argEnum(format, 'exportKey', 0, KEY_FORMATS, 'KeyFormat');
    const slot = argCryptoKey(key, 'exportKey', 1);
    return exportSecret(format, slot);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkSubtle(this);
    requireArgs('wrapKey', 4, arguments.length);
    format = argEnum(format, 'wrapKey', 0, KEY_FORMATS, 'KeyFormat');
    argCryptoKey(key, 'wrapKey', 1);
    const wrappingSlot = argCryptoKey(wrappingKey, 'wrapKey', 2);
    wrapAlgorithm = argAlgorithm(wrapAlgorithm, 'wrapKey', 3);
    wrapAlgorithm = normalizeWrap(wrapAlgorithm, 'wrapKey', 'encrypt');
    let data = await this.exportKey(format, key);
    data = format === 'jwk' ? new TextEncoderCtor().encode(JSONStringify(data)) : new U8(data);
    return cipher(true, wrapAlgorithm, wrappingSlot, data, 'wrapKey');
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    checkSubtle(this);
    requireArgs('unwrapKey', 7, arguments.length);
    format = argEnum(format, 'unwrapKey', 0, KEY_FORMATS, 'KeyFormat');
    wrappedKey = argBufferSource(wrappedKey, 'unwrapKey', 1);
    const unwrappingSlot = argCryptoKey(unwrappingKey, 'unwrapKey', 2);
    unwrapAlgorithm = argAlgorithm(unwrapAlgorithm, 'unwrapKey', 3);
    unwrappedKeyAlgorithm = argAlgorithm(unwrappedKeyAlgorithm, 'unwrapKey', 4);
    extractable = !!extractable;
    keyUsages = argUsages(keyUsages, 'unwrapKey', 6);
    unwrapAlgorithm = normalizeWrap(unwrapAlgorithm, 'unwrapKey', 'decrypt');
    let keyData = cipher(false, unwrapAlgorithm, unwrappingSlot, wrappedKey, 'unwrapKey');
    if (format === 'jwk') {
      try {
        keyData = JSONParse(new TextDecoderCtor().decode(keyData));
      } catch (_) {
        throw domError('Invalid wrapped JWK key', 'DataError');
      }
    }
    return this.importKey(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
  }
}
ObjectDefineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const TextEncoderCtor = TextEncoder;
const TextDecoderCtor = TextDecoder;

// --------------------------------------------------------------------- Crypto
const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
let crypto;

function checkCrypto(self) {
  if (self !== crypto) throw new codes.ERR_INVALID_THIS('Crypto');
}

function hex2(b) {
  return (b < 16 ? '0' : '') + b.toString(16);
}

class Crypto {
  constructor(token) {
    if (token !== kToken) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    checkCrypto(this);
    return subtle;
  }

  getRandomValues(array) {
    checkCrypto(this);
    const tag = ArrayBufferIsView(array) ? typedArrayTag.call(array) : undefined;
    if (!INTEGER_ARRAYS.includes(tag)) {
      throw domError('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw domError('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    if (array.byteLength > 0) {
      new U8(array.buffer, array.byteOffset, array.byteLength).set(new U8(natives.randomBytes(array.byteLength)));
    }
    return array;
  }

  randomUUID() {
    checkCrypto(this);
    return randomUUIDString();
  }
}
ObjectDefineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

function randomUUIDString() {
  const b = new U8(natives.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += hex2(b[i]);
  }
  return s;
}

subtle = new SubtleCrypto(kToken);
crypto = new Crypto(kToken);

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto };
ObjectDefineProperty(module.exports, 'isCryptoKey', { value: (v) => keySlots.has(v) });
ObjectDefineProperty(module.exports, 'secretKeyBytes', {
  value: (k) => { const s = keySlots.get(k); return s === undefined ? undefined : s.data.slice(); },
});
