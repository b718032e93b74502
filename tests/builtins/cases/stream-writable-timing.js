// Writable: exact order of write callbacks, 'drain', 'prefinish', 'finish'
// and 'close' against nextTicks, for sync/async writes with and without
// callbacks, cork/uncork, construct and highWaterMark 0.
const { Writable } = require('stream');
const { nextTick } = require('process');

const settle = async () => { for (let i = 0; i < 6; i++) await new Promise((r) => setImmediate(r)); };

async function t(opts, f) {
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); }, ...opts, _log: undefined });
  w._log = log;
  for (const ev of ['finish', 'drain', 'close', 'x']) w.on(ev, () => log.push(ev));
  w.on('prefinish', () => { log.push('prefinish'); nextTick(() => log.push('tick-from-prefinish')); });
  try { f(w, log); } catch (e) { log.push('threw ' + e.code); }
  await settle();
  return log.join(', ');
}
const tick = (log, s = 'tick') => nextTick(() => log.push(s));
const asyncWrite = { write(c, e, cb) { const s = this; setImmediate(() => { cb(); s.emit('x'); }); } };

exports.probe = async () => ({
  one: await t({}, (w, log) => { w.write('a', () => log.push('cb')); w.end(); tick(log); }),
  oneNoCb: await t({}, (w, log) => { w.write('a'); w.end(); tick(log); }),
  oneEndCb: await t({}, (w, log) => { w.write('a'); w.end(() => log.push('endcb')); tick(log); }),
  two: await t({}, (w, log) => { w.write('a', () => log.push('cb')); w.write('b', () => log.push('cb2')); w.end(); tick(log); }),
  endOnly: await t({}, (w, log) => { w.end(); tick(log); }),
  tickFirst: await t({}, (w, log) => { w.write('a', () => log.push('cb')); tick(log); w.end(); }),
  cbThenNop: await t({}, (w, log) => { w.write('a', () => log.push('cb')); w.write('b'); w.end(); tick(log); }),
  nopThenCb: await t({}, (w, log) => { w.write('a'); w.write('b', () => log.push('cb')); w.end(); tick(log); }),
  tickInCb: await t({}, (w, log) => { w.write('a', () => { log.push('cb'); tick(log, 'tick-in-cb'); }); w.end(); tick(log); }),
  cbEndCb: await t({}, (w, log) => { w.write('a', () => log.push('cb')); w.end(() => log.push('endcb')); tick(log); }),
  nopDrain: await t({ highWaterMark: 1 }, (w, log) => { log.push('' + w.write('ab')); tick(log); }),
  cbDrain: await t({ highWaterMark: 1 }, (w, log) => { log.push('' + w.write('ab', () => log.push('cb'))); tick(log); }),
  nopDrainEnd: await t({ highWaterMark: 1 }, (w, log) => { log.push('' + w.write('ab')); w.end(); tick(log); }),
  hwm0: await t({ highWaterMark: 0 }, (w, log) => { log.push('' + w.write('ab')); log.push('' + w.write('ab')); tick(log); w.end(); tick(log, 'tick2'); }),
  hwm0Cb: await t({ highWaterMark: 0 }, (w, log) => { log.push('' + w.write('ab', () => log.push('cb'))); tick(log); }),
  hwm0Async: await t({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } }, (w, log) => { log.push('' + w.write('ab')); tick(log); }),
  objHwm0: await t({ objectMode: true, highWaterMark: 0 }, (w, log) => { log.push('' + w.write({})); tick(log); }),
  asyncNop: await t(asyncWrite, (w, log) => { w.write('a'); w.end(); }),
  asyncCb: await t(asyncWrite, (w, log) => { w.write('a', () => log.push('cb')); w.end(); }),
  asyncEndCb: await t(asyncWrite, (w, log) => { w.write('ab'); w.end(() => log.push('endcb')); }),
  asyncHwm1: await t({ ...asyncWrite, highWaterMark: 1 }, (w, log) => { log.push('' + w.write('ab')); log.push('' + w.write('ab', () => log.push('cb'))); }),
  asyncHwm3: await t({ ...asyncWrite, highWaterMark: 3 }, (w, log) => { w.write('ab'); w.write('cd'); w.write('e'); tick(log); }),
  corked: await t({ highWaterMark: 2 }, (w, log) => {
    w.cork(); log.push('' + w.write('a')); log.push('' + w.write('b'));
    log.push('nd ' + w.writableNeedDrain); w.uncork(); log.push('nd ' + w.writableNeedDrain + ' len ' + w.writableLength); tick(log);
  }),
  corkedCb: await t({ highWaterMark: 2 }, (w, log) => {
    w.cork(); log.push('' + w.write('a', () => log.push('cba'))); log.push('' + w.write('b', () => log.push('cbb'))); w.uncork(); tick(log);
  }),
  writevCorked: await t({ highWaterMark: 2, writev(ch, cb) { this._log.push('writev ' + ch.length); cb(); } }, (w, log) => {
    w.cork(); log.push('' + w.write('a')); log.push('' + w.write('b', () => log.push('cbb'))); w.uncork(); tick(log);
  }),
  syncErrNop: await t({ write(c, e, cb) { cb(new Error('e')); } }, (w, log) => { w.on('error', () => log.push('error')); log.push('' + w.write('a')); tick(log); }),
  construct: await t({ construct(cb) { setImmediate(cb); } }, (w, log) => { w.end(); }),
  constructWrite: await t({ construct(cb) { setImmediate(cb); } }, (w, log) => { w.write('a', () => log.push('cb')); w.end(); }),
  destroyBuffered: await t(asyncWrite, (w, log) => {
    w.write('a'); w.write('b', (e) => log.push('cbb ' + (e && e.code))); w.destroy(); tick(log);
  }),
  finalAsync: await t({ final(cb) { setImmediate(cb); } }, (w, log) => { w.write('a', () => log.push('cb')); w.end(() => log.push('endcb')); tick(log); }),
  finalSync: await t({ final(cb) { this._log.push('final'); cb(); } }, (w, log) => { w.write('a'); w.end(() => log.push('endcb')); tick(log); }),
});
