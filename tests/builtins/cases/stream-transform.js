// Transform/PassThrough: uppercasing pipe from Readable.from into a
// collecting Writable, _flush, objectMode, push from _transform, errors,
// subclassing (class and util.inherits), highWaterMark behaviour.
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
const { nextTick } = require('process');
const util = require('util');

const settle = async () => { for (let i = 0; i < 6; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
function collector(log, opts = {}) {
  const got = [];
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) { got.push(S(chunk)); log.push('sink ' + S(chunk)); cb(); },
  });
  w.got = got;
  for (const ev of ['finish', 'close', 'error', 'pipe', 'unpipe']) w.on(ev, (e) => log.push('sink ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
  return w;
}
function trace(s, name, log, evs = ['end', 'finish', 'close', 'error']) {
  for (const ev of evs) s.on(ev, (e) => log.push(name + ' ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
}

exports.probe = async () => {
  const out = {};

  out.upper = await scenario(async (log) => {
    const up = new Transform({
      transform(chunk, enc, cb) { log.push('transform ' + S(chunk) + ' ' + enc); cb(null, chunk.toString().toUpperCase()); },
      flush(cb) { log.push('flush'); cb(null, '!'); },
    });
    trace(up, 'up', log);
    const sink = collector(log);
    Readable.from(['ab', 'cd', 'ef']).pipe(up).pipe(sink);
    await new Promise((r) => sink.on('finish', r));
    log.push('got ' + sink.got.join(','));
  });

  out.upperObject = await scenario(async (log) => {
    const t = new Transform({
      objectMode: true,
      transform(obj, enc, cb) { this.push({ n: obj.n * 2 }); this.push({ n: obj.n * 2 + 1 }); cb(); },
    });
    trace(t, 't', log);
    const sink = collector(log, { objectMode: true });
    Readable.from([{ n: 1 }, { n: 2 }]).pipe(t).pipe(sink);
  });

  out.transformErrorMid = await scenario(async (log) => {
    let i = 0;
    const t = new Transform({
      transform(chunk, enc, cb) {
        if (++i === 2) return cb(new Error('bad chunk ' + chunk));
        cb(null, chunk);
      },
    });
    trace(t, 't', log);
    const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
    trace(src, 'src', log);
    const sink = collector(log);
    src.pipe(t).pipe(sink);
  });

  out.transformThrows = await scenario(async (log) => {
    const t = new Transform({ transform() { throw new Error('thrown'); } });
    trace(t, 't', log);
    try { t.write('a'); } catch (e) { log.push('write threw ' + E(e)); }
  });

  out.flushError = await scenario(async (log) => {
    const t = new Transform({
      transform(c, e, cb) { cb(null, c); },
      flush(cb) { cb(new Error('flush failed')); },
    });
    trace(t, 't', log);
    t.resume();
    t.end('x');
  });

  out.passThrough = await scenario(async (log) => {
    const p = new PassThrough();
    trace(p, 'p', log, ['end', 'finish', 'close', 'data', 'readable']);
    log.push('w ' + p.write('a'));
    log.push('w ' + p.write(Buffer.from('b')));
    p.end('c');
    log.push('len ' + p.readableLength + ' wlen ' + p.writableLength);
    await settle();
    let c;
    while ((c = p.read()) !== null) log.push('read ' + S(c));
  });

  out.backpressureTransform = await scenario(async (log) => {
    const t = new Transform({
      highWaterMark: 2,
      transform(chunk, enc, cb) { log.push('transform ' + S(chunk)); cb(null, chunk); },
    });
    for (const c of ['aa', 'bb', 'cc', 'dd']) log.push('write ' + c + ' ' + t.write(c) + ' rlen=' + t.readableLength + ' wlen=' + t.writableLength);
    t.on('drain', () => log.push('drain'));
    await settle();
    log.push('read ' + S(t.read()));
    await settle();
    log.push('read ' + S(t.read()));
    await settle();
    log.push('rlen=' + t.readableLength + ' wlen=' + t.writableLength);
  });

  out.hwmZero = await scenario(async (log) => {
    const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log.push('hwm ' + t.readableHighWaterMark + ' ' + t.writableHighWaterMark);
    const t2 = new Transform({ highWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log.push('hwm ' + t2.readableHighWaterMark + ' ' + t2.writableHighWaterMark);
    const t3 = new Transform({ writableHighWaterMark: 5, readableHighWaterMark: 7 });
    log.push('hwm ' + t3.readableHighWaterMark + ' ' + t3.writableHighWaterMark);
    const t4 = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3 });
    log.push('duplex ' + t4.readableHighWaterMark + ' ' + t4.writableHighWaterMark + ' ' + t4.readableObjectMode + ' ' + t4.writableObjectMode);
  });

  out.pushNullInTransform = await scenario(async (log) => {
    const t = new Transform({
      transform(c, e, cb) { this.push(c); if (String(c) === 'stop') this.push(null); cb(); },
    });
    trace(t, 't', log);
    t.on('data', (d) => log.push('data ' + S(d)));
    t.write('a', () => log.push('cb a'));
    t.write('stop', () => log.push('cb stop'));
    t.write('after', (e) => log.push('cb after ' + E(e)));
  });

  out.subclassClass = await scenario(async (log) => {
    class Upper extends Transform {
      constructor(opts) { super(opts); this.count = 0; }
      _transform(chunk, enc, cb) { this.count++; cb(null, String(chunk).toUpperCase()); }
      _flush(cb) { this.push('[' + this.count + ']'); cb(); }
    }
    const u = new Upper();
    const chunks = [];
    u.setEncoding('utf8');
    u.on('data', (d) => chunks.push(d));
    u.on('end', () => log.push('end ' + chunks.join('')));
    u.write('hello ');
    u.end('world');
  });

  out.subclassInherits = await scenario(async (log) => {
    function Splitter(opts) {
      if (!(this instanceof Splitter)) return new Splitter(opts);
      Transform.call(this, { ...opts, readableObjectMode: true });
      this.buf = '';
    }
    util.inherits(Splitter, Transform);
    Splitter.prototype._transform = function (chunk, enc, cb) {
      const parts = (this.buf + chunk).split('\n');
      this.buf = parts.pop();
      for (const p of parts) this.push(p);
      cb();
    };
    Splitter.prototype._flush = function (cb) {
      if (this.buf) this.push(this.buf);
      cb();
    };
    const s = Splitter();
    log.push('instanceof ' + (s instanceof Transform) + ' ' + (s instanceof Duplex) + ' ' + (s instanceof Readable) + ' ' + (s instanceof Writable));
    s.on('data', (line) => log.push('line ' + JSON.stringify(line)));
    s.on('end', () => log.push('end'));
    s.write('one\ntw');
    s.write('o\nthr');
    s.end('ee\nfour');
  });

  out.through2Style = await scenario(async (log) => {
    function through(fn, flush) {
      const t = new Transform({ objectMode: true });
      t._transform = fn;
      if (flush) t._flush = flush;
      return t;
    }
    const t = through(function (chunk, enc, cb) { this.push(chunk * 10); cb(); }, function (cb) { this.push('end'); cb(); });
    const items = [];
    t.on('data', (d) => items.push(d));
    t.on('finish', () => log.push('finish ' + JSON.stringify(items)));
    t.on('end', () => log.push('end ' + JSON.stringify(items)));
    [1, 2, 3].forEach((n) => t.write(n));
    t.end();
  });

  out.concatStyle = await scenario(async (log) => {
    class Concat extends Writable {
      constructor(cb) { super({ objectMode: true }); this.parts = []; this.on('finish', () => cb(Buffer.concat(this.parts))); }
      _write(chunk, enc, cb) { this.parts.push(Buffer.from(chunk)); cb(); }
    }
    const src = new Readable({ read() {} });
    src.pipe(new Concat((buf) => log.push('concat ' + buf.toString())));
    src.push('hello');
    nextTick(() => { src.push(' there'); src.push(null); });
  });

  out.asyncTransformOrder = await scenario(async (log) => {
    const t = new Transform({
      transform(chunk, enc, cb) { log.push('t ' + S(chunk)); setImmediate(() => cb(null, chunk)); },
      flush(cb) { log.push('flush'); setImmediate(cb); },
    });
    trace(t, 't', log, ['end', 'finish', 'prefinish', 'close', 'data']);
    t.write('1', () => log.push('cb1'));
    t.write('2', () => log.push('cb2'));
    t.end(() => log.push('endcb'));
  });

  out.notImplemented = await scenario(async (log) => {
    const t = new Transform();
    trace(t, 't', log);
    try { t.write('x'); } catch (e) { log.push('threw ' + E(e)); }
  });

  out.decodeStringsFalse = await scenario(async (log) => {
    const t = new Transform({
      decodeStrings: false,
      transform(chunk, enc, cb) { log.push('t ' + S(chunk) + ' ' + enc); cb(null, chunk); },
    });
    t.setEncoding('utf8');
    t.on('data', (d) => log.push('data ' + S(d)));
    t.write('héllo', 'utf8');
    t.write('6869', 'hex');
    t.end();
  });

  return out;
};
