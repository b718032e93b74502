// `make bench`, the peers' side: the cost of one fresh isolated context plus a
// call of a trivial function (`add(1, 2)`), in Node, on this machine, in the
// same run as the Rust benchmark. Prints one line per peer: median µs.
'use strict';
const { performance } = require('perf_hooks');
const SOURCE = 'function add(a, b) { return a + b }';
const N = Number(process.env.PEER_CALLS || 500);

function median(fn) {
  for (let i = 0; i < 20; i++) fn();
  const times = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(N / 2)] * 1000;
}

async function main() {
  const results = [];
  const vm = require('vm');
  results.push(['node:vm new context', median(() => {
    const ctx = vm.createContext({});
    vm.runInContext(SOURCE, ctx);
    if (vm.runInContext('add(1, 2)', ctx) !== 3) throw new Error('wrong');
  })]);
  try {
    const { VM } = require('vm2');
    results.push(['vm2 new VM', median(() => {
      const v = new VM();
      v.run(SOURCE);
      if (v.run('add(1, 2)') !== 3) throw new Error('wrong');
    })]);
  } catch (e) { results.push(['vm2 new VM', 'skipped: ' + e.message]); }
  try {
    const { getQuickJS } = require('quickjs-emscripten');
    const QuickJS = await getQuickJS();
    results.push(['quickjs-emscripten new runtime+context', median(() => {
      const rt = QuickJS.newRuntime();
      const ctx = rt.newContext();
      ctx.unwrapResult(ctx.evalCode(SOURCE)).dispose();
      const r = ctx.unwrapResult(ctx.evalCode('add(1, 2)'));
      if (ctx.getNumber(r) !== 3) throw new Error('wrong');
      r.dispose(); ctx.dispose(); rt.dispose();
    })]);
  } catch (e) { results.push(['quickjs-emscripten', 'skipped: ' + e.message]); }
  try {
    const ivm = require('isolated-vm');
    const isolate = new ivm.Isolate({ memoryLimit: 128 });
    results.push(['isolated-vm new Context (shared Isolate)', median(() => {
      const ctx = isolate.createContextSync();
      ctx.evalSync(SOURCE);
      if (ctx.evalSync('add(1, 2)') !== 3) throw new Error('wrong');
      ctx.release();
    })]);
    results.push(['isolated-vm new Isolate', median(() => {
      const iso = new ivm.Isolate({ memoryLimit: 128 });
      const ctx = iso.createContextSync();
      ctx.evalSync(SOURCE);
      if (ctx.evalSync('add(1, 2)') !== 3) throw new Error('wrong');
      iso.dispose();
    })]);
  } catch (e) { results.push(['isolated-vm', 'skipped: ' + String(e.message).split('\n')[0]]); }
  for (const [name, v] of results) {
    console.log(typeof v === 'number' ? `peer ${name}: median ${v.toFixed(1)} µs` : `peer ${name}: ${v}`);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
