// `make bench`, the peers' side, run after the Rust benchmark (examples/bench.rs).
// It reads that run's figures and workloads (target/bench/ours.json, or
// $BENCH_JSON), runs the same workloads in the Node peers (node:vm, vm2,
// quickjs-emscripten, isolated-vm), each call in a fresh sandbox as ours, and
// prints ONE table: µs per call (median, p99), calls/s, MiB per 1,000 live
// sandboxes, for us and each peer, with each peer's ratio to ours. A peer that
// is missing or fails gets a note in its row, never an error exit.
//
//   node peers.js                  the table (also written to target/bench/peers.json)
//   node peers.js --memory PEER    internal: one peer's memory figure, as JSON; run in
//                                  a process of its own so that its RSS is clean
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { performance } = require('perf_hooks');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { formatTable } = require('./report');

const OURS_JSON = process.env.BENCH_JSON || path.join(__dirname, '../../target/bench/ours.json');
/** Time spent at most on one peer's latency row (at least MIN_SAMPLES calls are made). */
const LATENCY_BUDGET_MS = Number(process.env.PEER_BUDGET_MS || 2000);
const MIN_SAMPLES = 10;
/** How long each throughput measurement runs. */
const THROUGHPUT_MS = Number(process.env.PEER_THROUGHPUT_MS || 1000);
const MIB = 1024 * 1024;

/**
 * The peers. `load()` (async) returns `open(program)`, which makes a fresh
 * sandbox, evaluates `program` in it and returns `{ eval(code), close() }`;
 * `eval` returns the completion value, copied out as a plain value.
 * `pkg` is the npm package whose absence means "not installed".
 */
const PEERS = [
  {
    key: 'vm',
    name: 'node:vm new context',
    pkg: 'vm',
    async load() {
      const vm = require('vm');
      return (program) => {
        const context = vm.createContext({});
        vm.runInContext(program, context);
        return { eval: (code) => vm.runInContext(code, context), close() {} };
      };
    },
  },
  {
    key: 'vm2',
    name: 'vm2 new VM',
    pkg: 'vm2',
    async load() {
      const { VM } = require('vm2');
      return (program) => {
        const sandbox = new VM();
        sandbox.run(program);
        return { eval: (code) => sandbox.run(code), close() {} };
      };
    },
  },
  {
    key: 'quickjs',
    name: 'quickjs-emscripten new runtime',
    pkg: 'quickjs-emscripten',
    async load() {
      const QuickJS = await require('quickjs-emscripten').getQuickJS();
      return (program) => {
        const runtime = QuickJS.newRuntime();
        const context = runtime.newContext();
        const close = () => {
          context.dispose();
          runtime.dispose();
        };
        const evaluate = (code) => {
          const handle = context.unwrapResult(context.evalCode(code));
          try {
            return context.dump(handle);
          } finally {
            handle.dispose();
          }
        };
        try {
          evaluate(program);
        } catch (e) {
          close();
          throw e;
        }
        return { eval: evaluate, close };
      };
    },
  },
  {
    key: 'ivm-context',
    name: 'isolated-vm new Context (shared Isolate)',
    pkg: 'isolated-vm',
    async load() {
      const ivm = require('isolated-vm');
      // The limit is the whole isolate's, shared by every live context.
      const isolate = new ivm.Isolate({ memoryLimit: 2048 });
      return (program) => {
        const context = isolate.createContextSync();
        context.evalSync(program);
        return { eval: (code) => context.evalSync(code, { copy: true }), close: () => context.release() };
      };
    },
  },
  {
    key: 'ivm-isolate',
    name: 'isolated-vm new Isolate',
    pkg: 'isolated-vm',
    async load() {
      const ivm = require('isolated-vm');
      return (program) => {
        const isolate = new ivm.Isolate({ memoryLimit: 128 });
        const context = isolate.createContextSync();
        context.evalSync(program);
        return { eval: (code) => context.evalSync(code, { copy: true }), close: () => isolate.dispose() };
      };
    },
  },
];

/** What the Rust side wrote: its figures, and the workloads as it ran them. */
function readOurs() {
  try {
    return JSON.parse(fs.readFileSync(OURS_JSON, 'utf8'));
  } catch (e) {
    console.error(`peers: cannot read ${OURS_JSON} (${e.message}); run the Rust side first:`);
    console.error('  cargo run --release --example bench');
    process.exit(1);
  }
}

/**
 * A latency row of ours as a job for the peers: the module's source behind a
 * minimal CommonJS prelude, and the call (an export, else a top-level
 * function, as our runtime looks it up) with the same arguments.
 */
function jobFor(row, folder) {
  const source = fs.readFileSync(path.join(folder, row.file), 'utf8');
  const args = row.args.map((a) => JSON.stringify(a)).join(', ');
  return {
    program: `var module = { exports: {} }, exports = module.exports;\n${source}\n`,
    call: `(module.exports[${JSON.stringify(row.func)}] || ${row.func})(${args})`,
    expected: row.value,
    calls: row.calls,
  };
}

