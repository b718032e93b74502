// crypto.getRandomValues / crypto.randomUUID, fed from the host's entropy
// (a WIT import), so no two calls share a sequence.
(function (randomBytes) {
  'use strict';
  const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  function getRandomValues(array) {
    if (!ArrayBuffer.isView(array) || array instanceof DataView || !INTEGER_ARRAYS.includes(array.constructor.name)) {
      const e = new TypeError('The data argument must be an integer-type TypedArray');
      e.name = 'TypeMismatchError';
      e.code = 17;
      throw e;
    }
    if (array.byteLength > 65536) {
      const e = new Error(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
      e.name = 'QuotaExceededError';
      e.code = 22;
      throw e;
    }
    const bytes = new Uint8Array(randomBytes(array.byteLength));
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
    return array;
  }
  function randomUUID() {
    const b = new Uint8Array(randomBytes(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  const crypto = { getRandomValues, randomUUID };
  Object.defineProperty(crypto, Symbol.toStringTag, { value: 'Crypto' });
  return { crypto };
})
