'use strict';
// Wrong types and missing things are clear errors, never a crash.
const test = require('node:test');
const assert = require('node:assert/strict');
const { IsolatedRuntime, CodeRunner, errors } = require('..');
const { folder } = require('./support/folder');

const root = folder({ 'm.js': 'exports.f = (x) => x' });

test('wrong option types are TypeErrors naming the option', () => {
  assert.throws(() => new IsolatedRuntime(5), /options must be an object/);
  assert.throws(() => new IsolatedRuntime({ timeout: 'soon' }), /options.timeout must be a non-negative number/);
  assert.throws(() => new IsolatedRuntime({ sourceExtensions: 'js' }), /options.sourceExtensions must be an array of strings/);
  assert.throws(() => new IsolatedRuntime({ poolOptions: 3 }), /options.poolOptions must be an object/);
  assert.throws(() => new IsolatedRuntime({ hostModules: { kv: { get: 1 } } }), /options.hostModules.kv.get must be a function/);
  assert.throws(() => new IsolatedRuntime({ compilerModulePath: 7 }), TypeError);
  assert.throws(() => new CodeRunner(), /CodeRunner options must be an object/);
  assert.throws(() => new CodeRunner({ root }), /options.file must be a non-empty string/);
  assert.throws(() => new CodeRunner({ root, file: 'm.js', compiler: 'babel' }), /options.compiler must be a function/);
});

test('wrong run() arguments reject with TypeErrors', async () => {
  const runtime = new IsolatedRuntime();
  await assert.rejects(runtime.run(), /run\(\) options must be an object/);
  await assert.rejects(runtime.run({ root, file: 'm.js' }), /funcName must be a non-empty string/);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f', args: 'x' }), /args must be an array/);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f', context: 5 }), /context must be an object/);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f', external: 'lodash' }), /external must be an array of strings/);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f', timeout: -1 }), TypeError);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f', memoryMb: 1 }), errors.InvalidArgsError);
  assert.deepEqual(await runtime.run({ root, file: 'm.js', funcName: 'f', args: [{ a: [1, 'x', null, true] }] }), { a: [1, 'x', null, true] });
  await runtime.shutdown();
});

test('missing folders and files, odd names', async () => {
  const runtime = new IsolatedRuntime();
  await assert.rejects(runtime.run({ root: '/no/such/folder', file: 'm.js', funcName: 'f' }), errors.ModuleNotFound);
  await assert.rejects(runtime.run({ root, file: 'x.js', funcName: 'f' }), errors.ModuleNotFound);
  await assert.rejects(runtime.run({ root, file: '/etc/passwd', funcName: 'f' }), errors.PathEscapeError);
  await assert.rejects(runtime.run({ root, file: 'm.js', funcName: 'f\u0000' }), TypeError);
  assert.equal(await runtime.run({ root, file: 'm.js', funcName: 'f', args: ['still fine'] }), 'still fine');
  await runtime.shutdown();
});

test('a resolverModulePath or compilerModulePath that does not exist fails at construction', () => {
  assert.throws(() => new IsolatedRuntime({ resolverModulePath: '/no/such/resolver.js' }), /Cannot find module/);
  assert.throws(() => new IsolatedRuntime({ compilerModulePath: '/no/such/compiler.js' }), /Cannot find module/);
});
