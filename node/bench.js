'use strict';
// `make bench` (node row) and `npm run bench`: a fresh-sandbox `add(1, 2)`
// through this addon against the Node peers, all in this one process:
// isolated-vm new Context (shared Isolate) and new Isolate, vm2 new VM,
// node:vm new context, quickjs-emscripten new runtime. The peers come from
// ../bench/peers (installed by `make bench`); a missing one is skipped.
// Prints µs per call (median and p99 of sequential calls; for ours also the
// per-call time with 64 calls in flight) and each peer's ratio to ours.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { IsolatedRuntime } = require('.');

const PEERS_DIR = path.join(__dirname, '..', 'bench', 'peers', 'node_modules');
const BUDGET_MS = Number(process.env.NODE_BENCH_BUDGET_MS || 3000);
const SOURCE = 'function add(a, b) { return a + b }\nmodule.exports = { add }\n';

function peer(name) {
  try {
    return require(path.join(PEERS_DIR, name));
  } catch {
    return null;
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p99: at(0.99), n: sorted.length };
}

/** Sequential calls of `once` (sync or async) for the time budget, after a warm-up. */
async function measure(once) {
  for (let i = 0; i < 50; i++) await once();
  const samples = [];
  const end = performance.now() + BUDGET_MS;
  while (performance.now() < end || samples.length < 20) {
    const t = performance.now();
    await once();
    samples.push((performance.now() - t) * 1000);
  }
  return stats(samples);
}

/** µs per call with `inFlight` calls running at once. */
async function measureConcurrent(once, inFlight) {
  let done = 0;
  const end = performance.now() + BUDGET_MS;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < end) {
      await once();
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return ((performance.now() - start) * 1000) / done;
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ir-node-bench-'));
  fs.writeFileSync(path.join(root, 'add.js'), SOURCE);
  const runtime = new IsolatedRuntime({ maxConcurrency: 64 });
  const call = { root, file: 'add.js', funcName: 'add', args: [1, 2] };
  if ((await runtime.run(call)) !== 3) throw new Error('add(1, 2) is not 3');
  // As `make bench` does for the library: measure once the file's per-file
  // snapshot is in use (it is built in the background after a few calls).
  const warm = performance.now();
  while (!(await runtime.runWithStats(call)).stats.fromSnapshot) {
    if (performance.now() - warm > 60000) throw new Error('no per-file snapshot after 60 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  const rows = [];
  const ours = await measure(() => runtime.run(call));
  const oursConcurrent = await measureConcurrent(() => runtime.run(call), 64);
  rows.push({ name: 'isolated-runtime (this addon), sequential', ...ours });
  rows.push({ name: 'isolated-runtime (this addon), 64 in flight', median: oursConcurrent, p99: NaN, n: NaN });

  const program = `${SOURCE.replace('module.exports = { add }', '')}`;
  const ivm = peer('isolated-vm');
  if (ivm) {
    const isolate = new ivm.Isolate({ memoryLimit: 2048 });
    rows.push({
      name: 'isolated-vm new Context (shared Isolate)',
      ...(await measure(() => {
        const context = isolate.createContextSync();
        context.evalSync(program);
        const out = context.evalSync('add(1, 2)', { copy: true });
        context.release();
        return out;
      })),
    });
    rows.push({
      name: 'isolated-vm new Isolate',
      ...(await measure(() => {
        const iso = new ivm.Isolate({ memoryLimit: 128 });
        const context = iso.createContextSync();
        context.evalSync(program);
        const out = context.evalSync('add(1, 2)', { copy: true });
        iso.dispose();
        return out;
      })),
    });
  } else {
    rows.push({ name: 'isolated-vm (not installed: run `make bench`)', median: NaN, p99: NaN, n: 0 });
  }
  const vm2 = peer('vm2');
  if (vm2) {
    rows.push({
      name: 'vm2 new VM',
      ...(await measure(() => {
        const sandbox = new vm2.VM();
        sandbox.run(program);
        return sandbox.run('add(1, 2)');
      })),
    });
  }
  const vm = require('node:vm');
  rows.push({
    name: 'node:vm new context',
    ...(await measure(() => {
      const context = vm.createContext({});
      vm.runInContext(program, context);
      return vm.runInContext('add(1, 2)', context);
    })),
  });
  const quickjs = peer('quickjs-emscripten');
  if (quickjs) {
    const QuickJS = await quickjs.getQuickJS();
    rows.push({
      name: 'quickjs-emscripten new runtime',
      ...(await measure(() => {
        const rt = QuickJS.newRuntime();
        const context = rt.newContext();
        context.unwrapResult(context.evalCode(program)).dispose();
        const handle = context.unwrapResult(context.evalCode('add(1, 2)'));
        const out = context.dump(handle);
        handle.dispose();
        context.dispose();
        rt.dispose();
        return out;
      })),
    });
  }
  await runtime.shutdown();
  fs.rmSync(root, { recursive: true, force: true });

  const base = ours.median;
  const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : '-');
  console.log(`\nnode/bench.js: fresh-sandbox add(1, 2) from one Node ${process.version} process (µs per call)\n`);
  console.log('| sandbox | median µs | p99 µs | calls | ratio to ours (sequential) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const ratio = Number.isFinite(r.median) ? `${(r.median / base).toFixed(2)}x` : '-';
    console.log(`| ${r.name} | ${fmt(r.median)} | ${fmt(r.p99)} | ${Number.isFinite(r.n) ? r.n : '-'} | ${ratio} |`);
  }
  const ivmRow = rows.find((r) => r.name.startsWith('isolated-vm new Context'));
  if (ivmRow) {
    console.log(
      `\nisolated-vm new Context / ours: ${(ivmRow.median / ours.median).toFixed(2)}x sequential, ` +
        `${(ivmRow.median / oursConcurrent).toFixed(2)}x with 64 calls in flight`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
