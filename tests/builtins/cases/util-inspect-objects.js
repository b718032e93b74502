'use strict';
// util.inspect of plain objects, class instances, nesting, depth and layout.
const util = require('util');

exports.probe = () => {
  const out = [];
  const show = (v, o) => out.push(o === undefined ? util.inspect(v) : util.inspect(v, o));
  show({});
  show({ a: 1, b: 'two', c: [3], d: { e: null } });
  show({ 'a-b': 1, '0': 2, 'valid_id': 3, $dollar: 4, 'sp ace': 5, "q'uote": 6, '': 7, __proto__x: 8 });
  show({ ['__proto__']: 1 });
  show(Object.create(null));
  show(Object.assign(Object.create(null), { x: 1 }));
  class Foo { constructor() { this.a = 1; this.b = [1, 2]; } }
  show(new Foo());
  class Empty {}
  show(new Empty());
  show(new (class {})());
  class Bar extends Foo {}
  show(new Bar());
  function Legacy() { this.x = 1; }
  show(new Legacy());
  show(Object.create(Foo.prototype));
  show(Object.create(Object.create(null)));
  show(Object.create({}));
  const nested = { l1: { l2: { l3: { l4: { l5: 1 } } } }, arr: [[[[1]]]] };
  show(nested);
  show(nested, { depth: 0 });
  show(nested, { depth: 1 });
  show(nested, { depth: Infinity });
  show(nested, { depth: null });
  show(nested, { depth: -1 });
  show({ a: new Foo(), b: { c: { d: new Foo() } } });
  show({ m: new Map([[1, { a: { b: 1 } }]]), s: new Set([[[1]]]) });
  const big = {};
  for (let i = 0; i < 30; i++) big[`key${i}`] = i;
  show(big);
  show({ a: 'x'.repeat(60), b: 'y'.repeat(30) });
  show({ a: 'x'.repeat(20), b: 'y'.repeat(20) });
  show({ a: { b: { c: {} } } });
  show({ a: { b: { c: { d: 1 } } } }, { depth: 5 });
  show({ a: [{ b: 1 }, { c: 2 }], d: 'str' });
  const realistic = {
    id: 42,
    name: 'Widget',
    tags: ['alpha', 'beta', 'gamma'],
    owner: { id: 7, name: 'Ann', roles: ['admin', 'user'], address: { city: 'Paris', zip: '75001' } },
    created: new Date(0),
    flags: { active: true, archived: false },
    score: -0,
    ratio: 0.25,
    note: null,
    extra: undefined,
  };
  show(realistic);
  show(realistic, { compact: false });
  show(realistic, { compact: 1 });
  show(realistic, { compact: true });
  show(realistic, { breakLength: 40 });
  show(realistic, { breakLength: Infinity });
  show(realistic, { sorted: true });
  show(realistic, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) });
  show([realistic, realistic]);
  show({ a: 1, [Symbol('s')]: 2, [Symbol.for('f')]: { x: 1 } });
  const hidden = { visible: 1 };
  Object.defineProperty(hidden, 'hid', { value: 2, enumerable: false });
  Object.defineProperty(hidden, Symbol('hs'), { value: 3, enumerable: false });
  show(hidden);
  show(hidden, { showHidden: true });
  show(util.inspect, { depth: 0 });
  show(JSON);
  show(Math, { depth: 0 });
  show(globalThis.Reflect !== undefined ? { reflectType: typeof Reflect } : {});
  show(new Foo(), true);
  show({ a: { b: { c: { d: 1 } } } }, false, 0);
  show({ a: { b: { c: { d: 1 } } } }, false, null);
  show({ a: { b: { c: { d: 1 } } } }, false, undefined);
  return out;
};
