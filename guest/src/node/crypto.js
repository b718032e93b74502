// crypto: Node's `crypto` module over the sandbox natives (internal.hash,
// hmac, pbkdf2, scrypt, aesGcm, randomBytes). The natives are one-shot, so
// Hash/Hmac/Cipheriv buffer their input in JavaScript and hand it over whole;
// JavaScript never computes a digest itself.
//
// Available: randomBytes/randomFill(Sync)/randomInt/randomUUID/getRandomValues,
// createHash/hash (md5, sha1, sha224, sha256, sha384, sha512 and OpenSSL's
// aliases), createHmac, pbkdf2(Sync), scrypt(Sync), hkdf(Sync),
// timingSafeEqual, createSecretKey/KeyObject (secret keys), generateKey(Sync)
// for 'hmac'/'aes', createCipheriv/createDecipheriv for aes-{128,192,256}-gcm,
// getHashes/getCiphers/getCipherInfo/getCurves, webcrypto/subtle.
// Everything needing algorithms the natives lack (RSA, EC, DH, other ciphers
// and digests, X.509) throws an Error with code ERR_FEATURE_UNAVAILABLE_IN_SANDBOX.
'use strict';

const natives = internal;
const { Buffer } = require('buffer');
const {
  codes, E,
  validateString, validateNumber, validateInteger, validateInt32, validateUint32,
  validateFunction, validateObject, validateBoolean, validateOneOf, validateEncoding,
} = require('internal/errors');

const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectPrototypeToString = Object.prototype.toString;
const ArrayBufferIsView = ArrayBuffer.isView;
const NumberIsSafeInteger = Number.isSafeInteger;
const NumberIsInteger = Number.isInteger;
const MathMin = Math.min;
const MathMax = Math.max;
const StringCtor = String;
const U8 = Uint8Array;
const EMPTY = new U8(0);
const defer = typeof setImmediate === 'function' ? setImmediate : (fn) => setTimeout(fn, 0);

const kMaxInt32 = 2147483647;
const kMaxLength = 4294967296;

// ------------------------------------------------------------------ errors
if (!codes.ERR_FEATURE_UNAVAILABLE_IN_SANDBOX) E('ERR_FEATURE_UNAVAILABLE_IN_SANDBOX', '%s', Error);
if (!codes.ERR_CRYPTO_INVALID_AUTH_TAG) E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);

function withMessage(err, message) {
  ObjectDefineProperty(err, 'message', { value: message, writable: true, enumerable: false, configurable: true });
  return err;
}

function unavailable(what, why) {
  const message = `${what} is not available in the sandbox (${why})`;
  return withMessage(new codes.ERR_FEATURE_UNAVAILABLE_IN_SANDBOX(message), message);
}

function invalidState(message) {
  return withMessage(new codes.ERR_CRYPTO_INVALID_STATE('x'), message);
}

function plainError(message, code) {
  const e = new Error(message);
  if (code !== undefined) ObjectDefineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return e;
}

// ---------------------------------------------------------------- bytes
function isAnyArrayBuffer(v) {
  const tag = ObjectPrototypeToString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

function viewBytes(v) {
  if (isAnyArrayBuffer(v)) return new U8(v);
  return new U8(v.buffer, v.byteOffset, v.byteLength);
}

function copyBytes(v) {
  return viewBytes(v).slice();
}

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null) return undefined;
  switch (StringCtor(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'buffer': return 'buffer';
    default: return undefined;
  }
}

// A string's bytes as the natives' callers in Node decode them: unknown
// encodings mean UTF-8, ASCII means Latin-1.
function stringBytes(str, encoding) {
  let enc = normalizeEncoding(encoding);
  if (enc === undefined || enc === 'buffer') enc = 'utf8';
  else if (enc === 'ascii') enc = 'latin1';
  return viewBytes(Buffer.from(str, enc));
}

function encodeOutput(buf, encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined || enc === 'buffer') return buf;
  return buf.toString(enc);
}

