// crypto: Hash, Hmac, Cipheriv and Decipheriv used as Transform streams.
const crypto = require('crypto');
const stream = require('stream');

function collect(s) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    s.on('data', (c) => chunks.push(c));
    s.on('error', (e) => resolve({ error: e.message }));
    s.on('end', () => resolve(chunks.map((c) => (Buffer.isBuffer(c) ? 'buf:' + c.toString('hex') : c))));
  });
}

exports.probe = async () => {
  const out = {};
  // write/end/read
  const h = crypto.createHash('sha256');
  h.write('hello ');
  h.write(Buffer.from('world'));
  h.end();
  out.hashRead = h.read().toString('hex');

  const h2 = crypto.createHash('md5');
  h2.setEncoding('hex');
  h2.write('abc');
  h2.end('def');
  out.hashSetEncoding = h2.read();

  const h3 = crypto.createHash('sha1');
  h3.end('6869', 'hex');
  out.hashEndEncoding = h3.read().toString('hex');

  // Hash already used through update() then streamed.
  const h4 = crypto.createHash('sha1').update('a');
  h4.end('b');
  out.mixed = h4.read().toString('hex');

  // Events and piping.
  const h5 = crypto.createHash('sha512');
  const p5 = collect(h5);
  stream.Readable.from(['a', 'b', 'c']).pipe(h5);
  out.piped = await p5;

  const hm = crypto.createHmac('sha256', 'key');
  const pm = collect(hm);
  hm.write('data');
  hm.end();
  out.hmacStream = await pm;

  // pipeline()
  const h6 = crypto.createHash('sha384');
  await new Promise((resolve, reject) => stream.pipeline(stream.Readable.from([Buffer.from('x'), Buffer.from('y')]), h6, (e) => (e ? reject(e) : resolve())));
  out.pipeline = h6.read().toString('base64');

  // Cipher streams.
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(12, 2);
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  const pc = collect(c);
  c.write('hello ');
  c.write('world');
  c.end();
  out.cipherStream = await pc;
  out.cipherTag = c.getAuthTag().toString('hex');

  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.setAuthTag(c.getAuthTag());
  const pd = collect(d);
  d.end(Buffer.from(out.cipherStream.map((x) => x.slice(4)).join(''), 'hex'));
  out.decipherStream = await pd;

  const bad = crypto.createDecipheriv('aes-128-gcm', key, iv);
  bad.setAuthTag(Buffer.alloc(16));
  const pb = collect(bad);
  bad.end(Buffer.from('abcd', 'hex'));
  out.decipherBadTag = await pb;

  out.instances = [
    typeof crypto.createHash('sha1').on, typeof crypto.createHash('sha1').pipe, typeof crypto.createHash('sha1').write,
  ];
  const h7 = crypto.createHash('sha1');
  h7.on('readable', () => {});
  out.instanceAfterUse = [h7 instanceof stream.Transform, h7 instanceof stream.Readable, h7.readable, h7.writable];
  return out;
};
