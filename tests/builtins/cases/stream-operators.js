// Readable iterator helpers: map (with concurrency), filter, forEach,
// toArray, reduce, some, every, find, take, drop, flatMap, asIndexedPairs,
// errors and validation.
const { Readable, PassThrough } = require('stream');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const delay = (n) => new Promise((r) => { let i = 0; const step = () => (++i >= n ? r() : setImmediate(step)); step(); });

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}
const nums = () => Readable.from([1, 2, 3, 4, 5]);

exports.probe = async () => {
  const out = {};

  out.map = await scenario(async (log) => {
    const m = nums().map((x) => x * 2);
    log.push('is Readable ' + (m instanceof Readable) + ' obj ' + m.readableObjectMode);
    log.push(JSON.stringify(await m.toArray()));
    log.push(JSON.stringify(await nums().map(async (x) => { await delay(6 - x); return x * 10; }).toArray()));
    log.push(JSON.stringify(await nums().map(async (x) => { await delay(6 - x); return x; }, { concurrency: 3 }).toArray()));
  });

  out.mapConcurrencyOrder = await scenario(async (log) => {
    const started = [];
    const res = await Readable.from([1, 2, 3, 4]).map(async (x) => {
      started.push('start ' + x);
      await delay(5 - x);
      started.push('end ' + x);
      return x;
    }, { concurrency: 2 }).toArray();
    log.push(JSON.stringify(res));
    log.push(started.join(','));
  });

  out.filter = await scenario(async (log) => {
    log.push(JSON.stringify(await nums().filter((x) => x % 2).toArray()));
    log.push(JSON.stringify(await nums().filter(async (x) => x > 2).toArray()));
  });

  out.forEach = await scenario(async (log) => {
    const seen = [];
    const r = await nums().forEach((x) => { seen.push(x); });
    log.push('returns ' + r + ' seen ' + seen.join(','));
  });

  out.reduce = await scenario(async (log) => {
    log.push('sum ' + await nums().reduce((a, b) => a + b));
    log.push('sum0 ' + await nums().reduce((a, b) => a + b, 100));
    log.push('async ' + await nums().reduce(async (a, b) => a + ':' + b, ''));
    try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log.push(E(e)); }
    log.push('empty init ' + await Readable.from([]).reduce((a, b) => a + b, 7));
  });

  out.someEveryFind = await scenario(async (log) => {
    log.push('some ' + await nums().some((x) => x > 4));
    log.push('some ' + await nums().some((x) => x > 5));
    log.push('every ' + await nums().every((x) => x > 0));
    log.push('every ' + await nums().every(async (x) => x < 3));
    log.push('find ' + await nums().find((x) => x > 2));
    log.push('find ' + await nums().find((x) => x > 9));
  });

  out.takeDrop = await scenario(async (log) => {
    log.push(JSON.stringify(await nums().take(2).toArray()));
    log.push(JSON.stringify(await nums().drop(3).toArray()));
    log.push(JSON.stringify(await nums().drop(1).take(2).toArray()));
    log.push(JSON.stringify(await nums().take(0).toArray()));
    log.push(JSON.stringify(await nums().take(Infinity).toArray()));
    try { nums().take(-1); } catch (e) { log.push(E(e)); }
    try { nums().drop(-2); } catch (e) { log.push(E(e)); }
  });

  out.flatMap = await scenario(async (log) => {
    log.push(JSON.stringify(await nums().flatMap((x) => [x, x]).toArray()));
    log.push(JSON.stringify(await Readable.from(['a', 'b']).flatMap((x) => Readable.from([x + '1', x + '2'])).toArray()));
    log.push(JSON.stringify(await Readable.from(['ab']).flatMap(async function* (x) { yield* x; }).toArray()));
  });

  out.asIndexedPairs = await scenario(async (log) => {
    log.push(JSON.stringify(await Readable.from(['a', 'b']).asIndexedPairs().toArray()));
  });

  out.errors = await scenario(async (log) => {
    try {
      await nums().map((x) => { if (x === 3) throw new Error('map fail'); return x; }).toArray();
    } catch (e) { log.push('map ' + E(e)); }
    try {
      await nums().forEach(async (x) => { if (x === 2) throw new Error('forEach fail'); });
    } catch (e) { log.push('forEach ' + E(e)); }
    const src = new Readable({ read() {} });
    src.push(1);
    setImmediate(() => src.destroy(new Error('source died')));
    try { await src.toArray(); } catch (e) { log.push('toArray ' + E(e)); }
  });

  out.validation = await scenario(async (log) => {
    for (const op of ['map', 'filter', 'flatMap']) {
      try { nums()[op](42); } catch (e) { log.push(op + ' ' + E(e)); }
    }
    for (const op of ['forEach', 'some', 'every', 'find', 'reduce']) {
      try { await nums()[op]('x'); } catch (e) { log.push(op + ' ' + E(e)); }
    }
    try { nums().map((x) => x, { concurrency: 0 }); } catch (e) { log.push('conc ' + E(e)); }
    try { nums().map((x) => x, 'opts'); } catch (e) { log.push('opts ' + E(e)); }
    try { await nums().toArray({ signal: 5 }); } catch (e) { log.push('signal ' + E(e)); }
  });

  out.signal = await scenario(async (log) => {
    const ac = new AbortController();
    const p = new PassThrough({ objectMode: true });
    p.write(1);
    const mapped = p.map(async (x, { signal }) => { log.push('map sees signal ' + (typeof signal.aborted)); return x; }, { signal: ac.signal });
    const arr = [];
    mapped.on('data', (x) => { arr.push(x); ac.abort(); });
    mapped.on('error', (e) => log.push('mapped error ' + e.name));
    await settle();
    log.push('arr ' + JSON.stringify(arr));
  });

  out.bytesStreamOps = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.push('ab');
    r.push('cd');
    r.push(null);
    const arr = await r.map((c) => c.toString().toUpperCase()).toArray();
    log.push(JSON.stringify(arr));
  });

  out.protoShape = await scenario(async (log) => {
    for (const k of ['map', 'filter', 'forEach', 'toArray', 'reduce', 'some', 'every', 'find', 'take', 'drop', 'flatMap', 'asIndexedPairs', 'compose']) {
      const d = Object.getOwnPropertyDescriptor(Readable.prototype, k);
      log.push(k + ' ' + typeof d.value + ' enum=' + d.enumerable + ' len=' + d.value.length + ' name=' + d.value.name);
    }
  });

  return out;
};