// string | ArrayBuffer | view -> bytes (no copy), as Node's getArrayBufferOrView.
function arrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return new U8(value);
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return viewBytes(Buffer.from(value, encoding));
  }
  if (!ArrayBufferIsView(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return viewBytes(value);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function concatChunks(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new U8(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

// --------------------------------------------------------------- digests
const SUPPORTED = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const DIGEST_SIZE = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };
const DIGESTS = new Map();
{
  const oids = { md5: '1.2.840.113549.2.5', sha1: '1.3.14.3.2.26', sha224: '2.16.840.1.101.3.4.2.4',
    sha256: '2.16.840.1.101.3.4.2.1', sha384: '2.16.840.1.101.3.4.2.2', sha512: '2.16.840.1.101.3.4.2.3' };
  for (const alg of SUPPORTED) {
    DIGESTS.set(alg, alg);
    DIGESTS.set(`rsa-${alg}`, alg);
    DIGESTS.set(`${alg}withrsaencryption`, alg);
    DIGESTS.set(oids[alg], alg);
    if (alg !== 'md5') {
      DIGESTS.set(`sha-${alg.slice(3)}`, alg);
      if (alg !== 'sha1') DIGESTS.set(`sha2-${alg.slice(3)}`, alg);
    }
  }
  DIGESTS.set('ssl3-md5', 'md5');
  DIGESTS.set('ssl3-sha1', 'sha1');
  DIGESTS.set('rsa-sha1-2', 'sha1');
}
// Digests Node (OpenSSL) has and the sandbox does not.
const FOREIGN_DIGEST = /^(md4|md5-sha1|mdc2|ripemd|ripemd160|rmd160|rsa-ripemd160|ripemd160withrsa|whirlpool|sm3|rsa-sm3|sm3withrsaencryption|shake128|shake256|blake2b512|blake2s256|(rsa-|id-rsassa-pkcs1-v1_5-with-)?sha3-(224|256|384|512)|(rsa-)?sha-?512[-/](224|256)|sha2-512\/(224|256)|sha512-(224|256)withrsaencryption)$/;
const SUPPORTED_TEXT = `supported digests: ${SUPPORTED.join(', ')}`;

// Name -> native digest name, undefined when OpenSSL would not know it either.
function lookupDigest(name, fn) {
  const lower = StringCtor(name).toLowerCase();
  const alg = DIGESTS.get(lower);
  if (alg !== undefined) return alg;
  if (FOREIGN_DIGEST.test(lower)) throw unavailable(`${fn}: digest '${name}'`, SUPPORTED_TEXT);
  return undefined;
}

// ------------------------------------------------------------ LazyTransform
// Hash, Hmac, Cipheriv and Decipheriv are stream.Transforms, as in Node, but
// the stream module is loaded only when a stream method is first used: until
// then the shared prototype holds stubs that load it and re-dispatch.
const STREAM_METHODS = ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', 'destroy', 'push', 'unshift',
  'isPaused', 'setEncoding', 'read', 'pipe', 'unpipe', 'on', 'addListener', 'removeListener', 'off',
  'removeAllListeners', 'resume', 'pause', 'wrap', 'iterator', 'compose', 'drop', 'filter', 'flatMap', 'map',
  'take', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find', 'eventNames', 'setMaxListeners',
  'getMaxListeners', 'emit', 'prependListener', 'once', 'prependOnceListener', 'listeners', 'rawListeners',
  'listenerCount', Symbol.asyncIterator];
const STREAM_ACCESSORS = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain', 'destroyed',
  'readable', 'readableDidRead', 'readableAborted', 'readableHighWaterMark', 'readableBuffer', 'readableFlowing',
  'readableLength', 'readableObjectMode', 'readableEncoding', 'errored', 'closed', 'readableEnded', 'writableAborted'];
const kStreamInit = Symbol('kStreamInit');

function LazyTransform(options) {
  this._options = options;
}
const lazyProto = LazyTransform.prototype;
let streamLoaded = false;

function loadStream() {
  if (streamLoaded) return;
  const { Transform } = require('stream');
  streamLoaded = true;
  for (const name of STREAM_METHODS) delete lazyProto[name];
  for (const name of STREAM_ACCESSORS) delete lazyProto[name];
  ObjectSetPrototypeOf(lazyProto, Transform.prototype);
  for (const name of ['_readableState', '_writableState', '_transformState']) {
    ObjectDefineProperty(lazyProto, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (!this[kStreamInit]) {
          ObjectDefineProperty(this, kStreamInit, { value: true });
          Transform.call(this, this._options);
          if (this._writableState) this._writableState.decodeStrings = false;
        }
        const own = ObjectGetOwnPropertyDescriptor(this, name);
        return own ? own.value : undefined;
      },
      set(value) {
        ObjectDefineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
}

for (const name of STREAM_METHODS) {
  ObjectDefineProperty(lazyProto, name, {
    configurable: true,
    writable: true,
    value: function (...args) {
      loadStream();
      return this[name](...args);
    },
  });
}
for (const name of STREAM_ACCESSORS) {
  ObjectDefineProperty(lazyProto, name, {
    configurable: true,
    get() { loadStream(); return this[name]; },
    set(value) { loadStream(); this[name] = value; },
  });
}

// ------------------------------------------------------------------ Hash
const kHash = Symbol('kHash');

function checkOutputLength(options, alg) {
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) {
    validateUint32(xofLen, 'options.outputLength');
    if (alg !== undefined && xofLen !== DIGEST_SIZE[alg]) {
      throw plainError('error:030000B2:digital envelope routines::not XOF or invalid length', 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
    }
  }
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  const alg = lookupDigest(algorithm, 'crypto.createHash');
  if (alg === undefined) throw new Error('Digest method not supported');
  checkOutputLength(options, alg);
  this[kHash] = { alg, chunks: [], total: 0, finalized: false };
  LazyTransform.call(this, options);
}
ObjectSetPrototypeOf(Hash.prototype, lazyProto);

Hash.prototype.copy = function copy(options) {
  const state = this[kHash];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  checkOutputLength(options, state.alg);
  const h = new Hash(state.alg, options);
  h[kHash].chunks = state.chunks.slice();
  h[kHash].total = state.total;
  return h;
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

function updateChunks(state, data, encoding) {
  let bytes;
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    bytes = stringBytes(data, encoding);
  } else if (ArrayBufferIsView(data)) {
    bytes = copyBytes(data);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (bytes.length > 0) {
    state.chunks.push(bytes);
    state.total += bytes.length;
  }
}

function takeInput(state) {
  const all = concatChunks(state.chunks, state.total);
  state.chunks = all.length ? [all] : [];
  return all;
}

Hash.prototype.update = function update(data, encoding) {
  const state = this[kHash];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  updateChunks(state, data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kHash];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  const out = Buffer.from(natives.hash(state.alg, takeInput(state)));
  state.finalized = true;
  state.chunks = [];
  return encodeOutput(out, outputEncoding);
};

// ------------------------------------------------------------------ Hmac
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (key instanceof KeyObject) {
      if (key.type !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return keyObjectData.get(key);
    }
    if (key !== null && typeof key === 'object' && !ArrayBufferIsView(key) && !isAnyArrayBuffer(key)) {
      const wc = require('internal/webcrypto');
      if (wc.isCryptoKey(key)) {
        if (key.type !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
        return wc.secretKeyBytes(key);
      }
    }
  }
  if (typeof key !== 'string' && !ArrayBufferIsView(key) && !isAnyArrayBuffer(key)) {
    throw new codes.ERR_INVALID_ARG_TYPE('key',
      bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']
        : ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
      key);
  }
  return copyBytes(arrayBufferOrView(key, 'key', encoding));
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  const keyBytes = prepareSecretKey(key, encoding);
  const alg = lookupDigest(hmac, 'crypto.createHmac');
  if (alg === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHash] = { alg, key: keyBytes, chunks: [], total: 0, finalized: false };
  LazyTransform.call(this, options);
}
ObjectSetPrototypeOf(Hmac.prototype, lazyProto);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kHash];
  outputEncoding = outputEncoding || 'buffer';
  if (state.finalized) {
    const empty = Buffer.alloc(0);
    return outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  const out = Buffer.from(natives.hmac(state.alg, state.key, takeInput(state)));
  state.finalized = true;
  state.chunks = [];
  state.key = EMPTY;
  return encodeOutput(out, outputEncoding);
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBufferIsView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = outputEncoding === '' ? 'utf8' : normalizeEncoding(outputEncoding);
    if (normalized === undefined) throw new codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const alg = lookupDigest(algorithm, 'crypto.hash');
  if (alg === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  const bytes = typeof input === 'string' ? stringBytes(input, 'utf8') : viewBytes(input);
  const out = Buffer.from(natives.hash(alg, bytes));
  return normalized === 'buffer' ? out : out.toString(normalized);
}

// ---------------------------------------------------------------- random
function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = MathMin(length, kMaxInt32);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxInt32 || size < 0) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxInt32}`, size);
  }
  if (size + offset > length) {
    throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function fillRandom(bytes) {
  const CHUNK = 65536;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const n = MathMin(CHUNK, bytes.length - at);
    bytes.set(new U8(natives.randomBytes(n)), at);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  fillRandom(viewBytes(buf));
  if (callback === undefined) return buf;
  defer(() => callback(null, buf));
}

function checkFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBufferIsView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  fillRandom(viewBytes(buf).subarray(offset, offset + size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  fillRandom(viewBytes(buf).subarray(offset, offset + size));
  defer(() => callback(null, buf));
}

const RAND_MAX = 0xFFFFFFFFFFFF; // 2**48 - 1

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!NumberIsSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit values, so every result is equally likely.
  const limit = RAND_MAX - (RAND_MAX % range);
  let n;
  for (;;) {
    const b = new U8(natives.randomBytes(6));
    const x = ((b[0] * 256 + b[1]) * 256 + b[2]) * 16777216 + ((b[3] << 16) | (b[4] << 8) | b[5]);
    if (x < limit) { n = min + (x % range); break; }
  }
  if (isSync) return n;
  defer(() => callback(null, n));
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  // No entropy cache: a cache could be captured in a snapshot and replayed.
  const b = new U8(natives.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  }
  return s;
}

function getRandomValues(array) {
  const { crypto } = require('internal/webcrypto');
  return crypto.getRandomValues(array);
}

// ------------------------------------------------------------ KDFs etc.
function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = arrayBufferOrView(password, 'password');
  salt = arrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Run({ password, salt, iterations, keylen, digest }, fn) {
  const alg = lookupDigest(digest, fn);
  if (alg === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  return () => (keylen === 0 ? Buffer.alloc(0)
    : Buffer.from(natives.pbkdf2(alg, password, salt, iterations, keylen)));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return pbkdf2Run(pbkdf2Check(password, salt, iterations, keylen, digest), 'crypto.pbkdf2Sync')();
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  args.password = args.password.slice();
  args.salt = args.salt.slice();
  const job = pbkdf2Run(args, 'crypto.pbkdf2');
  runJob(job, callback);
}

function runJob(job, callback) {
  defer(() => {
    let result;
    try {
      result = job();
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = arrayBufferOrView(password, 'password');
  salt = arrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = SCRYPT_DEFAULTS;
  if (options && options !== SCRYPT_DEFAULTS) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = SCRYPT_DEFAULTS.N;
    if (r === 0) r = SCRYPT_DEFAULTS.r;
    if (p === 0) p = SCRYPT_DEFAULTS.p;
    if (maxmem === 0) maxmem = SCRYPT_DEFAULTS.maxmem;
  }
  checkScryptParams(N, r, p, maxmem);
  return { password, salt, keylen, N, r, p };
}

// The parameter limits of OpenSSL's scrypt, which Node applies.
function checkScryptParams(N, r, p, maxmem) {
  const bad = () => new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  const memory = () => withMessage(new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(),
    'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  if (r === 0 || p === 0 || N < 2 || !NumberIsInteger(Math.log2(N))) throw bad();
  const bN = BigInt(N), bR = BigInt(r), bP = BigInt(p);
  if (bP * bR >= 0x3FFFFFFFn) throw memory();
  if (16 * r <= 63 && bN >= (1n << BigInt(16 * r))) throw memory();
  const bLen = bP * 128n * bR;
  if (bLen > 0x7FFFFFFFn) throw memory();
  const vLen = 128n * bR * (bN + 2n);
  if (bLen + vLen > BigInt(maxmem)) throw memory();
}

function scryptRun({ password, salt, keylen, N, r, p }) {
  return () => (keylen === 0 ? Buffer.alloc(0)
    : Buffer.from(natives.scrypt(password, salt, N, r, p, keylen)));
}

function scryptSync(password, salt, keylen, options = SCRYPT_DEFAULTS) {
  return scryptRun(scryptCheck(password, salt, keylen, options))();
}

function scrypt(password, salt, keylen, options, callback = SCRYPT_DEFAULTS) {
  if (callback === SCRYPT_DEFAULTS) {
    callback = options;
    options = SCRYPT_DEFAULTS;
  }
  const args = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  args.password = args.password.slice();
  args.salt = args.salt.slice();
  runJob(scryptRun(args), callback);
}

function hkdfByteSource(value, name) {
  if (typeof value === 'string') return stringBytes(value, 'utf8');
  if (!ArrayBufferIsView(value) && !isAnyArrayBuffer(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
  }
  return copyBytes(value);
}

function hkdfCheck(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  if (ikm instanceof KeyObject) {
    if (ikm.type !== 'secret') throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(ikm.type, 'secret');
    ikm = keyObjectData.get(ikm);
  } else if (typeof ikm === 'string' || ArrayBufferIsView(ikm) || isAnyArrayBuffer(ikm)) {
    ikm = hkdfByteSource(ikm, 'ikm');
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], ikm);
  }
  salt = hkdfByteSource(salt, 'salt');
  info = hkdfByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, ikm, salt, info, length };
}

function hkdfJob({ digest, ikm, salt, info, length }, fn) {
  const alg = lookupDigest(digest, fn);
  if (alg === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  if (DIGEST_SIZE[alg] * 255 < length) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  return () => hkdfBytes(alg, ikm, salt, info, length);
}

function hkdfBytes(alg, ikm, salt, info, length) {
  const out = new U8(length);
  if (length === 0) return out.buffer;
  const prk = new U8(natives.hmac(alg, salt, ikm));
  let prev = EMPTY;
  for (let i = 1, filled = 0; filled < length; i++) {
    const input = new U8(prev.length + info.length + 1);
    input.set(prev, 0);
    input.set(info, prev.length);
    input[input.length - 1] = i;
    prev = new U8(natives.hmac(alg, prk, input));
    const take = MathMin(prev.length, length - filled);
    out.set(prev.subarray(0, take), filled);
    filled += take;
  }
  return out.buffer;
}

function hkdfSync(digest, ikm, salt, info, length) {
  return hkdfJob(hkdfCheck(digest, ikm, salt, info, length), 'crypto.hkdfSync')();
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const args = hkdfCheck(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  runJob(hkdfJob(args, 'crypto.hkdf'), callback);
}

function timingSafeEqual(buf1, buf2) {
  const check = (v, name) => {
    if (!ArrayBufferIsView(v) && !isAnyArrayBuffer(v)) {
      const e = new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
      throw withMessage(e, `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    return viewBytes(v);
  };
  const a = check(buf1, 'buf1');
  const b = check(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// -------------------------------------------------------------- KeyObject
const keyObjectData = new WeakMap();
const kKeyToken = Symbol('kKeyToken');
const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new codes.ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || handle.token !== kKeyToken) {
      throw new codes.ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    keyObjectData.set(this, handle.data);
    ObjectDefineProperty(this, kKeyType, { value: type, enumerable: true });
  }

  static from(key) {
    const wc = require('internal/webcrypto');
    if (!wc.isCryptoKey(key)) throw new codes.ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return new SecretKeyObject({ token: kKeyToken, data: wc.secretKeyBytes(key) });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = keyObjectData.get(this);
    const b = keyObjectData.get(otherKeyObject);
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
}
ObjectDefineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return keyObjectData.get(this).length;
  }

  export(options) {
    if (options !== undefined) validateObject(options, 'options');
    const format = options === undefined ? undefined : options.format;
    const data = keyObjectData.get(this);
    if (format === 'jwk') return { kty: 'oct', k: Buffer.from(data).toString('base64url') };
    if (format === undefined || format === 'buffer') return Buffer.from(data);
    throw new codes.ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
  }
}

