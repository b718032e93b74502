// pipeline (callback) and stream/promises pipeline: transforms, async
// generator stages, errors in the middle (destroying every stream), last
// stream's errors, premature close, signals, returned values.
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline } = stream;
const sp = require('stream/promises');
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
function sink(log, name = 'sink', opts = {}) {
  const w = new Writable({
    objectMode: true,
    ...opts,
    write(chunk, enc, cb) { log.push(name + ' got ' + S(chunk)); cb(); },
  });
  for (const ev of ['finish', 'close', 'error']) w.on(ev, (e) => log.push(name + ' ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
  return w;
}
function upper(log) {
  const t = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  });
  for (const ev of ['end', 'finish', 'close', 'error']) t.on(ev, (e) => log.push('upper ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
  return t;
}

exports.probe = async () => {
  const out = {};

  out.basic = await scenario(async (log) => {
    const src = Readable.from(['a', 'b', 'c']);
    src.on('close', () => log.push('src close'));
    const ret = pipeline(src, upper(log), sink(log), (err, val) => {
      log.push('done ' + E(err) + ' ' + val);
    });
    log.push('returned sink ' + (ret instanceof Writable));
  });

  out.errorInMiddle = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    src.on('close', () => log.push('src close'));
    src.on('error', (e) => log.push('src error ' + E(e)));
    let n = 0;
    const mid = new Transform({
      transform(c, e, cb) { if (++n === 2) cb(new Error('mid failed')); else cb(null, c); },
    });
    mid.on('close', () => log.push('mid close'));
    const dst = sink(log, 'dst', { objectMode: false });
    pipeline(src, mid, dst, (err) => {
      log.push('done ' + E(err));
      log.push('destroyed ' + [src.destroyed, mid.destroyed, dst.destroyed].join(','));
    });
    src.push('1');
    await settle();
    src.push('2');
    src.push('3');
  });

  out.lastStreamError = await scenario(async (log) => {
    const dst = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
    dst.on('close', () => log.push('dst close'));
    const src = Readable.from(['x', 'y']);
    src.on('close', () => log.push('src close'));
    pipeline(src, dst, (err) => log.push('done ' + E(err) + ' srcDestroyed ' + src.destroyed));
  });

  out.sourceError = await scenario(async (log) => {
    const src = new Readable({ read() { this.destroy(new Error('source failed')); } });
    const p = new PassThrough();
    p.on('close', () => log.push('pass close'));
    pipeline(src, p, sink(log), (err) => log.push('done ' + E(err)));
  });

  out.prematureClose = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    const dst = sink(log);
    pipeline(src, dst, (err) => log.push('done ' + E(err)));
    src.push('a');
    await settle();
    src.destroy();
  });

  out.destDestroyed = await scenario(async (log) => {
    const src = new Readable({ read() {} });
    src.on('close', () => log.push('src close'));
    const dst = sink(log);
    pipeline(src, dst, (err) => log.push('done ' + E(err)));
    src.push('a');
    await settle();
    dst.destroy();
  });

  out.generators = await scenario(async (log) => {
    pipeline(
      function* () { yield 'a'; yield 'b'; },
      async function* (source) {
        for await (const chunk of source) yield chunk + chunk;
      },
      async function (source) {
        const all = [];
        for await (const chunk of source) all.push(S(chunk));
        return all.join('+');
      },
      (err, val) => log.push('done ' + E(err) + ' value ' + val),
    );
  });

  out.generatorIntoStream = await scenario(async (log) => {
    const dst = sink(log);
    pipeline(
      Readable.from(['1', '2', '3']),
      async function* (source, { signal }) {
        log.push('signal ' + typeof signal + ' ' + signal.aborted);
        for await (const c of source) yield Number(c) * 2;
      },
      dst,
      (err) => log.push('done ' + E(err)),
    );
  });

  out.generatorThrows = await scenario(async (log) => {
    const src = new Readable({ objectMode: true, read() {} });
    src.on('close', () => log.push('src close'));
    const dst = sink(log);
    pipeline(
      src,
      async function* (source) {
        for await (const c of source) {
          if (c === 'bad') throw new Error('gen failed');
          yield c;
        }
      },
      dst,
      (err) => log.push('done ' + E(err) + ' ' + src.destroyed + ' ' + dst.destroyed),
    );
    src.push('ok');
    src.push('bad');
  });

  out.promises = await scenario(async (log) => {
    const chunks = [];
    await sp.pipeline(
      Readable.from(['x', 'y', 'z']),
      async function* (source) {
        for await (const c of source) yield c.toUpperCase();
      },
      new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
    );
    log.push('resolved ' + chunks.join(''));
    const value = await sp.pipeline(Readable.from([1, 2, 3]), async (source) => {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    });
    log.push('value ' + value);
    try {
      await sp.pipeline(Readable.from(['a']), new Transform({ transform(c, e, cb) { cb(new Error('t fail')); } }), sink(log));
    } catch (e) {
      log.push('rejected ' + E(e));
    }
    log.push('same ' + (stream.promises === sp) + ' ' + (stream.promises.pipeline === sp.pipeline));
  });

  out.promisesEndFalse = await scenario(async (log) => {
    const dst = sink(log);
    await sp.pipeline(Readable.from(['a', 'b']), dst, { end: false });
    log.push('resolved ended=' + dst.writableEnded);
    dst.end();
  });

  out.signal = await scenario(async (log) => {
    const ac = new AbortController();
    const src = new Readable({ read() {} });
    src.on('close', () => log.push('src close'));
    const p = sp.pipeline(src, sink(log), { signal: ac.signal });
    src.push('a');
    await settle();
    ac.abort();
    try { await p; } catch (e) { log.push('rejected ' + e.name + ' ' + e.code); }
  });

  out.validation = await scenario(async (log) => {
    try { pipeline(new PassThrough(), () => {}); } catch (e) { log.push(E(e)); }
    try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log.push(E(e)); }
    try { pipeline([], () => {}); } catch (e) { log.push(E(e)); }
    try { pipeline(() => 42, new PassThrough(), () => {}); } catch (e) { log.push(E(e)); }
    try { pipeline(Readable.from(['a']), () => 42, () => {}); } catch (e) { log.push(E(e)); }
    try { pipeline(Readable.from(['a']), (s) => 42, new PassThrough(), () => {}); } catch (e) { log.push(E(e)); }
  });

  out.arrayForm = await scenario(async (log) => {
    pipeline([Readable.from(['q']), new PassThrough({ objectMode: true }), sink(log)], (err) => log.push('done ' + E(err)));
  });

  out.iterableSource = await scenario(async (log) => {
    pipeline(['a', 'b'], sink(log), (err) => log.push('done ' + E(err)));
  });

  out.callbackTiming = await scenario(async (log) => {
    const src = Readable.from(['a']);
    const dst = sink(log);
    pipeline(src, dst, (err) => {
      log.push('cb ' + E(err));
      nextTick(() => log.push('tick after cb'));
    });
    dst.on('finish', () => nextTick(() => log.push('tick after finish')));
  });

  out.twoErrors = await scenario(async (log) => {
    const a = new PassThrough();
    const b = new PassThrough();
    const c = new PassThrough();
    pipeline(a, b, c, (err) => log.push('done ' + E(err)));
    c.resume();
    b.destroy(new Error('first'));
    a.destroy(new Error('second'));
  });

  return out;
};
