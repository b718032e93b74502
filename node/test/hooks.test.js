'use strict';
// Host-side hooks run in this process; sandboxed code only sees the JSON
// they return, never a reference to them.
const test = require('node:test');
const assert = require('node:assert/strict');
const { IsolatedRuntime, CodeRunner, errors } = require('..');
const { folder } = require('./support/folder');

test('onConsole receives each line, in order, before the call settles', async () => {
  const root = folder({ 'c.js': "exports.f = () => { console.log('a', 1); console.warn({ b: 2 }); console.error('c'); return 'done'; }" });
  const lines = [];
  const runner = new CodeRunner({ root, file: 'c.js', onConsole: (level, text) => lines.push([level, text]) });
  assert.equal(await runner.run({ funcName: 'f' }), 'done');
  assert.deepEqual(lines, [['log', 'a 1'], ['warn', '{ b: 2 }'], ['error', 'c']]);
  const runtime = new IsolatedRuntime();
  const seen = [];
  const out = await runtime.runWithStats({ root, file: 'c.js', funcName: 'f', onConsole: (level, text) => seen.push(level + ':' + text) });
  assert.deepEqual(seen, ['log:a 1', 'warn:{ b: 2 }', 'error:c']);
  assert.equal(out.console.length, 3);
  assert.ok(out.stats.fuelConsumed > 0 && out.stats.wallTimeMs > 0);
});

test('running fires once the function starts, not when its module fails to load', async () => {
  const root = folder({ 'ok.js': 'exports.f = () => 1', 'broken.js': "require('./nope'); exports.f = () => 1" });
  let ran = 0;
  await new CodeRunner({ root, file: 'ok.js' }).run({ funcName: 'f', running: () => ran++ });
  assert.equal(ran, 1);
  await assert.rejects(new CodeRunner({ root, file: 'broken.js' }).run({ funcName: 'f', running: () => ran++ }), errors.ModuleNotFound);
  assert.equal(ran, 1);
});

test('host modules: sync and async functions, errors thrown into the sandbox, per-call grants', async () => {
  const store = new Map([['a', 1]]);
  const runtime = new IsolatedRuntime({
    hostModules: {
      kv: {
        get: async (key) => {
          await new Promise((r) => setTimeout(r, 5));
          return store.has(key) ? store.get(key) : null;
        },
        version: () => '1.0',
        fail: () => {
          throw new Error('no such table');
        },
        promised: () => Promise.resolve(1),
      },
    },
  });
  const root = folder({
    'h.js': `
      const kv = require('host:kv');
      exports.get = async (k) => ({ value: await kv.get(k), version: kv.version() });
      exports.fail = () => { try { kv.fail(); } catch (e) { return e.message; } };
      exports.promised = () => { try { return kv.promised(); } catch (e) { return e.message; } };
      exports.all = () => Promise.all([kv.get('a'), kv.get('b'), kv.get('a')]);
    `,
  });
  assert.deepEqual(await runtime.run({ root, file: 'h.js', funcName: 'get', args: ['a'] }), { value: 1, version: '1.0' });
  assert.equal(await runtime.run({ root, file: 'h.js', funcName: 'fail' }), 'no such table');
  assert.match(await runtime.run({ root, file: 'h.js', funcName: 'promised' }), /declare it `async`/);
  assert.deepEqual(await runtime.run({ root, file: 'h.js', funcName: 'all' }), [1, null, 1]);
  await assert.rejects(runtime.run({ root, file: 'h.js', funcName: 'get', args: ['a'], hostModules: [] }), errors.ModuleNotFound);
  await runtime.shutdown();
});

test('the sandbox sees no host object: hooks, process and the reference globals stay out', async () => {
  const root = folder({
    'probe.js': `
      exports.probe = () => ({
        globals: Object.keys(__globals__),
        hook: typeof __globals__.resolve,
        exit: typeof process.exit,
        require: typeof require('module'),
      });
      exports.exit = () => process.exit(1);
    `,
  });
  const runner = new CodeRunner({ root, file: 'probe.js', compiler: (code) => code, resolve: () => undefined, onConsole: () => {} });
  await assert.rejects(runner.run({ funcName: 'probe', running: () => {} }), errors.ModuleNotFound);
  await assert.rejects(runner.run({ funcName: 'exit' }), (e) => {
    assert.ok(e instanceof TypeError);
    assert.equal(e.message, 'process.exit is not a function');
    return true;
  });
  const safe = folder({ 'probe.js': 'exports.probe = () => ({ globals: Object.keys(__globals__), hook: typeof __globals__.resolve, exit: typeof process.exit })' });
  assert.deepEqual(await new CodeRunner({ root: safe, file: 'probe.js', resolve: () => '/x' }).run({ funcName: 'probe' }), {
    globals: ['__context__'],
    hook: 'undefined',
    exit: 'undefined',
  });
});

test('a compiler that throws or returns a non-string fails the call; the next call runs', async () => {
  const root = folder({ 'm.js': 'exports.f = () => 1' });
  await assert.rejects(new CodeRunner({ root, file: 'm.js', compiler: () => { throw new Error('bad syntax'); } }).run({ funcName: 'f' }), /bad syntax/);
  await assert.rejects(new CodeRunner({ root, file: 'm.js', compiler: () => 42 }).run({ funcName: 'f' }), /must return a string/);
  assert.equal(await new CodeRunner({ root, file: 'm.js' }).run({ funcName: 'f' }), 1);
});