function createSecretKey(key, encoding) {
  const data = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject({ token: kKeyToken, data });
}

function generateKeyBytes(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, kMaxInt32);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new codes.ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const data = new U8(Math.floor(length / 8));
  fillRandom(data);
  return new SecretKeyObject({ token: kKeyToken, data });
}

function generateKeySync(type, options) {
  return generateKeyBytes(type, options);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = generateKeyBytes(type, options);
  defer(() => callback(null, key));
}

// ---------------------------------------------------------- AES-GCM ciphers
// The native does AES-GCM in one shot. Streaming is rebuilt on top of it:
// GCM encrypts by XOR with an AES-CTR keystream that depends only on key and
// IV, so the keystream is the encryption of zeros, and update() can return
// output at once; the tag is computed in final() over the buffered plaintext.
const GCM_CIPHERS = {
  'aes-128-gcm': 16, 'aes-192-gcm': 24, 'aes-256-gcm': 32,
  'id-aes128-gcm': 16, 'id-aes192-gcm': 24, 'id-aes256-gcm': 32,
};
const GCM_TAG_LENGTHS = [4, 8, 12, 13, 14, 15, 16];
const FOREIGN_CIPHER = /^(aes|aria|camellia|chacha20|des|des3|desx|bf|blowfish|cast|cast5|idea|rc2|rc4|rc5|seed|sm4|id-aes|id-smime)([-_0-9]|$)/i;
const CIPHER_TEXT = 'supported ciphers: aes-128-gcm, aes-192-gcm, aes-256-gcm';
const kCipher = Symbol('kCipher');

