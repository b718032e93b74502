// crypto.webcrypto: HMAC keys (importKey raw/jwk, generateKey, exportKey raw/jwk),
// sign/verify known answers and Node's errors.
const { webcrypto } = require('crypto');

const hex = (ab) => Buffer.from(ab).toString('hex');
const keyInfo = (k) => ({ type: k.type, extractable: k.extractable, algorithm: k.algorithm, usages: k.usages,
  tag: Object.prototype.toString.call(k), keys: Object.keys(k), json: JSON.stringify(k), ctor: k.constructor.name });

async function run(fn) {
  try {
    const r = await fn();
    if (r instanceof ArrayBuffer) return { ab: hex(r) };
    if (r && Object.prototype.toString.call(r) === '[object CryptoKey]') return { key: keyInfo(r) };
    return { ok: r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

exports.probe = async () => {
  const s = webcrypto.subtle;
  const out = {};
  const raw = new Uint8Array(32).map((_, i) => i);
  const H = (hash, extra) => ({ name: 'HMAC', hash, ...extra });
  out.import = [
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['sign', 'verify'])),
    await run(() => s.importKey('raw', raw, H({ name: 'SHA-512' }), false, ['sign'])),
    await run(() => s.importKey('raw', raw, H('sha-1'), false, ['verify', 'sign'])),
    await run(() => s.importKey('raw', raw, { name: 'hmac', hash: { name: 'sha-384', x: 1 } }, false, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 256 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 100 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 248 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 257 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 0 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 'x' }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: -1 }), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256', { length: 2 ** 32 }), true, ['sign'])),
    await run(() => s.importKey('raw', new Uint8Array(3), H('SHA-1', { length: 24 }), true, ['sign'])),
    await run(() => s.importKey('raw', new Uint8Array(3), H('SHA-1', { length: '24' }), true, ['sign'])),
    await run(() => s.importKey('raw', raw.buffer, H('SHA-1'), true, ['sign'])),
    await run(() => s.importKey('raw', new DataView(raw.buffer), H('SHA-384'), true, ['sign'])),
    await run(() => s.importKey('raw', raw, { name: 'HMAC' }, true, ['sign'])),
    await run(() => s.importKey('raw', raw, 'HMAC', true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('MD5'), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H(1), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H({}), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['encrypt'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['sign', 'deriveBits'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, [])),
    await run(() => s.importKey('raw', new Uint8Array(0), H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey('raw', new Uint8Array(0), H('SHA-256'), true, ['encrypt'])),
    await run(() => s.importKey('raw', new Uint8Array(0), H('SHA-256'), true, [])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), 1, new Set(['sign']))),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['sign', 'sign'])),
    await run(() => s.importKey('spki', raw, H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey('pkcs8', raw, H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey('foo', raw, H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey(1, raw, H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey('raw', 'abc', H('SHA-256'), true, ['sign'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, 'sign')),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, { length: 1, 0: 'sign' })),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['foo'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, ['sign', 'deriveBit'])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true, [1])),
    await run(() => s.importKey('raw', raw, H('SHA-256'), true)),
    await run(() => s.importKey('raw', raw, Symbol('x'), true, [])),
    await run(() => s.importKey('raw', raw, 'FOO', true, ['sign'])),
    await run(() => s.importKey('foo', 'x', 'MD5', true, ['sign'])),
    await run(() => s.importKey('raw', 'x', 'MD5', true, ['foo'])),
    await run(() => s.importKey('raw', new Uint8Array(1), 'MD5', true, ['foo'])),
  ];
  const hk = await s.importKey('raw', raw, H('SHA-256'), true, ['sign', 'verify']);
  out.keyObject = [hk.algorithm === hk.algorithm, hk.usages === hk.usages, hk.algorithm.hash === hk.algorithm.hash,
    Object.isFrozen(hk.algorithm)];
  out.export = [
    await run(() => s.exportKey('raw', hk)),
    await run(() => s.exportKey('jwk', hk)),
    await run(() => s.importKey('raw', raw.slice(0, 20), H('SHA-1'), true, ['sign']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.importKey('raw', raw.slice(0, 5), H('SHA-384'), true, ['verify']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.importKey('raw', raw, H('SHA-512'), true, ['verify', 'sign']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.importKey('raw', new Uint8Array([0xfb, 0xff, 0xbf, 1]), H('SHA-512'), true, ['sign']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.importKey('raw', raw, H('SHA-512'), false, ['sign']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.importKey('raw', raw, H('SHA-512'), false, ['sign']).then((k) => s.exportKey('raw', k))),
    await run(() => s.importKey('raw', raw, H('SHA-512'), false, ['sign']).then((k) => s.exportKey('spki', k))),
    await run(() => s.exportKey('spki', hk)),
    await run(() => s.exportKey('pkcs8', hk)),
    await run(() => s.exportKey('foo', hk)),
    await run(() => s.exportKey('raw', {})),
    await run(() => s.exportKey('raw')),
    await run(() => s.exportKey('raw', hk, 'extra')),
  ];
  // A key's bytes are copied at import.
  const src = new Uint8Array([1, 2, 3, 4]);
  const kc = await s.importKey('raw', src, H('SHA-256'), true, ['sign']);
  src[0] = 99;
  out.importCopies = hex(await s.exportKey('raw', kc));
  // Exported raw bytes are a copy too.
  const ex = new Uint8Array(await s.exportKey('raw', kc));
  ex[1] = 77;
  out.exportCopies = hex(await s.exportKey('raw', kc));

  const msgs = [new Uint8Array(0), Buffer.from('abc'), Buffer.from('x'.repeat(500))];
  out.sign = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const keyBytes of [raw.slice(0, 1), raw.slice(0, 20), raw, new Uint8Array(200).fill(5)]) {
      const k = await s.importKey('raw', keyBytes, H(hash), false, ['sign', 'verify']);
      for (const m of msgs) out.sign.push(hex(await s.sign('HMAC', k, m)));
    }
  }
  const sig = await s.sign({ name: 'hmac' }, hk, Buffer.from('abc'));
  const hk1 = await s.importKey('raw', raw.slice(0, 20), H('SHA-1'), true, ['sign']);
  const hk5 = await s.importKey('raw', raw.slice(0, 5), H('SHA-384'), true, ['verify']);
  const ak = await s.importKey('raw', raw, 'AES-GCM', true, ['encrypt']);
  out.verify = [
    await run(() => s.verify('HMAC', hk, sig, Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk, sig, Buffer.from('abd'))),
    await run(() => s.verify('HMAC', hk, sig.slice(0, 31), Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk, new Uint8Array(0), Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk, new Uint8Array([...new Uint8Array(sig), 0]), Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk1, sig, Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk5, new Uint8Array(48), Buffer.from('abc'))),
    await run(() => s.verify('HMAC', hk, sig)),
    await run(() => s.verify('HMAC', hk, 'x', new Uint8Array(0))),
    await run(() => s.verify({ name: 'HMAC', hash: 'SHA-1' }, hk, sig, Buffer.from('abc'))),
  ];
  out.signErrors = [
    await run(() => s.sign('HMAC', hk5, Buffer.from('abc'))),
    await run(() => s.sign('HMAC', ak, Buffer.from('abc'))),
    await run(() => s.sign('AES-GCM', hk, Buffer.from('abc'))),
    await run(() => s.sign('FOO', hk, Buffer.from('abc'))),
    await run(() => s.sign('HMAC', hk, 'abc')),
    await run(() => s.sign('HMAC', 'x', Buffer.from('abc'))),
    await run(() => s.sign('MD5', 'x', 'abc')),
    await run(() => s.sign('HMAC', hk)),
    await run(() => s.sign({}, hk, Buffer.from('abc'))),
    await run(() => s.sign({ name: 'HMAC', hash: 'SHA-1' }, hk, new Uint8Array(0))),
  ];
  out.generate = [
    await run(() => s.generateKey(H('SHA-256'), true, ['sign'])),
    await run(() => s.generateKey(H('SHA-512'), true, ['sign'])),
    await run(() => s.generateKey(H('SHA-1'), false, ['verify'])),
    await run(() => s.generateKey(H('SHA-384', { length: 16 }), true, ['sign', 'verify'])),
    await run(() => s.generateKey(H('SHA-256'), true, ['sign']).then((k) => s.exportKey('raw', k)).then((a) => a.byteLength)),
    await run(() => s.generateKey(H('SHA-512'), true, ['sign']).then((k) => s.exportKey('raw', k)).then((a) => a.byteLength)),
    await run(() => s.generateKey(H('SHA-1', { length: 24 }), true, ['sign']).then((k) => s.exportKey('jwk', k)).then((j) => [j.k.length, j.alg, j.kty, j.ext, j.key_ops])),
    await run(() => s.generateKey(H('SHA-1', { length: 100 }), true, ['sign'])),
    await run(() => s.generateKey(H('SHA-1', { length: 0 }), true, ['sign'])),
    await run(() => s.generateKey(H('SHA-1', { length: 0 }), true, [])),
    await run(() => s.generateKey(H('SHA-1', { length: 12 }), true, ['encrypt'])),
    await run(() => s.generateKey(H('SHA-1', { length: 16 }), true, [])),
    await run(() => s.generateKey(H('SHA-1'), true, ['sign', 'encrypt'])),
    await run(() => s.generateKey(H('SHA-1'), true, 'x')),
    await run(() => s.generateKey(H('SHA-256', { length: 2 ** 32 }), true, ['sign'])),
    await run(() => s.generateKey({ name: 'HMAC' }, true, ['sign'])),
    await run(() => s.generateKey()),
    await run(() => s.generateKey({ name: 'PBKDF2' }, true, ['deriveBits'])),
  ];
  // Keys work across sign and verify.
  const gk = await s.generateKey(H('SHA-256'), false, ['sign', 'verify']);
  const gsig = await s.sign('HMAC', gk, Buffer.from('m'));
  out.generatedRoundTrip = [gsig.byteLength, await s.verify('HMAC', gk, gsig, Buffer.from('m')), await s.verify('HMAC', gk, gsig, Buffer.from('n'))];
  // Node's crypto accepts CryptoKeys for HMAC and KeyObject.from.
  out.interop = [
    await run(() => require('crypto').createHmac('sha256', hk).update('abc').digest('hex')),
    await run(() => { const ko = require('crypto').KeyObject.from(hk); return [ko.type, ko.symmetricKeySize, ko.export().toString('hex')]; }),
  ];
  const util = require('util');
  out.inspect = [util.inspect(hk), util.inspect({ k: hk }, { depth: 0 }), util.inspect([hk], { depth: 1 }),
    util.inspect(webcrypto), util.inspect(s)];
  return out;
};
