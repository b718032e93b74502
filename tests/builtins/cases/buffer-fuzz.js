// Seeded pseudo-random bytes and strings through every encoding: decode, encode, byteLength, bounded writes.
const { Buffer } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function clean(s) {
  return s.replace(/[\ud800-\udfff]/g, (c) => '<' + c.charCodeAt(0).toString(16) + '>');
}
let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}
function randomBytes(len, mode) {
  const b = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    if (mode === 0) b[i] = rnd(256);
    else if (mode === 1) b[i] = rnd(4) === 0 ? 0x80 + rnd(64) : rnd(3) === 0 ? 0xc0 + rnd(64) : rnd(128);
    else {
      // mostly valid UTF-8 with occasional damage
      const k = rnd(10);
      if (k < 5) b[i] = 0x20 + rnd(95);
      else if (k < 7) { b[i] = 0xc2 + rnd(30); if (i + 1 < len) b[++i] = 0x80 + rnd(64); }
      else if (k < 9) { b[i] = 0xe0 + rnd(16); if (i + 1 < len) b[++i] = 0x80 + rnd(64); if (i + 1 < len) b[++i] = 0x80 + rnd(64); }
      else { b[i] = 0xf0 + rnd(5); if (i + 1 < len) b[++i] = 0x80 + rnd(64); if (i + 1 < len) b[++i] = 0x80 + rnd(64); if (i + 1 < len) b[++i] = 0x80 + rnd(64); }
    }
  }
  return b;
}
function randomString(len) {
  let s = '';
  for (let i = 0; i < len; i++) {
    const k = rnd(12);
    if (k < 5) s += String.fromCharCode(0x20 + rnd(95));
    else if (k < 7) s += String.fromCharCode(0x80 + rnd(0x780));
    else if (k < 9) s += String.fromCharCode(0x800 + rnd(0xd000));
    else if (k < 10) s += String.fromCodePoint(0x10000 + rnd(0x100000));
    else if (k < 11) s += String.fromCharCode(0xd800 + rnd(0x800));
    else s += String.fromCharCode(rnd(0x20));
  }
  return s;
}

exports.probe = function probe() {
  const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
  const r = { decode: [], encode: [], limits: [] };
  for (let t = 0; t < 120; t++) {
    const len = rnd(3) === 0 ? rnd(400) : rnd(24);
    const b = Buffer.from(randomBytes(len, t % 3));
    const row = [hexOf(b)];
    for (const e of encs) {
      const s = b.toString(e);
      row.push(clean(s));
      if (e !== 'utf8' && e !== 'ascii') row.push(hexOf(Buffer.from(s, e)) === hexOf(e === 'utf16le' ? b.subarray(0, b.length & ~1) : b));
    }
    const start = rnd(len + 1);
    row.push(clean(b.toString('utf8', start, start + rnd(10))));
    r.decode.push(row);
  }
  for (let t = 0; t < 80; t++) {
    const s = randomString(rnd(3) === 0 ? rnd(300) : rnd(20));
    const row = [clean(s)];
    for (const e of encs) {
      const b = Buffer.from(s, e);
      row.push(hexOf(b), Buffer.byteLength(s, e));
    }
    r.encode.push(row);
  }
  for (let t = 0; t < 60; t++) {
    const s = randomString(rnd(30));
    const buf = Buffer.alloc(40, 0xee);
    const e = encs[rnd(encs.length)];
    const off = rnd(41);
    const len = rnd(41);
    let res;
    try { res = buf.write(s, off, len, e); } catch (err) { res = err.code; }
    r.limits.push([e, off, len, res, hexOf(buf)]);
  }
  // Base64/hex strings with random junk, lenient decoding.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n\t!*.';
  r.lenient = [];
  for (let t = 0; t < 80; t++) {
    let s = '';
    const n = rnd(40);
    for (let i = 0; i < n; i++) s += rnd(6) === 0 ? alphabet[62 + rnd(alphabet.length - 62)] : alphabet[rnd(62)];
    r.lenient.push([s, hexOf(Buffer.from(s, 'base64')), hexOf(Buffer.from(s, 'base64url')), Buffer.byteLength(s, 'base64'),
      hexOf(Buffer.from(s.replace(/[^0-9a-fA-F]/g, (c) => (rnd(2) ? c : 'a')), 'hex'))]);
  }
  return r;
};
