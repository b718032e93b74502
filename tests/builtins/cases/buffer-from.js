// Buffer.from / alloc / allocUnsafe / of / copyBytesFrom / concat: results and errors.
const { Buffer } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function out(v) {
  if (v instanceof Uint8Array) return { hex: hexOf(v), len: v.length, isBuffer: Buffer.isBuffer(v), proto: Object.getPrototypeOf(v) === Buffer.prototype };
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}
function rec(f) {
  try { return out(f()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const r = {};
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const cases = {
    str: () => Buffer.from('hello'),
    strUtf8: () => Buffer.from('héllo wörld €😀', 'utf8'),
    strEmpty: () => Buffer.from(''),
    strEmptyBadEnc: () => Buffer.from('', 'nope'),
    strBadEnc: () => Buffer.from('abc', 'nope'),
    strNumEnc: () => Buffer.from('abc', 5),
    strNullEnc: () => Buffer.from('abc', null),
    strEmptyEnc: () => Buffer.from('abc', ''),
    strUpperEnc: () => Buffer.from('616263', 'HEX'),
    strMixedEnc: () => Buffer.from('YWJj', 'Base64'),
    strUcs2: () => Buffer.from('abc€', 'ucs2'),
    strUtf16: () => Buffer.from('abc€', 'utf-16le'),
    strLatin1: () => Buffer.from('abc\u00e9\u0100\u20ac', 'latin1'),
    strBinary: () => Buffer.from('abc\u00e9\u00ff', 'binary'),
    strAscii: () => Buffer.from('abc\u00e9\u00ff\u0100', 'ascii'),
    long: () => Buffer.from('x'.repeat(5000) + 'é'.repeat(3000)),
    longHex: () => Buffer.from('ab'.repeat(5000), 'hex'),
    longB64: () => Buffer.from('YWJj'.repeat(3000), 'base64'),
    array: () => Buffer.from([1, 2, 3, 255, 256, -1, 1.7, '7', 'x', null, undefined, true]),
    arrayEmpty: () => Buffer.from([]),
    arrayLong: () => Buffer.from(Array.from({ length: 5000 }, (_, i) => i)),
    arrayLike: () => Buffer.from({ length: 3, 0: 10, 1: 20, 2: 30 }),
    arrayLikeStrLen: () => Buffer.from({ length: '2', 0: 1, 1: 2 }),
    arrayLikeNeg: () => Buffer.from({ length: -5 }),
    arrayLikeFrac: () => Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }),
    json: () => Buffer.from({ type: 'Buffer', data: [1, 2, 300] }),
    jsonNotArray: () => Buffer.from({ type: 'Buffer', data: 'abc' }),
    jsonRoundTrip: () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))),
    ab: () => Buffer.from(ab),
    abOff: () => Buffer.from(ab, 2),
    abOffLen: () => Buffer.from(ab, 2, 3),
    abOffStr: () => Buffer.from(ab, '1', '2'),
    abOffFrac: () => Buffer.from(ab, 1.5, 2.5),
    abOffNaN: () => Buffer.from(ab, NaN, 2),
    abOffEnd: () => Buffer.from(ab, 8),
    abOffBig: () => Buffer.from(ab, 9),
    abLenBig: () => Buffer.from(ab, 2, 7),
    abLenNeg: () => Buffer.from(ab, 2, -3),
    abLenZero: () => Buffer.from(ab, 2, 0),
    abOffNeg: () => Buffer.from(ab, -1),
    abNull: () => Buffer.from(ab, null, null),
    sab: () => typeof SharedArrayBuffer === 'function' ? Buffer.from(new SharedArrayBuffer(4)) : 'none',
    buffer: () => Buffer.from(Buffer.from('copy me')),
    u8: () => Buffer.from(new Uint8Array([9, 8, 7])),
    u16: () => Buffer.from(new Uint16Array([1, 256, 0xffff])),
    f64: () => Buffer.from(new Float64Array([1.5, -1, 300])),
    dataView: () => Buffer.from(new DataView(ab)),
    stringObject: () => Buffer.from(new String('boxed')),
    stringObjectEnc: () => Buffer.from(new String('626f78'), 'hex'),
    valueOfArray: () => Buffer.from({ valueOf() { return [1, 2, 3]; } }),
    valueOfNum: () => Buffer.from({ valueOf() { return 5; } }),
    toPrimitive: () => Buffer.from({ [Symbol.toPrimitive](hint) { return hint + '!'; } }),
    toPrimitiveEnc: () => Buffer.from({ [Symbol.toPrimitive]() { return '6869'; } }, 'hex'),
    toPrimitiveNum: () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }),
    num: () => Buffer.from(5),
    nul: () => Buffer.from(null),
    undef: () => Buffer.from(),
    bool: () => Buffer.from(true),
    sym: () => Buffer.from(Symbol('s')),
    fn: () => Buffer.from(function named() {}),
    obj: () => Buffer.from({}),
    objNullProto: () => Buffer.from(Object.create(null)),
    bigint: () => Buffer.from(10n),
    alloc: () => Buffer.alloc(5),
    allocFill: () => Buffer.alloc(5, 'ab'),
    allocFillNum: () => Buffer.alloc(5, 257),
    allocFillHex: () => Buffer.alloc(5, 'aabbcc', 'hex'),
    allocFillB64: () => Buffer.alloc(7, 'YWJj', 'base64'),
    allocFillUcs2: () => Buffer.alloc(7, 'ab', 'ucs2'),
    allocFillBuf: () => Buffer.alloc(7, Buffer.from([1, 2, 3])),
    allocFillU16: () => Buffer.alloc(5, new Uint16Array([0x0102])),
    allocFillEmptyStr: () => Buffer.alloc(3, ''),
    allocFillEmptyBuf: () => Buffer.alloc(3, Buffer.alloc(0)),
    allocFillBadHex: () => Buffer.alloc(3, 'zz', 'hex'),
    allocFillBadEnc: () => Buffer.alloc(3, 'a', 'nope'),
    allocFillNumEnc: () => Buffer.alloc(3, 'a', 7),
    allocFillTrue: () => Buffer.alloc(3, true),
    allocFillObj: () => Buffer.alloc(3, {}),
    allocFillZero: () => Buffer.alloc(3, 0),
    allocFillUtf8Multi: () => Buffer.alloc(5, 'é€'),
    allocFillUtf8Cut: () => Buffer.alloc(2, '€'),
    allocZeroFill: () => Buffer.alloc(0, 'abc'),
    allocFrac: () => Buffer.alloc(2.9),
    allocNeg: () => Buffer.alloc(-1),
    allocNaN: () => Buffer.alloc(NaN),
    allocInf: () => Buffer.alloc(Infinity),
    allocStr: () => Buffer.alloc('5'),
    allocHuge: () => Buffer.alloc(2 ** 32 + 1),
    allocUnsafe: () => Buffer.allocUnsafe(3).fill(7),
    allocUnsafeZero: () => Buffer.allocUnsafe(0),
    allocUnsafeBig: () => Buffer.allocUnsafe(10000).fill(1).length,
    allocUnsafeNeg: () => Buffer.allocUnsafe(-5),
    allocUnsafeStr: () => Buffer.allocUnsafe('x'),
    allocUnsafeSlow: () => Buffer.allocUnsafeSlow(4).fill(3),
    allocUnsafeSlowBad: () => Buffer.allocUnsafeSlow(null),
    of: () => Buffer.of(1, 2, 300, -1, '5', 'x'),
    ofEmpty: () => Buffer.of(),
    copyBytesFrom: () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3])),
    copyBytesFromOff: () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1),
    copyBytesFromOffLen: () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1),
    copyBytesFromOffBig: () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5),
    copyBytesFromLenBig: () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 10),
    copyBytesFromEmpty: () => Buffer.copyBytesFrom(new Uint8Array(0)),
    copyBytesFromBad: () => Buffer.copyBytesFrom([1, 2]),
    copyBytesFromBadOff: () => Buffer.copyBytesFrom(new Uint8Array(3), -1),
    copyBytesFromFracOff: () => Buffer.copyBytesFrom(new Uint8Array(3), 1.5),
    copyBytesFromStrLen: () => Buffer.copyBytesFrom(new Uint8Array(3), 0, '1'),
    callNum: () => Buffer(3),
    callStr: () => Buffer('abc'),
    callNumEnc: () => Buffer(3, 'utf8'),
    newStr: () => new Buffer('abc', 'latin1'),
    newNum: () => new Buffer(2),
  };
  for (const [k, f] of Object.entries(cases)) r[k] = rec(f);
  return r;
};
