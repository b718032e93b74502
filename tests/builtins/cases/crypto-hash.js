// crypto: createHash / crypto.hash known answers, encodings, aliases, copy, errors.
const crypto = require('crypto');

function err(fn) {
  try {
    const r = fn();
    return { ok: Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

exports.probe = () => {
  const out = {};
  const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
  const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'é€😀\u0000', 'a'.repeat(1000),
    'message digest', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(111), 'v'.repeat(112), 'u'.repeat(128)];
  out.known = {};
  for (const alg of algs) {
    out.known[alg] = inputs.map((s) => crypto.createHash(alg).update(s).digest('hex'));
  }
  // Binary inputs of several kinds.
  const bytes = new Uint8Array(300).map((_, i) => (i * 7 + 3) & 255);
  out.binary = algs.map((alg) => [
    crypto.createHash(alg).update(Buffer.from(bytes)).digest('base64'),
    crypto.createHash(alg).update(bytes).digest('base64url'),
    crypto.createHash(alg).update(new Uint16Array(bytes.buffer, 2, 20)).digest('hex'),
    crypto.createHash(alg).update(new DataView(bytes.buffer, 5, 17)).digest('hex'),
    crypto.createHash(alg).update(Buffer.from(bytes).subarray(10, 200)).digest('latin1'),
    crypto.createHash(alg).update(new Float64Array([1.5, -2])).digest('binary'),
  ]);
  // Chained updates equal one update.
  out.chained = algs.map((alg) => {
    const h = crypto.createHash(alg);
    for (let i = 0; i < 50; i++) h.update('chunk' + i).update(Buffer.from([i]));
    return h.digest('hex');
  });
  // Output encodings.
  out.outEnc = {};
  for (const enc of ['hex', 'HEX', 'base64', 'base64url', 'BASE64URL', 'latin1', 'binary', 'ascii', 'utf8', 'utf-8',
    'ucs2', 'utf16le', 'UTF-16LE', 'buffer', 'foo', '', null, 0, 1, undefined]) {
    const r = crypto.createHash('md5').update('x').digest(enc);
    out.outEnc[String(enc)] = Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r;
  }
  // Input encodings.
  out.inEnc = {};
  for (const enc of ['hex', 'HEX', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'ucs2', 'utf16le',
    'UCS-2', 'buffer', 'foo', null, 0, 1]) {
    out.inEnc[String(enc)] = ['abcd', 'abc', 'zz', 'é€', 'aGk=', 'a-_b', 'a b', ''].map(
      (s) => err(() => crypto.createHash('md5').update(s, enc).digest('hex')));
  }
  out.bufferIgnoresEncoding = crypto.createHash('sha1').update(Buffer.from('abc'), 'hex').digest('hex');
  // Aliases.
  out.aliases = {};
  for (const name of ['SHA256', 'Sha256', 'sha-256', 'SHA-256', 'sha2-256', 'RSA-SHA256', 'rsa-sha256',
    'sha256WithRSAEncryption', 'SHA256WITHRSAENCRYPTION', '2.16.840.1.101.3.4.2.1', 'sha-1', 'SHA-1', 'RSA-SHA1',
    'RSA-SHA1-2', 'ssl3-sha1', 'sha1WithRSAEncryption', '1.3.14.3.2.26', 'MD5', 'RSA-MD5', 'ssl3-md5',
    'md5WithRSAEncryption', '1.2.840.113549.2.5', 'sha-224', 'sha2-224', 'RSA-SHA224', 'sha224WithRSAEncryption',
    '2.16.840.1.101.3.4.2.4', 'SHA-384', 'sha2-384', 'RSA-SHA384', '2.16.840.1.101.3.4.2.2', 'sha-512', 'SHA2-512',
    'RSA-SHA512', 'sha512WithRSAEncryption', '2.16.840.1.101.3.4.2.3',
    'id-sha256', 'sha', 'sha2', 'sha0', 'md5 ', ' sha1', 'sha256WithRSA', 'ssl2-md5', 'dsaWithSHA1', 'sha1-2', 'foo', '']) {
    out.aliases[name] = err(() => crypto.createHash(name).update('x').digest('hex'));
  }
  // copy()
  const h = crypto.createHash('sha256').update('part one ');
  const c1 = h.copy();
  const c2 = h.copy().update('different');
  h.update('part two');
  out.copy = [h.digest('hex'), c1.update('part two').digest('hex'), c2.digest('hex'),
    crypto.createHash('md5').update('a').copy().digest('hex'),
    err(() => crypto.createHash('md5').copy({ outputLength: 3 })),
    crypto.createHash('md5').copy(1).digest('hex'),
    crypto.createHash('md5').copy({ outputLength: 16 }).digest('hex')];
  // Finalization.
  out.finalized = [
    err(() => { const x = crypto.createHash('sha1'); x.digest(); x.digest(); }),
    err(() => { const x = crypto.createHash('sha1'); x.digest(); x.update('a'); }),
    err(() => { const x = crypto.createHash('sha1'); x.digest(); x.update(1); }),
    err(() => { const x = crypto.createHash('sha1'); x.digest(); x.copy(); }),
  ];
  // Errors.
  out.errors = [
    err(() => crypto.createHash()),
    err(() => crypto.createHash(1)),
    err(() => crypto.createHash(null)),
    err(() => crypto.createHash({})),
    err(() => crypto.createHash(Symbol('s'))),
    err(() => crypto.createHash('sha256').update()),
    err(() => crypto.createHash('sha256').update(new ArrayBuffer(2))),
    err(() => crypto.createHash('sha256').update(1)),
    err(() => crypto.createHash('sha256').update(null)),
    err(() => crypto.createHash('sha256').update([1, 2])),
    err(() => crypto.createHash('sha256').update({})),
    err(() => crypto.createHash('sha256').update(true)),
    err(() => crypto.createHash('sha256').update(10n)),
    err(() => crypto.createHash('sha256').update('x'.repeat(40), 'hex')),
    err(() => crypto.createHash('sha256').update('x'.repeat(41), 'hex')),
    err(() => crypto.createHash('sha1', { outputLength: 20 }).digest('hex')),
    err(() => crypto.createHash('sha1', { outputLength: 5 })),
    err(() => crypto.createHash('sha1', { outputLength: 'x' })),
    err(() => crypto.createHash('sha1', { outputLength: -1 })),
    err(() => crypto.createHash('foo', { outputLength: 'x' })),
    err(() => crypto.createHash('foo', { outputLength: 20 })),
    err(() => crypto.createHash('sha1', 'opts').digest('hex')),
  ];
  // Constructors.
  out.ctor = [
    crypto.Hash('sha1').update('x').digest('hex'),
    new crypto.Hash('md5').digest('hex'),
    crypto.createHash('sha1') instanceof crypto.Hash,
    typeof crypto.createHash('sha1').update,
    Object.keys(crypto.createHash('sha1')),
    Object.keys(crypto.createHash('sha1', { a: 1 })),
  ];
  // One-shot crypto.hash.
  out.oneShot = [
    err(() => crypto.hash('sha1', 'abc')),
    err(() => crypto.hash('SHA-256', 'abc', undefined)),
    err(() => crypto.hash('sha1', 'abc', 'base64')),
    err(() => crypto.hash('sha1', 'abc', 'base64url')),
    err(() => crypto.hash('sha1', 'abc', 'buffer')),
    err(() => crypto.hash('sha1', 'abc', 'latin1')),
    err(() => crypto.hash('sha1', 'abc', 'HEX')),
    ...['BUFFER', 'Buffer', 'UTF8', 'binary', 'ucs-2', 'UTF-16LE', 'ascii', ''].map((e) => err(() => crypto.hash('md5', 'x', e))),
    err(() => crypto.hash('md5', 'é€')),
    err(() => crypto.hash('sha512', Buffer.from('abc'))),
    err(() => crypto.hash('sha384', new Uint16Array([1, 2]))),
    err(() => crypto.hash('sha1', 'abc', 'foo')),
    err(() => crypto.hash('sha1', 'abc', 1)),
    err(() => crypto.hash('sha1', 'abc', null)),
    err(() => crypto.hash('foo', 'abc')),
    err(() => crypto.hash('foo', 1)),
    err(() => crypto.hash('foo', 'abc', 'bar')),
    err(() => crypto.hash('sha1', 1)),
    err(() => crypto.hash('sha1', new ArrayBuffer(1))),
    err(() => crypto.hash(1, 'a')),
    err(() => crypto.hash()),
  ];
  const hashes = crypto.getHashes();
  out.getHashes = [Array.isArray(hashes), ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA256'].every((n) => hashes.includes(n)),
    hashes.every((n) => typeof n === 'string')];
  return out;
};