function initCipher(self, encrypt, cipher, key, iv, options) {
  const fn = encrypt ? 'crypto.createCipheriv' : 'crypto.createDecipheriv';
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  const keyBytes = prepareSecretKey(key, encoding);
  const ivBytes = iv === null ? null : copyBytes(arrayBufferOrView(iv, 'iv'));
  const keyLength = GCM_CIPHERS[cipher.toLowerCase()];
  if (keyLength === undefined) {
    if (FOREIGN_CIPHER.test(cipher)) throw unavailable(`${fn}: cipher '${cipher}'`, CIPHER_TEXT);
    throw new codes.ERR_CRYPTO_UNKNOWN_CIPHER();
  }
  if (ivBytes === null || ivBytes.length === 0) throw new codes.ERR_CRYPTO_INVALID_IV();
  let authTagLength;
  if (options != null && options.authTagLength !== undefined) {
    authTagLength = options.authTagLength;
    if (!NumberIsInteger(authTagLength) || authTagLength < 0 || authTagLength > kMaxInt32) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.authTagLength', authTagLength);
    }
    if (!GCM_TAG_LENGTHS.includes(authTagLength)) throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
  }
  if (keyBytes.length !== keyLength) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  if (ivBytes.length !== 12) {
    throw unavailable(`${fn}: AES-GCM with a ${ivBytes.length}-byte iv`, '12-byte ivs only');
  }
  self[kCipher] = {
    encrypt, key: keyBytes, iv: ivBytes, authTagLength,
    aad: [], aadTotal: 0, chunks: [], total: 0, keystream: EMPTY,
    started: false, finalized: false, tag: undefined,
  };
  self._decoder = null;
  LazyTransform.call(self, options);
}

