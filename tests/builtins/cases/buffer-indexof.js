// indexOf / lastIndexOf / includes: numbers, strings in each encoding, buffers, offsets, Node's quirks.
const { Buffer } = require('buffer');

function rec(f) {
  try { return f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const r = {};
  const b = Buffer.from('abcdef abcdef xyz €€ 😀 end');
  const needles = [
    'a', 'abc', 'def', 'f a', 'zzz', '', 'end', '€', '😀', 'xyz €', 97, 98, 256 + 97, -159, 0, 1000, 97.5, -1,
    Buffer.from('bc'), Buffer.from(''), Buffer.from('end'), new Uint8Array([0x64, 0x65]), Buffer.from('abcdef abcdef xyz €€ 😀 endX'),
  ];
  const offsets = [undefined, 0, 1, 3, 7, -1, -3, -100, 100, 27, 28, 29, NaN, null, '', '2', 1.5, -1.5, Infinity, -Infinity, [], {}, true, 2 ** 32, -(2 ** 32)];
  for (const m of ['indexOf', 'lastIndexOf', 'includes']) {
    const rows = {};
    for (let i = 0; i < needles.length; i++) {
      rows[i] = offsets.map((o) => rec(() => b[m](needles[i], o)));
    }
    r[m] = rows;
  }
  // Encodings.
  const u = Buffer.from('abcdabcd', 'ucs2');
  const encs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'nope', 'UTF8'];
  const encNeedles = ['b', 'bc', 'cd', '6200', '62006300', 'YgBj', 'YgBjAA==', 'zz', '', 'd', Buffer.from('b\u0000c', 'latin1'), Buffer.from('b')];
  r.enc = {};
  for (const e of encs) {
    r.enc[e] = encNeedles.map((n) => [
      rec(() => u.indexOf(n, 0, e)), rec(() => u.lastIndexOf(n, undefined, e)), rec(() => u.indexOf(n, 3, e)),
      rec(() => u.lastIndexOf(n, 9, e)), rec(() => u.indexOf(n, e)), rec(() => u.lastIndexOf(n, -4, e)),
    ]);
  }
  // ucs2 on odd haystacks and unaligned views (Node only matches at even positions).
  const odd = Buffer.from('abc');
  r.oddUcs2 = [odd.indexOf(Buffer.from('xx'), 0, 'ucs2'), odd.indexOf('xx', 0, 'ucs2'), odd.lastIndexOf(Buffer.from('xx'), 0, 'ucs2'),
    odd.indexOf(Buffer.from('ab'), 0, 'ucs2'), odd.indexOf('\u6261', 0, 'ucs2'), odd.indexOf(Buffer.from('bc'), 0, 'ucs2')];
  // (Not tested: UCS-2 search in views at an odd byteOffset, where Node 20
  // misreads memory or never returns.)
  // Latin-1 needles with wide chars.
  const l = Buffer.from([0x61, 0x00, 0xe9, 0x41]);
  r.latin1 = [l.indexOf('\u0100', 0, 'latin1'), l.indexOf('é', 0, 'latin1'), l.indexOf('\u0141', 0, 'latin1'), l.indexOf('é'), l.indexOf('é', 0, 'ascii')];
  // Errors.
  r.errors = [
    rec(() => b.indexOf({})), rec(() => b.indexOf(null)), rec(() => b.indexOf(undefined)), rec(() => b.indexOf(true)),
    rec(() => b.indexOf([1])), rec(() => b.indexOf('a', 0, 'nope')), rec(() => b.indexOf(97, 0, 'nope')),
    rec(() => b.indexOf(Buffer.from('a'), 0, 'nope')), rec(() => b.indexOf(Symbol('x'))), rec(() => b.indexOf(5n)),
    rec(() => Buffer.prototype.indexOf.call('abc', 'a')), rec(() => Buffer.prototype.indexOf.call(new Uint16Array([97]), 97)),
  ];
  // Empty haystack.
  const e = Buffer.alloc(0);
  r.empty = [e.indexOf('a'), e.indexOf(''), e.lastIndexOf(''), e.indexOf(0), e.indexOf(Buffer.alloc(0)), e.lastIndexOf('', 5), e.indexOf('', -5)];
  // Long haystack.
  const big = Buffer.alloc(50000, 'abcdefghij');
  big.write('NEEDLE', 43210);
  r.big = [big.indexOf('NEEDLE'), big.lastIndexOf('NEEDLE'), big.indexOf('NEEDLE', 43211), big.lastIndexOf('NEEDLE', 43209), big.indexOf('jab', 49990), big.lastIndexOf(Buffer.from('hij'))];
  return r;
};
