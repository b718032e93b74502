// crypto: pbkdf2, scrypt, hkdf (sync and callback) known answers and argument checks.
const crypto = require('crypto');

function err(fn) {
  try {
    const r = fn();
    return { ok: Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r instanceof ArrayBuffer ? 'ab:' + Buffer.from(r).toString('hex') : r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

const cb = (fn) => new Promise((resolve) => {
  try {
    fn((e, r) => resolve(e ? { cbErr: e.message } : { cb: Buffer.from(r).toString('hex') }));
  } catch (e) {
    resolve({ name: e.name, code: e.code, message: e.message });
  }
});

exports.probe = async () => {
  const out = {};
  // pbkdf2: RFC 6070 vectors and every digest.
  out.pbkdf2 = [
    crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
    crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'),
    crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
    crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'),
    crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'),
  ];
  for (const d of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA512', 'sha-1']) {
    out.pbkdf2.push(crypto.pbkdf2Sync('pw', 'salt', 3, 100, d).toString('base64'));
  }
  out.pbkdf2Inputs = [
    err(() => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint16Array([1, 2]), 1, 8, 'sha256')),
    err(() => crypto.pbkdf2Sync(new ArrayBuffer(3), new DataView(new ArrayBuffer(2)), 1, 8, 'sha256')),
    err(() => crypto.pbkdf2Sync('', '', 1, 8, 'sha256')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1')),
  ];
  out.pbkdf2Errors = [
    err(() => crypto.pbkdf2Sync('p', 's', 1, 4, 'foo')),
    err(() => crypto.pbkdf2Sync('p', 's', 0, 4, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, 4)),
    err(() => crypto.pbkdf2Sync(1, 's', 1, 4, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 1, 1, 4, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', '1', 4, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 1.5, 4, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, 2 ** 31, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 2 ** 31, 1, 'sha1')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, 4, 1)),
    err(() => crypto.pbkdf2Sync(1, 's', 1, 4)),
    err(() => crypto.pbkdf2Sync(1, 2, 'x', -1, 'foo')),
    err(() => crypto.pbkdf2Sync('p', 's', 1, 4, 'id-sha256')),
    err(() => crypto.pbkdf2Sync(crypto.createSecretKey(Buffer.from('k')), 's', 1, 4, 'sha1')),
    err(() => crypto.pbkdf2('p', 's', 1, 4, 'sha1')),
    err(() => crypto.pbkdf2('p', 's', 1, 4, 'foo')),
    err(() => crypto.pbkdf2('p', 's', 1, 4, 'foo', () => {})),
    err(() => crypto.pbkdf2('p', 's', 1, 4, () => {})),
    err(() => crypto.pbkdf2('p', 's', 0, 4, 'sha1', () => {})),
  ];
  out.pbkdf2Async = [
    await cb((done) => crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', done)),
    await cb((done) => crypto.pbkdf2('pw', Buffer.from('salt'), 10, 64, 'sha512', done)),
    await cb((done) => crypto.pbkdf2('pw', 'salt', 10, 0, 'sha512', done)),
  ];

  // scrypt: RFC 7914 vectors (small ones) and option handling.
  out.scrypt = [
    crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
    crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
    crypto.scryptSync('p', 's', 8).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 16 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, { cost: 16, blockSize: 2, parallelization: 2 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 16, undefined: 1, foo: 1 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, null).toString('hex'),
    crypto.scryptSync('p', 's', 8, 5).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 2, r: 1, p: 1 }).toString('hex'),
    crypto.scryptSync('p', 's', 0, { N: 16 }).toString('hex'),
    crypto.scryptSync(Buffer.from('p'), new Uint8Array([115]), 8, { N: 16 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 2 ** 14, r: 8, maxmem: 16780288 }).toString('hex'),
    crypto.scryptSync('p', 's', 8, { N: 2 ** 15, r: 1, maxmem: 2 ** 40 }).toString('hex'),
  ];
  out.scryptErrors = [
    err(() => crypto.scryptSync('p', 's', 8, { N: 15 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 1 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, cost: 16 })),
    err(() => crypto.scryptSync('p', 's', 8, { r: 1, blockSize: 1 })),
    err(() => crypto.scryptSync('p', 's', 8, { p: 1, parallelization: 1 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, r: 'y', cost: 3 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 20 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, maxmem: 100 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 14, r: 8, maxmem: 16780287 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 16, r: 1, maxmem: 2 ** 40 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, r: 1, p: 2 ** 30 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, r: 1, p: 2 ** 30 - 1, maxmem: 2 ** 52 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, r: 2 ** 30, p: 2 ** 30 })),
    err(() => crypto.scryptSync('p', 's', -1)),
    err(() => crypto.scryptSync('p', 's', '8')),
    err(() => crypto.scryptSync(1, 's', 8)),
    err(() => crypto.scryptSync('p', {}, 8)),
    err(() => crypto.scryptSync('p', 's', 8, { N: '16' })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 'x', r: 'y' })),
    err(() => crypto.scryptSync('p', 's', 8, { N: -1 })),
    err(() => crypto.scryptSync('p', 's', 8, { r: -1 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 16, r: 1.5 })),
    err(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 32 })),
    err(() => crypto.scryptSync('p', 's', 8, { cost: 2 ** 32 })),
    err(() => crypto.scryptSync('p', 's', 8, { blockSize: -2 })),
    err(() => crypto.scryptSync('p', 's', 8, { parallelization: 'x' })),
    err(() => crypto.scryptSync('p', 's', 8, { maxmem: -1 })),
    err(() => crypto.scryptSync('p', 's', 8, { maxmem: 2 ** 53 })),
    err(() => crypto.scryptSync('p', 's', 8, { maxmem: 1.5 })),
    err(() => crypto.scryptSync('p', 's', 8, { maxmem: '1' })),
    err(() => crypto.scrypt('p', 's', 8, { N: 16 })),
    err(() => crypto.scrypt('p', 's', 8)),
    err(() => crypto.scrypt('p', 's', 8, { N: 2 ** 20 }, () => {})),
    err(() => crypto.scrypt('p', 's', 8, { N: 16 }, 1)),
  ];
  out.scryptAsync = [
    await cb((done) => crypto.scrypt('password', 'NaCl', 32, { N: 1024, r: 8, p: 2 }, done)),
    await cb((done) => crypto.scrypt('p', 's', 16, done)),
    await cb((done) => crypto.scrypt('p', 's', 0, { N: 16 }, done)),
  ];

  // hkdf: RFC 5869 vectors and checks.
  const ikm = Buffer.alloc(22, 0x0b);
  const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
  const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
  const hex = (ab) => Buffer.from(ab).toString('hex');
  out.hkdf = [
    hex(crypto.hkdfSync('sha256', ikm, salt, info, 42)),
    hex(crypto.hkdfSync('sha256', ikm, '', '', 42)),
    hex(crypto.hkdfSync('sha1', Buffer.alloc(11, 0x0b), salt, info, 42)),
    hex(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 100)),
    hex(crypto.hkdfSync('md5', 'key', 'salt', 'info', 255 * 16)).length,
    hex(crypto.hkdfSync('SHA256', crypto.createSecretKey(Buffer.from('k')), new Uint8Array(2), new ArrayBuffer(1), 8)),
    hex(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 0)),
    hex(crypto.hkdfSync('sha384', new ArrayBuffer(4), new DataView(new ArrayBuffer(3)), 'x'.repeat(1024), 7)),
    crypto.hkdfSync('sha256', 'k', 's', 'i', 4) instanceof ArrayBuffer,
  ];
  out.hkdfErrors = [
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1)),
    err(() => crypto.hkdfSync('foo', 'key', 'salt', 'info', 16)),
    err(() => crypto.hkdfSync('sha256', 1, 'salt', 'info', 16)),
    err(() => crypto.hkdfSync('sha256', 'key', 1, 'info', 16)),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 1, 16)),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'x'.repeat(1025), 16)),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1)),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 1.5)),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', '1')),
    err(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 2 ** 32 + 1)),
    err(() => crypto.hkdfSync(1, 'key', 'salt', 'info', 1)),
    err(() => crypto.hkdfSync('foo', 1, 'salt', 'info', 16)),
    err(() => crypto.hkdfSync('foo', 'k', 'salt', 'info', 2 ** 31)),
    err(() => crypto.hkdfSync('sha256', 'k', 'salt', 'x'.repeat(1025), -1)),
    err(() => crypto.hkdf('sha256', 'k', 'salt', 'info', 10)),
    err(() => crypto.hkdf('sha256', 'k', 'salt', 'info', 1, 1)),
    err(() => crypto.hkdf('foo', 'k', 'salt', 'info', 1, () => {})),
    err(() => crypto.hkdf('sha256', 'k', 'salt', 'info', 10000000, () => {})),
    err(() => crypto.hkdf('sha256', 1, 'salt', 'info', 1)),
    err(() => crypto.hkdf('foo', 'k', 'salt', 'info', 1)),
  ];
  out.hkdfAsync = [
    await cb((done) => crypto.hkdf('sha256', ikm, salt, info, 42, done)),
  ];
  return out;
};