/** One fresh-sandbox call of `job`: open, evaluate the module, call, close. */
function freshCall(open, job) {
  const sandbox = open(job.program);
  try {
    return sandbox.eval(job.call);
  } finally {
    sandbox.close();
  }
}

/** `freshCall` bound to `job`, after one call whose result must be ours. */
function checkedCall(open, job) {
  const value = freshCall(open, job);
  if (job.expected !== undefined && JSON.stringify(value) !== JSON.stringify(job.expected)) {
    throw new Error(`returned ${JSON.stringify(value)}, ours ${JSON.stringify(job.expected)}`);
  }
  return () => freshCall(open, job);
}

/** Median and p99 µs of `call`, after a warm-up: up to `max` calls or LATENCY_BUDGET_MS. */
function latency(call, max) {
  for (let i = 0; i < Math.max(2, Math.min(20, Math.ceil(max / 20))); i++) call();
  const times = [];
  const deadline = performance.now() + LATENCY_BUDGET_MS;
  while (times.length < max && (times.length < MIN_SAMPLES || performance.now() < deadline)) {
    const t = performance.now();
    call();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.floor((times.length * p) / 100)];
  return { median: at(50), p99: at(99), note: samplesNote(times.length) };
}

/** The note of a latency row: how many calls it timed (p99 is their maximum below 100). */
function samplesNote(calls) {
  return `${calls} calls${calls < 100 ? ', p99 = max' : ''}`;
}

/** Calls of `call` in `ms` milliseconds, back to back. */
function callsWithin(call, ms) {
  let calls = 0;
  const t0 = performance.now();
  do {
    call();
    calls++;
  } while (performance.now() - t0 < ms);
  return { calls, ms: performance.now() - t0 };
}

/** The next message of `worker`; rejects if it fails or exits first. */
function nextMessage(worker) {
  return new Promise((resolve, reject) => {
    const fail = (e) => reject(e instanceof Error ? e : new Error(`worker exited (${e})`));
    worker.once('error', fail).once('exit', fail);
    worker.once('message', (m) => {
      worker.off('error', fail).off('exit', fail);
      resolve(m);
    });
  });
}

/**
 * Calls/s of `job` in `threads` worker threads at once, each with its own peer
 * instance (one worker for 1 thread too, so that both start from the same state).
 */
async function parallelThroughput(peer, job, threads) {
  const workers = Array.from({ length: threads }, () => new Worker(__filename, { workerData: { key: peer.key, job } }));
  try {
    await Promise.all(workers.map(nextMessage)); // each loaded and warmed up
    const t0 = performance.now();
    const done = Promise.all(workers.map(nextMessage));
    workers.forEach((w) => w.postMessage('go'));
    const results = await done;
    const seconds = (performance.now() - t0) / 1000;
    return results.reduce((sum, r) => sum + r.calls, 0) / seconds;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** In a worker thread: load the peer, warm up, wait for 'go', run THROUGHPUT_MS, report. */
async function workerMain() {
  const { key, job } = workerData;
  const call = checkedCall(await PEERS.find((p) => p.key === key).load(), job);
  for (let i = 0; i < 20; i++) call();
  parentPort.once('message', () => parentPort.postMessage(callsWithin(call, THROUGHPUT_MS)));
  parentPort.postMessage('ready');
}

/** In a child process: the RSS growth of holding `count` live sandboxes of `job`, per 1,000. */
async function memoryMain(key, count) {
  const ours = readOurs();
  const job = jobFor(ours.rows.find((r) => r.kind === 'latency'), ours.folder);
  const open = await PEERS.find((p) => p.key === key).load();
  freshCall(open, job); // whatever the first sandbox loads once is not per-sandbox memory
  global.gc();
  const before = process.memoryUsage().rss;
  const held = [];
  for (let i = 0; i < count; i++) held.push(open(job.program));
  global.gc();
  const after = process.memoryUsage().rss;
  console.log(JSON.stringify({ mib_per_1000: ((after - before) / MIB) * (1000 / count) }));
  held.forEach((sandbox) => sandbox.close());
}

/** The memory figure of `peer`, from a child process of its own. */
function memory(peer, count) {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--memory', peer.key, String(count)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120000,
    });
    return { median: JSON.parse(out.trim().split('\n').pop()).mib_per_1000 };
  } catch (e) {
    return { note: failure(peer, { message: String(e.stderr || e.message).trim().split('\n').pop() }) };
  }
}

/** A short note for a peer's failure: "not installed" when its package is missing. */
function failure(peer, e) {
  if (e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(`'${peer.pkg}'`)) return 'not installed';
  return `failed: ${String(e.message).split('\n')[0].slice(0, 80)}`;
}

/** Run `measure`, turning an exception into a note. */
async function attempt(peer, measure) {
  try {
    return await measure();
  } catch (e) {
    return { note: failure(peer, e) };
  }
}