function keystream(state, needed) {
  if (state.keystream.length < needed) {
    const length = MathMax(needed, state.keystream.length * 2, 256);
    const out = new U8(natives.aesGcm(true, state.key, state.iv, new U8(length), EMPTY, 16));
    state.keystream = out.subarray(0, length);
  }
  return state.keystream;
}

function computeTag(state) {
  const plain = concatChunks(state.chunks, state.total);
  const aad = concatChunks(state.aad, state.aadTotal);
  const out = new U8(natives.aesGcm(true, state.key, state.iv, plain, aad, 16));
  return out.subarray(out.length - 16);
}

// A minimal StringDecoder for the output encodings of update()/final().
class OutputDecoder {
  constructor(encoding) {
    this.encoding = encoding;
    this.pending = EMPTY;
  }

  write(bytes) {
    let all = bytes;
    if (this.pending.length) {
      all = new U8(this.pending.length + bytes.length);
      all.set(this.pending, 0);
      all.set(bytes, this.pending.length);
    }
    let keep = 0;
    const enc = this.encoding;
    if (enc === 'base64' || enc === 'base64url') keep = all.length % 3;
    else if (enc === 'utf16le') keep = all.length % 2;
    else if (enc === 'utf8') keep = incompleteUtf8(all);
    this.pending = all.slice(all.length - keep);
    return Buffer.from(all.buffer, all.byteOffset, all.length - keep).toString(enc);
  }

