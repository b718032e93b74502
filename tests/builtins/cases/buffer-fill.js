// buf.fill with numbers, strings in every encoding, buffers, ranges and errors.
const { Buffer } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function rec(f) {
  try { return f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}
function f(...args) {
  const b = Buffer.alloc(9, 0xee);
  return rec(() => { const ret = b.fill(...args); return [ret === b, hexOf(b)]; });
}

exports.probe = function probe() {
  const r = {};
  const calls = {
    none: [],
    zero: [0],
    num: [7],
    big: [257],
    neg: [-1],
    frac: [1.9],
    nan: [NaN],
    inf: [Infinity],
    numStr: ['7'],
    numRange: [1, 2, 5],
    numOffOnly: [1, 4],
    numOffEnd: [1, 9, 9],
    numOffPast: [1, 20],
    numEndPast: [1, 0, 10],
    numOffNeg: [1, -1],
    numEndNeg: [1, 0, -1],
    numOffFrac: [1, 1.5],
    numOffStr: [1, '1'],
    numOffNull: [1, null],
    numEndNull: [1, 0, null],
    numRev: [1, 5, 2],
    str: ['abc'],
    strOne: ['a'],
    strOneHigh: ['é'],
    strOneHighLatin1: ['é', 'latin1'],
    strOneWideLatin1: ['\u0100', 'latin1'],
    strUtf8: ['é€'],
    strEmoji: ['😀'],
    strEmpty: [''],
    strEnc: ['abc', 'latin1'],
    strEncOnly: ['6162', 'hex'],
    strOffEnc: ['6162', 2, 'hex'],
    strOffEndEnc: ['6162', 2, 6, 'hex'],
    strOffEndBadEnc: ['6162', 2, 6, 'nope'],
    strNumEnc: ['ab', 0, 9, 5],
    strNullEnc: ['ab', 0, 9, null],
    strEmptyEnc: ['ab', 0, 9, ''],
    strBadEnc: ['ab', 'nope'],
    strHexBad: ['zz', 'hex'],
    strHexHalfBad: ['abzz', 'hex'],
    strHexOdd: ['abc', 'hex'],
    strHexOne: ['a', 'hex'],
    strB64: ['YWJj', 'base64'],
    strB64Bad: ['!!', 'base64'],
    strB64url: ['_-', 'base64url'],
    strUcs2: ['ab', 'ucs2'],
    strUcs2One: ['a', 'utf16le'],
    strAscii: ['aé\u0100', 'ascii'],
    strLatin1: ['aé\u0100', 'binary'],
    strLong: ['abcdefghijklmnop'],
    strLongHex: ['00112233445566778899aabb', 'hex'],
    buf: [Buffer.from([1, 2])],
    bufLong: [Buffer.from('0123456789abcdef')],
    bufEmpty: [Buffer.alloc(0)],
    u8: [new Uint8Array([5, 6, 7, 8])],
    u16: [new Uint16Array([0x0102, 0x0304])],
    dataView: [new DataView(new Uint8Array([9, 8]).buffer)],
    bufRange: [Buffer.from([1, 2]), 3, 8],
    bool: [true],
    obj: [{}],
    objNum: [{ valueOf() { return 3; } }],
    arr: [[5]],
    nul: [null],
    undef: [undefined],
    big: [5n],
    sym: [Symbol('x')],
  };
  for (const [k, a] of Object.entries(calls)) r[k] = f(...a);
  // Subarray fills stay inside their view.
  const base = Buffer.alloc(10);
  base.subarray(2, 6).fill('xy');
  r.sub = hexOf(base);
  r.plainThis = rec(() => hexOf(Buffer.prototype.fill.call(new Uint8Array(3), 'a')));
  r.big = (() => { const b = Buffer.alloc(100000); b.fill('abc'); return [b[0], b[99999], b.toString('latin1', 99990)]; })();
  return r;
};
