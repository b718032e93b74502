// destroy(): 'error' then 'close', callbacks, custom _destroy, properties
// (destroyed/errored/closed), autoDestroy/emitClose options, construct,
// addAbortSignal, signal option, isErrored/isDisturbed/isReadable.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform, addAbortSignal } = stream;
const { nextTick } = require('process');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
function trace(s, log, evs = ['end', 'finish', 'close', 'error']) {
  for (const ev of evs) s.on(ev, (e) => log.push(ev + (ev === 'error' ? ' ' + E(e) : '')));
}
const props = (s) => JSON.stringify({
  destroyed: s.destroyed, errored: s.errored ? s.errored.message : s.errored, closed: s.closed,
  readable: s.readable, writable: s.writable,
});

exports.probe = async () => {
  const out = {};

  out.readableDestroyErr = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log);
    r.destroy(new Error('boom'));
    log.push('sync ' + props(r));
    nextTick(() => log.push('tick'));
    Promise.resolve().then(() => log.push('micro'));
    await settle();
    log.push('later ' + props(r));
    log.push('helpers ' + [stream.isErrored(r), stream.isDisturbed(r), stream.isReadable(r), stream.isDestroyed(r)].join(','));
  });

  out.destroyNoErr = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log);
    r.push('data');
    r.destroy();
    log.push('sync ' + props(r) + ' len ' + r.readableLength);
    log.push('push after destroy ' + r.push('x'));
    log.push('read ' + S(r.read()));
  });

  out.destroyTwice = await scenario(async (log) => {
    const w = new Writable({ write(c, e, k) { k(); } });
    trace(w, log);
    w.destroy(new Error('first'), (err) => log.push('cb1 ' + E(err)));
    w.destroy(new Error('second'), (err) => log.push('cb2 ' + E(err)));
    log.push('errored ' + E(w.errored));
  });

  out.customDestroy = await scenario(async (log) => {
    const r = new Readable({
      read() {},
      destroy(err, cb) {
        log.push('_destroy ' + E(err));
        setImmediate(() => { log.push('_destroy done'); cb(new Error('replaced')); });
      },
    });
    trace(r, log);
    r.destroy(new Error('original'));
    log.push('destroyed ' + r.destroyed + ' closed ' + r.closed);
  });

  out.customDestroySwallow = await scenario(async (log) => {
    const w = new Writable({
      write(c, e, k) { k(); },
      destroy(err, cb) { log.push('_destroy ' + E(err)); cb(); },
    });
    trace(w, log);
    w.destroy(new Error('ignored'));
    await settle();
    log.push('errored ' + E(w.errored));
  });

  out.destroyThrows = await scenario(async (log) => {
    const r = new Readable({ read() {}, destroy() { throw new Error('thrown in destroy'); } });
    trace(r, log);
    r.destroy();
  });

  out.noAutoDestroy = await scenario(async (log) => {
    const r = new Readable({ autoDestroy: false, read() {} });
    trace(r, log);
    r.push(null);
    r.resume();
    await settle();
    log.push('after end ' + props(r));
    const w = new Writable({ autoDestroy: false, write(c, e, k) { k(new Error('wfail')); } });
    trace(w, log);
    w.write('x');
    await settle();
    log.push('after error ' + props(w));
  });

  out.noEmitClose = await scenario(async (log) => {
    const r = new Readable({ emitClose: false, read() {} });
    trace(r, log);
    r.destroy();
    await settle();
    log.push('closed ' + r.closed);
  });

  out.duplexDestroy = await scenario(async (log) => {
    const d = new Duplex({ read() {}, write(c, e, k) { k(); } });
    trace(d, log);
    d.destroy(new Error('dup'));
    log.push(props(d));
    d.write('x', (err) => log.push('write cb ' + E(err)));
  });

  out.transformDestroy = await scenario(async (log) => {
    const t = new Transform({ transform(c, e, k) { k(null, c); } });
    trace(t, log);
    t.write('a');
    t.destroy();
    log.push(props(t));
  });

  out.construct = await scenario(async (log) => {
    const r = new Readable({
      construct(cb) {
        log.push('construct');
        setImmediate(() => { log.push('construct done'); cb(); });
      },
      read() { log.push('_read'); this.push('x'); this.push(null); },
    });
    trace(r, log);
    r.on('data', (d) => log.push('data ' + S(d)));
    log.push('sync');
  });

  out.constructError = await scenario(async (log) => {
    const r = new Readable({
      construct(cb) { cb(new Error('construct failed')); },
      read() { log.push('_read'); },
    });
    trace(r, log);
    r.resume();
  });

  out.destroyBeforeConstructed = await scenario(async (log) => {
    const w = new Writable({
      construct(cb) { log.push('construct'); setImmediate(() => { log.push('construct cb'); cb(); }); },
      write(c, e, k) { log.push('_write'); k(); },
      destroy(err, cb) { log.push('_destroy ' + E(err)); cb(err); },
    });
    trace(w, log);
    w.write('a', (err) => log.push('write cb ' + E(err)));
    w.destroy(new Error('early'));
  });

  out.duplexConstruct = await scenario(async (log) => {
    const d = new Duplex({
      construct(cb) { log.push('construct'); nextTick(cb); },
      read() { log.push('_read'); this.push(null); },
      write(c, e, k) { log.push('_write ' + S(c)); k(); },
      final(k) { log.push('_final'); k(); },
    });
    trace(d, log);
    d.write('w');
    d.end();
    d.resume();
  });

  out.addAbortSignal = await scenario(async (log) => {
    const ac = new AbortController();
    const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
    trace(r, log);
    ac.abort();
    log.push('destroyed ' + r.destroyed);
    const pre = new AbortController();
    pre.abort();
    const w = new Writable({ write(c, e, k) { k(); }, signal: pre.signal });
    trace(w, log);
    log.push('pre-aborted destroyed ' + w.destroyed);
    try { addAbortSignal({}, new PassThrough()); } catch (e) { log.push(E(e)); }
    try { addAbortSignal(new AbortController().signal, {}); } catch (e) { log.push(E(e)); }
  });

  out.abortReason = await scenario(async (log) => {
    const ac = new AbortController();
    const r = new Readable({ read() {}, signal: ac.signal });
    r.on('error', (e) => log.push('error ' + E(e) + ' cause ' + (e.cause && e.cause.message)));
    ac.abort(new Error('why'));
  });

  out.helpers = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    const line = (tag) => log.push(tag + ' ' + [stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r), r.readableAborted, r.readableDidRead].join(','));
    line('init');
    r.push('a');
    r.read();
    line('read');
    r.push(null);
    r.resume();
    await settle();
    line('ended');
    const w = new Writable({ write(c, e, k) { k(); } });
    log.push('writable ' + [stream.isWritable(w), stream.isReadable(w), stream.isErrored(w)].join(','));
    w.end();
    log.push('writable ended ' + [stream.isWritable(w), w.writableAborted].join(','));
    log.push('non-stream ' + [stream.isReadable({}), stream.isErrored({}), stream.isDisturbed({}), stream.isDestroyed({})].join(','));
    const e = new Readable({ read() {} });
    e.on('error', () => {});
    e.destroy(new Error('x'));
    log.push('errored ' + [stream.isErrored(e), stream.isDisturbed(e), e.readableAborted].join(','));
  });

  out.streamDestroyFn = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log);
    stream.destroy(r);
    const r2 = new PassThrough();
    trace(r2, log);
    stream.destroy(r2, new Error('via stream.destroy'));
  });

  out.undestroy = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.destroy();
    await settle();
    r._undestroy();
    log.push(props(r));
  });

  out.captureRejections = await scenario(async (log) => {
    const r = new Readable({ read() {}, captureRejections: true });
    r.on('error', (e) => log.push('error ' + E(e)));
    r.on('close', () => log.push('close'));
    r.on('data', async () => { throw new Error('async listener'); });
    r.push('x');
  });

  return out;
};
