// crypto.webcrypto: JWK import/export of HMAC and AES-GCM keys, with Node's checks
// (kty, use, key_ops, ext, alg, k decoding) and exact exported fields.
const { webcrypto } = require('crypto');

const hex = (ab) => Buffer.from(ab).toString('hex');

async function run(fn) {
  try {
    const r = await fn();
    if (r instanceof ArrayBuffer) return { ab: hex(r) };
    if (r && Object.prototype.toString.call(r) === '[object CryptoKey]') {
      return { key: { type: r.type, extractable: r.extractable, algorithm: r.algorithm, usages: r.usages } };
    }
    return { ok: r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

exports.probe = async () => {
  const s = webcrypto.subtle;
  const k16 = 'AAECAwQFBgcICQoLDA0ODw';
  const k24 = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYX';
  const k32 = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
  const H = { name: 'HMAC', hash: 'SHA-256' };
  const imp = (jwk, alg = H, ext = true, usages = ['sign']) => run(() => s.importKey('jwk', jwk, alg, ext, usages));
  const rt = (jwk, alg = H, ext = true, usages = ['sign']) => run(() => s.importKey('jwk', jwk, alg, ext, usages).then((k) => Promise.all([s.exportKey('jwk', k), s.exportKey('raw', k)])).then(([j, r]) => [j, hex(r)]));
  const out = {};
  out.hmac = [
    await imp({ kty: 'oct', k: k32 }),
    await imp({ kty: 'oct', k: k32, alg: 'HS256' }),
    await imp({ kty: 'oct', k: k32, alg: 'HS512' }),
    await imp({ kty: 'oct', k: k32, alg: 'HS1' }, { name: 'HMAC', hash: 'SHA-1' }),
    await imp({ kty: 'oct', k: k32, alg: 'HS384' }, { name: 'HMAC', hash: 'SHA-384' }),
    await imp({ kty: 'oct', k: k32, alg: 'foo' }),
    await imp({ kty: 'oct', k: k32, alg: 'A256GCM' }),
    await imp({ kty: 'RSA', k: k32 }),
    await imp({ kty: 'RSA' }),
    await imp({ k: k32 }),
    await imp({ kty: 'oct' }),
    await imp({}),
    await imp(null),
    await imp(undefined),
    await imp('x'),
    await imp(5),
    await imp({ kty: 1, k: 'AA', key_ops: [1] }),
    await imp({ kty: 'oct', k: k32, use: 'enc' }),
    await imp({ kty: 'oct', k: k32, use: 'sig' }),
    await imp({ kty: 'oct', k: k32, use: 'enc' }, H, true, []),
    await imp({ kty: 'oct', k: k32, use: 'sig' }, H, true, []),
    await imp({ kty: 'oct', k: k32, use: 'enc' }, H, true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, key_ops: ['verify'] }),
    await imp({ kty: 'oct', k: k32, key_ops: ['sign', 'verify'] }),
    await imp({ kty: 'oct', k: k32, key_ops: ['sign', 'foo'] }),
    await imp({ kty: 'oct', k: k32, key_ops: ['sign', 'sign'] }),
    await imp({ kty: 'oct', k: k32, key_ops: ['sign', 'sign'] }, H, true, []),
    await imp({ kty: 'oct', k: k32, key_ops: [] }),
    await imp({ kty: 'oct', k: k32, key_ops: 'sign' }),
    await imp({ kty: 'oct', k: k32, key_ops: new Set(['sign']) }),
    await imp({ kty: 'oct', k: k32, ext: false }),
    await imp({ kty: 'oct', k: k32, ext: false }, H, false),
    await imp({ kty: 'oct', k: k32, ext: true }, H, false),
    await imp({ kty: 'oct', k: k32, ext: 'x' }, H, false),
    await imp({ kty: 'oct', k: k32, ext: 0 }),
    await imp({ kty: 'oct', k: k32, alg: 'HS256', ext: false }),
    await imp({ kty: 'oct', k: k32, use: 'enc', key_ops: ['verify'], ext: false, alg: 'x' }),
    await imp({ kty: 'oct', k: k32, key_ops: ['verify'], ext: false, alg: 'x' }),
    await imp({ kty: 'oct', k: k32, ext: false, alg: 'x' }),
    await imp({ kty: 'oct', k: k32, key_ops: ['sign'], alg: 1 }),
    await imp({ kty: 'oct', k: k32 }, { name: 'HMAC', hash: 'SHA-256', length: 128 }),
    await imp({ kty: 'oct', k: k32 }, { name: 'HMAC', hash: 'SHA-256', length: 0 }),
    await imp({ kty: 'oct', k: k32 }, H, true, []),
    await imp({ kty: 'oct', k: k32 }, H, true, ['foo']),
    await imp({ kty: 'oct', k: k32 }, H, true, ['encrypt']),
  ];
  out.hmacDecoding = [
    await rt({ kty: 'oct', k: k32 }),
    await rt({ kty: 'oct', k: 'A' }),
    await rt({ kty: 'oct', k: '' }),
    await rt({ kty: 'oct', k: 'AA==' }),
    await rt({ kty: 'oct', k: 'AA+/' }),
    await rt({ kty: 'oct', k: 'AA-_' }),
    await rt({ kty: 'oct', k: 1 }),
    await rt({ kty: 'oct', k: 'AAEC AwQ' }),
    await rt({ kty: 'oct', k: k32 + '!' }),
    await rt({ kty: 'oct', k: 'AB.CD' }),
    await rt({ kty: 'oct', k: 'ABC=D' }),
    await rt({ kty: 'oct', k: '_-_-_-_-' }),
    await rt({ kty: 'oct', k: k32, alg: 'HS256', foo: 1, key_ops: ['sign', 'verify'] }),
    await rt({ kty: 'oct', k: k16 }, { name: 'HMAC', hash: 'SHA-1' }, true, ['verify', 'sign']),
    await rt({ kty: 'oct', k: k16 }, { name: 'HMAC', hash: 'SHA-512' }, true, ['verify']),
  ];
  out.aes = [
    await imp({ kty: 'oct', k: k32 }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, alg: 'A128GCM' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k16, alg: 'A128GCM' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k24, alg: 'A192GCM' }, 'AES-GCM', true, ['decrypt']),
    await imp({ kty: 'oct', k: k16, alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k16, alg: 'A128CBC' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k16, alg: 'HS256' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: 'AAEC' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: 'AAEC', alg: 'A128GCM' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: 'AAEC', key_ops: ['x'] }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: 'AAEC', ext: false }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: 'AAEC', use: 'sig' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, use: 'sig' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, use: 'enc' }, 'AES-GCM', true, ['encrypt']),
    await imp({ kty: 'oct', k: k32, use: 'enc' }, 'AES-GCM', true, ['sign']),
    await imp({ kty: 'oct', k: k16, alg: 'A128GCM' }, 'AES-GCM', true, []),
    await imp({ kty: 'oct', k: k16, alg: 'A128GCM' }, 'AES-GCM', true, ['sign']),
    await imp({ kty: 'RSA', k: k16 }, 'AES-GCM', true, ['encrypt']),
    await rt({ kty: 'oct', k: k32 }, 'AES-GCM', true, ['encrypt']),
    await rt({ kty: 'oct', k: k24, key_ops: ['decrypt', 'encrypt', 'wrapKey'] }, 'AES-GCM', true, ['wrapKey', 'decrypt']),
    await rt({ kty: 'oct', k: k16, use: 'enc', ext: true }, 'AES-GCM', true, ['unwrapKey']),
  ];
  out.kdf = [
    await imp({ kty: 'oct', k: k32 }, 'PBKDF2', false, ['deriveBits']),
    await imp({ kty: 'oct', k: k32 }, 'HKDF', false, ['deriveBits']),
    await imp({ kty: 'oct', k: k32 }, 'PBKDF2', true, ['deriveBits']),
    await imp('x', 'PBKDF2', false, ['deriveBits']),
  ];
  // Exported JWK of non-extractable keys.
  const nx = await s.importKey('jwk', { kty: 'oct', k: k32, ext: false }, H, false, ['sign']);
  out.nonExtractable = [nx.extractable, await run(() => s.exportKey('jwk', nx))];
  return out;
};
