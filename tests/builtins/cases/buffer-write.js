// buf.write argument juggling, every encoding, partial characters, limits and errors; xxxWrite methods.
const { Buffer } = require('buffer');

function clean(v) {
  if (typeof v === 'string') return v.replace(/[\ud800-\udfff]/g, (c) => '<' + c.charCodeAt(0).toString(16) + '>');
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') { const o = {}; for (const k of Object.keys(v)) o[clean(k)] = clean(v[k]); return o; }
  return v;
}
function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function rec(f) {
  try { return f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}
// Writes into a fresh 10-byte buffer filled with 0xee; reports [returned, bytes].
function w(...args) {
  const b = Buffer.alloc(10, 0xee);
  return rec(() => [b.write(...args), hexOf(b)]);
}

exports.probe = function probe() {
  const r = {};
  const calls = {
    plain: ['abc'],
    offset: ['abc', 2],
    offsetEnd: ['abc', 10],
    offsetLen: ['abc', 2, 2],
    offsetLenEnc: ['abcd', 1, 2, 'hex'],
    enc: ['616263', 'hex'],
    offsetEnc: ['616263', 3, 'hex'],
    offsetUndefLenEnc: ['abc', 0, undefined, 'latin1'],
    lenTooBig: ['abcdefghijkl', 5, 100],
    lenNeg: ['abc', 0, -1],
    lenFrac: ['abc', 0, 1.5],
    offsetNeg: ['abc', -1],
    offsetFrac: ['abc', 1.5],
    offsetStrNum: ['abc', '1'],
    offsetBig: ['abc', 11],
    offsetNaN: ['abc', NaN],
    offsetNull: ['abc', null],
    lenNull: ['abc', 0, null],
    badEnc: ['abc', 0, 3, 'nope'],
    badEncOnly: ['abc', 'nope'],
    emptyEnc: ['abc', 0, 3, ''],
    nullEnc: ['abc', 0, 3, null],
    encUpper: ['abc', 0, 3, 'UTF-8'],
    utf8Cut: ['€€€', 0, 5],
    utf8CutEnd: ['ab€', 8],
    utf8Emoji: ['😀😀😀'],
    utf8EmojiCut: ['a😀', 7],
    lone: ['\ud800x\udc00'],
    loneCut: ['ab\ud800', 8],
    ucs2: ['ab€', 'ucs2'],
    ucs2Odd: ['abc', 0, 3, 'ucs2'],
    ucs2Off: ['abc', 5, 'utf16le'],
    latin1: ['aé\u0100\u20ac', 'latin1'],
    binary: ['aé\u0100', 'binary'],
    ascii: ['aé\u0100\u20ac', 'ascii'],
    hexOdd: ['abc', 'hex'],
    hexBad: ['abzz', 'hex'],
    hexBadFirst: ['zzab', 'hex'],
    hexUpper: ['ABCDEF', 'hex'],
    hexLong: ['00112233445566778899aabbccdd', 'hex'],
    hexWide: ['\u0161\u0162', 'hex'],
    b64: ['YWJjZA==', 'base64'],
    b64Limit: ['YWJjZGVm', 0, 4, 'base64'],
    b64Limit2: ['YWJjZGVm', 8, 'base64'],
    b64Url: ['-_-_', 'base64url'],
    b64Mixed: ['+/-_', 'base64'],
    b64Ws: ['YW Jj\nZA', 'base64'],
    b64Junk: ['Y$W!J@j', 'base64'],
    b64Pad: ['YQ==YQ==', 'base64'],
    b64PadEarly: ['YW=Jj', 'base64'],
    b64One: ['Y', 'base64'],
    b64Long: ['QUJDREVGR0hJSktMTU5PUA==', 'base64'],
    b64Wide: ['\u0159Q', 'base64'],
    b64NonAscii: ['YWJj\u00e9ZA', 'base64'],
    empty: [''],
    emptyHex: ['', 'hex'],
    num: [5],
    numOff: [5, 0],
    undef: [undefined],
    obj: [{}, 'hex'],
  };
  for (const [k, a] of Object.entries(calls)) r[k] = w(...a);
  // The C++-level write methods.
  const methods = ['utf8Write', 'latin1Write', 'asciiWrite', 'ucs2Write', 'hexWrite', 'base64Write', 'base64urlWrite'];
  const margs = [['6162'], ['6162', 3], ['6162', 3, 1], ['6162', 20], ['6162', -1], ['6162', 1, -1], ['6162', '2', '1'], [5], ['6162', 10], ['6162', NaN, NaN]];
  for (const m of methods) {
    r[m] = margs.map((a) => {
      const b = Buffer.alloc(10);
      return rec(() => [b[m](...a), hexOf(b)]);
    });
  }
  // Unaligned views and subarrays.
  const base = Buffer.alloc(12);
  const sub = base.subarray(3, 9);
  r.sub = [sub.write('hello world', 1), hexOf(base)];
  r.subUcs2 = [sub.write('xyz', 'ucs2'), hexOf(base)];
  // Plain Uint8Array as this.
  const u = new Uint8Array(4);
  r.plainThis = [rec(() => Buffer.prototype.write.call(u, 'a')), rec(() => Buffer.prototype.write.call(u, 'a', 0, 'hex')), rec(() => Buffer.prototype.write.call(u, 'a', 'utf8'))];
  // Round trips of many strings through write/toString.
  const strs = ['', 'a', 'héllo', '€', '😀', 'a\u0000b', 'ÿ', '\u07ff\u0800\uffff', '\ud83d\ude00\ud83d', 'mixed ascii and ünïcödé and 中文 and 🎉🎊'];
  r.round = strs.map((s) => {
    const b = Buffer.alloc(Buffer.byteLength(s) + 2);
    const n = b.write(s);
    return [n, b.toString('utf8', 0, n) === s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')];
  });
  return clean(r);
};
