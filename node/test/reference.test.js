'use strict';
// The reference library's documented behaviour (its READMEs and specs),
// through this package, unchanged.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { IsolatedRuntime, CodeRunner, errors } = require('..');
const { folder } = require('./support/folder');

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples', 'modules');

test('README: global.a stays 3 in the host; each call gets a fresh global', async () => {
  const runtime = new IsolatedRuntime();
  global.a = 3;
  const result1 = await runtime.run({ folder: EXAMPLES, file: 'module1.js', funcName: 'a', args: [] });
  assert.equal(result1, 1);
  assert.equal(global.a, 3);
  const result2 = await runtime.run({ folder: EXAMPLES, file: 'module2.js', funcName: 'b', args: [] });
  assert.equal(result2, undefined);
  assert.equal(global.a, 3);
  delete global.a;
  await runtime.shutdown();
});

test('core README: global.bar is never shared between runs', async () => {
  global.bar = 0;
  const root = folder({
    'my-module.js': 'function foo(n) {\n  global.bar = (global.bar || 0) + 1\n  return global.bar\n}\nmodule.exports = { foo }\n',
  });
  const runner = new CodeRunner({ root, file: 'my-module.js' });
  assert.equal(await runner.run({ funcName: 'foo', args: [1] }), 1);
  assert.equal(global.bar, 0);
  assert.equal(await runner.run({ funcName: 'foo', args: [2] }), 1);
  assert.equal(global.bar, 0);
  delete global.bar;
});

test('core README: serializable arguments work, a Buffer is refused with a TypeError', async () => {
  const root = folder({ 'm.js': 'exports.foo = (x) => x.b.length' });
  const runner = new CodeRunner({ root, file: 'm.js' });
  assert.equal(await runner.run({ funcName: 'foo', args: [{ a: 1, b: [true, false, 'a', 'b'] }] }), 4);
  await assert.rejects(runner.run({ funcName: 'foo', args: [{ a: 1, b: Buffer.from('x') }] }), (e) => {
    assert.ok(e instanceof TypeError);
    assert.match(e.message, /args\[0\]\.b is binary data \(Buffer\)/);
    return true;
  });
});

const MULTIPLY = 'function multiply(a, b) {\n  return a * b\n}\nmodule.exports = { multiply }\n';

test('CodeRunner: sync and async functions, running hook', async () => {
  const root = folder({ 'index.js': MULTIPLY, 'async.js': 'exports.multiply = (a, b) => Promise.resolve(a * b)' });
  let ran = false;
  assert.equal(await new CodeRunner({ root, file: 'index.js' }).run({ funcName: 'multiply', args: [4, 5], running: () => { ran = true; } }), 20);
  assert.equal(ran, true);
  assert.equal(await new CodeRunner({ root, file: 'async.js' }).run({ funcName: 'multiply', args: [4, 5] }), 20);
});

test('CodeRunner: thrown errors and rejections keep their message, class and a sandbox-only stack', async () => {
  const root = folder({
    'sync.js': "exports.multiply = () => { throw new Error('Boom!') }",
    'async.js': "exports.multiply = () => Promise.reject(new Error('Boom!'))",
    'type.js': 'exports.f = () => null.x',
  });
  for (const file of ['sync.js', 'async.js']) {
    await assert.rejects(new CodeRunner({ root, file }).run({ funcName: 'multiply', args: [] }), (e) => {
      assert.ok(e instanceof Error);
      assert.ok(e instanceof errors.JsError);
      assert.equal(e.kind, 'js-error');
      assert.equal(e.message, 'Boom!');
      assert.match(e.stack, new RegExp(`^Error: Boom!\\n    at (.*\\()?/${file}:1:`));
      assert.ok(!e.stack.includes(root), 'no host path in the stack');
      return true;
    });
  }
  await assert.rejects(new CodeRunner({ root, file: 'type.js' }).run({ funcName: 'f' }), (e) => {
    assert.ok(e instanceof TypeError);
    assert.equal(e.kind, 'js-error');
    assert.equal(e.message, "Cannot read properties of null (reading 'x')");
    return true;
  });
});

