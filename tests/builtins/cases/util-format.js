'use strict';
// util.format / util.formatWithOptions.
const util = require('util');

exports.probe = () => {
  const out = [];
  const f = (...args) => {
    try { out.push(util.format(...args)); } catch (e) { out.push({ name: e.name, code: e.code, message: e.message }); }
  };
  class Foo { constructor() { this.a = 1; } }
  class WithToString { toString() { return 'custom toString'; } }
  class WithPrim { [Symbol.toPrimitive]() { return 'prim'; } }
  f();
  f('');
  f('plain');
  f('%s');
  f('%s', 'a');
  f('%s %s', 'a');
  f('%s', 'a', 'b', 3, { c: 1 });
  f('%s', 42, -0, 1.5, 10n);
  f('%s|%s|%s|%s|%s', null, undefined, true, Symbol('s'), -0);
  f('%s', { a: { b: { c: 1 } } });
  f('%s', [1, [2, [3]]]);
  f('%s', new Foo());
  f('%s', new WithToString());
  f('%s', new WithPrim());
  f('%s', { toString() { return 'own toString'; } });
  f('%s', Object.create(null));
  f('%s', new Date(0));
  f('%s', /re/g);
  f('%s', new Map([[1, 2]]));
  f('%s', () => 1);
  f('%s', function named() {});
  f('%s', class K {});
  f('%s', Object.defineProperty(new Error('e'), 'stack', { value: 'Error: e\n    at somewhere (file.js:1:1)' }));
  f('%d', 42);
  f('%d', '42');
  f('%d', '0x10');
  f('%d', 1.5);
  f('%d', -0);
  f('%d', 10n);
  f('%d', Symbol('x'));
  f('%d', {});
  f('%d', null);
  f('%d', '');
  f('%d', [5]);
  f('%i', 42.9);
  f('%i', '42.9abc');
  f('%i', -0.5);
  f('%i', 10n);
  f('%i', Symbol('x'));
  f('%i', 'abc');
  f('%f', '1.5e3');
  f('%f', 'x');
  f('%f', Symbol('x'));
  f('%f', 10n === 10n ? '3.25' : 0);
  f('%j', { a: [1, 'b'] });
  f('%j', undefined);
  f('%j', 'str');
  const circ = {};
  circ.circ = circ;
  f('%j', circ);
  f('%j', { toJSON() { return 'tj'; } });
  // (the engine's own JSON.stringify message differs between engines: name only)
  try { util.format('%j', 1n); } catch (e) { out.push(e.name); }
  f('%o', { a: [1, 2, { b: 3 }], f() {} });
  f('%o', [1, 2]);
  f('%o', 'str');
  f('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
  f('%O', { a: { b: { c: { d: 1 } } } });
  f('%O', 'str');
  f('%c', 'color: red');
  f('a%cb', 'css', 'extra');
  f('%%');
  f('%%', 1);
  f('%% %s', 'x');
  f('100%');
  f('%');
  f('%x', 1);
  f('%s%', 'a');
  f('%%s', 'a');
  f('%s %d %i %f %j %o %O %c', 's', 1, 2, 3, 4, 5, 6, 7, 'rest');
  f(1, 2, 3);
  f({ a: 1 }, 'str', 2);
  f(null, undefined);
  f('a', 'b', { c: 'd' });
  f(Symbol('first'), 'x');
  f('%s', 'a\nb');
  f('no args %s');
  f('%s:%s', 'a');
  f('%d%d', 1);
  f('%s', '%s', 'x');
  f('x', '%s');
  f('%s', [1, 'two', { three: [4] }]);
  f('%s', { a: 1, b: 'two' }, { c: [1, 2, 3] });
  f('%s', Array.from({ length: 30 }, (_, i) => i));
  f('%O', Array.from({ length: 30 }, (_, i) => i));
  f('%s', new Set([1]));
  f('%s', new (class Rich { constructor() { this.deep = { deeper: { deepest: 1 } }; } })());
  f('%s', Object.assign(Object.create({ toString() { return 'inherited'; } }), { x: 1 }));
  f('%s', new Number(5));
  f('%s', new String('boxed'));
  f('%s', [undefined, null]);
  f('%s', new Uint8Array(2));
  f('%s', Promise.resolve ? new Promise(() => {}) : 0);
  const w = (opts, ...args) => {
    try { out.push(util.formatWithOptions(opts, ...args)); } catch (e) { out.push({ name: e.name, code: e.code, message: e.message }); }
  };
  w({ colors: true }, '%s %d %o', 'x', 5, { a: 1 }, { b: 'two' }, 3, 'plain', null);
  w({ depth: 0 }, { a: { b: 1 } });
  w({ compact: false }, { a: 1 });
  w({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321, 12345.678, 9876543, 12345678);
  w({ numericSeparator: true }, 1234567, 12345678n);
  w([], 'array options %s', 1);
  w(1, 'x');
  w(null, 'x');
  w(undefined, 'x');
  w('str', 'x');
  w(() => {}, 'x');
  return out;
};