/** Every row of the table for one peer, by ours' row id. */
async function measurePeer(peer, ours, jobs) {
  const byRow = {};
  let open;
  try {
    open = await peer.load();
  } catch (e) {
    for (const row of ours.rows) byRow[row.id] = { note: failure(peer, e) };
    return byRow;
  }
  const trivialId = ours.rows.find((r) => r.kind === 'latency').id;
  const trivial = jobs[trivialId];
  for (const row of ours.rows) {
    byRow[row.id] = await attempt(peer, async () => {
      if (row.kind === 'latency') return latency(checkedCall(open, jobs[row.id]), jobs[row.id].calls);
      if (row.kind === 'throughput') return { median: await parallelThroughput(peer, trivial, row.threads) };
      if (row.kind === 'memory') return memory(peer, row.sandboxes);
      // A peer has no batch CLI: its per-call figure is its fresh-sandbox
      // trivial call in process (measured above), which is what a batch
      // runner built on it would pay per call at best.
      if (row.kind === 'batch') return { ...byRow[trivialId], note: 'in-process fresh-sandbox call' };
      if (row.kind === 'serve') return { note: 'no HTTP server' };
      return { note: `unknown row kind ${row.kind}` };
    });
  }
  return byRow;
}

/** Title, precision and direction of one row of ours, for the table. */
function describe(row, trivialLabel) {
  switch (row.kind) {
    case 'latency':
      return { title: `${row.label}, fresh sandbox (µs/call)`, decimals: 1, higherIsBetter: false };
    case 'throughput':
      return {
        title: `${trivialLabel}, fresh sandbox, ${row.threads} thread${row.threads > 1 ? 's' : ''} (calls/s)`,
        decimals: 0,
        higherIsBetter: true,
      };
    case 'batch':
      return {
        title: `CLI batch --concurrency ${row.concurrency}, ${row.calls.toLocaleString('en')} x ${trivialLabel}, process start to last line (µs/call)`,
        decimals: 1,
        higherIsBetter: false,
      };
    case 'serve':
      return { title: `serve under wrk, ${trivialLabel} over HTTP (req/s)`, decimals: 0, higherIsBetter: true };
    default:
      return { title: `${row.sandboxes.toLocaleString('en')} live sandboxes (MiB RSS)`, decimals: 1, higherIsBetter: false };
  }
}

/** Our own figures of one row, in the table's terms. */
function oursFigures(row) {
  if (row.kind === 'latency') return { median: row.median_us, p99: row.p99_us, note: samplesNote(row.calls) };
  if (row.kind === 'throughput') return { median: row.calls_per_s, note: `${row.calls} concurrent calls` };
  if (row.kind === 'batch') return { median: row.us_per_call, note: `${row.seconds.toFixed(2)} s in all, warm disk cache` };
  if (row.kind === 'serve') {
    if (row.skipped) return { note: row.skipped };
    return {
      median: row.requests_per_s,
      note: `wrk 1 thread, 8 connections, 10 s; p50 ${Math.round(row.p50_us)} µs, p99 ${Math.round(row.p99_us)} µs; RSS ${row.rss_before_mib.toFixed(0)} -> ${row.rss_after_mib.toFixed(0)} MiB`,
    };
  }
  const anon = typeof row.anon_mib_per_1000 === 'number' ? `, ${row.anon_mib_per_1000.toFixed(1)} private` : '';
  return { median: row.mib_per_1000, note: `asleep in setTimeout${anon}` };
}

async function main() {
  const ours = readOurs();
  const jobs = {};
  for (const row of ours.rows.filter((r) => r.kind === 'latency')) jobs[row.id] = jobFor(row, ours.folder);
  const results = [];
  for (const peer of PEERS) {
    process.stderr.write(`peers: measuring ${peer.name}\n`);
    results.push({ peer, byRow: await measurePeer(peer, ours, jobs) });
  }
  const trivialLabel = ours.rows.find((r) => r.kind === 'latency').label;
  const groups = ours.rows.map((row) => ({
    ...describe(row, trivialLabel),
    ours: oursFigures(row),
    peers: results.map(({ peer, byRow }) => ({ name: peer.name, ...byRow[row.id] })),
  }));
  console.log(formatTable(groups));
  console.log(
    [
      '',
      'ratio: peer ÷ ours for µs and MiB, ours ÷ peer for calls/s, from medians: above 1× ours is faster or smaller.',
      'Every call gets a fresh sandbox: ours a new wasm instance, a peer a new context (or isolate) that evaluates',
      'the module, then calls the function. Throughput and memory rows have one value, under "median".',
      'Throughput: ours = concurrent tasks on a 1- or 2-thread tokio runtime (max_concurrency = threads); peers =',
      'back-to-back calls in 1 or 2 worker_threads. Memory: ours = VmRSS growth while 1,000 calls sleep in',
      'setTimeout (VmRSS counts the pages of the guest\'s memory image that they share once per sandbox; "private"',
      'is the RssAnon part); a peer = RSS growth holding 1,000 sandboxes with add() evaluated, in a process of its own.',
    ].join('\n'),
  );
  const out = path.join(path.dirname(OURS_JSON), 'peers.json');
  fs.writeFileSync(out, JSON.stringify({ groups }, null, 2));
}

if (!isMainThread) {
  workerMain(); // a failure surfaces as the worker's 'error' event (unhandled rejection)
} else if (process.argv[2] === '--memory') {
  memoryMain(process.argv[3], Number(process.argv[4])).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