test('CodeRunner: node modules need external; relative requires work', async () => {
  const root = folder({
    'node_modules/lodash/index.js': 'exports.get = (obj, key) => obj[key]',
    'index.js': "const _ = require('lodash')\nfunction get(obj, key) { return _.get(obj, key) }\nmodule.exports = { get }",
    'module1.js': "const { square } = require('./module2.js')\nmodule.exports = { multiplySquare: (a, b) => square(a) * square(b) }",
    'module2.js': 'module.exports = { square: (n) => n * n }',
  });
  await assert.rejects(new CodeRunner({ root, file: 'index.js' }).run({ funcName: 'get', args: [{ a: 1 }, 'a'] }), (e) => {
    assert.equal(e.message, "Cannot find module 'lodash'");
    assert.ok(e instanceof errors.ModuleNotFound);
    assert.equal(e.kind, 'module-forbidden');
    return true;
  });
  assert.equal(await new CodeRunner({ root, file: 'index.js', external: ['lodash'] }).run({ funcName: 'get', args: [{ a: 1 }, 'a'] }), 1);
  assert.equal(await new CodeRunner({ root, file: 'module1.js' }).run({ funcName: 'multiplySquare', args: [2, 3] }), 36);
});

test('CodeRunner: a missing function is a TypeError naming it', async () => {
  const root = folder({ 'index.js': 'module.exports = { a: 1 }' });
  await assert.rejects(new CodeRunner({ root, file: 'index.js' }).run({ funcName: 'nothere', args: [] }), (e) => {
    assert.ok(e instanceof TypeError);
    assert.ok(e instanceof errors.FunctionNotFoundError);
    assert.equal(e.message, 'nothere is not a function');
    assert.equal(e.kind, 'function-not-found');
    return true;
  });
});

test('context reaches the sandbox as __globals__.__context__ (and context), read-only', async () => {
  const root = folder({
    'index.js': 'function fromContext(name) { return __globals__.__context__[name] }\nfunction both(name) { return context[name] === __globals__.__context__[name] }\nfunction write() { "use strict"; __globals__.__context__.x = 1 }\nmodule.exports = { fromContext, both, write }',
  });
  const runner = new CodeRunner({ root, file: 'index.js' });
  assert.equal(await runner.run({ funcName: 'fromContext', args: ['key'], context: { key: 'secret' } }), 'secret');
  assert.equal(await runner.run({ funcName: 'both', args: ['key'], context: { key: 'v' } }), true);
  assert.equal(await runner.run({ funcName: 'fromContext', args: ['key'] }), undefined);
  await assert.rejects(runner.run({ funcName: 'write', context: { x: 0 } }), TypeError);
  const runtime = new IsolatedRuntime();
  assert.equal(await runtime.run({ root, file: 'index.js', funcName: 'fromContext', args: ['k'], context: { k: 7 } }), 7);
});

test('custom extension, compiler and argument transformer', async () => {
  const root = folder({
    'aModule.jx': MULTIPLY,
    'index.js': 'function multiply(a, b) {\n  return a + b\n}\nmodule.exports = { multiply }\n',
  });
  assert.equal(await new CodeRunner({ root, file: 'aModule.jx', sourceExtensions: ['jx'] }).run({ funcName: 'multiply', args: [4, 5] }), 20);
  const compiled = new CodeRunner({ root, file: 'index.js', compiler: (code) => code.replace('+', '*') });
  assert.equal(await compiled.run({ funcName: 'multiply', args: [4, 5] }), 20);
  const transformed = new CodeRunner({ root, file: 'aModule.jx', sourceExtensions: ['jx'] });
  assert.equal(await transformed.run({ funcName: 'multiply', args: [4, 5], resolveArguments: (args) => args.map((a) => a + 1) }), 30);
});

