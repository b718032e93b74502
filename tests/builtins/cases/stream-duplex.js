// Duplex: allowHalfOpen, readable/writable false, objectMode per side,
// Duplex.from (streams, pairs, generators, async functions, iterables,
// promises), compose, duplexPair.
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform, compose } = stream;
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
function trace(s, log, name, evs = ['end', 'finish', 'close', 'error']) {
  for (const ev of evs) s.on(ev, (e) => log.push(name + ' ' + ev + (ev === 'error' ? ' ' + E(e) : '')));
}

exports.probe = async () => {
  const out = {};

  out.halfOpen = await scenario(async (log) => {
    const d = new Duplex({
      read() {},
      write(c, e, k) { log.push('write ' + S(c)); k(); },
    });
    trace(d, log, 'd');
    d.push('x');
    d.push(null);
    d.on('data', (c) => log.push('data ' + S(c)));
    await settle();
    log.push('writable still ' + d.writable + ' allowHalfOpen ' + d.allowHalfOpen);
    d.end('last');
  });

  out.noHalfOpen = await scenario(async (log) => {
    const d = new Duplex({
      allowHalfOpen: false,
      read() {},
      write(c, e, k) { k(); },
    });
    trace(d, log, 'd');
    d.push(null);
    d.resume();
    await settle();
    log.push('writableEnded ' + d.writableEnded);
  });

  out.sides = await scenario(async (log) => {
    const d = new Duplex({ readable: false, write(c, e, k) { k(); } });
    log.push('readable ' + d.readable + ' writable ' + d.writable + ' ended ' + d.readableEnded);
    const d2 = new Duplex({ writable: false, read() {} });
    log.push('readable ' + d2.readable + ' writable ' + d2.writable + ' finished ' + d2.writableFinished);
    d2.write('x', (err) => log.push('write cb ' + E(err)));
    d2.on('error', (e) => log.push('d2 error ' + E(e)));
    const d3 = new Duplex({ readableObjectMode: true, read() {}, write(c, e, k) { log.push('d3 write ' + S(c)); k(); } });
    log.push('objectModes ' + d3.readableObjectMode + ' ' + d3.writableObjectMode);
    d3.push({ o: 1 });
    d3.write('bytes');
    log.push('read ' + S(d3.read()));
  });

  out.fromStreams = await scenario(async (log) => {
    const p = new PassThrough();
    log.push('same duplex ' + (Duplex.from(p) === p));
    const r = Readable.from(['r1', 'r2']);
    const dr = Duplex.from(r);
    log.push('from readable: ' + (dr instanceof Duplex) + ' r=' + dr.readable + ' w=' + dr.writable);
    log.push(JSON.stringify(await dr.toArray()));
    const got = [];
    const w = new Writable({ write(c, e, k) { got.push(String(c)); k(); } });
    const dw = Duplex.from(w);
    log.push('from writable: r=' + dw.readable + ' w=' + dw.writable);
    dw.end('to-writable');
    await new Promise((res) => dw.on('finish', res));
    log.push('writable got ' + got.join(','));
  });

  out.fromPair = await scenario(async (log) => {
    const readable = new PassThrough({ objectMode: true });
    const chunks = [];
    const writable = new Writable({ objectMode: true, write(c, e, k) { chunks.push(c); k(); } });
    const d = Duplex.from({ readable, writable });
    d.on('data', (x) => log.push('data ' + S(x)));
    d.write('in1');
    readable.write('out1');
    readable.end();
    d.end('in2');
    await settle();
    log.push('writable got ' + JSON.stringify(chunks));
  });

  out.fromAsyncGenFn = await scenario(async (log) => {
    const d = Duplex.from(async function* (source) {
      for await (const chunk of source) yield String(chunk).toUpperCase();
    });
    const res = [];
    d.on('data', (c) => res.push(S(c)));
    d.on('end', () => log.push('end ' + res.join(',')));
    d.write('abc');
    d.write('def');
    d.end();
  });

  out.fromAsyncFn = await scenario(async (log) => {
    const seen = [];
    const d = Duplex.from(async function (source) {
      for await (const chunk of source) seen.push(String(chunk));
    });
    d.on('finish', () => log.push('finish ' + seen.join(',')));
    d.write('1');
    d.end('2');
  });

  out.fromIterableAndPromise = await scenario(async (log) => {
    log.push(JSON.stringify(await Duplex.from(['i1', 'i2']).toArray()));
    log.push(JSON.stringify(await Duplex.from(Promise.resolve('pv')).toArray()));
    log.push(JSON.stringify(await Duplex.from('str').toArray()));
    try { Duplex.from(42); } catch (e) { log.push(E(e)); }
  });

  out.compose = await scenario(async (log) => {
    const c = compose(
      new Transform({ transform(chunk, e, k) { k(null, String(chunk).toUpperCase()); } }),
      async function* (source) { for await (const x of source) yield '<' + x + '>'; },
    );
    log.push('duplex ' + (c instanceof Duplex) + ' r=' + c.readable + ' w=' + c.writable);
    const out2 = [];
    c.on('data', (d) => out2.push(S(d)));
    // 'end' and 'finish' come from different promise/nextTick chains, so
    // only their outcome is compared.
    const done = [];
    c.on('end', () => done.push('end ' + out2.join('')));
    c.on('finish', () => done.push('finish'));
    c.write('ab');
    c.end('cd');
    await settle();
    log.push(done.sort().join(' / '));
  });

  out.composeInPipeline = await scenario(async (log) => {
    const res = [];
    await stream.promises.pipeline(
      Readable.from(['x', 'y']),
      compose(new PassThrough({ objectMode: true }), async function* (s) { for await (const v of s) yield v + v; }),
      new Writable({ objectMode: true, write(c, e, k) { res.push(c); k(); } }),
    );
    log.push('result ' + res.join(','));
    const viaOp = await Readable.from([1, 2]).compose(async function* (s) { for await (const v of s) yield v * 3; }).toArray();
    log.push('op ' + JSON.stringify(viaOp));
  });

  out.composeErrors = await scenario(async (log) => {
    try { compose(); } catch (e) { log.push(E(e)); }
    const c = compose(new PassThrough(), new Transform({ transform(ch, e, k) { k(new Error('inner')); } }));
    c.on('error', (e) => log.push('composed error ' + E(e)));
    c.on('close', () => log.push('composed close'));
    c.write('x');
  });

  out.duplexPair = await scenario(async (log) => {
    if (typeof stream.duplexPair !== 'function') { log.push('no duplexPair'); return; }
    const [a, b] = stream.duplexPair();
    b.on('data', (d) => log.push('b got ' + S(d)));
    a.on('data', (d) => log.push('a got ' + S(d)));
    b.on('end', () => log.push('b end'));
    a.write('hello b');
    b.write('hello a');
    a.end();
  });

  out.oldStyleDuplex = await scenario(async (log) => {
    const util = require('util');
    function Echo(opts) {
      Duplex.call(this, opts);
      this.pending = [];
    }
    util.inherits(Echo, Duplex);
    Echo.prototype._write = function (c, e, k) { this.push(c); k(); };
    Echo.prototype._read = function () {};
    Echo.prototype._final = function (k) { this.push(null); k(); };
    const e = new Echo();
    e.on('data', (d) => log.push('echo ' + S(d)));
    e.on('end', () => log.push('end'));
    e.on('finish', () => log.push('finish'));
    e.write('ping');
    e.end();
  });

  return out;
};
