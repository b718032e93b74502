// node:string_decoder — StringDecoder, decoding a byte stream chunk by chunk
// while holding back the bytes of a character split across chunks, with the
// same state machine (and quirks) as Node's native decoder: utf8, utf16le,
// base64 and base64url buffer partial characters; latin1, ascii and hex
// decode each chunk on its own.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const U8 = Uint8Array;
const isView = ArrayBuffer.isView;
const ReflectApply = Reflect.apply;
const ObjectDefineProperties = Object.defineProperties;
const proto = Buffer.prototype;
const isEncoding = Buffer.isEncoding;
const SLICE = {
  utf8: proto.utf8Slice,
  utf16le: proto.ucs2Slice,
  latin1: proto.latin1Slice,
  ascii: proto.asciiSlice,
  hex: proto.hexSlice,
  base64: proto.base64Slice,
  base64url: proto.base64urlSlice,
};
const bufferFrom = Buffer.from;
const bufferAlloc = Buffer.alloc;

// State layout, as in Node: bytes 0-3 hold the incomplete character, then
// missing bytes, buffered bytes, encoding id.
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const ENCODING_IDS = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };
const kNativeDecoder = Symbol('kNativeDecoder');

const NAMES = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};
function normalize(enc) {
  if (enc == null || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return NAMES[enc] || NAMES[enc.toLowerCase()];
}

function normalizeEncoding(enc) {
  const nenc = normalize(enc);
  if (nenc === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return nenc;
}

// Bytes [start, end) of a Uint8Array as a string in `encoding`.
function makeString(bytes, start, end, encoding) {
  if (end <= start) return '';
  const b = bytes instanceof Buffer ? bytes : bufferFrom(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return ReflectApply(SLICE[encoding], b, [start, end]);
}

function decode(state, encoding, data) {
  let start = 0;
  let nread = data.length;
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' && encoding !== 'base64url') {
    return makeString(data, 0, nread, encoding);
  }
  let prepend;
  let body;
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that should continue the character but does not ends it here.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[start + i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = data[start + k];
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    for (let k = 0; k < found; k++) state[state[kBufferedBytes] + k] = data[start + k];
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  if (nread === 0) {
    body = prepend !== undefined ? prepend : '';
    prepend = undefined;
  } else {
    if (encoding === 'utf8' && (data[start + nread - 1] & 0x80)) {
      // Ended inside a multi-byte character: find where it starts.
      for (let i = nread - 1; ; --i) {
        state[kBufferedBytes]++;
        const c = data[start + i];
        if ((c & 0xc0) === 0x80) {
          if (state[kBufferedBytes] >= 4 || i === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          if ((c & 0xe0) === 0xc0) state[kMissingBytes] = 2;
          else if ((c & 0xf0) === 0xe0) state[kMissingBytes] = 3;
          else if ((c & 0xf8) === 0xf0) state[kMissingBytes] = 4;
          else {
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (encoding === 'utf16le') {
      if ((nread % 2) === 1) {
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((data[start + nread - 1] & 0xfc) === 0xd8) {
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
    }
    const buffered = state[kBufferedBytes];
    if (buffered > 0) {
      nread -= buffered;
      for (let k = 0; k < buffered; k++) state[k] = data[start + nread + k];
    }
    body = nread > 0 ? makeString(data, start, start + nread, encoding) : '';
  }
  return prepend === undefined ? body : prepend + body;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  // (V8's wording when called without `new`)
  const normalized = normalizeEncoding(encoding);
  if (this == null) throw new TypeError("Cannot set properties of undefined (setting 'encoding')");
  this.encoding = normalized;
  this[kNativeDecoder] = bufferAlloc(kSize);
  this[kNativeDecoder][kEncodingField] = ENCODING_IDS[this.encoding];
}

function stateOf(decoder) {
  const state = decoder[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}
function encodingOf(state) {
  switch (state[kEncodingField]) {
    case 0: return 'ascii';
    case 1: return 'utf8';
    case 2: return 'base64';
    case 3: return 'utf16le';
    case 4: return 'latin1';
    case 5: return 'hex';
    case 7: return 'base64url';
    default: return 'ascii';
  }
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const state = stateOf(this);
  const bytes = buf instanceof U8 ? buf : new U8(buf.buffer, buf.byteOffset, buf.byteLength);
  return decode(state, encodingOf(state), bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = this[kNativeDecoder];
  // (V8's wording for Node's unguarded property read)
  if (state == null) throw new TypeError(`Cannot read properties of ${state} (reading '${kBufferedBytes}')`);
  if (state[kBufferedBytes] > 0) ret += flush(state, encodingOf(state));
  return ret;
};

// Undocumented legacy API.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  if (state == null) throw new TypeError(`Cannot set properties of ${state} (setting '${kMissingBytes}')`);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
