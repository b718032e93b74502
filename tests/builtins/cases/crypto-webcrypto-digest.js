// crypto.webcrypto: object shape, getRandomValues/randomUUID, subtle.digest known answers and errors.
const { webcrypto } = require('crypto');

const hex = (ab) => Buffer.from(ab).toString('hex');

async function run(fn) {
  try {
    const r = await fn();
    return r instanceof ArrayBuffer ? { ab: hex(r) } : { ok: r };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

exports.probe = async () => {
  const s = webcrypto.subtle;
  const out = {};
  out.shape = [
    Object.prototype.toString.call(webcrypto), Object.prototype.toString.call(s), webcrypto.constructor.name,
    s.constructor.name, webcrypto.subtle === s, require('crypto').subtle === s, require('crypto').webcrypto === webcrypto,
    typeof webcrypto.getRandomValues, typeof webcrypto.randomUUID, Object.keys(webcrypto), Object.keys(s),
    Object.getOwnPropertyNames(Object.getPrototypeOf(s)).sort(),
    Object.getOwnPropertyNames(Object.getPrototypeOf(webcrypto)).sort(),
    'CryptoKey' in webcrypto,
  ];
  out.ctors = [
    await run(() => new (webcrypto.constructor)()),
    await run(() => new (s.constructor)()),
    await run(() => s.digest.call({}, 'SHA-1', new Uint8Array(0))),
    await run(() => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(webcrypto), 'subtle').get.call({})),
  ];
  const inputs = [new Uint8Array(0), Buffer.from('abc'), Buffer.from('x'.repeat(1000)), new Uint8Array(256).map((_, i) => i)];
  out.digests = {};
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', 'Sha-512', { name: 'SHA-1' }, { name: 'sha-384', extra: 1 }]) {
    const key = typeof alg === 'string' ? alg : JSON.stringify(alg);
    out.digests[key] = [];
    for (const data of inputs) out.digests[key].push(await run(() => s.digest(alg, data)));
  }
  out.dataKinds = [
    await run(() => s.digest('SHA-256', new Uint8Array([1, 2, 3]).buffer)),
    await run(() => s.digest('SHA-256', new DataView(new Uint8Array([1, 2, 3]).buffer, 1))),
    await run(() => s.digest('SHA-256', new Uint16Array([1, 2, 3]))),
    await run(() => s.digest('SHA-256', Buffer.from('abcdef').subarray(2, 4))),
    await run(() => s.digest('SHA-512', new DataView(new ArrayBuffer(3)))),
    await run(() => s.digest('SHA-1', new Float32Array([1.5]))),
    await run(() => s.digest({ get name() { return 'SHA-1'; } }, new Uint8Array(1))),
  ];
  // The input is copied when digest() is called.
  const mutable = new Uint8Array([1, 2, 3]);
  const pending = s.digest('SHA-256', mutable);
  mutable[0] = 9;
  out.copied = hex(await pending);
  out.resultType = await run(async () => { const r = await s.digest('SHA-1', new Uint8Array(1)); return [r.constructor.name, r.byteLength]; });
  out.promise = s.digest('SHA-1', new Uint8Array(0)) instanceof Promise;
  out.errors = [
    await run(() => s.digest('MD5', new ArrayBuffer(0))),
    await run(() => s.digest('SHA-224', new ArrayBuffer(0))),
    await run(() => s.digest('SHA256', new ArrayBuffer(0))),
    await run(() => s.digest('SHA3-256', new ArrayBuffer(0))),
    await run(() => s.digest('HMAC', new ArrayBuffer(0))),
    await run(() => s.digest('SHA-256', 'abc')),
    await run(() => s.digest('SHA-256')),
    await run(() => s.digest()),
    await run(() => s.digest({}, new ArrayBuffer(0))),
    await run(() => s.digest(1, new ArrayBuffer(0))),
    await run(() => s.digest({ name: 1 }, new ArrayBuffer(0))),
    await run(() => s.digest(null, new ArrayBuffer(0))),
    await run(() => s.digest(undefined, new ArrayBuffer(0))),
    await run(() => s.digest('SHA-384', new SharedArrayBuffer(3))),
    await run(() => s.digest('SHA-1', [1, 2])),
    await run(() => s.digest('SHA-1', null)),
    await run(() => s.digest('SHA-1', {})),
    await run(() => s.digest('MD5', 'abc')),
    await run(() => s.digest(Symbol('x'), new ArrayBuffer(0))),
    await run(() => s.digest({ name: 'SHA-1', get x() { throw new Error('boom'); } }, new Uint8Array(1))),
  ];
  // Web getRandomValues / randomUUID.
  out.random = [
    webcrypto.getRandomValues(new Uint8Array(10)).length,
    webcrypto.getRandomValues(new BigUint64Array(2)).length,
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(webcrypto.randomUUID()),
    await run(() => webcrypto.getRandomValues(new Float32Array(1))),
    await run(() => webcrypto.getRandomValues(new Uint8Array(65537))),
    await run(() => webcrypto.getRandomValues.call({}, new Uint8Array(1))),
    await run(() => webcrypto.randomUUID.call(null)),
  ];
  return out;
};
