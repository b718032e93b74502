// assert messages with the "+ actual - expected" diff (deepStrictEqual,
// strictEqual), notDeepStrictEqual/notStrictEqual, loose deepEqual, custom
// messages combined with the diff, long inputs (skipped lines, truncation).
const assert = require('assert');

function msg(fn) {
  try { fn(); return 'no throw'; } catch (e) { return [e.message, e.generatedMessage, e.operator]; }
}

exports.probe = function () {
  const out = {};
  const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
  const cases = {
    objValue: [{ a: 1, b: 2 }, { a: 1, b: 3 }],
    objExtra: [{ a: 1 }, { a: 1, b: 2 }],
    objMissing: [{ a: 1, b: 2, c: 3 }, { a: 1 }],
    objOrder: [{ b: 1, a: 2 }, { a: 2, b: 2 }],
    nested: [{ a: { b: { c: [1, 2, 3] } } }, { a: { b: { c: [1, 2, 4] } } }],
    arrLast: [range(10, (i) => i + 1), range(10, (i) => (i === 9 ? 11 : i + 1))],
    arrFirst: [range(10), range(10, (i) => (i === 0 ? -1 : i))],
    arrMiddle: [range(20), range(20, (i) => (i === 10 ? 'x' : i))],
    arrShort: [[1, 2, 3], [1, 2]],
    arrLong: [[1, 2], [1, 2, 3, 4]],
    arrTwoDiffs: [range(30), range(30, (i) => (i === 3 || i === 25 ? i * 100 : i))],
    big: [range(120), range(120, (i) => (i % 7 === 0 ? -i : i))],
    bigSame: [range(60, (i) => ({ i })), range(60, (i) => ({ i }))],
    bigSameArr: [range(60), range(60)],
    map: [new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3]])],
    set: [new Set([1, 2, 3]), new Set([1, 2, 4])],
    strings: ['hello world, this is a string', 'hello world, this is a strung'],
    longStrings: ['a'.repeat(100), 'a'.repeat(99) + 'b'],
    multiline: ['line1\nline2\nline3', 'line1\nline2\nline4'],
    types: [1, '1'],
    nullUndef: [null, undefined],
    zero: [0, -0],
    shortPrims: [true, false],
    numbers: [123456789, 123456780],
    bigint: [10n, 11n],
    symbolsSame: [{ a: Symbol('x') }, { a: Symbol('x') }],
    fnsSame: [[function f() {}], [function f() {}]],
    classVsObj: [new (class Foo { constructor() { this.a = 1; } })(), { a: 1 }],
    nullProto: [Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
    dates: [new Date(0), new Date(1000)],
    regexps: [/abc/g, /abc/i],
    errors: [new Error('first'), new Error('second')],
    errorsProps: [Object.assign(new Error('e'), { code: 1 }), Object.assign(new Error('e'), { code: 2 })],
    typed: [new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])],
    boxed: [new Number(1), new Number(2)],
    sparse: [[1, , 3], [1, undefined, 3]],
    trailingComma: [[1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6]],
    deepArrays: [[[[[1]]]], [[[[2]]]]],
    manySame: [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }],
    objInArr: [[{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 3 }]],
    sortedKeys: [{ z: 1, y: 2, x: 3 }, { x: 3, y: 2, z: 4 }],
    symbolKeys: [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }],
    getters: [Object.defineProperty({}, 'g', { get() { return 1; }, enumerable: true }), { g: 2 }],
    emptyVsObj: [{}, { a: 1 }],
    emptyArrs: [[], [1]],
  };
  const c1 = { name: 'c' }; c1.self = c1;
  const c2 = { name: 'd' }; c2.self = c2;
  cases.cycles = [c1, c2];
  for (const [k, [a, b]] of Object.entries(cases)) {
    out[k] = {
      dse: msg(() => assert.deepStrictEqual(a, b)),
      se: msg(() => assert.strictEqual(a, b)),
      de: msg(() => assert.deepEqual(a, b)),
    };
  }
  // not* variants
  const same = { short: 1, str: 'abc', str6: 'abcdef', obj: { a: 1, b: [1, 2] }, arr: [1, 2, 3], big: range(80), fn: function named() {}, nul: null };
  for (const [k, v] of Object.entries(same)) {
    out['not_' + k] = {
      ndse: msg(() => assert.notDeepStrictEqual(v, v)),
      nse: msg(() => assert.notStrictEqual(v, v)),
      nde: msg(() => assert.notDeepEqual(v, v)),
    };
  }
  out.notDeepEqualLoose = msg(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
  out.notDeepEqualLong = msg(() => assert.notDeepEqual(range(300), range(300)));
  out.deepEqualLong = msg(() => assert.deepEqual(range(300), range(300, (i) => i + 1)));
  // custom messages with the diff (Node 20 keeps the diff under the message)
  out.customStrict = msg(() => assert.strictEqual(1, 2, 'one vs two'));
  out.customDeepStrict = msg(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
  out.customSameStructure = msg(() => assert.strictEqual({}, {}, 'same'));
  out.customEmpty = msg(() => assert.strictEqual(1, 2, ''));
  out.customNumber = msg(() => assert.strictEqual(1, 2, 42));
  out.customDeepEqual = msg(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'loose custom'));
  out.customNot = msg(() => assert.notStrictEqual(1, 1, 'not custom'));
  out.strictMode = msg(() => assert.strict.equal({ a: 1 }, { a: 1 }));
  out.strictModeDeep = msg(() => assert.strict.deepEqual([1, 2], [1, 3]));
  return out;
};
