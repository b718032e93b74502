// Patterns used by popular stream libraries (csv-parse style parser with a
// 'readable' read loop, sax-style legacy Stream, split2, through2,
// concat-stream, duplexify-like wrappers, Readable.wrap of old streams),
// checking event order and data.
const { Readable, Writable, Transform, PassThrough, Stream, pipeline } = require('stream');
const { StringDecoder } = require('string_decoder');
const { nextTick } = require('process');
const util = require('util');

const settle = async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r)); };
const E = (e) => (e ? `${e.name}|${e.code}|${e.message}` : String(e));

async function scenario(fn) {
  const log = [];
  try { await fn(log); } catch (e) { log.push('threw ' + E(e)); }
  await settle();
  return log;
}

// A small csv parser in the style of csv-parse: Transform, readable side in
// object mode, decoding with StringDecoder, records pushed from _transform.
class CsvParser extends Transform {
  constructor(opts = {}) {
    super({ ...opts, readableObjectMode: true });
    this.decoder = new StringDecoder('utf8');
    this.rest = '';
    this.header = null;
    this.count = 0;
  }
  _transform(chunk, enc, cb) {
    const text = this.rest + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.rest = lines.pop();
    for (const l of lines) this._line(l);
    cb();
  }
  _flush(cb) {
    const tail = this.rest + this.decoder.end();
    if (tail) this._line(tail);
    cb();
  }
  _line(l) {
    const cells = l.split(',');
    if (!this.header) { this.header = cells; return; }
    const rec = {};
    this.header.forEach((h, i) => { rec[h] = cells[i]; });
    this.count++;
    this.push(rec);
  }
}

