// crypto.webcrypto: PBKDF2 and HKDF keys, deriveBits/deriveKey known answers and errors.
const { webcrypto } = require('crypto');

const hex = (ab) => Buffer.from(ab).toString('hex');

async function run(fn) {
  try {
    const r = await fn();
    if (r instanceof ArrayBuffer) return { ab: hex(r) };
    if (r && Object.prototype.toString.call(r) === '[object CryptoKey]') {
      const info = { type: r.type, extractable: r.extractable, algorithm: r.algorithm, usages: r.usages };
      if (r.extractable) info.raw = hex(await s().exportKey('raw', r));
      return { key: info };
    }
    return { ok: r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}
const s = () => webcrypto.subtle;

exports.probe = async () => {
  const subtle = webcrypto.subtle;
  const out = {};
  const raw = new Uint8Array(32).map((_, i) => i);
  out.import = [
    await run(() => subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveBits', 'deriveKey'])),
    await run(() => subtle.importKey('raw', raw, { name: 'pbkdf2', hash: 'SHA-256' }, false, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'PBKDF2', true, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'PBKDF2', false, ['sign'])),
    await run(() => subtle.importKey('raw', raw, 'PBKDF2', true, ['sign'])),
    await run(() => subtle.importKey('raw', new Uint8Array(0), 'PBKDF2', false, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'PBKDF2', false, [])),
    await run(() => subtle.importKey('spki', raw, 'PBKDF2', false, ['deriveBits'])),
    await run(() => subtle.importKey('spki', raw, 'PBKDF2', true, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'HKDF', true, ['deriveBits'])),
    await run(() => subtle.importKey('raw', raw, 'HKDF', false, ['sign'])),
    await run(() => subtle.importKey('raw', raw, 'HKDF', true, ['sign'])),
    await run(() => subtle.importKey('pkcs8', raw, 'HKDF', false, ['deriveKey'])),
    await run(() => subtle.generateKey({ name: 'PBKDF2' }, false, ['deriveBits'])),
    await run(() => subtle.generateKey({ name: 'HKDF' }, false, ['deriveBits'])),
  ];
  const pk = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const pkb = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits']);
  const pkk = await subtle.importKey('raw', new Uint8Array(3), 'PBKDF2', false, ['deriveKey']);
  const hk = await subtle.importKey('raw', Buffer.from('password'), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hm = await subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const salt = Buffer.from('salt');
  const P = (hash, iterations, extra) => ({ name: 'PBKDF2', hash, salt, iterations, ...extra });
  out.pbkdf2 = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const [it, len] of [[1, 160], [2, 256], [3, 520], [100, 8]]) out.pbkdf2.push(await run(() => subtle.deriveBits(P(hash, it), pk, len)));
  }
  out.pbkdf2Edge = [
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, 0)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, 12)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, 7)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, null)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, undefined)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, 8.5)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, '16')),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pk, 2 ** 33 + 8)),
    await run(() => subtle.deriveBits(P('SHA-1', 0), pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', 0), pk, null)),
    await run(() => subtle.deriveBits(P('SHA-1', 0), pk, 12)),
    await run(() => subtle.deriveBits(P('SHA-1', 0), pk, 0)),
    await run(() => subtle.deriveBits(P('SHA-1', 1.5), pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', '2'), pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', -1), pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', 'x'), pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-512', 3), pkb, 64)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: new Uint8Array(0), iterations: 1 }, pk, 32)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: new ArrayBuffer(2), iterations: 1 }, pk, 32)),
  ];
  out.pbkdf2Errors = [
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1 }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1 }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2' }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'MD5', salt, iterations: 1 }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: 'x', iterations: 1 }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-1', salt, info: salt }, pk, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), hm, 8)),
    await run(() => subtle.deriveBits(P('SHA-1', 1), pkk, 8)),
    await run(() => subtle.deriveBits('HMAC', hm, 8)),
    await run(() => subtle.deriveBits('MD5', 'x', 8)),
    await run(() => subtle.deriveBits({ name: 'PBKDF2' }, 'x', 8)),
    await run(() => subtle.deriveBits('x')),
    await run(() => subtle.deriveBits({ name: 'ECDH', public: pk }, pk, 8)),
    await run(() => subtle.deriveBits({ name: 'ECDH', public: 1 }, pk, 8)),
  ];
  const info = Buffer.from('info');
  const Hk = (hash, extra) => ({ name: 'HKDF', hash, salt, info, ...extra });
  out.hkdf = [];
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const len of [8, 256, 1000 * 8]) out.hkdf.push(await run(() => subtle.deriveBits(Hk(hash), hk, len)));
  }
  out.hkdfEdge = [
    await run(() => subtle.deriveBits(Hk('SHA-256'), hk, 0)),
    await run(() => subtle.deriveBits(Hk('SHA-256'), hk, 12)),
    await run(() => subtle.deriveBits(Hk('SHA-256'), hk, 4)),
    await run(() => subtle.deriveBits(Hk('SHA-256'), hk)),
    await run(() => subtle.deriveBits(Hk('SHA-256'), hk, null)),
    await run(() => subtle.deriveBits(Hk('SHA-1', { salt: new Uint8Array(0), info: new Uint8Array(0) }), hk, 255 * 160)).then((r) => (r.ab ? r.ab.length : r)),
    await run(() => subtle.deriveBits(Hk('SHA-1', { salt: new Uint8Array(0), info: new Uint8Array(0) }), hk, 255 * 160 + 8)),
    await run(() => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt }, hk, 8)),
    await run(() => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', info }, hk, 8)),
    await run(() => subtle.deriveBits({ name: 'HKDF', salt, info }, hk, 8)),
    await run(() => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: 5 }, hk, 8)),
    await run(() => subtle.deriveBits(Hk('SHA-256'), pk, 8)),
  ];
  out.deriveKey = [
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 256 }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-512', length: 64 }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-256', length: 12 }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-256', length: 0 }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM' }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 100 }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 128 }, true, [])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 128 }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HMAC', hash: 'SHA-1' }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'PBKDF2' }, false, ['deriveBits'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'HKDF' }, false, ['deriveBits'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, 'MD5', true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, 'HMAC', true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 0), pk, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pkb, { name: 'AES-GCM', length: 128 }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), hm, { name: 'AES-GCM', length: 128 }, true, ['encrypt'])),
    await run(() => subtle.deriveKey(Hk('SHA-256'), hk, { name: 'AES-GCM', length: 192 }, true, ['decrypt'])),
    await run(() => subtle.deriveKey(Hk('SHA-256'), hk, { name: 'HMAC', hash: 'SHA-384' }, false, ['sign'])),
    await run(() => subtle.deriveKey(Hk('SHA-1'), pkk, { name: 'HMAC', hash: 'SHA-384' }, false, ['sign'])),
    await run(() => subtle.deriveKey(P('SHA-256', 2), pk, { name: 'AES-GCM', length: 128 }, true)),
  ];
  // Derived AES keys encrypt like imported ones.
  const dk = await subtle.deriveKey(P('SHA-256', 5), pk, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  out.derivedUse = hex(await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, dk, Buffer.from('secret')));
  return out;
};
