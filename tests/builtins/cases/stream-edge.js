// Corner cases: large data chunking through default highWaterMarks,
// read(n) with encodings, objectMode read(0)/unshift, hwm 0 readables,
// 'data' listeners added late, removeAllListeners, Transform final option,
// writev errors, objectMode mismatch through pipe.
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
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

exports.probe = async () => {
  const out = {};

  out.bigThroughPassThrough = await scenario(async (log) => {
    const p = new PassThrough();
    const sizes = [];
    p.on('data', (d) => sizes.push(d.length));
    p.on('end', () => log.push('sizes ' + sizes.join(',')));
    const results = [];
    for (let i = 0; i < 5; i++) results.push(p.write(Buffer.alloc(10000, i)));
    log.push('writes ' + results.join(','));
    p.end();
  });

  out.bigPausedRead = await scenario(async (log) => {
    const p = new PassThrough();
    for (let i = 0; i < 5; i++) log.push('w ' + p.write(Buffer.alloc(10000, i)) + ' rlen ' + p.readableLength + ' wlen ' + p.writableLength);
    p.end();
    await settle();
    log.push('rlen ' + p.readableLength + ' wlen ' + p.writableLength);
    const sizes = [];
    let c;
    while ((c = p.read(7000)) !== null) sizes.push(c.length);
    log.push('reads ' + sizes.join(','));
    await settle();
    while ((c = p.read(7000)) !== null) sizes.push(c.length);
    log.push('reads ' + sizes.join(',') + ' rlen ' + p.readableLength);
    p.on('data', (d) => log.push('data ' + d.length));
    p.on('end', () => log.push('end'));
  });

  out.readNEncoded = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.setEncoding('hex');
    r.push(Buffer.from('abcdef'));
    r.push(Buffer.from('gh'));
    log.push('len ' + r.readableLength);
    log.push('read3 ' + S(r.read(3)));
    log.push('read10 ' + S(r.read(10)));
    log.push('read ' + S(r.read()));
    r.push(null);
    log.push('read ' + S(r.read()));
  });

  out.objectRead0Unshift = await scenario(async (log) => {
    const r = new Readable({ objectMode: true, read() { log.push('_read'); } });
    log.push('read0 ' + S(r.read(0)));
    r.push('a');
    r.unshift('z');
    log.push('read5 ' + S(r.read(5)));
    log.push('read ' + S(r.read()));
    log.push('len ' + r.readableLength);
  });

  out.hwm0Readable = await scenario(async (log) => {
    let n = 0;
    const r = new Readable({
      highWaterMark: 0,
      read() { n++; log.push('_read ' + n); if (n < 4) setImmediate(() => this.push('c' + n)); else this.push(null); },
    });
    r.on('readable', () => {
      let c;
      while ((c = r.read()) !== null) log.push('got ' + S(c));
    });
    r.on('end', () => log.push('end'));
  });

  out.lateDataListener = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.push('a');
    r.push(null);
    await settle();
    log.push('flowing ' + r.readableFlowing + ' ended ' + r.readableEnded);
    r.on('data', (d) => log.push('data ' + S(d)));
    r.on('end', () => log.push('end'));
    await settle();
    r.on('data', () => log.push('never'));
  });

  out.removeAllData = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('data', (d) => log.push('data ' + S(d)));
    r.push('a');
    await settle();
    r.removeAllListeners('data');
    log.push('flowing ' + r.readableFlowing);
    r.push('b');
    await settle();
    log.push('len ' + r.readableLength + ' flowing ' + r.readableFlowing);
    r.removeAllListeners();
    await settle();
    log.push('after removeAll flowing ' + r.readableFlowing);
  });

  out.transformFinalOption = await scenario(async (log) => {
    const t = new Transform({
      transform(c, e, cb) { cb(null, c); },
      flush(cb) { log.push('flush'); cb(null, 'F'); },
      final(cb) { log.push('final'); cb(); },
    });
    t.on('data', (d) => log.push('data ' + S(d)));
    t.on('finish', () => log.push('finish'));
    t.on('end', () => log.push('end'));
    t.end('x');
  });

  out.writevError = await scenario(async (log) => {
    const w = new Writable({
      writev(chunks, cb) { log.push('writev ' + chunks.length); cb(new Error('writev failed')); },
    });
    w.on('error', (e) => log.push('error ' + E(e)));
    w.on('close', () => log.push('close'));
    w.cork();
    w.write('a', (e) => log.push('cb a ' + E(e)));
    w.write('b', (e) => log.push('cb b ' + E(e)));
    w.uncork();
  });

  out.pushFromReadAsyncMany = await scenario(async (log) => {
    let i = 0;
    const r = new Readable({
      objectMode: true,
      highWaterMark: 2,
      read(size) {
        log.push('_read size=' + size + ' len=' + this.readableLength);
        nextTick(() => { i++; this.push(i <= 5 ? i : null); });
      },
    });
    r.on('data', (d) => log.push('data ' + d));
    r.on('end', () => log.push('end'));
  });

  out.readableNoRead = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('readable', () => log.push('readable len=' + r.readableLength));
    r.push('abc');
    await settle();
    r.push('def');
    await settle();
    log.push('read ' + S(r.read()));
    r.push(null);
  });

  out.dataThenPauseInHandler = await scenario(async (log) => {
    const r = Readable.from(['1', '2', '3']);
    r.on('data', (d) => {
      log.push('data ' + d);
      r.pause();
      setImmediate(() => r.resume());
    });
    r.on('end', () => log.push('end'));
    r.on('pause', () => log.push('pause'));
    r.on('resume', () => log.push('resume'));
  });

  out.duplexReadableFlags = await scenario(async (log) => {
    const d = new Duplex({ read() {}, write(c, e, k) { k(); } });
    d.readable = false;
    log.push('readable ' + d.readable);
    d.writable = false;
    log.push('writable ' + d.writable);
    d.readableFlowing = true;
    log.push('flowing ' + d.readableFlowing);
  });

  out.emptyPush = await scenario(async (log) => {
    let calls = 0;
    const r = new Readable({
      read() {
        calls++;
        if (calls < 3) this.push('');
        else if (calls === 3) this.push('x');
        else this.push(null);
      },
    });
    r.on('data', (d) => log.push('data ' + S(d)));
    r.on('end', () => log.push('end calls=' + calls));
  });

  out.encodingPushString = await scenario(async (log) => {
    const r = new Readable({ read() {}, encoding: 'utf8' });
    r.push('plain');
    r.push('68656c6c6f', 'hex');
    r.push(Buffer.from('buf'));
    r.push(null);
    r.on('data', (d) => log.push('data ' + S(d)));
  });

  out.defaultEncodingReadable = await scenario(async (log) => {
    const r = new Readable({ read() {}, defaultEncoding: 'base64' });
    r.push('aGk=');
    r.push(null);
    r.on('data', (d) => log.push('data ' + S(d)));
  });

  return out;
};
