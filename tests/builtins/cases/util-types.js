'use strict';
// util.types brand checks (and require('util/types')), including values
// that try to spoof them with Symbol.toStringTag or prototypes.
const util = require('util');
const typesModule = require('util/types');

exports.probe = () => {
  const t = util.types;
  const fakeDate = { [Symbol.toStringTag]: 'Date' };
  const fakeTa = Object.create(Uint8Array.prototype);
  const fakeError = { [Symbol.toStringTag]: 'Error' };
  const fakePromise = { then() {}, [Symbol.toStringTag]: 'Promise' };
  class P extends Promise {}
  class MyErr extends Error {}
  const frozenPromise = Object.freeze(Promise.resolve(1));
  const promiseWithCtor = Promise.resolve(2);
  promiseWithCtor.constructor = 'x';
  const values = {
    num: 1, str: 's', nul: null, undef: undefined, obj: {}, arr: [], fn() {},
    date: new Date(), invalidDate: new Date(NaN), fakeDate, dateProto: Object.create(Date.prototype),
    regexp: /x/, regexpProto: RegExp.prototype, fakeRegexp: Object.create(RegExp.prototype),
    map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
    mapProto: Object.create(Map.prototype), fakeMap: { [Symbol.toStringTag]: 'Map' },
    promise: Promise.resolve(), pending: new Promise(() => {}), subPromise: P.resolve(1), fakePromise,
    promiseProto: Object.create(Promise.prototype), frozenPromise, promiseWithCtor, thenable: { then() {} },
    u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), u16: new Uint16Array(1), u32: new Uint32Array(1),
    i8: new Int8Array(1), i16: new Int16Array(1), i32: new Int32Array(1), f32: new Float32Array(1),
    f64: new Float64Array(1), bi64: new BigInt64Array(1), bu64: new BigUint64Array(1), fakeTa,
    buffer: new ArrayBuffer(1), sab: new SharedArrayBuffer(1), dataView: new DataView(new ArrayBuffer(1)),
    fakeBuffer: Object.create(ArrayBuffer.prototype),
    asyncFn: async function () {}, asyncArrow: async () => {}, asyncMethod: { async m() {} }.m,
    genFn: function* () {}, genMethod: { *g() {} }.g, asyncGenFn: async function* () {},
    asyncGenMethod: { async *ag() {} }.ag, arrow: () => {}, cls: class {}, boundAsync: (async () => {}).bind(null),
    methodNamedAsync: { async() {} }.async, arrowParamAsync: (async) => async, nativeFn: Math.max,
    genObj: (function* () {})(), asyncGenObj: (async function* () {})(), fakeGen: { [Symbol.toStringTag]: 'Generator' },
    boxedNum: new Number(1), boxedStr: new String(''), boxedBool: new Boolean(false), boxedBig: Object(1n),
    boxedSym: Object(Symbol()), fakeBoxed: Object.create(Number.prototype),
    error: new Error(), typeError: new TypeError(), myErr: new MyErr(), fakeError,
    errorProto: Object.create(Error.prototype), errorLike: { name: 'Error', message: 'x', stack: '' },
    mapIter: new Map().entries(), mapKeys: new Map().keys(), setIter: new Set().values(),
    arrayIter: [][Symbol.iterator](), fakeMapIter: { [Symbol.toStringTag]: 'Map Iterator' },
    args: (function () { return arguments; })(), fakeArgs: { [Symbol.toStringTag]: 'Arguments' },
    proxy: new Proxy({}, {}), proxyOfArray: new Proxy([], {}),
  };
  const names = Object.keys(t).sort();
  const result = { sameModule: typesModule === t, names };
  for (const name of names) {
    const row = {};
    for (const [k, v] of Object.entries(values)) {
      // Proxies are indistinguishable from their targets in the sandbox.
      if (name === 'isProxy' && k.startsWith('proxy')) continue;
      const r = t[name](v);
      if (r) row[k] = r;
    }
    result[name] = row;
  }
  result.stillPromiseCtor = promiseWithCtor.constructor;
  result.hasOwnCtorAfter = Object.prototype.hasOwnProperty.call(values.promise, 'constructor');
  return result;
};
