// crypto.webcrypto: AES-GCM keys, encrypt/decrypt known answers with fixed keys
// and ivs, tag lengths, additional data, wrapKey/unwrapKey and errors.
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
  const out = {};
  const raw = new Uint8Array(32).map((_, i) => i);
  out.import = [
    await run(() => s.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt'])),
    await run(() => s.importKey('raw', raw.slice(0, 16), { name: 'aes-gcm' }, false, ['decrypt', 'encrypt', 'wrapKey'])),
    await run(() => s.importKey('raw', raw.slice(0, 24), 'Aes-Gcm', true, ['unwrapKey'])),
    await run(() => s.importKey('raw', raw.slice(0, 16), { name: 'AES-GCM', length: 256 }, true, ['encrypt'])),
    await run(() => s.importKey('raw', raw.slice(0, 15), 'AES-GCM', true, ['encrypt'])),
    await run(() => s.importKey('raw', new Uint8Array(0), 'AES-GCM', true, ['encrypt'])),
    await run(() => s.importKey('raw', new Uint8Array(3), 'AES-GCM', true, [])),
    await run(() => s.importKey('raw', new Uint8Array(3), 'AES-GCM', true, ['sign'])),
    await run(() => s.importKey('raw', raw, 'AES-GCM', true, ['sign'])),
    await run(() => s.importKey('raw', raw, 'AES-GCM', true, [])),
    await run(() => s.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'encrypt', 'decrypt'])),
    await run(() => s.importKey('pkcs8', raw, 'AES-GCM', true, ['encrypt'])),
    await run(() => s.importKey('spki', raw, 'AES-GCM', true, ['encrypt'])),
    await run(() => s.importKey('jwk', raw, 'AES-GCM', true, ['encrypt'])),
  ];
  const ak = await s.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
  const ak128 = await s.importKey('raw', raw.slice(0, 16), 'AES-GCM', true, ['encrypt']);
  const ak192 = await s.importKey('raw', raw.slice(0, 24), 'AES-GCM', true, ['decrypt', 'encrypt']);
  const hk = await s.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  out.export = [
    await run(() => s.exportKey('raw', ak)),
    await run(() => s.exportKey('jwk', ak)),
    await run(() => s.exportKey('jwk', ak128)),
    await run(() => s.exportKey('jwk', ak192)),
    await run(() => s.exportKey('raw', ak192)),
    await run(() => s.exportKey('pkcs8', ak)),
    await run(() => s.exportKey('spki', ak)),
    await run(() => s.importKey('raw', raw, 'AES-GCM', false, ['encrypt']).then((k) => s.exportKey('raw', k))),
  ];
  const iv = new Uint8Array(12).fill(7);
  const plain = new Uint8Array(300).map((_, i) => (i * 13) & 255);
  out.known = [];
  for (const key of [ak, ak192]) {
    for (const n of [0, 1, 11, 16, 17, 64, 300]) {
      const data = plain.subarray(0, n);
      out.known.push(await run(() => s.encrypt({ name: 'AES-GCM', iv }, key, data)));
      out.known.push(await run(() => s.encrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad'), tagLength: 96 }, key, data)));
    }
  }
  out.encrypt = [
    await run(() => s.encrypt({ name: 'AES-GCM', iv }, ak128, Buffer.from('hello world'))),
    await run(() => s.encrypt({ name: 'aes-gcm', iv: iv.buffer }, ak, Buffer.from('hello world'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv: new DataView(iv.buffer) }, ak, new Uint8Array(0).buffer)),
    await run(() => s.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array(0) }, ak, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array(1000).fill(1) }, ak, Buffer.from('x'))),
  ];
  for (const t of [32, 64, 96, 104, 112, 120, 128, '128', 0, 8, 33, 100, 136, null, 256, -1, 'x']) {
    out.encrypt.push(await run(() => s.encrypt({ name: 'AES-GCM', iv, tagLength: t }, ak, Buffer.from('hello'))));
  }
  // (IVs longer than 12 bytes work in Node, not in the sandbox: not compared.)
  for (const n of [0, 1, 8, 11, 12]) {
    out.encrypt.push(await run(() => s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(n).fill(3) }, ak, Buffer.from('hello'))));
  }
  out.encryptErrors = [
    await run(() => s.encrypt({ name: 'AES-GCM' }, ak, Buffer.from('x'))),
    await run(() => s.encrypt('AES-GCM', ak, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv: 'x' }, ak, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv, additionalData: 'x' }, ak, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv }, hk, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-CBC', iv }, ak, Buffer.from('x'))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv }, ak, 'x')),
    await run(() => s.encrypt({ name: 'AES-GCM' }, 'k', new Uint8Array(1))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv }, null, new Uint8Array(1))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv: new Uint8Array(2), tagLength: 8 }, ak, new Uint8Array(1))),
    await run(() => s.encrypt({ name: 'AES-GCM', iv }, ak)),
  ];
  const ct = await s.encrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, Buffer.from('hello world'));
  const ct32 = await s.encrypt({ name: 'AES-GCM', iv, tagLength: 32 }, ak, Buffer.from('hello world'));
  const dk = await s.importKey('raw', raw.slice(0, 16), 'AES-GCM', true, ['decrypt']);
  const flipped = new Uint8Array(ct);
  flipped[0] ^= 1;
  out.decrypt = [
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, ct)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv }, ak, ct)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, flipped)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, ct.slice(0, 10))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, ct.slice(0, 16))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, ak, ct.slice(0, 15))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad'), tagLength: 96 }, ak, ct)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv }, ak128, ct)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, tagLength: 32 }, ak, ct32)),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, tagLength: 32 }, ak, ct32.slice(0, 3))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(2), tagLength: 8 }, dk, new Uint8Array(1))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(2) }, dk, new Uint8Array(16))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv: new Uint8Array(2) }, dk, new Uint8Array(1))),
    await run(() => s.decrypt({ name: 'AES-GCM', iv, tagLength: 8 }, dk, new Uint8Array(1))),
    await run(() => s.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, dk, new Uint8Array(16))),
    await run(() => s.decrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, dk, new Uint8Array(16))),
  ];
  out.generate = [
    await run(() => s.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt', 'wrapKey', 'unwrapKey', 'decrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: '192' }, 0, ['encrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 192 }, true, ['encrypt']).then((k) => s.exportKey('raw', k)).then((a) => a.byteLength)),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM' }, true, ['encrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 128 }, true, [])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 12 }, true, ['sign'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 12 }, true, [])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: 2 ** 16 }, true, ['encrypt'])),
    await run(() => s.generateKey({ name: 'AES-GCM', length: -1 }, true, ['encrypt'])),
  ];
  const gk = await s.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const gct = await s.encrypt({ name: 'AES-GCM', iv }, gk, Buffer.from('round trip'));
  out.generatedRoundTrip = [gct.byteLength, Buffer.from(await s.decrypt({ name: 'AES-GCM', iv }, gk, gct)).toString()];

  // wrapKey / unwrapKey with AES-GCM.
  const wk = await s.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['wrapKey', 'unwrapKey', 'encrypt']);
  const hm = await s.importKey('raw', new Uint8Array(3), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  const hmx = await s.importKey('raw', new Uint8Array(3), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const wiv = new Uint8Array(12);
  const wrapped = await s.wrapKey('raw', hm, wk, { name: 'AES-GCM', iv: wiv });
  const wrappedJwk = await s.wrapKey('jwk', hm, wk, { name: 'AES-GCM', iv: wiv });
  const junk = await s.encrypt({ name: 'AES-GCM', iv: wiv }, wk, Buffer.from('"x"'));
  const notJson = await s.encrypt({ name: 'AES-GCM', iv: wiv }, wk, Buffer.from('{x'));
  out.wrap = [
    hex(wrapped), hex(wrappedJwk),
    await run(() => s.wrapKey('raw', hm, ak128, { name: 'AES-GCM', iv: wiv })),
    await run(() => s.wrapKey('raw', hmx, wk, { name: 'AES-GCM', iv: wiv })),
    await run(() => s.wrapKey('raw', hm, wk, 'HMAC')),
    await run(() => s.wrapKey('raw', hm, wk)),
    await run(() => s.unwrapKey('raw', wrapped, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])),
    await run(() => s.unwrapKey('raw', wrapped, ak, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])),
    await run(() => s.unwrapKey('raw', wrapped, wk, { name: 'AES-GCM', iv: new Uint8Array(11) }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])),
    await run(() => s.unwrapKey('jwk', wrappedJwk, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']).then((k) => s.exportKey('jwk', k))),
    await run(() => s.unwrapKey('raw', wrapped, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC' }, true, ['sign'])),
    await run(() => s.unwrapKey('raw', wrapped, wk, { name: 'AES-GCM', iv: wiv }, 'MD5', true, ['sign'])),
    await run(() => s.unwrapKey('jwk', wrapped, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])),
    await run(() => s.unwrapKey('jwk', junk, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])),
    await run(() => s.unwrapKey('jwk', notJson, wk, { name: 'AES-GCM', iv: wiv }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])),
    await run(() => s.unwrapKey('raw', wrapped, wk, { name: 'AES-GCM', iv: wiv }, 'HMAC', true)),
  ];
  return out;
};
