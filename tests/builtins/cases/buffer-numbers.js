// Numeric reads and writes: every method, every size, values at and past the limits, bad offsets.
const { Buffer } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function out(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return Object.is(v, -0) ? '-0' : String(v);
  return v;
}
function rec(f) {
  try { return out(f()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const r = {};
  const src = Buffer.from('0102030405060708f0f1f2f3f4f5f6f7ff7f8000', 'hex');
  const offsets = [undefined, 0, 1, 4, 7, 8, 12, 13, 15, 16, 19, 20, -1, 1.5, NaN, Infinity, '1', null, true, {}, 2 ** 40];
  const fixed = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE',
    'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE', 'BigUInt64LE', 'BigUInt64BE', 'BigInt64LE', 'BigInt64BE'];
  for (const m of fixed) r['read' + m] = offsets.map((o) => rec(() => (o === undefined ? src['read' + m]() : src['read' + m](o))));
  for (const alias of ['readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE', 'readBigUint64BE', 'readUintLE', 'readUintBE']) {
    r[alias] = rec(() => (alias.endsWith('LE') || alias.endsWith('BE')) && alias.includes('Uint') && !alias.includes('Big') && alias.length === 10 ? src[alias](1, 3) : src[alias](1));
  }
  for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
    const rows = {};
    for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, undefined, 1.5, '2', NaN, -1]) {
      rows[String(bl)] = [0, 1, 14, 15, 19, 20, undefined, -1, 1.5].map((o) => rec(() => src[m](o, bl)));
    }
    r[m] = rows;
  }
  // Writes: value range checks, offsets, returned offset and bytes.
  const values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, 2 ** 32,
    2 ** 40, 2 ** 47 - 1, 2 ** 47, -(2 ** 47), 2 ** 48 - 1, 2 ** 48, 1.5, -1.5, NaN, Infinity, '7', null, undefined, true, {}, 2 ** 53, -(2 ** 53)];
  const wfixed = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE', 'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'];
  for (const m of wfixed) {
    r['write' + m] = values.map((v) => {
      const b = Buffer.alloc(10);
      return rec(() => [b['write' + m](v, 1), hexOf(b)]);
    });
    r['write' + m + 'Off'] = [undefined, 0, 2, 6, 9, 10, -1, 1.5, NaN, '1', null].map((o) => {
      const b = Buffer.alloc(10);
      return rec(() => [o === undefined ? b['write' + m](5) : b['write' + m](5, o), hexOf(b)]);
    });
  }
  for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
    const rows = {};
    for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, undefined, 1.5]) {
      rows[String(bl)] = values.map((v) => {
        const b = Buffer.alloc(8);
        return rec(() => [b[m](v, 1, bl), hexOf(b)]);
      });
      rows[String(bl) + 'off'] = [undefined, 0, 2, 7, -1, 1.5].map((o) => {
        const b = Buffer.alloc(8);
        return rec(() => [b[m](1, o, bl), hexOf(b)]);
      });
    }
    r[m] = rows;
  }
  const bigValues = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 70n, 5, '5', undefined, 2 ** 70, 1.5, null];
  for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE', 'writeBigUint64LE', 'writeBigUint64BE']) {
    r[m] = bigValues.map((v) => {
      const b = Buffer.alloc(10);
      return rec(() => [b[m](v, 1), hexOf(b)]);
    });
    r[m + 'Off'] = [undefined, 0, 2, 3, -1, 1.5, NaN].map((o) => {
      const b = Buffer.alloc(10);
      return rec(() => [o === undefined ? b[m](258n) : b[m](258n, o), hexOf(b)]);
    });
  }
  // Float specials and round trips.
  const fb = Buffer.alloc(8);
  r.floats = [0, -0, 1.1, -1.1, 3.4028234663852886e38, 1e39, 1e-46, NaN, Infinity, -Infinity, 5e-324, Number.MAX_VALUE].map((v) => {
    fb.writeFloatLE(v); const f = fb.readFloatLE(); fb.writeDoubleBE(v); const d = fb.readDoubleBE();
    return [out(f), out(d), hexOf(fb)];
  });
  const nanBuf = Buffer.from('7ff8000000000001', 'hex');
  r.nanPayload = [out(nanBuf.readDoubleBE()), out(Buffer.from('7fc00001', 'hex').readFloatBE())];
  // Values +value cannot convert.
  const cb = Buffer.alloc(8);
  r.unconvertible = [
    rec(() => cb.writeUInt8(Symbol('s'))), rec(() => cb.writeInt32LE(1n)), rec(() => cb.writeFloatLE(1n)), rec(() => cb.writeDoubleBE(Symbol('s'))),
    rec(() => cb.writeUIntBE(1n, 0, 3)), rec(() => cb.writeIntLE(Symbol('s'), 0, 6)), rec(() => cb.writeUInt16BE(1n, 'x')),
    rec(() => cb.toString(Symbol('e'))), rec(() => Buffer.from('a').toString(Symbol('e'), 0, 1)),
    rec(() => cb.writeUInt32LE({ valueOf() { return 7; } })), rec(() => cb.writeInt16BE([3])), rec(() => cb.writeUInt8('0x10')),
  ];
  // Empty buffer bounds.
  const e = Buffer.alloc(0);
  r.empty = [rec(() => e.readUInt8()), rec(() => e.readInt32LE(0)), rec(() => e.writeUInt8(1)), rec(() => e.readBigInt64LE()), rec(() => e.readDoubleLE())];
  // Method names and lengths.
  r.names = ['readUInt8', 'readUint8', 'readFloatLE', 'readDoubleBE', 'writeFloatBE', 'readBigUint64LE', 'writeBigUint64BE', 'readUIntLE', 'writeIntBE', 'writeUint16LE']
    .map((k) => [Buffer.prototype[k].name, Buffer.prototype[k].length]);
  // Sign extension across all readIntLE/BE sizes.
  const s = Buffer.from('ffffffffffff', 'hex');
  r.signs = [1, 2, 3, 4, 5, 6].map((n) => [s.readIntLE(0, n), s.readIntBE(0, n), s.readUIntLE(0, n), s.readUIntBE(0, n)]);
  return r;
};
