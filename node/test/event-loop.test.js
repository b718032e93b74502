'use strict';
// Calls never block Node's event loop: they run on the addon's threads and
// wait for timers without holding one.
const test = require('node:test');
const assert = require('node:assert/strict');
const { IsolatedRuntime, errors } = require('..');
const { folder } = require('./support/folder');

const root = folder({
  'work.js': `
    exports.sleep = (ms) => new Promise((r) => setTimeout(() => r(ms), ms));
    exports.spin = () => { while (true) {} };
    exports.exit = () => { process.exit(1); };
  `,
});

// Watch the event loop with a 10 ms interval: `stop()` gives the number of
// ticks and the longest gap between two.
function watchEventLoop() {
  let ticks = 0;
  let worstGap = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
    ticks++;
  }, 10);
  return () => {
    clearInterval(timer);
    return { ticks, worstGap };
  };
}

test('a setInterval keeps ticking on time while 100 calls run, sleep and time out', async () => {
  const runtime = new IsolatedRuntime({ timeout: 10000, maxConcurrency: 100 });
  await runtime.run({ root, file: 'work.js', funcName: 'sleep', args: [1] }); // runtime started
  const stop = watchEventLoop();
  const calls = [];
  for (let i = 0; i < 100; i++) {
    if (i % 10 === 0) calls.push(runtime.run({ root, file: 'work.js', funcName: 'spin', timeout: 300 }).then(() => 'no', (e) => e));
    else calls.push(runtime.run({ root, file: 'work.js', funcName: 'sleep', args: [50 + (i % 7) * 10] }));
  }
  const started = Date.now();
  const results = await Promise.all(calls);
  const took = Date.now() - started;
  const { ticks, worstGap } = stop();
  const timeouts = results.filter((r) => r instanceof errors.RuntimeTimeoutError).length;
  assert.equal(timeouts, 10);
  assert.equal(results.filter((r) => typeof r === 'number').length, 90);
  assert.ok(ticks >= took / 10 / 3, `${ticks} ticks in ${took} ms`);
  assert.ok(worstGap < 250, `the event loop stalled for ${worstGap} ms`);
  await runtime.shutdown();
});

test('1,000 concurrent sleeping calls do not block the event loop', async () => {
  const runtime = new IsolatedRuntime({ timeout: 10000, maxConcurrency: 1000 });
  await runtime.run({ root, file: 'work.js', funcName: 'sleep', args: [1] });
  const calls = [];
  const submitted = Date.now();
  for (let i = 0; i < 1000; i++) calls.push(runtime.run({ root, file: 'work.js', funcName: 'sleep', args: [500] }));
  const submitMs = Date.now() - submitted;
  // From here on the calls only sleep (inside their sandboxes, holding no
  // thread): the main thread must stay free.
  const stop = watchEventLoop();
  const results = await Promise.all(calls);
  const { ticks, worstGap } = stop();
  assert.equal(results.length, 1000);
  assert.ok(results.every((r) => r === 500));
  assert.ok(ticks >= 10, `${ticks} ticks`);
  assert.ok(worstGap < 250, `the event loop stalled for ${worstGap} ms (starting the 1,000 calls took ${submitMs} ms)`);
  await runtime.shutdown();
});

test('while (true) {} ends in RuntimeTimeoutError; process.exit() does nothing to the host', async () => {
  const runtime = new IsolatedRuntime({ timeout: 200 });
  await assert.rejects(runtime.run({ root, file: 'work.js', funcName: 'spin' }), errors.RuntimeTimeoutError);
  await assert.rejects(runtime.run({ root, file: 'work.js', funcName: 'exit' }), /process.exit is not a function/);
  assert.equal(await runtime.run({ root, file: 'work.js', funcName: 'sleep', args: [5] }), 5);
  await runtime.shutdown();
});
