// assert.deepEqual / deepStrictEqual semantics: prototypes, Map/Set, NaN, -0,
// typed arrays, Date, RegExp, errors (cause, errors), boxed primitives, symbol
// keys, sparse arrays, cycles, getters, non-enumerable properties.
const assert = require('assert');

function passes(fn) { try { fn(); return 1; } catch (e) { if (e.code !== 'ERR_ASSERTION') return e.name + ': ' + e.message; return 0; } }

function pairs() {
  const P = [];
  const add = (label, a, b) => P.push([label, a, b]);
  add('num', 1, 1);
  add('num/str', 1, '1');
  add('null/undef', null, undefined);
  add('0/false', 0, false);
  add('empty/0', '', 0);
  add('NaN', NaN, NaN);
  add('0/-0', 0, -0);
  add('obj 0/-0', { a: 0 }, { a: -0 });
  add('1n/1', 1n, 1);
  add('sym', Symbol.for('a'), Symbol.for('a'));
  add('syms', Symbol('a'), Symbol('a'));
  add('fn', () => 1, () => 1);
  const f = function () {};
  add('same fn', f, f);
  add('obj', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
  add('obj loose', { a: 1 }, { a: '1' });
  add('obj extra', { a: 1 }, { a: 1, b: undefined });
  add('obj undef vs missing', { a: undefined }, { b: undefined });
  add('null proto', Object.create(null), {});
  add('null proto both', Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 1 }));
  class A { constructor() { this.x = 1; } }
  class B { constructor() { this.x = 1; } }
  add('class vs obj', new A(), { x: 1 });
  add('class A/B', new A(), new B());
  add('array/obj', [], {});
  add('array-like', { 0: 1, length: 1 }, [1]);
  add('args', (function () { return arguments; })(1, 2), [1, 2]);
  add('args both', (function () { return arguments; })(1, 2), (function () { return arguments; })(1, 2));
  add('arr', [1, 2, 3], [1, 2, 3]);
  add('arr loose', [1, 2, 3], ['1', '2', '3']);
  add('arr len', [1, 2], [1, 2, undefined]);
  add('sparse', [1, , 3], [1, undefined, 3]);
  add('sparse both', [1, , 3], [1, , 3]);
  const ap = [1]; ap.extra = 2;
  add('arr prop', ap, [1]);
  const ap2 = [1]; ap2.extra = 2;
  add('arr prop both', ap, ap2);
  const as = [1]; as[Symbol.for('s')] = 1;
  add('arr sym', as, [1]);
  const os1 = { [Symbol.for('k')]: 1 };
  add('sym keys', os1, { [Symbol.for('k')]: 2 });
  add('sym key missing', os1, {});
  add('sym key same', os1, { [Symbol.for('k')]: 1 });
  const ne = Object.defineProperty({}, Symbol.for('k'), { value: 1, enumerable: false });
  add('sym non-enum', ne, {});
  add('non-enum', Object.defineProperty({}, 'a', { value: 1 }), {});
  add('getter', Object.defineProperty({}, 'a', { get() { return 1; }, enumerable: true }), { a: 1 });
  add('date', new Date(0), new Date(0));
  add('date diff', new Date(0), new Date(1));
  add('date NaN', new Date(NaN), new Date(NaN));
  const dp = new Date(0); dp.foo = 1;
  add('date prop', dp, new Date(0));
  add('date/obj', new Date(0), {});
  add('re', /a/g, /a/g);
  add('re flags', /a/g, /a/i);
  add('re src', /a/, /b/);
  const rl = /a/g; rl.lastIndex = 2;
  add('re lastIndex', rl, /a/g);
  add('err', new Error('a'), new Error('a'));
  add('err msg', new Error('a'), new Error('b'));
  add('err type', new Error('a'), new TypeError('a'));
  const ec = new Error('a'); ec.code = 'X';
  add('err prop', ec, new Error('a'));
  add('err cause', new Error('a', { cause: 1 }), new Error('a', { cause: 1 }));
  add('err cause diff', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
  add('err cause loose', new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
  add('err cause missing', new Error('a', { cause: 1 }), new Error('a'));
  add('err cause undef', new Error('a', { cause: undefined }), new Error('a'));
  add('agg', new AggregateError([1, { a: 1 }], 'm'), new AggregateError([1, { a: 1 }], 'm'));
  add('agg diff', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
  add('err/obj', new Error('a'), { message: 'a', name: 'Error' });
  add('num box', new Number(1), new Number(1));
  add('num box diff', new Number(1), new Number(2));
  add('num box/prim', new Number(1), 1);
  add('num box NaN', new Number(NaN), new Number(NaN));
  add('num box -0', new Number(0), new Number(-0));
  add('str box', new String('ab'), new String('ab'));
  add('str box/obj', new String('ab'), { 0: 'a', 1: 'b' });
  add('bool box', new Boolean(false), new Boolean(false));
  add('bool/num box', new Boolean(true), new Number(1));
  add('bigint box', Object(1n), Object(1n));
  add('sym box', Object(Symbol.iterator), Object(Symbol.iterator));
  const sb = new String('a'); sb.x = 1;
  add('str box prop', sb, new String('a'));
  add('u8', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
  add('u8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
  add('u8/i8', new Uint8Array([1]), new Int8Array([1]));
  add('u8/arr', new Uint8Array([1]), [1]);
  add('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
  add('f64 -0', new Float64Array([0]), new Float64Array([-0]));
  add('f32 -0', new Float32Array([-0]), new Float32Array([0]));
  const tp = new Uint8Array(1); tp.x = 1;
  add('ta prop', tp, new Uint8Array(1));
  add('ab', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
  add('ab diff', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
  add('ab len', new ArrayBuffer(1), new ArrayBuffer(2));
  add('dv', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
  add('dv diff', new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer));
  add('map', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
  add('map diff', new Map([[1, 'a']]), new Map([[1, 'b']]));
  add('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
  add('map loose both', new Map([[1, 1]]), new Map([['1', '1']]));
  add('map null/undef', new Map([[null, 1]]), new Map([[undefined, 1]]));
  add('map obj keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']]));
  add('map obj keys diff', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']]));
  add('map size', new Map([[1, 1]]), new Map());
  add('map/obj', new Map(), {});
  const mp = new Map(); mp.x = 1;
  add('map prop', mp, new Map());
  add('set', new Set([1, 2, 3]), new Set([3, 2, 1]));
  add('set diff', new Set([1, 2]), new Set([1, 3]));
  add('set loose', new Set([1]), new Set(['1']));
  add('set null/undef', new Set([null]), new Set([undefined]));
  add('set NaN', new Set([NaN]), new Set([NaN]));
  add('set NaN/str', new Set(['NaN']), new Set([NaN]));
  add('set objs', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
  add('set objs diff', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
  add('set nested', new Set([[1, 2], [3]]), new Set([[3], [1, 2]]));
  add('set mixed loose', new Set([1, '2']), new Set(['1', 2]));
  add('set sym', new Set([Symbol.for('a')]), new Set([Symbol.for('b')]));
  add('set/arr', new Set([1]), [1]);
  add('weakmap', new WeakMap(), new WeakMap());
  add('weakset/map', new WeakSet(), new WeakMap());
  add('promise', Promise.resolve(1), Promise.resolve(2));
  const c1 = { a: 1 }; c1.self = c1;
  const c2 = { a: 1 }; c2.self = c2;
  add('cycle', c1, c2);
  const c3 = { a: 1 }; c3.self = { a: 1, self: c3 };
  add('cycle shifted', c1, c3);
  const c4 = { a: 2 }; c4.self = c4;
  add('cycle diff', c1, c4);
  const ar1 = [1]; ar1.push(ar1);
  const ar2 = [1]; ar2.push(ar2);
  add('array cycle', ar1, ar2);
  const m1 = new Map(); m1.set('me', m1);
  const m2 = new Map(); m2.set('me', m2);
  add('map cycle', m1, m2);
  const ring = (n) => { const root = { a: 1 }; let cur = root; for (let i = 1; i < n; i++) { cur.self = { a: 1 }; cur = cur.self; } cur.self = root; return root; };
  for (let i = 1; i <= 3; i++) for (let j = 1; j <= 3; j++) add('ring ' + i + '/' + j, ring(i), ring(j));
  const x = { a: 1, b: { a: 1 } }; x.b.self = x.b; x.self = x;
  const y = { a: 1, b: { a: 1 } }; y.b.self = y; y.self = y;
  add('inner cycle', x, y);
  const p = {}; p.a = p; p.b = p;
  const q = {}; q.a = q; q.b = {}; q.b.a = q; q.b.b = q;
  add('two-edge cycle', p, q);
  const u = []; u.push(u, u); const v = []; const w = []; v.push(v, w); w.push(v, v);
  add('array cycles', u, v);
  const o1 = {}; o1.x = o1;
  add('one-sided cycle', o1, { x: { x: { x: {} } } });
  const s1 = new Set(); s1.add(s1); const s2 = new Set(); s2.add(s2);
  add('set cycle', s1, s2);
  const deepA = { l1: { l2: { l3: { l4: {} } } } }; deepA.l1.l2.l3.l4.back = deepA.l1;
  const deepB = { l1: { l2: { l3: { l4: {} } } } }; deepB.l1.l2.l3.l4.back = deepB.l1;
  add('deep cycle', deepA, deepB);
  const deepC = { l1: { l2: { l3: { l4: {} } } } }; deepC.l1.l2.l3.l4.back = deepC.l1.l2;
  add('deep cycle other target', deepA, deepC);
  add('set of cyclic', new Set([c1, { z: 1 }]), new Set([{ z: 1 }, c2]));
  add('map of cyclic', new Map([[c1, c2], ['k', c1]]), new Map([[c2, c1], ['k', c2]]));
  add('url-like', { href: 'a', protocol: 'x:' }, { href: 'a', protocol: 'x:' });
  const tagged = Object.create({ [Symbol.toStringTag]: 'X' });
  add('toStringTag', tagged, {});
  add('nested', { a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } }, { a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } });
  add('nested diff', { a: { b: { c: [1, { d: new Map([[1, new Set([2])]]) }] } } }, { a: { b: { c: [1, { d: new Map([[1, new Set(['2'])]]) }] } } });
  add('boxed vs loose', [new Number(1)], [1]);
  add('obj with num box', { a: new String('x') }, { a: 'x' });
  return P;
}

exports.probe = function () {
  const out = {};
  for (const [label, a, b] of pairs()) {
    out[label] = [
      passes(() => assert.deepEqual(a, b)),
      passes(() => assert.deepStrictEqual(a, b)),
      passes(() => assert.notDeepEqual(a, b)),
      passes(() => assert.notDeepStrictEqual(a, b)),
      passes(() => assert.deepEqual(b, a)),
      passes(() => assert.deepStrictEqual(b, a)),
    ].join('');
  }
  return out;
};
