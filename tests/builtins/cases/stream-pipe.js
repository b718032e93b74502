// pipe()/unpipe(): backpressure with small highWaterMarks (write() results,
// 'drain', pause/resume), multiple destinations, 'pipe'/'unpipe' events,
// end:false, errors on the destination, legacy Stream#pipe.
const { Readable, Writable, PassThrough, Stream } = require('stream');
const { nextTick } = require('process');
const EventEmitter = require('events');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}

function slowSink(log, name, opts = {}) {
  const w = new Writable({
    highWaterMark: 3,
    ...opts,
    write(chunk, enc, cb) {
      log.push(name + ' write ' + S(chunk));
      setImmediate(() => { log.push(name + ' done ' + S(chunk)); cb(); });
    },
  });
  const origWrite = w.write;
  w.write = function (...args) {
    const r = origWrite.apply(this, args);
    log.push(name + ' write() -> ' + r);
    return r;
  };
  for (const ev of ['drain', 'finish', 'close', 'pipe', 'unpipe', 'error']) w.on(ev, (e) => log.push(name + ' ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
  return w;
}

exports.probe = async () => {
  const out = {};

  out.backpressure = await scenario(async (log) => {
    let n = 0;
    const src = new Readable({
      highWaterMark: 4,
      read() {
        n++;
        log.push('_read ' + n);
        this.push(n <= 5 ? 'ch' + n : null);
      },
    });
    for (const ev of ['pause', 'resume', 'end', 'close']) src.on(ev, () => log.push('src ' + ev));
    src.pipe(slowSink(log, 'sink'));
  });

  out.objectBackpressure = await scenario(async (log) => {
    const src = Readable.from([1, 2, 3, 4, 5, 6]);
    for (const ev of ['pause', 'resume', 'end']) src.on(ev, () => log.push('src ' + ev));
    src.pipe(slowSink(log, 'sink', { objectMode: true, highWaterMark: 2 }));
  });

  out.twoDestinations = await scenario(async (log) => {
    const src = new PassThrough();
    const fast = new Writable({ write(c, e, cb) { log.push('fast ' + S(c)); cb(); } });
    fast.on('finish', () => log.push('fast finish'));
    src.pipe(fast);
    src.pipe(slowSink(log, 'slow', { highWaterMark: 2 }));
    for (const ev of ['pause', 'resume', 'end']) src.on(ev, () => log.push('src ' + ev));
    log.push('w ' + src.write('aa'));
    log.push('w ' + src.write('bb'));
    log.push('w ' + src.write('cc'));
    src.end();
  });

  out.unpipe = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    const dest = slowSink(log, 'dest', { highWaterMark: 100 });
    src.pipe(dest);
    src.push('one');
    await settle();
    src.unpipe(dest);
    log.push('flowing after unpipe ' + src.readableFlowing + ' pipes ' + src._readableState.pipes.length);
    src.push('two');
    await settle();
    log.push('buffered ' + src.readableLength);
    src.unpipe(dest);
    src.pipe(dest);
    src.push(null);
  });

  out.unpipeAll = await scenario(async (log) => {
    const src = new PassThrough();
    const a = slowSink(log, 'a', { highWaterMark: 100 });
    const b = slowSink(log, 'b', { highWaterMark: 100 });
    src.pipe(a);
    src.pipe(b);
    src.unpipe();
    log.push('flowing ' + src.readableFlowing);
    src.end('x');
  });

  out.endFalse = await scenario(async (log) => {
    const src = Readable.from(['a', 'b']);
    const dest = slowSink(log, 'dest', { highWaterMark: 100 });
    src.pipe(dest, { end: false });
    src.on('end', () => { log.push('src end; dest ended=' + dest.writableEnded); dest.end('tail'); });
  });

  out.destError = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    const dest = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
    for (const ev of ['error', 'close', 'unpipe']) dest.on(ev, (e) => log.push('dest ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
    for (const ev of ['pause', 'close', 'error']) src.on(ev, () => log.push('src ' + ev));
    src.pipe(dest);
    src.push('x');
    await settle();
    log.push('src flowing ' + src.readableFlowing + ' destroyed ' + src.destroyed + ' pipes ' + src._readableState.pipes.length);
  });

  out.destDestroyed = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    const dest = new PassThrough();
    dest.on('close', () => log.push('dest close'));
    dest.on('unpipe', () => log.push('dest unpipe'));
    src.pipe(dest);
    src.push('a');
    await settle();
    dest.destroy();
    await settle();
    log.push('src flowing ' + src.readableFlowing + ' pipes ' + src._readableState.pipes.length + ' destroyed ' + src.destroyed);
  });

  out.pipeEndedSource = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    src.push(null);
    src.resume();
    await settle();
    log.push('ended ' + src.readableEnded);
    const dest = new PassThrough();
    dest.on('finish', () => log.push('dest finish'));
    src.pipe(dest);
  });

  out.chain = await scenario(async (log) => {
    const a = new PassThrough({ highWaterMark: 2 });
    const b = new PassThrough({ highWaterMark: 2 });
    const sink = slowSink(log, 'sink', { highWaterMark: 2 });
    a.pipe(b).pipe(sink);
    for (const c of ['11', '22', '33', '44']) log.push('a.write ' + c + ' ' + a.write(c));
    a.on('drain', () => log.push('a drain'));
    a.end();
  });

  out.legacyStream = await scenario(async (log) => {
    const src = new Stream();
    src.readable = true;
    const dest = new Stream();
    dest.writable = true;
    let writes = 0;
    dest.write = (c) => { log.push('dest.write ' + c); writes++; return writes % 2 === 1; };
    dest.end = () => log.push('dest.end');
    src.pause = () => log.push('src.pause');
    src.resume = () => log.push('src.resume');
    dest.on('pipe', (s) => log.push('pipe ' + (s === src)));
    const ret = src.pipe(dest);
    log.push('returns dest ' + (ret === dest));
    src.emit('data', 'a');
    src.emit('data', 'b');
    dest.emit('drain');
    src.emit('end');
    src.emit('data', 'after end');
    log.push('listeners ' + src.listenerCount('data') + ' ' + dest.listenerCount('drain'));
    log.push('is EE ' + (src instanceof EventEmitter));
  });

  out.legacyError = await scenario(async (log) => {
    const src = new Stream();
    const dest = new Stream();
    dest.writable = true;
    dest.write = () => true;
    dest.end = () => {};
    src.pipe(dest);
    try { src.emit('error', new Error('unhandled legacy')); } catch (e) { log.push('threw ' + E(e)); }
    log.push('listeners ' + src.listenerCount('data'));
  });

  out.readableIntoLegacy = await scenario(async (log) => {
    const dest = new EventEmitter();
    dest.write = (c) => { log.push('write ' + S(c)); return true; };
    dest.end = () => log.push('end');
    Readable.from(['x', 'y']).pipe(dest);
  });

  out.writablePipe = await scenario(async (log) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log.push('error ' + E(e)));
    w.on('close', () => log.push('close'));
    w.pipe(new PassThrough());
  });

  out.pipeWhileReadableListener = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    src.on('readable', () => log.push('readable'));
    const dest = new PassThrough();
    dest.on('data', (d) => log.push('dest data ' + S(d)));
    src.pipe(dest);
    log.push('flowing ' + src.readableFlowing);
    src.push('a');
    await settle();
    log.push('len ' + src.readableLength);
  });

  return out;
};