exports.probe = async () => {
  const out = {};

  out.csvReadableLoop = await scenario(async (log) => {
    const parser = new CsvParser();
    const records = [];
    parser.on('readable', () => {
      let rec;
      while ((rec = parser.read()) !== null) records.push(rec);
      log.push('readable -> ' + records.length);
    });
    parser.on('end', () => log.push('end ' + JSON.stringify(records)));
    parser.on('finish', () => log.push('finish'));
    parser.on('close', () => log.push('close'));
    parser.write('name,ag');
    parser.write(Buffer.from('e\nann,3\nbo'));
    parser.write(Buffer.from([0x62, 0x0a, 0x63, 0xc3]));
    parser.write(Buffer.from([0xa9, 0x2c, 0x39]));
    parser.end();
  });

  out.csvPipeline = await scenario(async (log) => {
    const rows = [];
    pipeline(
      Readable.from(['a,b\n1,2\n', '3,4\n5', ',6']),
      new CsvParser(),
      new Writable({ objectMode: true, write(r, e, cb) { rows.push(r); cb(); } }),
      (err) => log.push('done ' + E(err) + ' ' + JSON.stringify(rows)),
    );
  });

  out.csvAsyncIter = await scenario(async (log) => {
    const parser = new CsvParser();
    setImmediate(() => { parser.write('k,v\nx,1\n'); parser.end('y,2\n'); });
    for await (const rec of parser) log.push(JSON.stringify(rec));
    log.push('done');
  });

  out.saxStyle = await scenario(async (log) => {
    // sax's SAXStream: a legacy Stream with write()/end() that emits events.
    function SAXStream() {
      if (!(this instanceof SAXStream)) return new SAXStream();
      Stream.apply(this);
      this.writable = true;
      this.readable = true;
      this.buf = '';
    }
    SAXStream.prototype = Object.create(Stream.prototype, { constructor: { value: SAXStream } });
    SAXStream.prototype.write = function (data) {
      if (Buffer.isBuffer(data)) data = data.toString();
      this.buf += data;
      let m;
      while ((m = /<(\w+)>/.exec(this.buf))) {
        this.emit('opentag', m[1]);
        this.buf = this.buf.slice(m.index + m[0].length);
      }
      this.emit('data', data);
      return true;
    };
    SAXStream.prototype.end = function (chunk) {
      if (chunk) this.write(chunk);
      this.emit('end');
      return true;
    };
    const sax = new SAXStream();
    sax.on('opentag', (t) => log.push('open ' + t));
    sax.on('end', () => log.push('sax end'));
    sax.on('pipe', () => log.push('sax pipe'));
    const src = Readable.from(['<a><b', '><c>']);
    src.pipe(sax);
    const out2 = new PassThrough();
    const got = [];
    out2.on('data', (d) => got.push(String(d)));
    out2.on('end', () => log.push('downstream ' + got.join('|')));
    sax.pipe(out2);
  });

  out.split2 = await scenario(async (log) => {
    function split() {
      let soFar = '';
      const decoder = new StringDecoder('utf8');
      return new Transform({
        readableObjectMode: true,
        transform(chunk, enc, cb) {
          const pieces = (soFar + decoder.write(chunk)).split(/\r?\n/);
          soFar = pieces.pop();
          for (const p of pieces) if (p) this.push(p);
          cb();
        },
        flush(cb) {
          soFar += decoder.end();
          if (soFar) this.push(soFar);
          cb();
        },
      });
    }
    const lines = [];
    const s = split();
    s.on('data', (l) => { lines.push(l); if (lines.length === 2) nextTick(() => lines.push('[tick]')); });
    s.on('end', () => log.push(JSON.stringify(lines)));
    s.write('first\r\nsec');
    s.write('ond\n\nthird');
    s.end();
  });

  out.through2Obj = await scenario(async (log) => {
    function through2obj(fn, flush) {
      const t = new Transform({ objectMode: true, highWaterMark: 16 });
      t._transform = fn;
      if (flush) t._flush = flush;
      return t;
    }
    const counter = through2obj(function (obj, enc, cb) {
      obj.seen = true;
      this.push(obj);
      nextTick(cb);
    }, function (cb) { this.push({ total: true }); cb(); });
    const res = [];
    counter.on('data', (o) => res.push(JSON.stringify(o)));
    counter.on('end', () => log.push('end ' + res.join(';')));
    Readable.from([{ a: 1 }, { b: 2 }]).pipe(counter);
  });

  out.concatStream = await scenario(async (log) => {
    function concat(cb) {
      const parts = [];
      const w = new Writable({
        objectMode: true,
        write(chunk, enc, next) { parts.push(chunk); next(); },
      });
      w.on('finish', () => cb(parts.every((p) => typeof p === 'string') ? parts.join('') : Buffer.concat(parts.map((p) => Buffer.from(p)))));
      return w;
    }
    const src = new PassThrough();
    src.pipe(concat((res) => log.push('concat ' + String(res))));
    src.write('a');
    src.write(Buffer.from('b'));
    src.end('c');
  });

  out.wrapOldStream = await scenario(async (log) => {
    const old = new Stream();
    old.pause = () => log.push('old pause');
    old.resume = () => log.push('old resume');
    const r = new Readable({ highWaterMark: 2 }).wrap(old);
    r.on('data', (d) => log.push('data ' + String(d)));
    r.on('end', () => log.push('end'));
    r.on('close', () => log.push('close'));
    await settle();
    old.emit('data', Buffer.from('hello'));
    old.emit('data', Buffer.from('world'));
    await settle();
    old.emit('end');
  });

  out.wrapPaused = await scenario(async (log) => {
    const old = new Stream();
    old.pause = () => log.push('old pause');
    old.resume = () => log.push('old resume');
    const r = new Readable({ highWaterMark: 3 }).wrap(old);
    old.emit('data', Buffer.from('abcd'));
    log.push('len ' + r.readableLength);
    await settle();
    log.push('read ' + String(r.read()));
    await settle();
    old.emit('end');
    r.on('end', () => log.push('end'));
    r.resume();
  });

  out.readableStaticWrap = await scenario(async (log) => {
    const old = new Stream();
    const r = Readable.wrap(old);
    log.push('objectMode ' + r.readableObjectMode);
    r.on('data', (d) => log.push('data ' + JSON.stringify(d)));
    r.on('end', () => log.push('end'));
    await settle();
    old.emit('data', { x: 1 });
    old.emit('end');
  });

  out.inheritsTransform = await scenario(async (log) => {
    function Rot13(opts) {
      if (!(this instanceof Rot13)) return new Rot13(opts);
      Transform.call(this, opts);
    }
    util.inherits(Rot13, Transform);
    Rot13.prototype._transform = function (chunk, enc, cb) {
      cb(null, String(chunk).replace(/[a-z]/g, (c) => String.fromCharCode((c.charCodeAt(0) - 97 + 13) % 26 + 97)));
    };
    const r = Rot13();
    r.setEncoding('utf8');
    let s = '';
    r.on('data', (d) => { s += d; });
    r.on('end', () => log.push('rot13 ' + s));
    r.end('hello');
  });

  out.readableEventVsData = await scenario(async (log) => {
    const r = new Readable({ read() {} });
    r.on('readable', () => {
      log.push('readable');
      let c;
      while ((c = r.read()) !== null) log.push('read ' + String(c));
    });
    r.on('data', (d) => log.push('data ' + String(d)));
    // From a macrotask, as stream input usually arrives (I/O callbacks).
    await new Promise((resolve) => setImmediate(() => {
      r.push('a');
      Promise.resolve().then(() => log.push('micro'));
      nextTick(() => log.push('tick'));
      resolve();
    }));
    await settle();
    r.push('b');
    r.push(null);
    r.on('end', () => log.push('end'));
  });

  return out;
};