test('whitelistedPaths with a custom resolve', async () => {
  const root = folder({ 'index.js': "exports.multiply = (a, b) => require('multiply')(a, b)" });
  const extra = folder({ 'multiply/index.js': 'module.exports = (a, b) => a * b' });
  const runner = new CodeRunner({
    root,
    file: 'index.js',
    whitelistedPaths: [extra],
    external: ['multiply'],
    resolve: (name) => path.join(extra, name),
  });
  assert.equal(await runner.run({ funcName: 'multiply', args: [4, 5] }), 20);
});

test('IsolatedRuntime: the reference spec (pool, extensions, resolver and compiler modules, timeouts, args resolver)', async () => {
  const fixtures = folder({
    'resolve.js': "const path = require('path')\nmodule.exports = ({ additionalModulesPath }) => (name) => additionalModulesPath && path.join(additionalModulesPath, name)\n",
    'compiler.js': "module.exports = (code) => code.replace('+', '*')\n",
    'args-resolver.js': 'module.exports = (args) => args.map((a) => a + 1)\n',
  });
  const runtime = new IsolatedRuntime({
    poolOptions: { min: 2, max: 2 },
    sourceExtensions: ['jx', 'js'],
    resolverModulePath: path.join(fixtures, 'resolve.js'),
    compilerModulePath: path.join(fixtures, 'compiler.js'),
    timeout: 1500,
  });
  const root = folder({
    'index.js': MULTIPLY,
    'plus.js': 'function multiply(a, b) {\n  return a + b\n}\nmodule.exports = { multiply }\n',
    'aModule.jx': MULTIPLY,
    'sleep.js': 'exports.sleep = (delay) => new Promise((resolve) => setTimeout(resolve, delay))',
    'since.js': 'exports.timeSince = (start) => Date.now() - start',
    'faulty.js': 'exports.multiply = (a, b) => a + ccccc',
    'req.js': "exports.multiply = (a, b) => require('multiply')(a, b)",
  });
  const extra = folder({ 'multiply/index.js': 'module.exports = (a, b) => a * b' });
  assert.equal(await runtime.run({ root, file: 'index.js', funcName: 'multiply', args: [2, 3] }), 6);
  assert.equal(await runtime.run({ root, file: 'aModule.jx', funcName: 'multiply', args: [4, 5] }), 20);
  assert.equal(await runtime.run({ root, file: 'plus.js', funcName: 'multiply', args: [4, 5] }), 20, 'compiler applied');
  const start = Date.now();
  const [, duration] = await Promise.all([
    runtime.run({ root, file: 'sleep.js', funcName: 'sleep', args: [1000] }),
    runtime.run({ root, file: 'since.js', funcName: 'timeSince', args: [start] }),
  ]);
  assert.ok(duration < 1000, `ran in parallel (${duration} ms)`);
  await assert.rejects(runtime.run({ root, file: 'faulty.js', funcName: 'multiply', args: [4, 5] }), (e) => {
    assert.ok(e instanceof ReferenceError);
    assert.equal(e.message, 'ccccc is not defined');
    return true;
  });
  assert.equal(
    await runtime.run({ root, file: 'req.js', whitelistedPaths: [extra], external: ['multiply'], resolverOptions: { additionalModulesPath: extra }, funcName: 'multiply', args: [4, 5] }),
    20,
  );
  await assert.rejects(runtime.run({ root, file: 'sleep.js', funcName: 'sleep', args: [5000] }), errors.RuntimeTimeoutError);
  assert.equal(
    await runtime.run({ root, file: 'index.js', funcName: 'multiply', args: { resolverPath: path.join(fixtures, 'args-resolver.js'), original: [1, 2] } }),
    6,
  );
  await runtime.shutdown();
  await assert.rejects(runtime.run({ root, file: 'index.js', funcName: 'multiply', args: [1, 2] }), /shut down/);
});
