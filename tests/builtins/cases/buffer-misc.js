// Buffer shape, statics, slice/subarray, toJSON, swap, inspect, byteLength, isEncoding, module exports.
const buffer = require('buffer');
const { Buffer } = buffer;

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function out(v) {
  if (v instanceof Uint8Array) return { hex: hexOf(v), isBuffer: Buffer.isBuffer(v) };
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}
function rec(f) {
  try { return out(f()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const r = {};
  const b = Buffer.from('hello world');
  r.shape = {
    protoChain: Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
    ctorProto: Object.getPrototypeOf(Buffer) === Uint8Array,
    ctor: b.constructor === Buffer,
    name: Buffer.name,
    length: Buffer.length,
    instU8: b instanceof Uint8Array,
    instBuf: b instanceof Buffer,
    tag: Object.prototype.toString.call(b),
    isBuffer: [Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer()],
    poolSize: Buffer.poolSize,
    parent: b.parent === b.buffer,
    offset: typeof b.offset,
    protoKeys: Object.keys(Buffer.prototype),
    statics: Object.getOwnPropertyNames(Buffer).sort(),
    mapType: Buffer.isBuffer(b.map((x) => x + 1)),
    mapVal: hexOf(b.map((x) => x + 1)),
    filter: out(b.filter((x) => x > 108)),
    ta: out(Uint8Array.prototype.slice.call(b, 1, 3)),
    spread: [...Buffer.from('ab')],
    entries: [...Buffer.from('ab').entries()],
    reverse: out(Buffer.from('abc').reverse()),
    sort: out(Buffer.from('cab').sort()),
    fromAsync: typeof Buffer.from,
    slowBuffer: [typeof buffer.SlowBuffer, out(buffer.SlowBuffer(3)), rec(() => buffer.SlowBuffer(-1))],
  };
  // Names and lengths of every function.
  const fnInfo = (o) => Object.getOwnPropertyNames(o).filter((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return typeof d.value === 'function'; })
    .map((k) => [k, o[k].name, o[k].length]);
  r.fnInfo = { statics: fnInfo(Buffer), proto: fnInfo(Buffer.prototype), module: fnInfo(buffer) };
  r.descs = Object.getOwnPropertyNames(Buffer.prototype).map((k) => { const d = Object.getOwnPropertyDescriptor(Buffer.prototype, k); return [k, d.enumerable, d.configurable, 'value' in d ? d.writable : 'accessor']; });
  r.staticDescs = Object.getOwnPropertyNames(Buffer).map((k) => { const d = Object.getOwnPropertyDescriptor(Buffer, k); return [k, d.enumerable, d.configurable, 'value' in d ? d.writable : 'accessor']; });
  r.toLocale = Buffer.prototype.toLocaleString === Buffer.prototype.toString;
  // Which results come from the 8 KiB pool (their .buffer is the pool).
  r.pooled = [Buffer.of(1, 2), Buffer.from('ab'), Buffer.from([1, 2]), Buffer.alloc(2, 1), Buffer.concat([Buffer.from('a')]), Buffer.allocUnsafe(3),
    Buffer.allocUnsafeSlow(3), Buffer.from('YWJj', 'base64'), Buffer.from('6162', 'hex'), Buffer.copyBytesFrom(new Uint8Array(3)), Buffer.from(Buffer.from('x')),
    buffer.transcode(Buffer.from('ab'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('ab'), 'utf8', 'ucs2'), Buffer.from('a'.repeat(5000)),
    Buffer.from('é'.repeat(1500)), Buffer.from('é'.repeat(2100)), Buffer.from('a'.repeat(4095)), Buffer.from('a'.repeat(1500)), Buffer.from('é€'.repeat(300), 'ucs2'),
    Buffer.alloc(5), Buffer.from(new ArrayBuffer(6)), Buffer.from('abc').subarray(1), Buffer.allocUnsafe(4096), Buffer.allocUnsafe(4095), Buffer.from({ length: 3 }),
    new Buffer(3), Buffer(2), Buffer.from(new Uint16Array(3))].map((b) => b.buffer.byteLength);
  r.moduleDescs = Object.getOwnPropertyNames(buffer).map((k) => { const d = Object.getOwnPropertyDescriptor(buffer, k); return [k, d.enumerable, d.configurable, 'value' in d ? d.writable : [d.get && d.get.name, d.set && d.set.name]]; });
  // slice / subarray share memory and clamp like Node.
  const sargs = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [100], [-100], [2, 100], [NaN], [1.9, 4.1], ['2', '4'], [null, 3], [undefined, 3], [0, -0], [Infinity], [-Infinity, Infinity], [{}, []], [true, 3]];
  r.slice = sargs.map((a) => [out(b.slice(...a)), out(b.subarray(...a))]);
  const shared = b.slice(0, 5);
  shared[0] = 0x48;
  r.shared = [b.toString(), shared.toString(), Buffer.isBuffer(shared), shared.byteOffset === b.byteOffset];
  r.sliceOfU8 = out(Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1));
  // toJSON
  r.json = [JSON.stringify(Buffer.from('ab')), JSON.stringify(Buffer.alloc(0)), JSON.stringify({ x: Buffer.from([1, 2]) }), Buffer.from('a').toJSON().type];
  // swap
  r.swap = [
    rec(() => Buffer.from('0102030405060708', 'hex').swap16()), rec(() => Buffer.from('0102030405060708', 'hex').swap32()),
    rec(() => Buffer.from('0102030405060708', 'hex').swap64()), rec(() => Buffer.from('010203', 'hex').swap16()),
    rec(() => Buffer.from('010203040506', 'hex').swap32()), rec(() => Buffer.from('0102030405060708090a0b0c', 'hex').swap64()),
    rec(() => Buffer.alloc(0).swap16()), rec(() => Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex').swap64()),
  ];
  // inspect
  const ins = Symbol.for('nodejs.util.inspect.custom');
  r.inspect = [
    b.inspect(), Buffer.alloc(0).inspect(), Buffer.alloc(50).inspect(), Buffer.alloc(51).inspect(), Buffer.alloc(60, 0xab).inspect(),
    b[ins](), typeof Buffer.prototype[ins], Buffer.prototype[ins] === Buffer.prototype.inspect,
  ];
  r.inspectMax = (() => {
    const before = buffer.INSPECT_MAX_BYTES;
    buffer.INSPECT_MAX_BYTES = 3;
    const s = [b.inspect(), Buffer.from('abcd').inspect(), Buffer.from('abc').inspect()];
    const e1 = rec(() => { buffer.INSPECT_MAX_BYTES = -1; });
    const e2 = rec(() => { buffer.INSPECT_MAX_BYTES = '5'; });
    buffer.INSPECT_MAX_BYTES = before;
    return [before, s, e1, e2, buffer.INSPECT_MAX_BYTES];
  })();
  // byteLength
  const blStrings = ['', 'abc', 'é', '€', '😀', '\ud800', 'a\udc00b', 'YWJj', 'YWJj==', 'YQ==', 'YQ=', '=', '==', 'abc=', 'abcd', 'ab cd', 'abc'];
  const blEnc = [undefined, 'utf8', 'UTF-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'nope', '', null, 5];
  r.byteLength = blStrings.map((s) => blEnc.map((e) => rec(() => Buffer.byteLength(s, e))));
  r.byteLengthObjects = [
    rec(() => Buffer.byteLength(Buffer.from('abc'))), rec(() => Buffer.byteLength(new Uint16Array(3))), rec(() => Buffer.byteLength(new ArrayBuffer(7))),
    rec(() => Buffer.byteLength(new DataView(new ArrayBuffer(5)))), rec(() => Buffer.byteLength(5)), rec(() => Buffer.byteLength({})),
    rec(() => Buffer.byteLength([1, 2])), rec(() => Buffer.byteLength(null)), rec(() => Buffer.byteLength()),
    rec(() => typeof SharedArrayBuffer === 'function' ? Buffer.byteLength(new SharedArrayBuffer(3)) : 3),
  ];
  r.byteLengthLong = Buffer.byteLength('é'.repeat(1000) + 'a'.repeat(1000) + '😀'.repeat(100));
  // isEncoding
  r.isEncoding = ['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY', 'ascii', 'base64', 'base64url',
    'hex', 'HeX', '', 'nope', 'utf16', 'utf-16', 'latin-1', null, undefined, 5, {}, ['utf8'], 'utf8 ', ' utf8'].map((e) => Buffer.isEncoding(e));
  // module exports
  r.exports = {
    keys: Object.keys(buffer).sort(),
    kMaxLength: buffer.kMaxLength,
    kStringMaxLength: buffer.kStringMaxLength,
    constants: buffer.constants,
    constantsDesc: (() => { const d = Object.getOwnPropertyDescriptor(buffer, 'constants'); return [d.enumerable, d.configurable, d.writable]; })(),
    inspectDesc: (() => { const d = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES'); return [d.enumerable, d.configurable, typeof d.get, typeof d.set]; })(),
    types: ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'btoa', 'atob', 'Blob', 'File', 'resolveObjectURL'].map((k) => typeof buffer[k]),
    atob: buffer.atob('aGVsbG8='),
    btoa: buffer.btoa('hello'),
    resolve: buffer.resolveObjectURL('blob:nodedata:1234'),
    global: Buffer === globalThis.Buffer,
  };
  return r;
};
