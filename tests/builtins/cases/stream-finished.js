// finished()/eos and stream/promises finished: readable, writable, duplex,
// premature close, errors, already-finished streams, options, cleanup,
// legacy streams, signals.
const { Readable, Writable, Duplex, PassThrough, Stream, finished } = require('stream');
const sp = require('stream/promises');
const { nextTick } = require('process');
const util = require('util');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
const cb = (log, tag = 'finished') => function (err) { log.push(tag + ' ' + E(err) + ' this=' + (this && this.constructor && this.constructor.name)); };

exports.probe = async () => {
  const out = {};

  out.readable = await scenario(async (log) => {
    const r = Readable.from(['a', 'b']);
    r.on('end', () => log.push('end'));
    r.on('close', () => log.push('close'));
    finished(r, cb(log));
    r.resume();
  });

  out.readableNoClose = await scenario(async (log) => {
    const r = new Readable({ emitClose: false, read() {} });
    r.on('end', () => log.push('end'));
    finished(r, cb(log));
    r.resume();
    r.push(null);
  });

  out.writable = await scenario(async (log) => {
    const w = new Writable({ write(c, e, k) { k(); } });
    w.on('finish', () => log.push('finish'));
    w.on('close', () => log.push('close'));
    finished(w, cb(log));
    w.end('x');
  });

  out.premature = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    finished(r, cb(log));
    r.destroy();
    const w = new Writable({ write(c, e, k) { k(); } });
    finished(w, cb(log, 'w'));
    w.write('a');
    w.destroy();
  });

  out.error = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('error', () => log.push('error event'));
    finished(r, cb(log));
    r.destroy(new Error('oops'));
  });

  out.errorOptionFalse = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('error', () => log.push('error event'));
    finished(r, { error: false }, cb(log));
    r.destroy(new Error('oops'));
  });

  out.alreadyFinished = await scenario(async (log) => {
    const r = Readable.from(['x']);
    r.resume();
    await settle();
    log.push('destroyed ' + r.destroyed + ' closed ' + r.closed);
    finished(r, cb(log, 'after close'));
    const w = new Writable({ write(c, e, k) { k(); }, autoDestroy: false });
    w.end();
    await settle();
    finished(w, cb(log, 'finished writable'));
    const r2 = new Readable({ autoDestroy: false, read() {} });
    r2.push(null);
    r2.resume();
    await settle();
    finished(r2, cb(log, 'ended readable'));
  });

  out.duplex = await scenario(async (log) => {
    const d = new PassThrough();
    finished(d, cb(log, 'both'));
    finished(d, { readable: false }, cb(log, 'writable only'));
    finished(d, { writable: false }, cb(log, 'readable only'));
    d.end('data');
    await settle();
    log.push('reading');
    d.resume();
  });

  out.halfOpen = await scenario(async (log) => {
    const d = new Duplex({ read() {}, write(c, e, k) { k(); } });
    finished(d, cb(log));
    d.push(null);
    d.resume();
    await settle();
    log.push('readable side ended ' + d.readableEnded);
    d.end();
  });

  out.cleanup = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    const before = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
    const cleanup = finished(r, cb(log));
    const during = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
    cleanup();
    const after = r.listenerCount('end') + r.listenerCount('close') + r.listenerCount('error');
    log.push(`listeners ${before} ${during} ${after}`);
    r.on('error', () => {});
    r.destroy(new Error('x'));
  });

  out.promise = await scenario(async (log) => {
    const r = Readable.from(['a']);
    r.resume();
    await sp.finished(r);
    log.push('resolved');
    const w = new Writable({ write(c, e, k) { k(new Error('bad write')); } });
    w.write('x');
    try { await sp.finished(w); } catch (e) { log.push('rejected ' + E(e)); }
    const r2 = new Readable({ read() {} });
    const p = sp.finished(r2, { cleanup: true });
    r2.push(null);
    r2.resume();
    await p;
    log.push('cleaned listeners end=' + r2.listenerCount('end'));
    const promisified = util.promisify(finished);
    log.push('promisify custom ' + (promisified === sp.finished));
  });

  out.legacy = await scenario(async (log) => {
    const s = new Stream();
    s.readable = true;
    finished(s, cb(log, 'legacy'));
    s.emit('end');
    const s2 = new Stream();
    s2.writable = true;
    s2.write = () => true;
    finished(s2, cb(log, 'legacy writable'));
    s2.writable = false;
    s2.emit('close');
  });

  out.validation = await scenario(async (log) => {
    try { finished({}, () => {}); } catch (e) { log.push(E(e)); }
    try { finished(new PassThrough(), 'nope'); } catch (e) { log.push(E(e)); }
    try { finished(new PassThrough(), 42, () => {}); } catch (e) { log.push(E(e)); }
    try { finished(new PassThrough(), { signal: 1 }, () => {}); } catch (e) { log.push(E(e)); }
  });

  out.signal = await scenario(async (log) => {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    finished(r, { signal: ac.signal }, cb(log));
    ac.abort();
    await settle();
    log.push('destroyed ' + r.destroyed);
  });

  out.callOnce = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('error', () => {});
    finished(r, cb(log));
    r.destroy(new Error('one'));
    r.emit('error', new Error('two'));
    r.emit('close');
  });

  out.order = await scenario(async (log) => {
    const w = new PassThrough();
    w.on('finish', () => log.push('finish'));
    w.on('end', () => log.push('end'));
    w.on('close', () => log.push('close'));
    finished(w, () => { log.push('finished'); nextTick(() => log.push('tick')); });
    w.end('z');
    w.resume();
  });

  return out;
};
