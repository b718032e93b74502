// Writable: write()/end() callbacks, backpressure and 'drain', cork/uncork
// with _writev, _final, decodeStrings/defaultEncoding, errors, properties.
const { Writable } = require('stream');
const { nextTick } = require('process');
const util = require('util');

const settle = async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
function trace(w, log, events = ['drain', 'finish', 'prefinish', 'close', 'error']) {
  for (const ev of events) w.on(ev, (x) => log.push(ev + (ev === 'error' ? ' ' + E(x) : '')));
}

exports.probe = async () => {
  const out = {};

  out.syncWrites = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk) + ' ' + enc); cb(); },
    });
    trace(w, log);
    log.push('w1 ' + w.write('a', () => log.push('cb a')));
    log.push('w2 ' + w.write(Buffer.from('b'), (err) => log.push('cb b ' + err)));
    nextTick(() => log.push('tick'));
    Promise.resolve().then(() => log.push('micro'));
    w.end('c', () => log.push('end cb'));
    log.push('after end ended=' + w.writableEnded + ' finished=' + w.writableFinished);
  });

  out.asyncWrites = await scenario(async (log) => {
    const w = new Writable({
      highWaterMark: 3,
      write(chunk, enc, cb) {
        log.push('_write ' + S(chunk) + ' len=' + this.writableLength);
        setImmediate(() => { log.push('done ' + S(chunk)); cb(); });
      },
    });
    trace(w, log);
    for (const c of ['ab', 'c', 'de', 'f']) {
      log.push('write ' + c + ' ' + w.write(c, () => log.push('cb ' + c)) + ' needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength);
    }
    await new Promise((r) => w.once('drain', r));
    log.push('drained len=' + w.writableLength);
    log.push('write g ' + w.write('g'));
    w.end();
  });

  out.corkWritev = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); cb(); },
      writev(chunks, cb) {
        log.push('_writev ' + chunks.map((c) => S(c.chunk) + '/' + c.encoding).join(',') + ' allBuffers=' + chunks.allBuffers);
        cb();
      },
    });
    trace(w, log);
    w.cork();
    w.write('a', () => log.push('cb a'));
    w.write('b', () => log.push('cb b'));
    log.push('corked ' + w.writableCorked + ' len ' + w.writableLength + ' buf ' + w.writableBuffer.length);
    nextTick(() => { log.push('uncork'); w.uncork(); log.push('after uncork'); });
    await settle();
    w.write('c');
    w.cork();
    w.write('d');
    w.write('e');
    w.end('f');
    log.push('end called corked=' + w.writableCorked);
  });

  out.writevNoStrings = await scenario(async (log) => {
    const w = new Writable({
      decodeStrings: false,
      writev(chunks, cb) {
        log.push('_writev ' + chunks.map((c) => S(c.chunk) + '/' + c.encoding).join(',') + ' allBuffers=' + chunks.allBuffers);
        cb();
      },
    });
    w.write('x');
    w.write('y', 'latin1');
    w.write(Buffer.from('z'));
    w.end();
    trace(w, log, ['finish']);
  });

  out.encodings = await scenario(async (log) => {
    const w = new Writable({
      defaultEncoding: 'hex',
      write(chunk, enc, cb) { log.push('_write ' + S(chunk) + ' ' + enc); cb(); },
    });
    w.write('6869');
    w.write('aGk=', 'base64');
    w.setDefaultEncoding('LATIN1');
    w.write('\xe9');
    w.write(new Uint8Array([65, 66]));
    try { w.write('x', 'nope'); } catch (e) { log.push(E(e)); }
    try { w.setDefaultEncoding('nope'); } catch (e) { log.push(E(e)); }
    try { w.write(null); } catch (e) { log.push(E(e)); }
    try { w.write(42); } catch (e) { log.push(E(e)); }
    try { w.write({}); } catch (e) { log.push(E(e)); }
    w.end();
    const w2 = new Writable({
      decodeStrings: false,
      write(chunk, enc, cb) { log.push('nodecode ' + S(chunk) + ' ' + enc); cb(); },
    });
    w2.write('abc');
    w2.write('616263', 'hex');
    w2.end();
    try { new Writable({ defaultEncoding: 'bogus' }); } catch (e) { log.push(E(e)); }
  });

  out.objectMode = await scenario(async (log) => {
    const w = new Writable({
      objectMode: true,
      highWaterMark: 2,
      write(chunk, enc, cb) { log.push('_write ' + JSON.stringify(chunk) + ' ' + enc); nextTick(cb); },
    });
    trace(w, log);
    log.push('w ' + w.write({ a: 1 }));
    log.push('w ' + w.write(2));
    log.push('w ' + w.write('str'));
    log.push('len ' + w.writableLength + ' hwm ' + w.writableHighWaterMark + ' obj ' + w.writableObjectMode);
    w.end();
  });

  out.final = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); cb(); },
      final(cb) {
        log.push('_final');
        setImmediate(() => { log.push('final done'); cb(); });
      },
    });
    trace(w, log);
    w.end('x', () => log.push('end cb'));
    log.push('finished ' + w.writableFinished);
  });

  out.finalError = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { cb(); },
      final(cb) { cb(new Error('final failed')); },
    });
    trace(w, log);
    w.end((err) => log.push('end cb ' + E(err)));
  });

  out.writeErrorSync = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); cb(new Error('bad ' + chunk)); },
    });
    trace(w, log);
    log.push('ret ' + w.write('a', (err) => log.push('cb a ' + E(err))));
    log.push('ret ' + w.write('b', (err) => log.push('cb b ' + E(err))));
    log.push('errored ' + E(w.errored) + ' writable ' + w.writable);
  });

  out.writeErrorAsync = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); setImmediate(() => cb(new Error('async bad'))); },
    });
    trace(w, log);
    w.write('a', (err) => log.push('cb a ' + E(err)));
    w.write('b', (err) => log.push('cb b ' + E(err)));
    w.end((err) => log.push('end cb ' + E(err)));
  });

  out.writeAfterEnd = await scenario(async (log) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    trace(w, log);
    w.end();
    log.push('ret ' + w.write('late', (err) => log.push('cb ' + E(err))));
    await settle();
    w.end((err) => log.push('second end cb ' + E(err)));
  });

  out.writeAfterEndNoAutoDestroy = await scenario(async (log) => {
    const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
    trace(w, log);
    w.end();
    w.write('late', (err) => log.push('cb ' + E(err)));
    log.push('destroyed ' + w.destroyed);
  });

  out.destroyPending = await scenario(async (log) => {
    const w = new Writable({
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); setImmediate(cb); },
    });
    trace(w, log);
    w.write('a', (err) => log.push('cb a ' + E(err)));
    w.write('b', (err) => log.push('cb b ' + E(err)));
    w.end((err) => log.push('end cb ' + E(err)));
    w.destroy();
    log.push('destroyed ' + w.destroyed + ' len ' + w.writableLength);
    log.push('ret after destroy ' + w.write('c', (err) => log.push('cb c ' + E(err))));
  });

  out.multipleCallback = await scenario(async (log) => {
    const w = new Writable({ write(chunk, enc, cb) { cb(); cb(); } });
    trace(w, log);
    w.write('a');
  });

  out.notImplemented = await scenario(async (log) => {
    const w = new Writable();
    trace(w, log);
    try { w.write('a'); } catch (e) { log.push('threw ' + E(e)); }
  });

  out.props = await scenario(async (log) => {
    const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
    const snap = (tag) => log.push(tag + ' ' + JSON.stringify({
      writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, len: w.writableLength,
      needDrain: w.writableNeedDrain, corked: w.writableCorked, destroyed: w.destroyed, closed: w.closed,
      errored: w.errored, aborted: w.writableAborted, hwm: w.writableHighWaterMark,
    }));
    snap('init');
    w.write('abc');
    snap('written');
    w.end();
    snap('ended');
    await new Promise((r) => w.on('finish', r));
    snap('finished');
    await settle();
    snap('closed');
  });

  out.subclassInherits = await scenario(async (log) => {
    function Sink(opts) {
      if (!(this instanceof Sink)) return new Sink(opts);
      Writable.call(this, opts);
      this.got = [];
    }
    util.inherits(Sink, Writable);
    Sink.prototype._write = function (chunk, enc, cb) { this.got.push(chunk.toString()); cb(); };
    const s = Sink();
    s.on('finish', () => log.push('finish ' + s.got.join('|')));
    s.write('one');
    s.end('two');
    log.push('instanceof ' + (s instanceof Writable) + ' ' + (s instanceof Sink));
  });

  out.subclassClass = await scenario(async (log) => {
    class Sink extends Writable {
      constructor() { super({ objectMode: true }); this.items = []; }
      _write(chunk, enc, cb) { this.items.push(chunk); cb(); }
      _final(cb) { log.push('final ' + JSON.stringify(this.items)); cb(); }
    }
    const s = new Sink();
    s.write(1);
    s.write({ two: 2 });
    s.end(() => log.push('done'));
  });

  out.construct = await scenario(async (log) => {
    const w = new Writable({
      construct(cb) { log.push('construct'); setImmediate(() => { log.push('constructed'); cb(); }); },
      write(chunk, enc, cb) { log.push('_write ' + S(chunk)); cb(); },
      final(cb) { log.push('_final'); cb(); },
    });
    trace(w, log);
    log.push('write ' + w.write('a'));
    w.end('b');
    log.push('sync done');
  });

  out.instanceofDuplex = await scenario(async (log) => {
    const { Duplex, Transform, PassThrough } = require('stream');
    log.push(String(new Duplex() instanceof Writable));
    log.push(String(new Transform() instanceof Writable));
    log.push(String(new PassThrough() instanceof Writable));
    log.push(String({} instanceof Writable));
  });

  out.endTwice = await scenario(async (log) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    trace(w, log);
    w.end('a', () => log.push('cb1'));
    w.end(() => log.push('cb2'));
    await settle();
    w.end((err) => log.push('cb3 ' + E(err)));
  });

  return out;
};