  end(bytes) {
    let s = bytes && bytes.length ? this.write(bytes) : '';
    if (this.pending.length) {
      const rest = this.pending;
      this.pending = EMPTY;
      if (this.encoding === 'utf8') s += '\ufffd';
      else if (this.encoding !== 'utf16le') s += Buffer.from(rest).toString(this.encoding);
    }
    return s;
  }
}

// How many trailing bytes start a UTF-8 sequence that is not complete yet.
function incompleteUtf8(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= MathMin(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function decodeOutput(self, bytes, outputEncoding, end) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (!outputEncoding || outputEncoding === 'buffer') return buf;
  const enc = normalizeEncoding(outputEncoding);
  if (self._decoder === null) {
    if (enc === undefined || enc === 'buffer') throw new codes.ERR_UNKNOWN_ENCODING(outputEncoding);
    self._decoder = new OutputDecoder(enc);
  } else if (self._decoder.encoding !== enc) {
    if (enc === undefined) throw new codes.ERR_UNKNOWN_ENCODING(outputEncoding);
    throw plainError('Cannot change encoding\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n', 'ERR_INTERNAL_ASSERTION');
  }
  return end ? self._decoder.end(bytes) : self._decoder.write(bytes);
}

const cipherMethods = {
  update(data, inputEncoding, outputEncoding) {
    const state = this[kCipher];
    let bytes;
    if (typeof data === 'string') {
      validateEncoding(data, inputEncoding);
      bytes = stringBytes(data, inputEncoding);
    } else if (ArrayBufferIsView(data)) {
      bytes = viewBytes(data);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (state.finalized) throw new Error('Trying to add data in unsupported state');
    state.started = true;
    const ks = keystream(state, state.total + bytes.length);
    const out = new U8(bytes.length);
    for (let i = 0, k = state.total; i < bytes.length; i++, k++) out[i] = bytes[i] ^ ks[k];
    const plain = state.encrypt ? bytes.slice() : out.slice();
    if (plain.length) {
      state.chunks.push(plain);
      state.total += plain.length;
    }
    return decodeOutput(this, out, outputEncoding, false);
  },

  final(outputEncoding) {
    const state = this[kCipher];
    if (state.finalized) throw invalidState('Invalid state');
    state.finalized = true;
    const tag = computeTag(state);
    state.chunks = [];
    state.keystream = EMPTY;
    if (state.encrypt) {
      state.tag = tag.slice(0, state.authTagLength === undefined ? 16 : state.authTagLength);
    } else {
      const expected = state.tag;
      let ok = expected !== undefined;
      if (ok) {
        let diff = 0;
        for (let i = 0; i < expected.length; i++) diff |= expected[i] ^ tag[i];
        ok = diff === 0;
      }
      if (!ok) throw new Error('Unsupported state or unable to authenticate data');
    }
    return decodeOutput(this, EMPTY, outputEncoding, true);
  },

  setAutoPadding(ap) {
    if (this[kCipher].finalized) throw new codes.ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },

  setAAD(buffer, options) {
    const state = this[kCipher];
    const encoding = getStringOption(options, 'encoding');
    if (options && options.plaintextLength !== undefined) validateUint32(options.plaintextLength, 'options.plaintextLength');
    const bytes = copyBytes(arrayBufferOrView(buffer, 'aadbuf', encoding));
    if (state.finalized || state.started) throw new codes.ERR_CRYPTO_INVALID_STATE('setAAD');
    if (bytes.length) {
      state.aad.push(bytes);
      state.aadTotal += bytes.length;
    }
    return this;
  },

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, true, cipher, key, iv, options);
}
ObjectSetPrototypeOf(Cipheriv.prototype, lazyProto);
Object.assign(Cipheriv.prototype, cipherMethods);
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kCipher];
  if (!state.finalized || state.tag === undefined) throw new codes.ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(state.tag);
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, false, cipher, key, iv, options);
}
ObjectSetPrototypeOf(Decipheriv.prototype, lazyProto);
Object.assign(Decipheriv.prototype, cipherMethods);
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const state = this[kCipher];
  const tag = copyBytes(arrayBufferOrView(tagbuf, 'buffer', encoding));
  if (state.finalized || state.tag !== undefined) throw new codes.ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const valid = state.authTagLength === undefined ? GCM_TAG_LENGTHS.includes(tag.length) : tag.length === state.authTagLength;
  if (!valid) throw new codes.ERR_CRYPTO_INVALID_AUTH_TAG(tag.length);
  state.tag = tag;
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

