// Writable end() callback in error/destroy corner cases, and its order
// against 'error'/'close'/'finish' and nextTicks.
const { Writable } = require('stream');
const { nextTick } = require('process');

const settle = async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));

async function t(opts, f) {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); }, ...opts });
  for (const ev of ['error', 'close', 'finish', 'prefinish']) w.on(ev, (e) => log.push(ev + (e ? ' ' + E(e) : '')));
  try { await f(w, log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
const cb = (log, tag = 'cb') => (e) => log.push(tag + ' ' + E(e));

exports.probe = async () => ({
  finalErrSync: await t({ final(c) { c(new Error('x')); } }, (w, log) => { w.end(cb(log)); }),
  finalErrSyncNoAD: await t({ autoDestroy: false, final(c) { c(new Error('x')); } }, (w, log) => { w.end(cb(log)); }),
  finalErrAsync: await t({ final(c) { setImmediate(() => c(new Error('x'))); } }, (w, log) => { w.end(cb(log)); }),
  finalThrows: await t({ final() { throw new Error('t'); } }, (w, log) => { w.end(cb(log)); }),
  finalTwice: await t({ final(c) { c(); c(); } }, (w, log) => { w.end(cb(log)); }),
  erroredNoAD: await t({ autoDestroy: false, write(c, e, k) { k(new Error('w')); } }, async (w, log) => {
    w.write('a');
    await settle();
    nextTick(() => log.push('tick before'));
    w.end(cb(log));
    nextTick(() => log.push('tick after'));
  }),
  erroredNoADsync: await t({ autoDestroy: false, write(c, e, k) { k(new Error('w')); } }, (w, log) => {
    w.write('a', cb(log, 'wcb'));
    w.end(cb(log));
  }),
  erroredEndChunk: await t({ autoDestroy: false, write(c, e, k) { k(new Error('w')); } }, async (w, log) => {
    w.write('a');
    await settle();
    w.end('x', cb(log));
  }),
  destroyedEnd: await t({}, (w, log) => { w.destroy(); w.end(cb(log)); }),
  destroyErrEnd: await t({}, (w, log) => { w.destroy(new Error('d')); w.end(cb(log)); }),
  destroyWithCb: await t({}, (w, log) => {
    w.destroy(new Error('d'), cb(log, 'destroy cb'));
    w.destroy(new Error('again'), cb(log, 'destroy cb2'));
    log.push('errored ' + E(w.errored));
  }),
  endFinishedAlready: await t({}, async (w, log) => {
    w.end();
    await settle();
    w.end(cb(log));
    w.end('more', cb(log, 'chunk cb'));
  }),
  endWithChunkAfterEnd: await t({ autoDestroy: false }, async (w, log) => {
    w.end('a');
    w.end('b', cb(log));
  }),
  pendingcbAsyncWrites: await t({ write(c, e, k) { setImmediate(k); } }, (w, log) => {
    w.write('a', cb(log, 'a'));
    w.write('b', cb(log, 'b'));
    w.end('c', cb(log, 'end'));
    nextTick(() => log.push('tick'));
  }),
  syncWriteBatchedCallbacks: await t({}, (w, log) => {
    for (let i = 0; i < 3; i++) w.write('x' + i, cb(log, 'w' + i));
    const f = cb(log, 'shared');
    w.write('y', f);
    w.write('z', f);
    nextTick(() => log.push('tick'));
    w.end();
  }),
  drainOrder: await t({ highWaterMark: 1, write(c, e, k) { setImmediate(k); } }, (w, log) => {
    w.on('drain', () => log.push('drain'));
    log.push('ret ' + w.write('ab', cb(log, 'a')));
    log.push('ret ' + w.write('c', cb(log, 'c')));
  }),
  drainSync: await t({ highWaterMark: 1 }, (w, log) => {
    w.on('drain', () => log.push('drain'));
    log.push('ret ' + w.write('ab', cb(log, 'a')));
    nextTick(() => log.push('tick'));
  }),
  noEmitClose: await t({ emitClose: false }, (w, log) => { w.end('x'); }),
  signal: await t({ signal: (() => { const ac = new AbortController(); setImmediate(() => ac.abort()); return ac.signal; })() }, (w, log) => {
    w.write('a');
  }),
});
