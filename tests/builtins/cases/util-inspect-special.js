'use strict';
// util.inspect of functions, classes, boxed primitives, dates, regexps,
// collections, getters, symbols, tags, custom inspect and circular values.
const util = require('util');

exports.probe = () => {
  const out = [];
  const show = (v, o) => out.push(o === undefined ? util.inspect(v) : util.inspect(v, o));
  // functions and classes
  function named() {}
  show(named);
  show(() => {});
  show(function () {});
  show(async function af() {});
  show(async () => {});
  show(function* gen() {});
  show(async function* agen() {});
  show(Object.assign(function withProps() {}, { a: 1, b: 'x' }));
  class A {}
  class B extends A {}
  class C extends B { static x = 1; }
  show(A);
  show(B);
  show(C);
  show(class {});
  show(class extends A {});
  show({ A, fn: named, arrow: (x) => x });
  const mixin = (Base) => class extends Base {};
  class Mixed extends mixin(A) {}
  class Commented /* ( */ extends A {}
  show([Mixed, Commented, mixin(A), class { static m() {} }.m]);
  show(Math.max);
  show(Function.prototype);
  const bound = named.bind(null);
  show(bound);
  const nullProtoFn = function np() {};
  Object.setPrototypeOf(nullProtoFn, null);
  show(nullProtoFn);
  const taggedFn = function tf() {};
  Object.defineProperty(taggedFn, Symbol.toStringTag, { value: 'Tagged' });
  show(taggedFn);
  const renamed = function orig() {};
  Object.defineProperty(renamed, 'name', { value: 'other' });
  show(renamed);
  const noName = function () {};
  Object.defineProperty(noName, 'name', { value: '' });
  show(noName);
  const m = { method() {}, async am() {}, *gm() {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
  show(m);
  show(m, { getters: true });
  show(m, { getters: 'get' });
  show(m, { getters: 'set' });
  show({ get n() { return null; }, get o() { return { deep: { er: 1 } }; }, get t() { throw new Error('oops'); } }, { getters: true });
  show(Object.defineProperty({}, 'u', { value: undefined, enumerable: true }));
  // boxed primitives
  show(new Number(3));
  show(new Number(-0));
  show(new String('abc'));
  show(new Boolean(false));
  show(Object(1n));
  show(Object(Symbol('bx')));
  const boxedProps = new String('ab');
  boxedProps.extra = 1;
  show(boxedProps);
  show(new String('ab'), { showHidden: true });
  class MyNum extends Number {}
  show(new MyNum(5));
  // dates and regexps
  show(new Date(0));
  show(new Date(1e12));
  show(new Date(NaN));
  show(new Date(8.64e15));
  const dateProps = new Date(0);
  dateProps.x = 1;
  show(dateProps);
  class MyDate extends Date {}
  show(new MyDate(0));
  show(/abc/gi);
  show(/a\/b/);
  show(new RegExp('x', 'dgimsuy'));
  show([new RegExp('\n'), new RegExp(''), /[/]/, new RegExp('a\u2028b\u2029'), new RegExp('/', 'g'), new RegExp('\r\t')]);
  const reProps = /p/;
  reProps.x = 1;
  show(reProps);
  show({ r: { r: { r: Object.assign(/deep/, { y: 1 }) } } });
  class MyRe extends RegExp {}
  show(new MyRe('z'));
  // collections
  show(new Map());
  show(new Map([[1, 'one'], ['two', { x: 2 }], [{ k: 1 }, [1, 2]]]));
  show(new Set());
  show(new Set([1, 'two', { three: 3 }, [4]]));
  show(new Map([[new Map([[1, 2]]), new Set([3])]]));
  show(new Set(Array.from({ length: 30 }, (_, i) => i)));
  show(new Map(Array.from({ length: 5 }, (_, i) => [i, 'v'.repeat(i * 5)])));
  show(new Set([1, 2, 3]), { maxArrayLength: 1 });
  show(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 });
  const mapProps = new Map([[1, 2]]);
  mapProps.p = 'q';
  show(mapProps);
  class MyMap extends Map {}
  show(new MyMap([[1, 2]]));
  class MySet extends Set {}
  show(new MySet());
  show(new WeakMap());
  show(new WeakSet());
  show({ wm: new WeakMap(), ws: new WeakSet() });
  // symbols, tags
  show({ [Symbol('a')]: 1, [Symbol('b\nc')]: 2 });
  show({ [Symbol.toStringTag]: 'Own' });
  class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
  show(new Tagged());
  show(Object.create(null, { [Symbol.toStringTag]: { value: 'NP' } }));
  show(Object.create(null, { [Symbol.toStringTag]: { value: 'NP' } }), { showHidden: true });
  show(Object.create(null, { [Symbol.toStringTag]: { value: 'NP', enumerable: true }, x: { value: 1, enumerable: true } }));
  class TaggedSame { get [Symbol.toStringTag]() { return 'TaggedSame'; } }
  show(new TaggedSame());
  // custom inspect
  const custom = { [util.inspect.custom]: () => 'CUSTOM' };
  show(custom);
  show({ nested: custom });
  show({ [util.inspect.custom]: () => ({ replaced: true }) });
  show({ [util.inspect.custom]: () => 'multi\nline' , x: 1 });
  show({ a: { [util.inspect.custom]: () => 'multi\nline' } });
  show({ [util.inspect.custom](depth, options, insp) {
    return `d=${depth} keys=${Object.keys(options).sort().join()} same=${insp === util.inspect} colors=${options.colors}`;
  } });
  show({ x: { y: { [util.inspect.custom](depth, options) { return `depth ${depth} optdepth ${options.depth}`; } } } });
  show({ [util.inspect.custom](depth, options) { return `depth ${depth} optdepth ${options.depth}`; } }, { depth: 5 });
  show({ [util.inspect.custom](depth, options) { return options.stylize('styled', 'special'); } }, { colors: true });
  show({ [util.inspect.custom](depth, options) { return `custom opt ${options.myOpt}`; } }, { myOpt: 42 });
  show({ [util.inspect.custom]: () => 'ignored' }, { customInspect: false });
  const selfReturning = { a: 1, [util.inspect.custom]() { return this; } };
  show(selfReturning);
  class WithCustom { [util.inspect.custom]() { return 'WC'; } }
  show(new WithCustom());
  show(WithCustom.prototype);
  show({ inspect() { return 'old style'; } });
  // circular
  const circ = { name: 'c' };
  circ.self = circ;
  show(circ);
  const c2 = { a: {} };
  c2.a.b = c2;
  c2.a.c = c2.a;
  show(c2);
  const arrC = [1];
  arrC.push(arrC);
  show(arrC);
  const mc = new Map();
  mc.set('me', mc);
  show(mc);
  const x1 = {}; const x2 = { x1 }; x1.x2 = x2; x1.x1 = x1;
  show({ x1, x2 });
  show(circ, { compact: true });
  // promises (pending only observable)
  show(new Promise(() => {}));
  // arguments
  show((function () { return arguments; })(1, 'a'));
  show((function () { return arguments; })());
  // iterators and generators
  show((function* () {})());
  show([1, 2][Symbol.iterator]());
  show('ab'[Symbol.iterator]());
  // module-like
  show(Object.freeze(Object.assign(Object.create(null), { a: 1 })));
  // swapped and null prototypes
  show(Object.setPrototypeOf({}, Array.prototype));
  show(Object.defineProperty({}, 'constructor', { value: 1 }));
  const ctorArr = [];
  ctorArr.constructor = 5;
  show(ctorArr);
  show(Object.setPrototypeOf(new Map([[1, 2]]), null));
  show(Object.setPrototypeOf(new Set([1]), null));
  show(Object.setPrototypeOf(new Date(0), null));
  show(Object.setPrototypeOf(/np/g, null));
  show(Object.setPrototypeOf(new Uint8Array([1, 2]), null));
  show(Object.setPrototypeOf(new ArrayBuffer(2), null));
  show(Object.setPrototypeOf(new Number(7), null));
  show(Object.setPrototypeOf(new String('np'), null));
  show(Object.setPrototypeOf(Object.assign(new Error('np'), { stack: 'Error: np' }), null));
  show(Object.setPrototypeOf(class NP {}, null));
  show(Object.setPrototypeOf(new Date(0), Object.prototype));
  show(Object.setPrototypeOf(new Map([[3, 4]]), Array.prototype));
  class Fancy extends Map {}
  show(new Fancy([[1, { deep: { deeper: 1 } }]]));
  show(Object.setPrototypeOf(new WeakMap(), null));
  show(Object.setPrototypeOf(new DataView(new ArrayBuffer(1)), null));
  show(Object.setPrototypeOf(Promise.resolve(1), null) === null ? 0 : Object.setPrototypeOf(new Promise(() => {}), null));
  show(Object.setPrototypeOf((function () { return arguments; })(1), null));
  // globals
  show(Symbol.prototype);
  show(Object.prototype);
  show(Array.prototype);
  show(Error.prototype);
  return out;
};
