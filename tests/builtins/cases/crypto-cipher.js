// crypto: createCipheriv/createDecipheriv with aes-{128,192,256}-gcm: known answers,
// streaming updates, AAD, tags, encodings, state errors; getCipherInfo/getCiphers.
const crypto = require('crypto');

function err(fn) {
  try {
    const r = fn();
    return { ok: Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

function encrypt(alg, key, iv, plain, { aad, tagLength, chunks = 1 } = {}) {
  const c = crypto.createCipheriv(alg, key, iv, tagLength ? { authTagLength: tagLength } : undefined);
  if (aad) c.setAAD(aad);
  const parts = [];
  const step = Math.ceil(plain.length / chunks) || 1;
  for (let i = 0; i < plain.length; i += step) parts.push(c.update(plain.subarray(i, i + step)));
  parts.push(c.final());
  return [Buffer.concat(parts).toString('hex'), c.getAuthTag().toString('hex')];
}

function decrypt(alg, key, iv, ct, tag, { aad, tagLength } = {}) {
  const d = crypto.createDecipheriv(alg, key, iv, tagLength ? { authTagLength: tagLength } : undefined);
  if (aad) d.setAAD(aad);
  d.setAuthTag(Buffer.from(tag, 'hex'));
  return Buffer.concat([d.update(Buffer.from(ct, 'hex')), d.final()]).toString('hex');
}

exports.probe = () => {
  const out = {};
  const key32 = Buffer.alloc(32).map((_, i) => i);
  const key24 = key32.subarray(0, 24);
  const key16 = key32.subarray(0, 16);
  const iv = Buffer.alloc(12, 7);
  const plain = Buffer.alloc(1000).map((_, i) => (i * 31) & 255);
  out.known = [];
  for (const [alg, key] of [['aes-128-gcm', key16], ['aes-192-gcm', key24], ['aes-256-gcm', key32], ['AES-256-GCM', key32], ['id-aes128-GCM', key16]]) {
    for (const n of [0, 1, 15, 16, 17, 100, 1000]) {
      out.known.push(encrypt(alg, key, iv, plain.subarray(0, n)));
      out.known.push(encrypt(alg, key, iv, plain.subarray(0, n), { aad: Buffer.from('header'), chunks: 7 }));
    }
  }
  // Many small updates produce the same output as one.
  out.chunked = [1, 2, 3, 13, 64, 333].map((chunks) => encrypt('aes-256-gcm', key32, iv, plain, { chunks }));
  // (The sandbox's AES-GCM takes 12-byte IVs only: other lengths are not compared.)
  out.ivs = [0, 1, 0x55, 0xff].map((b) => encrypt('aes-128-gcm', key16, Buffer.alloc(12, b), plain.subarray(0, 40)));
  out.tagLengths = [4, 8, 12, 13, 14, 15, 16].map((t) => encrypt('aes-128-gcm', key16, iv, plain.subarray(0, 20), { tagLength: t }));
  // Round trips.
  const [ct, tag] = encrypt('aes-256-gcm', key32, iv, plain, { aad: Buffer.from('aad') });
  out.roundTrip = [
    decrypt('aes-256-gcm', key32, iv, ct, tag, { aad: Buffer.from('aad') }) === plain.toString('hex'),
    err(() => decrypt('aes-256-gcm', key32, iv, ct, tag)),
    err(() => decrypt('aes-256-gcm', key32, iv, ct, tag.replace(/^./, (c) => (c === '0' ? '1' : '0')), { aad: Buffer.from('aad') })),
    err(() => decrypt('aes-256-gcm', key32, iv, ct.slice(0, -2), tag, { aad: Buffer.from('aad') })),
    decrypt('aes-256-gcm', key32, iv, ct, tag.slice(0, 8), { aad: Buffer.from('aad') }) === plain.toString('hex'),
    decrypt('aes-256-gcm', key32, iv, ct, tag.slice(0, 24), { aad: Buffer.from('aad') }) === plain.toString('hex'),
  ];
  const [ct4, tag4] = encrypt('aes-128-gcm', key16, iv, plain.subarray(0, 10), { tagLength: 4 });
  out.shortTag = [decrypt('aes-128-gcm', key16, iv, ct4, tag4, { tagLength: 4 }), err(() => decrypt('aes-128-gcm', key16, iv, ct4, tag4 + '00', { tagLength: 4 }))];

  // Encodings of input and output.
  out.encodings = [
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return [c.update('hello ', 'utf8', 'hex'), c.update(Buffer.from('world')).toString('hex'), c.final('hex'), c.getAuthTag().toString('hex')]; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return [c.update('ab', 'latin1', 'base64'), c.update('cd', 'latin1', 'base64'), c.final('base64')]; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return [c.update('abcde', 'latin1', 'base64url'), c.update('f', 'latin1', 'base64url'), c.final('base64url')]; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return [c.update('abc', 'utf8', 'ucs2'), c.final('ucs2')]; }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return [c.update('abcd', 'utf8', 'utf8'), c.final('utf8')]; }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return [c.update('abcd', 'utf8', 'latin1'), c.final('latin1')]; }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return [c.update('616263', 'hex', 'hex'), c.update('YWJj', 'base64', 'hex'), c.final('hex')]; }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return [c.update('abcd', 'utf8', 'buffer').toString('hex')]; }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.update('abcd', 'latin1', 'foo'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.update('ab', 'utf8', 'hex'); return c.update('x', 'utf8', 'base64'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.update('abc', 'hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.update(1); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.update(new ArrayBuffer(2)); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.update(''); }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', key16, iv); return d.update('ab', 'hex'); }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', key16, iv); return d.update('abcd', 'hex', 'hex'); }),
  ];
  // AAD handling.
  out.aad = [
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD(Buffer.from('x')); c.setAAD(Buffer.from('y')); c.final(); return c.getAuthTag().toString('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD(Buffer.from('xy')); c.final(); return c.getAuthTag().toString('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD('xy'); c.final(); return c.getAuthTag().toString('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD('7879', { encoding: 'hex' }); c.final(); return c.getAuthTag().toString('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD(new Uint16Array([0x7978])); c.final(); return c.getAuthTag().toString('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.setAAD(Buffer.from('x'), { plaintextLength: 5 }); return c.final('hex'); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.update('x'); return c.setAAD(Buffer.from('a')); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); c.final(); return c.setAAD(Buffer.from('a')); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.setAAD(1); }),
    err(() => { const c = crypto.createCipheriv('aes-128-gcm', key16, iv); return c.setAAD(Buffer.from('a')) === c; }),
  ];
  // State errors.
  out.state = [
    err(() => crypto.createCipheriv('aes-256-gcm', key32, iv).getAuthTag()),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); c.update('x'); return c.getAuthTag(); }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); c.final(); return c.final(); }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); c.final(); return c.update('x'); }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); c.final(); return [c.getAuthTag().toString('hex'), c.getAuthTag().toString('hex')]; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return c.setAutoPadding(false) === c; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); c.final(); return c.setAutoPadding(true); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); return d.final(); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); d.setAuthTag(Buffer.alloc(3)); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); d.setAuthTag(Buffer.alloc(17)); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv, { authTagLength: 8 }); d.setAuthTag(Buffer.alloc(16)); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); return d.setAuthTag('x'); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); return d.setAuthTag('abcd', 'hex') === d; }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); return d.setAuthTag(1); }),
    err(() => { const d = crypto.createDecipheriv('aes-256-gcm', key32, iv); return typeof d.getAuthTag; }),
    err(() => { const c = crypto.createCipheriv('aes-256-gcm', key32, iv); return typeof c.setAuthTag; }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(12)); d.setAuthTag(Buffer.from('58e2fccefa7e3061367f1d57a4e7455a', 'hex')); return d.final('hex'); }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); d.setAuthTag(Buffer.from('58e2fccefa7e3061367f1d57a4e7455a', 'hex')); return [d.final('hex'), d.final('hex')]; }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); d.setAuthTag(Buffer.from('58e2fccefa7e3061367f1d57a4e7455a', 'hex')); d.final(); return d.update('x'); }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); d.setAuthTag(Buffer.from('58e2fccefa7e3061367f1d57a4e7455a', 'hex')); d.final(); return d.setAuthTag(Buffer.alloc(16)); }),
    err(() => { const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); d.update(Buffer.alloc(3)); d.setAuthTag(Buffer.alloc(16)); try { d.final(); } catch (e) { /* expected */ } return d.update('x'); }),
  ];
  // Construction errors.
  out.create = [
    err(() => crypto.createCipheriv('aes-256-gcm', key16, iv)),
    err(() => crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(0))),
    err(() => crypto.createCipheriv('foo', key32, iv)),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, iv, { authTagLength: 3 })),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, iv, { authTagLength: 17 })),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, iv, { authTagLength: '4' })),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, iv, { authTagLength: 4.5 })),
    err(() => crypto.createCipheriv('aes-256-gcm', 'k', iv)),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, 1)),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, null)),
    err(() => crypto.createCipheriv('aes-256-gcm', key32)),
    err(() => crypto.createCipheriv(1, key32, iv)),
    err(() => crypto.createCipheriv('aes-128-gcm', 1, Buffer.alloc(0))),
    err(() => crypto.createCipheriv('foo', 'short', Buffer.alloc(0))),
    err(() => crypto.createCipheriv('aes-128-gcm', 'short', Buffer.alloc(0))),
    err(() => crypto.createCipheriv('aes-128-gcm', 'short', Buffer.alloc(0), { authTagLength: 3 })),
    err(() => crypto.createCipheriv('aes-128-gcm', 'short', iv, { authTagLength: 3 })),
    err(() => crypto.createDecipheriv('aes-192-gcm', key16, iv)),
    err(() => crypto.createCipheriv('aes-256-gcm', key32, 'x'.repeat(12)).final('hex')),
    err(() => crypto.createCipheriv('aes-256-gcm', crypto.createSecretKey(key32), iv).final('hex')),
    err(() => crypto.createCipheriv('aes-128-gcm', 'abcdefghijklmnop', iv).final('hex')),
    err(() => crypto.createCipheriv('aes-128-gcm', '0123456789abcdef0123456789abcdef', iv, { encoding: 'hex' }).final('hex')),
    err(() => Object.keys(crypto.createCipheriv('aes-256-gcm', key32, iv))),
    err(() => Object.keys(crypto.createCipheriv('aes-256-gcm', key32, iv, 'x'))),
    err(() => crypto.Cipheriv('aes-256-gcm', key32, iv) instanceof crypto.Cipheriv),
    err(() => new crypto.Decipheriv('aes-256-gcm', key32, iv) instanceof crypto.Decipheriv),
  ];
  out.info = [
    crypto.getCipherInfo('aes-256-gcm'), crypto.getCipherInfo('AES-128-GCM'), crypto.getCipherInfo('aes-192-gcm'),
    crypto.getCipherInfo('id-aes256-GCM'), crypto.getCipherInfo('foo'), crypto.getCipherInfo(895), crypto.getCipherInfo(1),
    crypto.getCipherInfo('aes-128-gcm', { keyLength: 16, ivLength: 12 }), crypto.getCipherInfo('aes-128-gcm', { keyLength: 15 }),
    crypto.getCipherInfo('aes-128-gcm', { ivLength: 0 }), crypto.getCipherInfo('aes-128-gcm', { ivLength: 1 }),
    crypto.getCipherInfo('aes-128-gcm', { ivLength: 128 }), crypto.getCipherInfo('aes-128-gcm', { ivLength: 129 }),
    err(() => crypto.getCipherInfo({})), err(() => crypto.getCipherInfo('aes-128-gcm', 1)),
    err(() => crypto.getCipherInfo('aes-128-gcm', { keyLength: '16' })), err(() => crypto.getCipherInfo('aes-128-gcm', { ivLength: 1.5 })),
    err(() => crypto.getCipherInfo()),
  ];
  const ciphers = crypto.getCiphers();
  out.getCiphers = [Array.isArray(ciphers), ['aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm'].every((c) => ciphers.includes(c))];
  return out;
};
