'use strict';
// Generated values (deterministic) inspected with generated options: a wide
// net over layout, grouping, depth and escaping.
const util = require('util');

exports.probe = () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const int = (n) => Math.floor(rnd() * n);
  const words = ['a', 'bb', 'key', 'value', 'it\'s', 'say "x"', 'tab\t', 'nl\n', 'longer words here', 'ünï',
    '', ' ', '$x', '0', '12', 'with-dash', 'CamelCase', 'x'.repeat(30), 'y'.repeat(90)];
  class Thing { constructor() { this.v = int(100); } }
  function prim() {
    switch (int(12)) {
      case 0: return int(1000) - 500;
      case 1: return (rnd() - 0.5) * 10 ** int(12);
      case 2: return pick([0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7]);
      case 3: return BigInt(int(100000)) * (rnd() < 0.5 ? -1n : 1n);
      case 4: return pick([true, false, null, undefined]);
      case 5: return Symbol(pick(words));
      default: return pick(words);
    }
  }
  function value(depth) {
    if (depth > 4 || rnd() < 0.35) return prim();
    const n = int(depth === 0 ? 12 : 8);
    switch (int(11)) {
      case 0: case 1: {
        const o = {};
        for (let i = 0; i < n; i++) o[pick(words) + (rnd() < 0.3 ? i : '')] = value(depth + 1);
        return o;
      }
      case 2: case 3: {
        const a = [];
        for (let i = 0; i < n * (rnd() < 0.2 ? 6 : 1); i++) a.push(rnd() < 0.7 ? int(10 ** int(6)) : value(depth + 1));
        if (rnd() < 0.1) a.extra = value(depth + 1);
        if (rnd() < 0.1) delete a[0];
        return a;
      }
      case 4: return new Map(Array.from({ length: n }, () => [prim(), value(depth + 1)]));
      case 5: return new Set(Array.from({ length: n }, () => value(depth + 1)));
      case 6: return Object.assign(new Thing(), rnd() < 0.5 ? { extra: value(depth + 1) } : {});
      case 7: return Object.assign(Object.create(null), { np: value(depth + 1) });
      case 8: return pick([new Uint8Array(n), new Float64Array([rnd(), -0]), new ArrayBuffer(n), new Date(int(1e12))]);
      case 9: return Array.from({ length: n * 5 }, () => pick(words).slice(0, int(8)));
      default: return Object.assign(function fn() {}, n > 4 ? { prop: value(depth + 1) } : {});
    }
  }
  const out = [];
  for (let i = 0; i < 400; i++) {
    const v = value(0);
    const opts = {};
    if (rnd() < 0.3) opts.depth = pick([0, 1, 3, 5, Infinity, null]);
    if (rnd() < 0.3) opts.breakLength = pick([20, 40, 60, 100, 200, Infinity]);
    if (rnd() < 0.3) opts.compact = pick([false, true, 0, 1, 2, 5]);
    if (rnd() < 0.15) opts.maxArrayLength = pick([0, 2, 10]);
    if (rnd() < 0.15) opts.maxStringLength = pick([0, 5, 20]);
    if (rnd() < 0.15) opts.sorted = true;
    if (rnd() < 0.15) opts.numericSeparator = true;
    if (rnd() < 0.15) opts.colors = true;
    if (rnd() < 0.1) opts.showHidden = true;
    out.push(util.inspect(v, opts));
  }
  return out;
};
