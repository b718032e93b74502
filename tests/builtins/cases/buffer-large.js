// Large inputs: chunk boundaries of the encoders/decoders (multi-byte characters, invalid bytes and surrogates placed across them).
// The sandbox's string conversions work in chunks of 8192 characters / bytes.
const { Buffer } = require('buffer');

// Short fingerprints keep the result small (and the case quick in an
// interpreter): a sample of positions plus every position near the chunk
// boundaries (multiples of 8192).
function near(i) {
  const m = i % 8192;
  return m < 40 || m > 8192 - 40;
}
function sig(s) {
  let h = 0;
  for (let i = 0; i < s.length; i += near(i) ? 1 : 53) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  for (let i = Math.max(0, s.length - 50); i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return [s.length, h];
}
function bsig(b) {
  let h = 0;
  for (let i = 0; i < b.length; i += near(i) ? 1 : 53) h = (Math.imul(h, 31) + b[i]) >>> 0;
  for (let i = Math.max(0, b.length - 50); i < b.length; i++) h = (Math.imul(h, 31) + b[i]) >>> 0;
  return [b.length, h];
}
let seed = 7;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}

exports.probe = function probe() {
  const r = {};
  const chunk = 8192;
  // Multi-byte characters straddling every offset around the chunk boundaries.
  r.straddle = [];
  for (const ch of ['é', '€', '😀', '\ud800', '\udc00', 'a']) {
    for (let shift = -2; shift <= 2; shift++) {
      const s = 'x'.repeat(chunk + shift) + ch + 'y'.repeat(40) + ch + 'z';
      const b = Buffer.from(s);
      r.straddle.push([ch.charCodeAt(0), shift, bsig(b), Buffer.byteLength(s), sig(b.toString()), sig(b.toString('latin1')),
        bsig(Buffer.from(s, 'ucs2')), bsig(Buffer.from(s, 'latin1'))]);
    }
  }
  // Invalid bytes at the decoder's chunk boundaries.
  r.invalid = [];
  const patterns = [[0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80, 0x80, 0x80, 0x80, 0x80], [0xc3], [0xff], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82, 0xac]];
  for (const p of patterns) {
    for (let at = chunk - 4; at <= chunk + 1; at++) {
      const b = Buffer.alloc(chunk + 40, 0x61);
      for (let k = 0; k < p.length; k++) b[at + k] = p[k];
      r.invalid.push([p.join(','), at, sig(b.toString()), sig(b.toString('utf8', 3))]);
    }
  }
  // Random valid-ish text, big.
  let text = '';
  const pieces = ['a', 'bc', 'é', '€', '😀', '中', ' ', '\n', 'ÿ', '\u0800', '\uffff'];
  const parts = [];
  for (let i = 0; i < 8000; i++) parts.push(pieces[rnd(pieces.length)]);
  text = parts.join('');
  const tb = Buffer.from(text);
  r.text = [bsig(tb), sig(tb.toString()), tb.toString() === text, Buffer.byteLength(text), bsig(Buffer.from(text, 'utf16le')), sig(Buffer.from(text, 'utf16le').toString('utf16le'))];
  // Random bytes, big.
  const rb = Buffer.alloc(20000);
  for (let i = 0; i < rb.length; i++) rb[i] = rnd(4) === 0 ? rnd(256) : 0x20 + rnd(95);
  r.randomBytes = [sig(rb.toString()), sig(rb.toString('ascii')), sig(rb.toString('latin1')), sig(rb.toString('hex')), sig(rb.toString('base64')), sig(rb.toString('ucs2'))];
  // Bounded writes of big strings, cut inside characters.
  r.writes = [];
  for (const cut of [0, 1, 2, 3, 5, 100, 8191, 8192, 8193, 16383, 16384, 16385, 30000]) {
    const dst = Buffer.alloc(cut, 0xee);
    const n = dst.write(text);
    r.writes.push([cut, n, bsig(dst)]);
    const d2 = Buffer.alloc(cut + 3, 0xee);
    r.writes.push([cut, d2.write('😀'.repeat(6000), 3), bsig(d2)]);
    const d3 = Buffer.alloc(cut, 0xee);
    r.writes.push([cut, d3.write(text, 'ucs2'), bsig(d3), d3.write(text, 'latin1'), bsig(d3)]);
  }
  // Long strings of lone surrogates and pairs.
  const lone = '\ud83d'.repeat(9000) + '\ude00'.repeat(9000) + '\ud83d\ude00'.repeat(5000);
  r.lone = [bsig(Buffer.from(lone)), Buffer.byteLength(lone), sig(Buffer.from(lone).toString())];
  // Big hex/base64 with junk.
  const hx = rb.toString('hex');
  r.hex = [bsig(Buffer.from(hx, 'hex')), bsig(Buffer.from(hx.slice(0, 20001), 'hex')), bsig(Buffer.from(hx.slice(0, 10000) + 'zz' + hx.slice(10000), 'hex'))];
  const b64 = rb.toString('base64');
  r.b64 = [bsig(Buffer.from(b64, 'base64')), bsig(Buffer.from(b64.replace(/(.{76})/g, '$1\n'), 'base64')), bsig(Buffer.from(b64.slice(0, 1001), 'base64')),
    bsig(Buffer.from(b64.replace(/\+/g, '-').replace(/\//g, '_'), 'base64url')), bsig(Buffer.from(b64.slice(0, 5000) + '=' + b64.slice(5000), 'base64'))];
  // Long compares: first difference at chosen positions, and length differences.
  const base = Buffer.alloc(70000, 0x41);
  r.compare = [];
  for (const at of [0, 1, 63, 64, 65, 32767, 32768, 32769, 65535, 65536, 69999]) {
    for (const delta of [1, -1]) {
      const other = Buffer.from(base);
      other[at] += delta;
      r.compare.push([at, delta, base.compare(other), other.compare(base), base.equals(other), Buffer.compare(base, other),
        base.compare(other, 0, at), base.compare(other, 0, at + 1, 0, at + 1), base.compare(other, at + 1, 70000, at + 1)]);
    }
  }
  r.compareLen = [base.compare(base.subarray(0, 69999)), base.subarray(0, 69999).compare(base), base.equals(Buffer.from(base)),
    Buffer.compare(base.subarray(1), base.subarray(0, 69999)), base.subarray(5, 100).compare(base.subarray(6, 100))];
  return r;
};
