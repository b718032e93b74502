'use strict';
// Every error class, from a call that really fails that way; after each,
// the same runtime serves the next call.
const test = require('node:test');
const assert = require('node:assert/strict');
const { IsolatedRuntime, errors } = require('..');
const { folder } = require('./support/folder');

const root = folder({
  'hostile.js': `
    exports.spin = () => { while (true) {} };
    exports.burn = () => { let x = 0; for (;;) x++; };
    exports.grow = () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(1)); };
    exports.recurse = function f() { return f() + 1; };
    exports.fs = () => require('fs').readFileSync('/etc/passwd', 'utf8');
    exports.missing = () => require('./nope');
    exports.escape = () => require('../../etc/passwd');
    exports.bigint = () => 10n;
    exports.never = () => new Promise(() => {});
    exports.big = () => 'x'.repeat(20 * 1024 * 1024);
    exports.custom = () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } throw new ValidationError('bad input'); };
    exports.range = () => new Array(-1);
    exports.ok = () => 'still serving';
  `,
});

const runtime = new IsolatedRuntime({ timeout: 1000 });
test.after(() => runtime.shutdown());

async function fails(funcName, Cls, kind, options = {}) {
  await assert.rejects(runtime.run({ root, file: 'hostile.js', funcName, args: [], ...options }), (e) => {
    assert.ok(e instanceof Cls, `${funcName}: ${e && e.constructor && e.constructor.name}: ${e && e.message}`);
    assert.ok(e instanceof Error);
    assert.equal(e.kind, kind, `${funcName}: ${e.message}`);
    return true;
  });
  assert.equal(await runtime.run({ root, file: 'hostile.js', funcName: 'ok' }), 'still serving');
}

test('timeout: while (true) {} is a RuntimeTimeoutError after the limit', async () => {
  const started = Date.now();
  await fails('spin', errors.RuntimeTimeoutError, 'timeout');
  const took = Date.now() - started;
  assert.ok(took >= 1000 && took < 10000, `took ${took} ms`);
  await fails('spin', errors.RuntimeTimeoutError, 'timeout', { timeout: 50 });
});

test('fuel, memory and stack limits', async () => {
  await fails('burn', errors.FuelExhaustedError, 'fuel-exhausted', { fuel: 1e6 });
  await fails('grow', errors.MemoryLimitError, 'memory-limit', { memoryMb: 16 });
  await fails('recurse', errors.StackOverflowError, 'stack-overflow');
});

test('modules: forbidden and missing are ModuleNotFound with the reference message; escapes are PathEscapeError', async () => {
  await assert.rejects(runtime.run({ root, file: 'hostile.js', funcName: 'fs' }), (e) => {
    assert.ok(e instanceof errors.ModuleNotFound);
    assert.ok(e instanceof errors.ModuleForbiddenError);
    assert.equal(e.message, "Cannot find module 'fs'");
    assert.equal(e.kind, 'module-forbidden');
    assert.match(e.detail, /fs/);
    return true;
  });
  await assert.rejects(runtime.run({ root, file: 'hostile.js', funcName: 'missing' }), (e) => {
    assert.ok(e instanceof errors.ModuleNotFound);
    assert.equal(e.message, "Cannot find module './nope'");
    assert.equal(e.kind, 'module-not-found');
    return true;
  });
  await assert.rejects(runtime.run({ root, file: 'nothere.js', funcName: 'f' }), errors.ModuleNotFound);
  await fails('escape', errors.PathEscapeError, 'path-escape');
});

test('results: BigInt is InvalidResultError, 20 MB is OutputLimitError, a promise that can never settle is PromiseUnsettledError', async () => {
  await fails('bigint', errors.InvalidResultError, 'invalid-result');
  await fails('big', errors.OutputLimitError, 'output-limit', { timeout: 20000 });
  await fails('never', errors.PromiseUnsettledError, 'promise-unsettled');
});

test('errors thrown by the code keep their class and name', async () => {
  await assert.rejects(runtime.run({ root, file: 'hostile.js', funcName: 'custom' }), (e) => {
    assert.ok(e instanceof Error);
    assert.ok(e instanceof errors.JsError);
    assert.equal(e.name, 'ValidationError');
    assert.equal(e.message, 'bad input');
    assert.match(e.stack, /^ValidationError: bad input\n    at /);
    return true;
  });
  await fails('range', RangeError, 'js-error');
  assert.ok(!(new Error('x') instanceof errors.JsError), 'host errors are not JsErrors');
});

test('invalid arguments are TypeErrors (InvalidArgsError when the sandbox refuses them)', async () => {
  const bad = [[() => 1], [10n], [Symbol('s')], [NaN], [new Map()], [undefined]];
  const cyclic = {};
  cyclic.self = cyclic;
  bad.push([cyclic]);
  for (const args of bad) {
    await assert.rejects(runtime.run({ root, file: 'hostile.js', funcName: 'ok', args }), TypeError);
  }
  assert.equal(errors.InvalidArgsError.kind, 'invalid-args');
  assert.ok(new errors.InvalidArgsError('x') instanceof TypeError);
});
