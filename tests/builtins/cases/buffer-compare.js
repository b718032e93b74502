// compare / Buffer.compare / equals / copy / concat, with ranges and errors.
const { Buffer } = require('buffer');

function hexOf(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
  return s;
}
function out(v) {
  if (v instanceof Uint8Array) return { hex: hexOf(v), isBuffer: Buffer.isBuffer(v) };
  return v;
}
function rec(f) {
  try { return out(f()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const r = {};
  const a = Buffer.from('abcdef');
  const others = [Buffer.from('abcdef'), Buffer.from('abcdeg'), Buffer.from('abc'), Buffer.from('abcdefg'), Buffer.from(''), Buffer.from('b'),
    new Uint8Array([97, 98, 99, 100, 101, 102]), Buffer.from([0x61, 0x62, 0x63, 0x64, 0x65, 0x65])];
  r.compare = others.map((o) => [a.compare(o), Buffer.compare(a, o), Buffer.compare(o, a), a.equals(o)]);
  const ranges = [[], [0], [1], [0, 3], [0, 3, 0, 3], [3, 6, 3, 6], [0, 6, 0, 3], [0, 3, 0, 6], [1, 4, 0, 3], [5, 5], [5, 5, 2, 2], [2, 2, 3, 4],
    [0, 10], [10], [undefined, undefined, 2], [0, 6, 10], [0, 6, 0, 10], [-1], [0, -1], [1.5], ['1'], [null], [0, 6, 6, 6], [0, 0, 0, 0], [6, 6, 6, 6],
    [7, 7], [0, 6, 7], [0, 6, 2 ** 32 + 1], [0, 6, 5, 6]];
  r.ranges = ranges.map((args) => others.slice(0, 4).map((o) => rec(() => a.compare(o, ...args))));
  r.errors = [
    rec(() => a.compare('abc')), rec(() => a.compare(null)), rec(() => a.compare([1])), rec(() => Buffer.compare('a', a)), rec(() => Buffer.compare(a, 5)),
    rec(() => a.equals('abcdef')), rec(() => a.equals({})), rec(() => a.equals(new Uint16Array(3))), rec(() => a.compare(new DataView(new ArrayBuffer(2)))),
  ];
  // copy
  const copies = [[], [0], [2], [2, 1], [2, 1, 3], [0, 0, 6], [0, 4, 2], [10], [5], [0, 7], [0, 6], [0, 0, 100], [0, 2, 1], [-1], [0, -1], [0, 0, -1],
    [1.7, 1.2, 3.9], ['1', '1', '3'], [NaN, NaN, NaN], [null, null, null], [undefined, 3], [0, 3, undefined], [Infinity], [0, Infinity], [0, 0, Infinity], [{}, [], true]];
  r.copy = copies.map((args) => {
    const t = Buffer.alloc(8, 0x2e);
    return rec(() => [a.copy(t, ...args), hexOf(t)]);
  });
  r.copyErrors = [
    rec(() => a.copy('x')), rec(() => a.copy(null)), rec(() => a.copy([1, 2])), rec(() => Buffer.prototype.copy.call('abc', Buffer.alloc(2))),
    rec(() => a.copy(new Uint16Array(4))),
  ];
  r.copyToU8 = (() => { const t = new Uint8Array(4); return [a.copy(t, 1), Array.from(t)]; })();
  r.copyOverlap = (() => { const b = Buffer.from('0123456789'); return [b.copy(b, 2, 0, 6), b.toString()]; })();
  r.copyOverlap2 = (() => { const b = Buffer.from('0123456789'); return [b.copy(b, 0, 3), b.toString()]; })();
  // concat
  const lists = [
    [], [Buffer.from('a')], [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('')], [new Uint8Array([1, 2]), Buffer.from([3])],
  ];
  r.concat = lists.map((l) => rec(() => Buffer.concat(l)));
  r.concatLen = [0, 1, 3, 4, 10, undefined, -1, 1.5, '2', null, 2 ** 32 + 1, NaN].map((n) => rec(() => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], n)));
  r.concatErrors = [
    rec(() => Buffer.concat('ab')), rec(() => Buffer.concat(null)), rec(() => Buffer.concat([Buffer.from('a'), 'b'])), rec(() => Buffer.concat([1])),
    rec(() => Buffer.concat([Buffer.from('a'), new Uint16Array(2)])), rec(() => Buffer.concat({ length: 1, 0: Buffer.from('a') })),
    rec(() => Buffer.concat([{ length: 2 }])), rec(() => Buffer.concat([Buffer.from('a'), null])),
  ];
  const big = [];
  for (let i = 0; i < 300; i++) big.push(Buffer.from('chunk' + i + ';'));
  const joined = Buffer.concat(big);
  r.concatBig = [joined.length, joined.toString().slice(-20)];
  r.concatLarge = (() => { const x = Buffer.concat([Buffer.alloc(6000, 1), Buffer.alloc(6000, 2)]); return [x.length, x[5999], x[6000]]; })();
  return r;
};
