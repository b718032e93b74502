// transcode between utf8/utf16le/latin1/ascii, isUtf8, isAscii.
const { Buffer, transcode, isUtf8, isAscii } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function rec(f) {
  try { const v = f(); return v instanceof Uint8Array ? [hexOf(v), Buffer.isBuffer(v)] : v; } catch (e) { return { name: e.name, code: e.code, errno: e.errno, message: e.message, keys: Object.keys(e) }; }
}
function bytes(hex) {
  return Buffer.from(hex, 'hex');
}

exports.probe = function probe() {
  const r = {};
  const sources = {
    u8: Buffer.from('aé€😀', 'utf8'),
    bad: bytes('61ff80c3e282'),
    l1: bytes('61e9ff80'),
    u16: Buffer.from('a\ud800é€😀', 'utf16le'),
    u16odd: bytes('610062'),
    u16pair: Buffer.from('😀x', 'utf16le'),
    u16lowFirst: bytes('00dc3dd8'),
    surrogateUtf8: bytes('eda080edb080'),
    overlong: bytes('c0afe080af'),
    ascii: Buffer.from('plain ascii'),
    empty: Buffer.alloc(0),
    zeros: bytes('0000'),
    u8arr: new Uint8Array([0x61, 0xc3, 0xa9]),
    ignorable: Buffer.from('a\u00adb\u200bc\u034fd\u061ce\u115f\u17b4\u180b\u180e\u180f\u2060\u2065\u206f\u3164\ufe00\ufeff\uffa0\ufff0\ufff8\ufff9\u{1bca0}\u{1d173}\u{e0001}\u{e0fff}\u{e1000}z'),
    ignorable16: Buffer.from('a\u00adb\u200bc\u2066\ufeff\u{1d17a}\u{e0100}\u17b5z', 'utf16le'),
    softHyphen: Buffer.from('61ad62', 'hex'),
  };
  const encs = ['utf8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'UTF-8', 'hex', 'base64', 'nope', undefined];
  for (const [k, s] of Object.entries(sources)) {
    const rows = {};
    for (const from of encs) rows[String(from)] = encs.map((to) => rec(() => transcode(s, from, to)));
    r[k] = rows;
  }
  r.errors = [rec(() => transcode('abc', 'utf8', 'ascii')), rec(() => transcode(null, 'utf8', 'ascii')), rec(() => transcode([1], 'utf8', 'ascii')), rec(() => transcode(new Uint16Array(2), 'utf8', 'ascii'))];
  // isUtf8 / isAscii
  const inputs = ['', '61', 'c3a9', 'c3', 'e282ac', 'e282', 'f09f9880', 'f09f98', 'ff', '80', 'c0af', 'e080af', 'eda080', 'edbfbf', 'ed9fbf',
    'f4908080', 'f48fbfbf', 'f0808080', 'efbbbf', '7f', '00', 'c2', 'c280', 'f5808080', '61626364c3a9', 'e0a080', 'e0a0'];
  r.isUtf8 = inputs.map((h) => [isUtf8(bytes(h)), isAscii(bytes(h)), isUtf8(new Uint8Array(bytes(h))), isUtf8(bytes(h).buffer.slice(bytes(h).byteOffset, bytes(h).byteOffset + h.length / 2))]);
  r.isOther = [
    rec(() => isUtf8(new Uint16Array([0x61, 0xe9]))), rec(() => isAscii(new Uint16Array([0x61]))), rec(() => isAscii(new Uint16Array([0x80]))),
    rec(() => isUtf8(new ArrayBuffer(2))), rec(() => isUtf8('abc')), rec(() => isAscii('abc')), rec(() => isUtf8(null)), rec(() => isUtf8()),
    rec(() => isUtf8(new DataView(new ArrayBuffer(2)))), rec(() => isAscii([1])), rec(() => isUtf8(Buffer.from('héllo').subarray(1, 3))),
    rec(() => isUtf8(Buffer.from('héllo').subarray(1, 2))),
  ];
  // Detached buffers (transferred away).
  const detach = (ab) => (typeof ab.transfer === 'function' ? ab.transfer() : structuredClone(ab, { transfer: [ab] }));
  const det = new ArrayBuffer(4);
  detach(det);
  const det2 = new ArrayBuffer(4);
  const detView = new Uint8Array(det2);
  detach(det2);
  r.detached = [rec(() => isUtf8(det)), rec(() => isAscii(det)), rec(() => isUtf8(detView)), rec(() => isAscii(detView)), rec(() => Buffer.from(det)),
    rec(() => Buffer.byteLength(det)), rec(() => Buffer.from(detView)), rec(() => isUtf8(new ArrayBuffer(0))), rec(() => Buffer.from(new ArrayBuffer(0)))];
  const det3 = new ArrayBuffer(4);
  const db = Buffer.from(det3);
  detach(det3);
  r.detachedBuffer = [rec(() => db.toString()), rec(() => db.toString('hex')), rec(() => db.toString('base64')), rec(() => db.toString('latin1')),
    rec(() => db.toString('ucs2')), rec(() => db.length), rec(() => db.equals(Buffer.alloc(0))), rec(() => db.indexOf(1)), rec(() => db.indexOf('a')),
    rec(() => db.write('a')), rec(() => db.toJSON()), rec(() => db.inspect()), rec(() => Buffer.from(db)), rec(() => db.readUInt8(0)),
    rec(() => db.compare(db)), rec(() => db.swap16()), rec(() => db.copy(Buffer.alloc(2))), rec(() => Buffer.compare(db, Buffer.alloc(1))),
    rec(() => Buffer.byteLength(db)), rec(() => isUtf8(db))];
  const big = Buffer.alloc(100000, 'abcé');
  r.big = [isUtf8(big), isAscii(big), isUtf8(big.subarray(0, 4)), isAscii(Buffer.alloc(100000, 'abc'))];
  return r;
};
