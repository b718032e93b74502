// StringDecoder on text split at every byte position and in random chunk sizes, for each encoding, incl. invalid UTF-8.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function clean(s) {
  return s.replace(/[\ud800-\udfff]/g, (c) => '<' + c.charCodeAt(0).toString(16) + '>');
}
let seed = 99;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}

exports.probe = function probe() {
  const r = {};
  const texts = ['héllo wörld', '€uro', '😀😁😂', 'a\u0000b', 'mixed 中文 and 🎉', 'ÿþ'];
  const invalid = [[0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xc3, 0xc3, 0xa9], [0xff, 0xfe, 0xc3], [0xed, 0xa0, 0x80], [0x80, 0x80, 0x80, 0x80, 0x80],
    [0xf0, 0x80, 0x80, 0x80], [0xe0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3, 0x41, 0xe2, 0x82, 0xc3, 0xa9], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82, 0xac, 0xe2]];
  const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
  for (const e of encs) {
    const rows = [];
    const inputs = texts.map((t) => Buffer.from(t, e === 'utf16le' ? 'utf16le' : 'utf8')).concat(invalid.map((a) => Buffer.from(a)));
    for (const input of inputs) {
      // Split at every position into two writes, and every position into three.
      const row = [];
      for (let i = 0; i <= input.length; i++) {
        const d = new StringDecoder(e);
        row.push(clean(d.write(input.subarray(0, i)) + '|' + d.write(input.subarray(i)) + '|' + d.end()));
      }
      for (let i = 0; i <= input.length; i += 2) {
        for (let j = i; j <= input.length; j += 3) {
          const d = new StringDecoder(e);
          row.push(clean([d.write(input.subarray(0, i)), d.write(input.subarray(i, j)), d.end(input.subarray(j))].join('|')));
        }
      }
      // One byte at a time.
      const d = new StringDecoder(e);
      let s = '';
      for (let i = 0; i < input.length; i++) s += d.write(input.subarray(i, i + 1)) + '.';
      row.push(clean(s + d.end()));
      rows.push(row);
    }
    r[e] = rows;
  }
  // Random streams of random bytes.
  r.random = [];
  for (let t = 0; t < 60; t++) {
    const len = rnd(60);
    const bytes = Buffer.alloc(len);
    for (let i = 0; i < len; i++) bytes[i] = rnd(3) === 0 ? rnd(256) : rnd(2) ? 0x80 + rnd(64) : 0xc0 + rnd(64);
    const e = encs[t % encs.length];
    const d = new StringDecoder(e);
    let pos = 0;
    const parts = [];
    while (pos < len) {
      const n = 1 + rnd(5);
      parts.push(clean(d.write(bytes.subarray(pos, pos + n))));
      pos += n;
    }
    parts.push(clean(d.end()));
    r.random.push([e, parts, Array.from(d.lastChar), d.lastNeed]);
  }
  return r;
};
