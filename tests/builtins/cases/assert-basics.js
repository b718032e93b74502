// assert: module shape, ok/equal/strictEqual families, fail, ifError,
// match/doesNotMatch, AssertionError, assert.strict aliases, CallTracker.
const assert = require('assert');
const { AssertionError } = assert;

function info(e) {
  return {
    name: e.name, code: e.code, message: e.message, generatedMessage: e.generatedMessage,
    operator: e.operator, actual: typeof e.actual === 'bigint' ? String(e.actual) : e.actual, expected: typeof e.expected === 'bigint' ? String(e.expected) : e.expected,
    isAssertion: e instanceof AssertionError, keys: Object.keys(e),
  };
}
function run(fn) {
  try { const r = fn(); return { returned: r === undefined ? 'undefined' : r }; } catch (e) { return info(e); }
}

exports.probe = function () {
  const out = {};
  out.keys = Object.keys(assert);
  out.strictKeys = Object.keys(assert.strict);
  out.shape = [typeof assert, assert === assert.ok, assert.name, assert.length, assert.strict.name, assert.strict.length,
    assert.strict === assert.strict.strict, assert.strict.ok === assert.ok, assert.strict.AssertionError === AssertionError];
  out.strictAliases = [assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual,
    assert.strict.notEqual === assert.notStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual,
    assert.strict.strictEqual === assert.strictEqual, assert.equal !== assert.strictEqual];
  out.fnInfo = Object.keys(assert).filter((k) => k !== 'CallTracker').map((k) => [k, assert[k].name, assert[k].length]);
  out.strictModule = require('assert/strict') === assert.strict;
  out.nodePrefix = require('node:assert') === assert;

  // ok / assert()
  out.okPass = [run(() => assert(1)), run(() => assert.ok('x')), run(() => assert.ok({}, 'msg')), run(() => assert.strict(true))];
  out.okNoArgs = run(() => assert.ok());
  out.okNoArgsStrict = run(() => assert.strict());
  out.okCustom = run(() => assert.ok(0, 'custom message'));
  out.okCustomErr = run(() => assert.ok(null, new TypeError('own error')));
  out.okUndefinedMsg = (() => { try { assert.ok('', undefined); } catch (e) { const i = info(e); delete i.message; return i; } })();

  // equal / notEqual (loose)
  out.equal = [[1, '1'], [null, undefined], [NaN, NaN], [0, false], [1, 2], ['a', 'b'], [{}, {}], [NaN, 'NaN'], [[1], '1'], [1n, 1], [2n, 3]]
    .map(([a, b]) => run(() => assert.equal(a, b)));
  out.notEqual = [[1, '1'], [NaN, NaN], [1, 2], [null, undefined], [{}, {}]].map(([a, b]) => run(() => assert.notEqual(a, b)));
  out.equalMsg = run(() => assert.equal(1, 2, 'one is not two'));
  out.equalErrMsg = run(() => assert.equal(1, 2, new RangeError('range!')));
  out.equalLong = run(() => assert.equal('a'.repeat(600), 'b'));

  // strictEqual / notStrictEqual
  out.strictEqual = [[1, 1], [NaN, NaN], [0, -0], [1, '1'], [1, 2], ['a', 'b'], [null, undefined], [true, false], [1n, 2n],
    ['a'.repeat(20), 'a'.repeat(19) + 'b'], ['hello world', 'hello there'], [Symbol.for('x'), Symbol.for('y')], [undefined, 0],
    [{}, {}], [[1, 2], [1, 2]], [{ a: 1 }, { a: 2 }], [[1, 2, 3], [1, 2, 4]], ['a\nb', 'a\nc'], [-0, 0], [12345678, 1234567], ['ab', 'ac']]
    .map(([a, b]) => run(() => assert.strictEqual(a, b)));
  out.strictEqualFns = run(() => assert.strictEqual(function f() {}, function f() {}));
  out.notStrictEqual = [[1, 1], ['abcdef', 'abcdef'], ['abc', 'abc'], [NaN, NaN], [1, 2], [undefined, undefined]]
    .map(([a, b]) => run(() => assert.notStrictEqual(a, b)));
  const o = { a: [1, 2] };
  out.notStrictEqualObj = run(() => assert.notStrictEqual(o, o));
  const fn = function named() {};
  out.notStrictEqualFn = run(() => assert.notStrictEqual(fn, fn));

  // missing arguments
  out.missing = ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']
    .map((m) => [run(() => assert[m]()), run(() => assert[m](1))]);
  out.missingUndefined = run(() => assert.strictEqual(undefined, undefined));

  // fail
  out.fail = [run(() => assert.fail()), run(() => assert.fail('boom')), run(() => assert.fail(undefined)), run(() => assert.fail(null)),
    run(() => assert.fail(new TypeError('te'))), run(() => assert.fail(1, 2)), run(() => assert.fail(1, 2, 'msg')),
    run(() => assert.fail(1, 2, undefined, '>')), run(() => assert.fail('a', 'b', undefined, 'op')), run(() => assert.fail(null, null))];

  // ifError
  out.ifError = [null, undefined, new Error('bad thing'), new TypeError(''), 'str', 0, false, { message: 5 }, { message: 'obj msg' }, [1]]
    .map((v) => run(() => assert.ifError(v)));

  // match / doesNotMatch
  out.match = [run(() => assert.match('abc', /b/)), run(() => assert.match('abc', /x/)), run(() => assert.match('abc', /x/, 'no x')),
    run(() => assert.match(123, /1/)), run(() => assert.match(undefined, /1/)), run(() => assert.match('abc', 'b')),
    run(() => assert.match('abc', /x/, new Error('own'))), run(() => assert.match({ toString() { return 'abc'; } }, /b/))];
  out.doesNotMatch = [run(() => assert.doesNotMatch('abc', /x/)), run(() => assert.doesNotMatch('abc', /b/)),
    run(() => assert.doesNotMatch('abc', /b/, 'has b')), run(() => assert.doesNotMatch(5, /b/)), run(() => assert.doesNotMatch('a', null))];

  // AssertionError directly
  out.ctor = [
    info(new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })),
    info(new AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'x' })),
    info(new AssertionError({})),
    info(new AssertionError({ actual: 'a', expected: 'b', operator: 'myOp' })),
    info(new AssertionError({ actual: { a: 1 }, expected: { a: 2 }, operator: 'deepEqual' })),
    info(new AssertionError({ actual: [1], expected: [1], operator: 'notDeepEqual' })),
    info(new AssertionError({ message: 42 })),
  ];
  out.ctorBad = [run(() => new AssertionError()), run(() => new AssertionError('msg')), run(() => new AssertionError(null))];
  const ae = new AssertionError({ message: 'm' });
  out.aeShape = [String(ae), ae instanceof Error, Object.getPrototypeOf(AssertionError) === Error, AssertionError.name,
    AssertionError.length, Object.getOwnPropertyNames(AssertionError.prototype).sort(), Object.prototype.hasOwnProperty.call(ae, 'name'),
    Object.prototype.propertyIsEnumerable.call(ae, 'name'), Object.prototype.propertyIsEnumerable.call(ae, 'message')];

  // CallTracker (deprecated)
  const tracker = new assert.CallTracker();
  const tracked = tracker.calls(function foo(a) { return a * 2; }, 2);
  out.tracker = [tracked(3), tracked.name, tracked.length, tracker.getCalls(tracked),
    tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator])];
  out.trackerVerify = run(() => tracker.verify());
  const anon = tracker.calls();
  out.trackerVerify2 = (() => { try { tracker.verify(); } catch (e) { return [e.message, Object.keys(e)]; } })();
  tracked(1); anon();
  out.trackerOk = run(() => tracker.verify());
  tracker.reset(tracked);
  out.trackerReset = tracker.getCalls(tracked);
  out.trackerBad = [run(() => tracker.getCalls(() => {})), run(() => tracker.calls(() => {}, 0)), run(() => tracker.calls('x'))];
  return out;
};
