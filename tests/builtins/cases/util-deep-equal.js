'use strict';
// util.isDeepStrictEqual.
const util = require('util');

exports.probe = () => {
  const eq = util.isDeepStrictEqual;
  class Foo { constructor(x) { this.x = x; } }
  class Bar { constructor(x) { this.x = x; } }
  const s1 = Symbol('s');
  const circA = { a: 1 }; circA.self = circA;
  const circB = { a: 1 }; circB.self = circB;
  const circC = { a: 1 }; circC.self = { a: 1, self: circC };
  const hiddenA = {}; Object.defineProperty(hiddenA, 'h', { value: 1 });
  const hiddenB = {}; Object.defineProperty(hiddenB, 'h', { value: 2 });
  const symA = { [s1]: 1 };
  const symB = { [s1]: 1 };
  const symC = { [s1]: 2 };
  const symHidden = {}; Object.defineProperty(symHidden, s1, { value: 1 });
  const arrProps1 = [1, 2]; arrProps1.x = 1;
  const arrProps2 = [1, 2]; arrProps2.x = 2;
  const arrProps3 = [1, 2];
  const re1 = /a/g; const re2 = /a/g; re2.lastIndex = 3;
  const d1 = new Date(0); const d2 = new Date(0); d2.extra = 1;
  const e1 = new Error('x'); const e2 = new Error('x'); const e3 = new TypeError('x'); const e4 = new Error('y');
  const eProp = new Error('x'); eProp.code = 'A';
  const pairs = [
    [1, 1], [1, '1'], [0, -0], [-0, -0], [NaN, NaN], [NaN, 0 / 0], [null, undefined], [null, null],
    ['a', 'a'], [1n, 1n], [1n, 1], [s1, s1], [Symbol('a'), Symbol('a')], [true, true],
    [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: undefined }, {}],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }],
    [[1, 2, 3], [1, 2, 3]], [[1, 2], [1, 2, 3]], [[1, , 3], [1, undefined, 3]], [[1, , 3], [1, , 3]], // eslint-disable-line no-sparse-arrays
    [[0], [-0]], [[NaN], [NaN]], [arrProps1, arrProps2], [arrProps1, arrProps3], [arrProps1, arrProps1.slice()],
    [new Foo(1), new Foo(1)], [new Foo(1), new Bar(1)], [new Foo(1), { x: 1 }], [Object.create(null), {}],
    [Object.create(null), Object.create(null)], [circA, circB], [circA, circC], [hiddenA, hiddenB],
    [symA, symB], [symA, symC], [symA, {}], [symHidden, {}], [{}, symA],
    [new Date(0), new Date(0)], [new Date(0), new Date(1)], [d1, d2], [new Date(NaN), new Date(NaN)],
    [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/], [re1, re2],
    [e1, e2], [e1, e3], [e1, e4], [e1, eProp], [new Error('x'), { message: 'x', name: 'Error' }],
    [new Map([[1, 2]]), new Map([[1, 2]])], [new Map([[1, 2]]), new Map([[1, 3]])], [new Map([[1, 2]]), new Map([[2, 2]])],
    [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 2 }, 'v']])],
    [new Map([[1, undefined]]), new Map([[2, undefined]])], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
    [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set(['1'])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
    [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])], [new Set([[1], [2]]), new Set([[2], [1]])],
    [new Set([NaN]), new Set([NaN])], [new Set(), new Map()],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
    [new Uint8Array([1]), new Int8Array([1])], [new Float64Array([0]), new Float64Array([-0])],
    [new Float64Array([NaN]), new Float64Array([NaN])], [new Uint8Array(2), new Uint8Array(3)],
    [new ArrayBuffer(2), new ArrayBuffer(2)], [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
    [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))], [new ArrayBuffer(1), new SharedArrayBuffer(1)],
    [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new Number(0), new Number(-0)],
    [new Number(NaN), new Number(NaN)], [new String('a'), new String('a')], [new String('a'), 'a'],
    [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)], [Object(s1), Object(s1)],
    [Object(Symbol('a')), Object(Symbol('a'))], [new Number(1), 1],
    [[new Map([[1, [new Set([1])]]])], [new Map([[1, [new Set([1])]]])]],
    [(() => {}), (() => {})], [Math.max, Math.max], [Promise.resolve(1), Promise.resolve(2)],
    [new WeakMap(), new WeakMap()], [{ [Symbol.toStringTag]: 'X' }, {}], [[1], { 0: 1, length: 1 }],
    [Object.assign([1], { length: 1 }), [1]], [(function () { return arguments; })(1), [1]],
  ];
  // Cycles.
  const a = {}; a.x = a;
  const b = {}; b.x = { x: b };
  const c = {}; c.x = { x: { x: c } };
  const d = { x: { x: { x: {} } } };
  const e = {}; e.x = { y: e };
  const f = {}; f.x = { y: { x: { y: 1 } } };
  const g = [1]; g.push(g);
  const h = [1, [1, [1]]];
  const k = { p: 1 }; k.q = k;
  const l = { p: 1, q: { p: 1 } }; l.q.q = l;
  const m = {}; const n = {}; m.a = n; n.a = m;
  const o = {}; o.a = o;
  const A1 = { v: 1 }; const A2 = { v: 2 }; A1.p = A2; A2.p = A1;
  const C1 = { v: 1 }; const C2 = { v: 2 }; C1.p = C2; C2.p = C2;
  const st1 = new Set(); st1.add(st1);
  const st2 = new Set(); st2.add(new Set([st2]));
  const mp1 = new Map(); mp1.set('k', mp1);
  const mp2 = new Map(); mp2.set('k', new Map([['k', mp2]]));
  pairs.push([a, b], [a, c], [b, c], [a, d], [e, f], [g, h], [k, l], [m, o], [A1, C1], [{ k: a }, { k: b }],
    [st1, st2], [mp1, mp2], [[a, a], [b, c]]);
  return pairs.map(([x, y], i) => [i, eq(x, y), eq(y, x)]);
};
