const clone = require('rfdc')();
const cloneCircles = require('rfdc')({ proto: true, circles: true });
exports.probe = () => {
  const src = { a: [1, { b: 2 }], d: new Date(0), m: new Map([['k', { v: 1 }]]), buf: new Uint8Array([1, 2]), u: undefined };
  const c = clone(src);
  const circ = { x: 1 }; circ.me = circ;
  const cc = cloneCircles(circ);
  return {
    equal: JSON.stringify(c) === JSON.stringify(src),
    distinct: [c.a !== src.a, c.a[1] !== src.a[1], c.d !== src.d, c.d.getTime(), c.m.get('k') !== src.m.get('k'), c.m.get('k').v],
    typed: [c.buf instanceof Uint8Array, Array.from(c.buf), 'u' in c],
    circles: [cc.me === cc, cc !== circ],
  };
};
