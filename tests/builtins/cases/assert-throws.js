// assert.throws / doesNotThrow / rejects / doesNotReject: error classes,
// RegExp, validation functions, validation objects, messages, misuse.
const assert = require('assert');

function info(e) {
  const r = { name: e.name, code: e.code, message: e.message, generatedMessage: e.generatedMessage, operator: e.operator };
  if (e.code === 'ERR_ASSERTION') {
    r.actualType = e.actual === null ? 'null' : typeof e.actual;
    r.expectedType = e.expected === null ? 'null' : typeof e.expected;
  }
  return r;
}
function run(fn) { try { fn(); return 'passed'; } catch (e) { return info(e); } }
async function runAsync(fn) { try { await fn(); return 'resolved'; } catch (e) { return info(e); } }

class MyError extends Error {}
class OtherError extends Error {}

exports.probe = async function () {
  const out = {};
  const thrower = (v) => () => { throw v; };
  const err = new TypeError('bad value');
  err.code = 'E_BAD';
  err.info = { deep: [1, 2] };

  out.throws = {
    plain: run(() => assert.throws(thrower(new Error('x')))),
    cls: run(() => assert.throws(thrower(err), TypeError)),
    baseCls: run(() => assert.throws(thrower(err), Error)),
    wrongCls: run(() => assert.throws(thrower(err), RangeError)),
    wrongClsCustom: run(() => assert.throws(thrower(err), RangeError, 'custom text')),
    subclass: run(() => assert.throws(thrower(new MyError('m')), MyError)),
    otherSub: run(() => assert.throws(thrower(new MyError('m')), OtherError)),
    sameName: run(() => assert.throws(thrower(new (class TypeError extends Error {})('shadow')), TypeError)),
    noMessage: run(() => assert.throws(thrower(new OtherError()), MyError)),
    primitiveVsCls: run(() => assert.throws(thrower(5), RangeError)),
    objectVsCls: run(() => assert.throws(thrower({ a: 1 }), RangeError)),
    // Node calls Error('str') as a validation function; the message then
    // holds that error's stack: keep the first line only.
    stringVsError: (() => { const r = run(() => assert.throws(thrower('str'), Error)); r.message = r.message.split('\n')[0]; return r; })(),
    regexp: run(() => assert.throws(thrower(err), /bad/)),
    regexpName: run(() => assert.throws(thrower(err), /^TypeError: bad value$/)),
    regexpFail: run(() => assert.throws(thrower(err), /nope/)),
    regexpFailCustom: run(() => assert.throws(thrower(err), /nope/, 'should match')),
    regexpPrimitive: run(() => assert.throws(thrower(42), /42/)),
    validator: run(() => assert.throws(thrower(err), (e) => e.code === 'E_BAD')),
    validatorFalse: run(() => assert.throws(thrower(err), (e) => false)),
    validatorNamed: run(() => assert.throws(thrower('plain'), function check() { return 'yes'; })),
    validatorCustom: run(() => assert.throws(thrower(err), () => false, 'validator said no')),
    objMatch: run(() => assert.throws(thrower(err), { name: 'TypeError', message: 'bad value', code: 'E_BAD' })),
    objDeep: run(() => assert.throws(thrower(err), { info: { deep: [1, 2] } })),
    objDeepFail: run(() => assert.throws(thrower(err), { info: { deep: [1, 3] } })),
    objRegexp: run(() => assert.throws(thrower(err), { message: /bad/, code: /^E_/ })),
    objRegexpFail: run(() => assert.throws(thrower(err), { message: /good/, code: 'E_BAD' })),
    objMissingKey: run(() => assert.throws(thrower(err), { code: 'E_BAD', missing: undefined })),
    objWrong: run(() => assert.throws(thrower(err), { code: 'E_GOOD', name: 'TypeError' })),
    objWrongCustom: run(() => assert.throws(thrower(err), { code: 'E_GOOD' }, 'custom for object')),
    objPrimitive: run(() => assert.throws(thrower('str'), { a: 1 })),
    objPrimitiveCustom: run(() => assert.throws(thrower('str'), { a: 1 }, 'prim custom')),
    objNull: run(() => assert.throws(thrower(null), { a: 1 })),
    emptyObj: run(() => assert.throws(thrower(err), {})),
    errorInstance: run(() => assert.throws(thrower(new Error('same')), new Error('same'))),
    errorInstanceFail: run(() => assert.throws(thrower(new Error('abc')), new Error('abd'))),
    errorInstanceName: run(() => assert.throws(thrower(new TypeError('abc')), new RangeError('abc'))),
    stringMsg: run(() => assert.throws(() => {}, 'expected a throw')),
    missing: run(() => assert.throws(() => {})),
    missingCls: run(() => assert.throws(() => {}, TypeError)),
    missingClsMsg: run(() => assert.throws(() => {}, TypeError, 'with msg')),
    missingObj: run(() => assert.throws(() => {}, { name: 'X' })),
    missingRegexp: run(() => assert.throws(() => {}, /x/)),
    ambiguousMsg: run(() => assert.throws(thrower(new Error('same text')), 'same text')),
    ambiguousPrim: run(() => assert.throws(thrower('same text'), 'same text')),
    stringTwice: run(() => assert.throws(thrower(err), 'a', 'b')),
    badExpected: run(() => assert.throws(thrower(err), 5)),
    badExpectedBool: run(() => assert.throws(thrower(err), true)),
    notFn: run(() => assert.throws('not a function')),
    noArgs: run(() => assert.throws()),
    customErrorMsg: run(() => assert.throws(() => {}, undefined, new RangeError('thrown instead'))),
    arrowCls: run(() => assert.throws(thrower(err), () => true)),
  };

  out.doesNotThrow = {
    ok: run(() => assert.doesNotThrow(() => 1)),
    threw: run(() => assert.doesNotThrow(thrower(new Error('oops')))),
    threwMsg: run(() => assert.doesNotThrow(thrower(new Error('oops')), 'should not')),
    threwMatchingCls: run(() => assert.doesNotThrow(thrower(new TypeError('oops')), TypeError)),
    threwMatchingClsMsg: run(() => assert.doesNotThrow(thrower(new TypeError('oops')), TypeError, 'm2')),
    threwOtherCls: run(() => assert.doesNotThrow(thrower(new TypeError('passes through')), RangeError)),
    threwRegexp: run(() => assert.doesNotThrow(thrower(new TypeError('oops')), /oops/)),
    threwRegexpOther: run(() => assert.doesNotThrow(thrower(new TypeError('oops')), /nope/)),
    threwValidator: run(() => assert.doesNotThrow(thrower(new Error('v')), () => true)),
    threwPrimitive: run(() => assert.doesNotThrow(thrower('str'))),
    threwUndefined: run(() => assert.doesNotThrow(thrower(undefined))),
    badExpected: run(() => assert.doesNotThrow(thrower(new Error('e')), {})),
    notFn: run(() => assert.doesNotThrow(5)),
  };

  out.rejects = {
    ok: await runAsync(() => assert.rejects(Promise.reject(new Error('r')))),
    fn: await runAsync(() => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)),
    wrongCls: await runAsync(() => assert.rejects(Promise.reject(new Error('x')), TypeError)),
    obj: await runAsync(() => assert.rejects(Promise.reject(err), { code: 'E_BAD' })),
    objFail: await runAsync(() => assert.rejects(Promise.reject(err), { code: 'E_X' })),
    regexp: await runAsync(() => assert.rejects(Promise.reject(new Error('abc')), /nope/)),
    resolved: await runAsync(() => assert.rejects(Promise.resolve(1))),
    resolvedMsg: await runAsync(() => assert.rejects(Promise.resolve(1), 'needs rejection')),
    resolvedCls: await runAsync(() => assert.rejects(async () => 1, TypeError)),
    notPromiseReturn: await runAsync(() => assert.rejects(() => 1)),
    nullReturn: await runAsync(() => assert.rejects(() => null)),
    notPromise: await runAsync(() => assert.rejects(1)),
    thenable: await runAsync(() => assert.rejects({ then(res, rej) { rej(new Error('thenable')); }, catch() {} })),
    syncThrow: await runAsync(() => assert.rejects(() => { throw new Error('sync throw'); })),
    isPromise: assert.rejects(Promise.reject(new Error('p'))) instanceof Promise,
  };
  out.doesNotReject = {
    ok: await runAsync(() => assert.doesNotReject(Promise.resolve(1))),
    fn: await runAsync(() => assert.doesNotReject(async () => 1)),
    rejected: await runAsync(() => assert.doesNotReject(Promise.reject(new Error('no')))),
    rejectedMsg: await runAsync(() => assert.doesNotReject(() => Promise.reject(new Error('no')), 'mm')),
    rejectedOther: await runAsync(() => assert.doesNotReject(Promise.reject(new TypeError('through')), RangeError)),
    notPromise: await runAsync(() => assert.doesNotReject(5)),
  };
  // ordering: rejects settles asynchronously
  const order = [];
  const p = assert.rejects(Promise.reject(new Error('x'))).then(() => order.push('rejects done'));
  order.push('sync');
  await p;
  out.order = order;
  return out;
};