const CIPHER_INFO = {
  16: { mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 12, keyLength: 16 },
  24: { mode: 'gcm', name: 'id-aes192-gcm', nid: 898, blockSize: 1, ivLength: 12, keyLength: 24 },
  32: { mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32 },
};

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let info;
  if (typeof nameOrNid === 'number') {
    for (const k in CIPHER_INFO) if (CIPHER_INFO[k].nid === nameOrNid) info = CIPHER_INFO[k];
  } else {
    info = CIPHER_INFO[GCM_CIPHERS[nameOrNid.toLowerCase()]];
  }
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  const result = { ...info };
  if (ivLength !== undefined) {
    if (ivLength < 1 || ivLength > 128) return undefined;
    result.ivLength = ivLength;
  }
  return result;
}

// ------------------------------------------------------ unavailable parts
function unavailableFunction(name, why) {
  const fn = {
    [name]() { throw unavailable(`crypto.${name}`, why); },
  }[name];
  return fn;
}

function unavailableClass(name, why) {
  const C = {
    [name]: function () { throw unavailable(`crypto.${name}`, why); },
  }[name];
  return C;
}

const NO_ASYMMETRIC = 'no RSA/EC implementation';
const NO_RSA = 'no RSA implementation';
const NO_DH = 'no Diffie-Hellman implementation';
const NO_EC = 'no EC implementation';
const NO_PRIME = 'no prime generation or testing';
const NO_X509 = 'no X.509 implementation';
const NO_LEGACY_CIPHER = 'no legacy password-based ciphers; use createCipheriv with aes-*-gcm';

