// How adding/removing 'data' and 'readable' listeners (on, once, off,
// removeListener, removeAllListeners, with and without args) switches a
// Readable between flowing, paused and unset modes.
const { Readable } = require('stream');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };

async function go(f) {
  const log = [];
  const r = new Readable({ read() {} });
  r.on('resume', () => log.push('resume'));
  r.on('pause', () => log.push('pause'));
  try { await f(r, log); } catch (e) { log.push('threw ' + e.message); }
  await settle();
  log.push('flowing ' + r.readableFlowing + ' paused ' + r.isPaused() + ' rl ' + r._readableState.readableListening);
  return log.join(', ');
}
const g = () => {};
const f = () => {};

exports.probe = async () => ({
  removeAllNoArgsMicro: await go(async (r) => { r.on('data', g); await null; r.removeAllListeners(); }),
  removeAllBothMicro: await go(async (r) => { r.on('data', g); await null; r.removeAllListeners('data'); r.removeAllListeners('readable'); }),
  addRemoveReadable: await go(async (r) => { r.on('readable', f); r.removeListener('readable', f); }),
  readableDataRemoveReadable: await go(async (r) => { r.on('readable', f); r.on('data', g); r.removeListener('readable', f); }),
  removeAllReadableOnly: await go(async (r) => { r.on('readable', f); r.removeAllListeners(); }),
  offReadable: await go(async (r) => { r.on('readable', f); r.off('readable', f); }),
  pauseRemoveAll: await go(async (r) => { r.pause(); r.removeAllListeners(); }),
  pauseRemoveUnknownReadable: await go(async (r) => { r.pause(); r.removeListener('readable', () => {}); }),
  readableCycleThenData: await go(async (r) => {
    r.on('readable', f); r.removeListener('readable', f); await settle();
    r.on('data', g); await settle(); r.removeListener('data', g); r.removeAllListeners('readable');
  }),
  removeAllSettled: await go(async (r) => { r.on('data', g); r.push('a'); await settle(); r.removeAllListeners('data'); await settle(); r.push('b'); await settle(); r.removeAllListeners(); }),
  removeAllDataThenReadable: await go(async (r) => { r.on('data', g); await settle(); r.removeAllListeners('data'); r.removeAllListeners('readable'); }),
  removeListenerData: await go(async (r) => { r.on('data', g); await settle(); r.removeListener('data', g); r.removeAllListeners('readable'); }),
  pausedRemoveAllData: await go(async (r) => { r.on('data', g); await settle(); r.pause(); r.removeAllListeners('data'); r.removeAllListeners('readable'); }),
  pausedRemoveListenerData: await go(async (r) => { r.on('data', g); await settle(); r.pause(); r.removeListener('data', g); r.removeAllListeners('readable'); }),
  twoDataRemoveOne: await go(async (r) => { r.on('data', g); r.on('data', () => {}); await settle(); r.pause(); r.removeListener('data', g); r.removeAllListeners('readable'); }),
  reAddData: await go(async (r) => { r.on('data', g); await settle(); r.removeListener('data', g); r.on('data', g); r.removeAllListeners('data'); r.removeAllListeners('readable'); }),
  onceData: await go(async (r) => { r.once('data', g); await settle(); r.push('x'); await settle(); r.removeAllListeners('readable'); }),
  dataThenReadable: await go(async (r) => { r.on('data', g); r.on('readable', f); r.push('x'); await settle(); }),
  readableThenData: await go(async (r, log) => { r.on('readable', () => log.push('readable')); r.on('data', (d) => log.push('data ' + d)); r.push('x'); await settle(); }),
  pauseThenData: await go(async (r, log) => { r.pause(); r.on('data', (d) => log.push('data ' + d)); r.push('x'); await settle(); r.resume(); }),
  flowingSetter: await go(async (r, log) => { r.readableFlowing = false; r.on('data', (d) => log.push('data ' + d)); r.push('y'); await settle(); log.push('len ' + r.readableLength); }),
});
