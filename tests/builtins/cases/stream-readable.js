// Readable: flowing/paused modes, event order against nextTick and promise
// jobs, read(n), 'readable', setEncoding, objectMode, unshift, push errors.
const { Readable } = require('stream');
const { nextTick } = require('process');

const settle = async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));
const S = (c) => (typeof c === 'string' ? 's:' + c : Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}

function trace(r, log, events = ['data', 'end', 'close', 'error', 'pause', 'resume', 'readable']) {
  for (const ev of events) {
    r.on(ev, (x) => {
      log.push(ev + (ev === 'data' ? ' ' + S(x) : ev === 'error' ? ' ' + E(x) : ''));
    });
  }
}

exports.probe = async () => {
  const out = {};

  out.flowingSync = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('data', (d) => {
      log.push('data ' + S(d));
      nextTick(() => log.push('tick after ' + S(d)));
      Promise.resolve().then(() => log.push('micro after ' + S(d)));
    });
    r.on('end', () => log.push('end'));
    r.on('close', () => log.push('close'));
    r.on('resume', () => log.push('resume'));
    r.push('a');
    r.push('b');
    log.push('pushed; flowing=' + r.readableFlowing + ' len=' + r.readableLength);
    nextTick(() => { log.push('tick1'); r.push('c'); r.push(null); log.push('ended push'); });
    Promise.resolve().then(() => log.push('micro1'));
  });

  out.fromArray = await scenario(async (log) => {
    const r = Readable.from(['a', 'b', 'c']);
    r.on('data', (d) => {
      log.push('data ' + d);
      Promise.resolve().then(() => log.push('micro after ' + d));
      nextTick(() => log.push('tick after ' + d));
    });
    r.on('end', () => log.push('end'));
    r.on('close', () => log.push('close'));
    log.push('hwm ' + r.readableHighWaterMark + ' obj ' + r.readableObjectMode);
  });

  out.readOnReadable = await scenario(async (log) => {
    const r = new Readable({ highWaterMark: 4, read() {} });
    trace(r, log, ['end', 'close']);
    r.on('readable', () => {
      log.push('readable len=' + r.readableLength);
      let c;
      while ((c = r.read(3)) !== null) log.push('read3 ' + S(c));
      log.push('after loop len=' + r.readableLength);
    });
    log.push('push1 ' + r.push('abcdef'));
    nextTick(() => { log.push('push2 ' + r.push('gh')); r.push(null); });
  });

  out.readNoArg = await scenario(async (log) => {
    let i = 0;
    const r = new Readable({
      highWaterMark: 2,
      read(n) {
        log.push('_read ' + n);
        i++;
        if (i <= 3) this.push('x' + i);
        else this.push(null);
      },
    });
    trace(r, log, ['end', 'close']);
    r.on('readable', function () {
      log.push('readable');
      let c;
      while ((c = this.read()) !== null) log.push('read ' + S(c));
    });
  });

  out.asyncRead = await scenario(async (log) => {
    let i = 0;
    const r = new Readable({
      read() {
        log.push('_read');
        const n = ++i;
        setImmediate(() => { this.push(n <= 3 ? 'c' + n : null); });
      },
    });
    trace(r, log, ['data', 'end', 'close']);
  });

  out.pauseResume = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log, ['data', 'pause', 'resume', 'end', 'close']);
    r.push('1');
    r.pause();
    log.push('isPaused ' + r.isPaused() + ' flowing ' + r.readableFlowing);
    await settle();
    r.push('2');
    log.push('len ' + r.readableLength);
    r.resume();
    log.push('isPaused ' + r.isPaused() + ' flowing ' + r.readableFlowing);
    await settle();
    r.push(null);
  });

  out.setEncodingSplit = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    trace(r, log, ['data', 'end']);
    const euro = Buffer.from('€uro');
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1, 2));
    r.push(euro.subarray(2));
    r.push(Buffer.from([0xe2, 0x82]));
    r.push(null);
    log.push('enc ' + r.readableEncoding);
  });

  out.setEncodingLater = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.push(Buffer.from('hello '));
    r.push('wörld');
    r.setEncoding('hex');
    log.push('len ' + r.readableLength);
    r.push(null);
    r.on('data', (d) => log.push('data ' + S(d)));
    r.on('end', () => log.push('end'));
  });

  out.encodingOption = await scenario(async (log) => {
    const r = new Readable({ encoding: 'base64', read() {} });
    r.on('data', (d) => log.push('data ' + S(d)));
    r.push('ab');
    r.push('c');
    r.push(null);
    log.push('enc ' + r.readableEncoding);
  });

  out.objectMode = await scenario(async (log) => {
    const r = new Readable({ objectMode: true, read() {} });
    log.push('push ' + r.push({ a: 1 }));
    r.push(0);
    r.push('');
    r.push(false);
    r.push([1, 2]);
    log.push('len ' + r.readableLength + ' hwm ' + r.readableHighWaterMark);
    r.push(null);
    trace(r, log, ['data', 'end', 'close']);
  });

  out.pushReturn = await scenario(async (log) => {
    const r = new Readable({ highWaterMark: 5, read() { log.push('_read'); } });
    log.push('p1 ' + r.push('ab'));
    log.push('p2 ' + r.push('cde'));
    log.push('p3 ' + r.push('f'));
    log.push('len ' + r.readableLength);
    log.push('read2 ' + S(r.read(2)));
    log.push('read10 ' + S(r.read(10)));
    log.push('len ' + r.readableLength + ' hwm ' + r.readableHighWaterMark);
    log.push('read() ' + S(r.read()));
    log.push('push empty ' + r.push(''));
    r.push(null);
    log.push('read0 ' + S(r.read(0)));
    r.on('end', () => log.push('end'));
    r.resume();
  });

  out.unshift = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.push('world');
    r.unshift('hello ');
    log.push('read ' + S(r.read()));
    r.setEncoding('utf8');
    r.push('x');
    r.unshift('y');
    log.push('read ' + S(r.read()));
    r.push(null);
    r.on('end', () => {
      log.push('end');
      r.on('error', (e) => log.push('error ' + E(e)));
      r.unshift('late');
    });
    r.resume();
  });

  out.pushAfterEof = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log, ['error', 'close', 'end']);
    r.push(null);
    log.push('ret ' + r.push('x'));
    log.push('errored ' + E(r.errored) + ' destroyed ' + r.destroyed);
  });

  out.pushInvalid = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    trace(r, log, ['error', 'close']);
    log.push('ret ' + r.push(42));
    const r2 = new Readable({ read() {} });
    r2.on('data', (d) => log.push('r2 data ' + S(d)));
    r2.push(new Uint16Array([0x4142, 0x4344]));
    r2.push(new DataView(new Uint8Array([0x45]).buffer));
  });

  out.readThrows = await scenario(async (log) => {
    const r = new Readable({ read() { throw new Error('boom'); } });
    trace(r, log, ['error', 'close', 'data']);
    r.resume();
  });

  out.notImplemented = await scenario(async (log) => {
    const r = new Readable();
    trace(r, log, ['error', 'close']);
    r.read();
  });

  out.readableOnce = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.once('readable', () => {
      log.push('readable ' + r.readableLength);
      r.on('data', (d) => log.push('data ' + S(d)));
      log.push('flowing ' + r.readableFlowing);
    });
    r.push('a');
    nextTick(() => r.push('b'));
    setImmediate(() => { r.push('c'); r.push(null); });
    r.on('end', () => log.push('end flowing ' + r.readableFlowing));
  });

  out.removeReadable = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    const onr = () => log.push('readable');
    r.on('readable', onr);
    r.on('data', (d) => log.push('data ' + S(d)));
    log.push('flowing ' + r.readableFlowing);
    r.push('a');
    await settle();
    r.removeListener('readable', onr);
    log.push('flowing after remove ' + r.readableFlowing);
    await settle();
    log.push('flowing later ' + r.readableFlowing);
    r.push('b');
    r.push(null);
  });

  out.props = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    const snap = (tag) => log.push(tag + ' ' + JSON.stringify({
      readable: r.readable, flowing: r.readableFlowing, ended: r.readableEnded, len: r.readableLength,
      destroyed: r.destroyed, closed: r.closed, errored: r.errored, didRead: r.readableDidRead,
      aborted: r.readableAborted, obj: r.readableObjectMode, hwm: r.readableHighWaterMark, enc: r.readableEncoding,
    }));
    snap('init');
    r.push('abc');
    snap('pushed');
    r.on('data', () => {});
    snap('on data');
    await settle();
    snap('flowed');
    r.push(null);
    snap('eof pushed');
    await new Promise((res) => r.on('end', res));
    snap('end');
    await settle();
    snap('closed');
  });

  out.highWaterMarkErrors = await scenario(async (log) => {
    for (const hwm of [1.5, -1, '4', NaN]) {
      try { new Readable({ highWaterMark: hwm }); log.push('ok ' + hwm); } catch (e) { log.push(E(e)); }
    }
    const r = new Readable({ highWaterMark: '8' === 8 ? 1 : 0, read() {} });
    log.push('hwm0 ' + r.readableHighWaterMark + ' push ' + r.push('a'));
    const r2 = new Readable({ read() {} });
    r2.read(100000);
    log.push('grown ' + r2.readableHighWaterMark);
  });

  out.readWhileEnded = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.push('abc');
    r.push(null);
    trace(r, log, ['end', 'close', 'readable']);
    log.push('read5 ' + S(r.read(5)));
    log.push('read ' + S(r.read()));
  });

  out.callableWithoutNew = await scenario(async (log) => {
    const r = Readable({ read() {} });
    log.push('instance ' + (r instanceof Readable));
  });

  return out;
};