function setFips(bool) {
  if (bool) throw unavailable('crypto.setFips', 'no FIPS provider');
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

const constants = Object.assign(Object.create(null), {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4, DH_NOT_SUITABLE_GENERATOR: 8,
});

const HASH_NAMES = ['RSA-MD5', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
  'md5', 'md5WithRSAEncryption', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256',
  'sha256WithRSAEncryption', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512WithRSAEncryption',
  'ssl3-md5', 'ssl3-sha1'];
const CIPHER_NAMES = ['aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'id-aes128-GCM', 'id-aes192-GCM', 'id-aes256-GCM'];

// ---------------------------------------------------------------- exports
module.exports = {
  checkPrime: unavailableFunction('checkPrime', NO_PRIME),
  checkPrimeSync: unavailableFunction('checkPrimeSync', NO_PRIME),
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: unavailableFunction('createDiffieHellman', NO_DH),
  createDiffieHellmanGroup: unavailableFunction('createDiffieHellmanGroup', NO_DH),
  createECDH: unavailableFunction('createECDH', NO_EC),
  createHash,
  createHmac,
  createPrivateKey: unavailableFunction('createPrivateKey', NO_ASYMMETRIC),
  createPublicKey: unavailableFunction('createPublicKey', NO_ASYMMETRIC),
  createSecretKey,
  createSign: unavailableFunction('createSign', NO_ASYMMETRIC),
  createVerify: unavailableFunction('createVerify', NO_ASYMMETRIC),
  diffieHellman: unavailableFunction('diffieHellman', NO_DH),
  generatePrime: unavailableFunction('generatePrime', NO_PRIME),
  generatePrimeSync: unavailableFunction('generatePrimeSync', NO_PRIME),
  getCiphers: () => CIPHER_NAMES.slice(),
  getCipherInfo,
  getCurves: () => [],
  getDiffieHellman: unavailableFunction('getDiffieHellman', NO_DH),
  getHashes: () => HASH_NAMES.slice(),
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: unavailableFunction('generateKeyPair', NO_ASYMMETRIC),
  generateKeyPairSync: unavailableFunction('generateKeyPairSync', NO_ASYMMETRIC),
  generateKey,
  generateKeySync,
  privateDecrypt: unavailableFunction('privateDecrypt', NO_RSA),
  privateEncrypt: unavailableFunction('privateEncrypt', NO_RSA),
  publicDecrypt: unavailableFunction('publicDecrypt', NO_RSA),
  publicEncrypt: unavailableFunction('publicEncrypt', NO_RSA),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: unavailableFunction('sign', NO_ASYMMETRIC),
  setEngine: unavailableFunction('setEngine', 'no OpenSSL engines'),
  timingSafeEqual,
  getFips: () => 0,
  setFips,
  verify: unavailableFunction('verify', NO_ASYMMETRIC),
  hash,
  Certificate: unavailableClass('Certificate', NO_X509),
  Cipher: unavailableClass('Cipher', NO_LEGACY_CIPHER),
  Cipheriv,
  Decipher: unavailableClass('Decipher', NO_LEGACY_CIPHER),
  Decipheriv,
  DiffieHellman: unavailableClass('DiffieHellman', NO_DH),
  DiffieHellmanGroup: unavailableClass('DiffieHellmanGroup', NO_DH),
  ECDH: unavailableClass('ECDH', NO_EC),
  Hash,
  Hmac,
  KeyObject,
  Sign: unavailableClass('Sign', NO_ASYMMETRIC),
  Verify: unavailableClass('Verify', NO_ASYMMETRIC),
  X509Certificate: unavailableClass('X509Certificate', NO_X509),
  secureHeapUsed,
};

ObjectDefineProperty(module.exports, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });

ObjectDefineProperty(module.exports, 'webcrypto', {
  enumerable: true,
  configurable: false,
  get() { return require('internal/webcrypto').crypto; },
});
ObjectDefineProperty(module.exports, 'subtle', {
  enumerable: true,
  configurable: false,
  get() { return require('internal/webcrypto').crypto.subtle; },
});
ObjectDefineProperty(module.exports, 'getRandomValues', {
  enumerable: true,
  configurable: false,
  get() { return getRandomValues; },
});
for (const [name, value] of [
  ['createCipher', unavailableFunction('createCipher', NO_LEGACY_CIPHER)],
  ['createDecipher', unavailableFunction('createDecipher', NO_LEGACY_CIPHER)],
  ['prng', randomBytes],
  ['pseudoRandomBytes', randomBytes],
  ['rng', randomBytes],
]) {
  ObjectDefineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: false });
}
ObjectDefineProperty(module.exports, 'fips', {
  enumerable: false,
  configurable: true,
  get() { return 0; },
  set(v) { setFips(v); },
});
