// crypto: createHmac known answers, keys of every kind, KeyObject/createSecretKey,
// generateKey, timingSafeEqual.
const crypto = require('crypto');

function err(fn) {
  try {
    const r = fn();
    return { ok: Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

exports.probe = async () => {
  const out = {};
  const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
  const keys = ['', 'key', 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(128), 'k'.repeat(129), 'k'.repeat(300)];
  const msgs = ['', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
  out.known = {};
  for (const alg of algs) {
    out.known[alg] = [];
    for (const k of keys) for (const m of msgs) out.known[alg].push(crypto.createHmac(alg, k).update(m).digest('hex'));
  }
  // RFC 4231 test case 2 and 3.
  out.rfc4231 = [
    crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
    crypto.createHmac('sha512', 'Jefe').update('what do ya want for nothing?').digest('hex'),
    crypto.createHmac('sha224', Buffer.alloc(20, 0xaa)).update(Buffer.alloc(50, 0xdd)).digest('hex'),
    crypto.createHmac('sha384', Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'),
  ];
  const raw = new Uint8Array(20).map((_, i) => i * 3);
  out.keyKinds = [
    crypto.createHmac('sha1', raw).update('m').digest('base64'),
    crypto.createHmac('sha1', raw.buffer).update('m').digest('base64'),
    crypto.createHmac('sha1', Buffer.from(raw)).update('m').digest('base64'),
    crypto.createHmac('sha1', new DataView(raw.buffer, 2, 5)).update('m').digest('base64'),
    crypto.createHmac('sha1', new Uint16Array(raw.buffer, 0, 4)).update('m').digest('base64'),
    crypto.createHmac('sha1', crypto.createSecretKey(raw)).update('m').digest('base64'),
    crypto.createHmac('sha256', 'abc', { encoding: 'hex' }).digest('hex'),
    crypto.createHmac('sha256', 'abcd', { encoding: 'hex' }).digest('hex'),
    crypto.createHmac('sha256', 'YWJj', { encoding: 'base64' }).digest('hex'),
    crypto.createHmac('sha256', 'abc', 'hex').digest('hex'),
    crypto.createHmac('sha256', 'é', { encoding: 'latin1' }).digest('hex'),
    err(() => crypto.createHmac('sha256', 'abc', { encoding: 1 })),
    err(() => crypto.createHmac('sha256', 'abc', { encoding: 'foo' }).digest('hex')),
  ];
  // Digest after digest returns empty output; update throws.
  out.finalized = [
    err(() => { const h = crypto.createHmac('sha256', 'k'); return [h.digest('hex'), h.digest('hex'), h.digest().length, h.digest('base64')]; }),
    err(() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); h.update('a'); }),
    err(() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest('foo'); }),
  ];
  out.outEnc = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'foo', undefined].map((enc) => {
    const r = crypto.createHmac('md5', 'k').update('m').digest(enc);
    return Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r;
  });
  out.chained = crypto.createHmac('sha384', 'key').update('a').update(Buffer.from('b')).update('63', 'hex').digest('hex');
  out.aliases = ['SHA256', 'RSA-SHA256', 'sha-1', 'sha256WithRSAEncryption', 'ssl3-md5', '1.3.14.3.2.26', 'SHA2-512'].map(
    (n) => err(() => crypto.createHmac(n, 'k').update('x').digest('hex')));
  out.errors = [
    err(() => crypto.createHmac('foo', 'k')),
    err(() => crypto.createHmac('id-sha256', 'k')),
    err(() => crypto.createHmac(1, 'k')),
    err(() => crypto.createHmac()),
    err(() => crypto.createHmac('sha256')),
    err(() => crypto.createHmac('sha256', 1)),
    err(() => crypto.createHmac('sha256', null)),
    err(() => crypto.createHmac('sha256', {})),
    err(() => crypto.createHmac('sha256', [1])),
    err(() => crypto.createHmac('foo', 1)),
    err(() => crypto.createHmac('sha256', 'k').update(1)),
    err(() => crypto.createHmac('sha256', 'k').update('abc', 'hex')),
  ];
  out.ctor = [
    crypto.Hmac('sha1', 'k').update('x').digest('hex'),
    new crypto.Hmac('md5', 'k').digest('hex'),
    crypto.createHmac('sha1', 'k') instanceof crypto.Hmac,
    Object.keys(crypto.createHmac('sha1', 'k')),
  ];

  // KeyObject / createSecretKey.
  const k = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  out.keyObject = [
    k.type, k.symmetricKeySize, k.asymmetricKeyType === undefined, Object.keys(k),
    Object.prototype.toString.call(k), k instanceof crypto.KeyObject,
    k.export().toString('hex'), k.export({ format: 'buffer' }).toString('hex'), k.export({ format: 'jwk' }),
    err(() => k.export({ format: 'pem' })),
    err(() => k.export({ format: 'der' })),
    err(() => k.export(1)),
    err(() => k.export(null)),
    k.equals(crypto.createSecretKey(Buffer.from('0123456789abcdef'))),
    k.equals(crypto.createSecretKey(Buffer.from('0123456789abcdeF'))),
    k.equals(crypto.createSecretKey(Buffer.from('0123456789abcde'))),
    err(() => k.equals(1)),
    err(() => k.equals(null)),
    crypto.createSecretKey('abcd', 'hex').export().toString('hex'),
    crypto.createSecretKey('abc').export().toString(),
    crypto.createSecretKey('abc', 'utf8').export().toString(),
    crypto.createSecretKey('YWJj', 'base64').export().toString(),
    crypto.createSecretKey(new ArrayBuffer(3)).symmetricKeySize,
    crypto.createSecretKey(new Uint32Array(3)).symmetricKeySize,
    crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize,
    crypto.createSecretKey(Buffer.from([0xfb, 0xff, 0xbf])).export({ format: 'jwk' }),
    err(() => crypto.createSecretKey(1)),
    err(() => crypto.createSecretKey()),
    err(() => crypto.createSecretKey(k)),
    err(() => crypto.createSecretKey({})),
    err(() => new crypto.KeyObject('secret', {})),
    err(() => new crypto.KeyObject('foo', {})),
    err(() => crypto.KeyObject.from(k)),
    err(() => crypto.KeyObject.from(1)),
  ];
  out.keyInspect = require('util').inspect(k);
  // A key's bytes are copied at creation.
  const src = Buffer.from('aaaa');
  const k2 = crypto.createSecretKey(src);
  src.fill(0x62);
  out.keyCopy = k2.export().toString();

  // generateKey(Sync)
  out.generateKey = [
    crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize,
    crypto.generateKeySync('hmac', { length: 8 }).symmetricKeySize,
    crypto.generateKeySync('hmac', { length: 9 }).symmetricKeySize,
    crypto.generateKeySync('hmac', { length: 1000 }).symmetricKeySize,
    crypto.generateKeySync('aes', { length: 128 }).symmetricKeySize,
    crypto.generateKeySync('aes', { length: 256 }).type,
    err(() => crypto.generateKeySync('aes', { length: 64 })),
    err(() => crypto.generateKeySync('hmac', { length: 7 })),
    err(() => crypto.generateKeySync('hmac', { length: 2 ** 31 })),
    err(() => crypto.generateKeySync('hmac', { length: 8.5 })),
    err(() => crypto.generateKeySync('hmac', { length: '8' })),
    err(() => crypto.generateKeySync('hmac', {})),
    err(() => crypto.generateKeySync('rsa', { length: 9 })),
    err(() => crypto.generateKeySync('hmac')),
    err(() => crypto.generateKeySync(1, {})),
    err(() => crypto.generateKey('hmac', { length: 8 })),
    err(() => crypto.generateKey('hmac', { length: 8 }, 1)),
    err(() => crypto.generateKey('hmac', () => {})),
    err(() => crypto.generateKey('aes', { length: 1 }, () => {})),
    await new Promise((resolve) => crypto.generateKey('hmac', { length: 128 }, (e, key) => resolve([e, key.symmetricKeySize, key.type]))),
  ];

  // timingSafeEqual
  out.timingSafeEqual = [
    crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
    crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
    crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)),
    crypto.timingSafeEqual(new Uint16Array(2), new Uint8Array(4)),
    crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))),
    crypto.timingSafeEqual(new Uint32Array([1]), new Uint8Array([1, 0, 0, 0])),
    err(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3))),
    err(() => crypto.timingSafeEqual('a', Buffer.alloc(3))),
    err(() => crypto.timingSafeEqual(Buffer.from('a'), 'a')),
    err(() => crypto.timingSafeEqual()),
    err(() => crypto.timingSafeEqual(null, null)),
  ];
  return out;
};
