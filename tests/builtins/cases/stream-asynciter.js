// Async iteration over Readable (for await, break/return, throw, errors,
// destroyOnReturn), Readable.from over iterables/async iterables/strings/
// Buffers/promises, and their interleaving with nextTicks and promise jobs.
const { Readable, PassThrough } = require('stream');
const { nextTick } = require('process');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

// Stream events are logged apart from the iteration log: how they
// interleave with the loop's promise jobs depends on how process.nextTick
// is scheduled relative to promise reactions, which differs between hosts.
async function scenario(fn) {
  const log = [];
  log.events = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return [...log, 'events: ' + log.events.join(', ')];
}
function trace(r, log, evs = ['end', 'close', 'error']) {
  for (const ev of evs) r.on(ev, (e) => (log.events || log).push(ev + (ev === 'error' ? ' ' + E(e) : '')));
}

exports.probe = async () => {
  const out = {};

  out.forAwait = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log);
    r.push('a');
    r.push('b');
    setImmediate(() => { r.push('c'); r.push(null); });
    for await (const chunk of r) {
      log.push('chunk ' + S(chunk));
      nextTick(() => log.push('tick'));
    }
    log.push('loop done destroyed=' + r.destroyed);
  });

  out.fromArrayIter = await scenario(async (log) => {
    const r = Readable.from([1, 2, 3]);
    trace(r, log);
    for await (const x of r) log.push('x ' + x);
    log.push('done');
  });

  out.breakEarly = await scenario(async (log) => {
    const r = Readable.from(['a', 'b', 'c']);
    trace(r, log);
    for await (const x of r) {
      log.push('x ' + x);
      break;
    }
    // Checked after a macrotask: quickjs-ng before PR #1580 does not await
    // the iterator's return() when a for-await loop breaks.
    await settle();
    log.push('after break destroyed=' + r.destroyed);
  });

  out.breakNoDestroy = await scenario(async (log) => {
    const r = new Readable({ objectMode: true, read() {} });
    trace(r, log);
    r.push(1);
    r.push(2);
    r.push(3);
    for await (const x of r.iterator({ destroyOnReturn: false })) {
      log.push('x ' + x);
      break;
    }
    log.push('destroyed=' + r.destroyed + ' len=' + r.readableLength);
    r.push(null);
    for await (const x of r) log.push('again ' + x);
    log.push('done');
  });

  out.throwInside = await scenario(async (log) => {
    const r = Readable.from(['a', 'b']);
    trace(r, log);
    try {
      for await (const x of r) {
        log.push('x ' + x);
        throw new Error('inside');
      }
    } catch (e) { log.push('caught ' + E(e)); }
    await settle(); // see breakEarly
    log.push('destroyed=' + r.destroyed);
  });

  out.streamError = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log);
    r.push('a');
    setImmediate(() => r.destroy(new Error('mid-stream')));
    try {
      for await (const x of r) log.push('x ' + S(x));
    } catch (e) { log.push('caught ' + E(e)); }
  });

  out.prematureDestroy = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    setImmediate(() => r.destroy());
    try {
      for await (const x of r) log.push('x ' + S(x));
      log.push('ended normally');
    } catch (e) { log.push('caught ' + E(e)); }
  });

  out.manualNext = await scenario(async (log) => {
    const r = Readable.from(['p', 'q']);
    const it = r[Symbol.asyncIterator]();
    log.push('same stream ' + (it.stream === r));
    log.push(JSON.stringify(await it.next()));
    log.push(JSON.stringify(await it.next()));
    log.push(JSON.stringify(await it.next()));
    log.push(JSON.stringify(await it.next()));
    const r2 = Readable.from(['z']);
    const it2 = r2[Symbol.asyncIterator]();
    log.push(JSON.stringify(await it2.return()));
    log.push('r2 destroyed ' + r2.destroyed);
  });

  out.fromAsyncGen = await scenario(async (log) => {
    async function* gen() {
      try {
        yield 'a';
        await null;
        yield 'b';
        yield 'c';
      } finally {
        log.push('gen finally');
      }
    }
    const r = Readable.from(gen());
    trace(r, log);
    r.on('data', (d) => {
      log.push('data ' + S(d));
      Promise.resolve().then(() => log.push('micro ' + d));
    });
  });

  out.fromAsyncGenDestroy = await scenario(async (log) => {
    async function* gen() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        log.push('gen cleanup');
      }
    }
    const r = Readable.from(gen());
    trace(r, log);
    const got = [];
    for await (const x of r) {
      got.push(x);
      if (x === 3) break;
    }
    await settle(); // see breakEarly
    log.push('got ' + got.join(','));
  });

  out.fromGenThrows = await scenario(async (log) => {
    function* gen() {
      yield 1;
      throw new Error('gen threw');
    }
    const r = Readable.from(gen());
    trace(r, log, ['data', 'end', 'close', 'error']);
  });

  out.fromPromises = await scenario(async (log) => {
    const r = Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
    trace(r, log);
    r.on('data', (d) => log.push('data ' + S(d)));
  });

  out.fromNull = await scenario(async (log) => {
    const r = Readable.from(['a', null, 'b']);
    trace(r, log, ['data', 'end', 'close', 'error']);
    const r2 = Readable.from((async function* () { yield 'x'; yield null; })());
    r2.on('error', (e) => log.push('r2 error ' + E(e)));
    r2.resume();
  });

  out.fromStringBuffer = await scenario(async (log) => {
    const r = Readable.from('hello');
    r.on('data', (d) => log.push('str data ' + S(d) + ' obj=' + r.readableObjectMode));
    const r2 = Readable.from(Buffer.from('buf'));
    r2.on('data', (d) => log.push('buf data ' + S(d)));
    const r3 = Readable.from('abc', { objectMode: false });
    r3.on('data', (d) => log.push('bytes data ' + S(d)));
    const r4 = Readable.from(new Set(['s1', 's2']));
    r4.on('data', (d) => log.push('set data ' + S(d)));
  });

  out.fromOptions = await scenario(async (log) => {
    const r = Readable.from(['a', 'b'], { objectMode: false, highWaterMark: 100 });
    log.push('obj ' + r.readableObjectMode + ' hwm ' + r.readableHighWaterMark);
    r.setEncoding('utf8');
    r.on('data', (d) => log.push('data ' + S(d)));
    try { Readable.from(42); } catch (e) { log.push(E(e)); }
    try { Readable.from(null); } catch (e) { log.push(E(e)); }
  });

  out.passThroughIter = await scenario(async (log) => {
    const p = new PassThrough({ objectMode: true });
    setImmediate(() => { p.write(1); p.write(2); p.end(3); });
    for await (const x of p) log.push('x ' + x);
    log.push('done');
  });

  out.concurrentReaders = await scenario(async (log) => {
    const r = Readable.from(['1', '2', '3', '4']);
    const it = r[Symbol.asyncIterator]();
    const results = await Promise.all([it.next(), it.next(), it.next()]);
    log.push(JSON.stringify(results));
  });

  out.iteratorValidation = await scenario(async (log) => {
    try { new Readable().iterator(42); } catch (e) { log.push(E(e)); }
  });

  return out;
};
