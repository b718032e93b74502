// crypto: randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues:
// lengths, ranges, formats and argument errors (never the random values).
const crypto = require('crypto');

function err(fn) {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

exports.probe = async () => {
  const out = {};
  out.randomBytes = [0, 1, 2, 15, 16, 100, 1000, 65536, 70000, 1.5, 2.9].map((n) => {
    const b = crypto.randomBytes(n);
    return [Buffer.isBuffer(b), b.length];
  });
  const many = crypto.randomBytes(4096);
  out.notConstant = new Set(many).size > 100;
  out.randomBytesErrors = [
    err(() => crypto.randomBytes(-1)),
    err(() => crypto.randomBytes('1')),
    err(() => crypto.randomBytes()),
    err(() => crypto.randomBytes(NaN)),
    err(() => crypto.randomBytes(2 ** 31)),
    err(() => crypto.randomBytes(Infinity)),
    err(() => crypto.randomBytes(1, 1)),
    err(() => crypto.randomBytes('x', 1)),
    err(() => crypto.randomBytes(null)),
    err(() => crypto.pseudoRandomBytes(-1)),
  ];
  out.randomBytesAsync = await new Promise((resolve) => crypto.randomBytes(33, (e, b) => resolve([e, Buffer.isBuffer(b), b.length])));
  out.randomBytesAsync0 = await new Promise((resolve) => crypto.randomBytes(0, (e, b) => resolve([e, b.length])));

  // randomFillSync fills only the requested window.
  const win = (buf, ...args) => {
    const r = crypto.randomFillSync(buf, ...args);
    const bytes = new Uint8Array(r.buffer || r, r.byteOffset || 0, r.byteLength);
    return [r === buf, Array.from(bytes, (x) => (x === 0 ? 0 : 1)).join('').replace(/1+/g, (m) => 'R'.repeat(m.length)).length, bytes.length];
  };
  out.fillShapes = [
    win(Buffer.alloc(16)), win(Buffer.alloc(16), 4), win(Buffer.alloc(16), 4, 8), win(Buffer.alloc(16), 16),
    win(new Uint32Array(4), 1, 2), win(new Uint16Array(4), 3), win(new ArrayBuffer(8), 2, 3),
    win(new DataView(new ArrayBuffer(8)), 1, 2), win(new Float64Array(2)), win(new BigInt64Array(2), 1),
    win(Buffer.alloc(4), undefined, 2), win(Buffer.alloc(4), 1.5),
  ];
  // Which bytes may be touched: zeros outside the window always stay zero.
  const guard = Buffer.alloc(32);
  crypto.randomFillSync(guard, 8, 8);
  out.guard = [guard.subarray(0, 8).every((x) => x === 0), guard.subarray(16).every((x) => x === 0)];
  const guard32 = new Uint32Array(8);
  crypto.randomFillSync(guard32, 2, 3);
  out.guard32 = [guard32[0], guard32[1], guard32[5], guard32[6], guard32[7]];
  out.fillErrors = [
    err(() => crypto.randomFillSync(Buffer.alloc(4), 5)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), -1)),
    err(() => crypto.randomFillSync('abc')),
    err(() => crypto.randomFillSync()),
    err(() => crypto.randomFillSync([1, 2])),
    err(() => crypto.randomFillSync(Buffer.alloc(4), '1')),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 1, -1)),
    err(() => crypto.randomFillSync(new Uint32Array(4), 2, 3)),
    err(() => crypto.randomFillSync(new Uint32Array(4), 5)),
    err(() => crypto.randomFillSync(new ArrayBuffer(4), 2, 3)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), null)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 0, null)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 2 ** 32)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), NaN)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 0, NaN)),
    err(() => crypto.randomFillSync(Buffer.alloc(4), 0, 2 ** 31)),
    err(() => crypto.randomFill(Buffer.alloc(4))),
    err(() => crypto.randomFill(Buffer.alloc(4), 5, () => {})),
    err(() => crypto.randomFill(Buffer.alloc(4), 1, 2, 3)),
    err(() => crypto.randomFill(Buffer.alloc(4), 5, 1, 3)),
    err(() => crypto.randomFill(Buffer.alloc(4), 1, 5, () => {})),
    err(() => crypto.randomFill('x', 1, 5, 3)),
    err(() => crypto.randomFill(Buffer.alloc(4), 1)),
  ];
  out.fillAsync = [
    await new Promise((resolve) => { const b = Buffer.alloc(8); crypto.randomFill(b, (e, r) => resolve([e, r === b, r.length])); }),
    await new Promise((resolve) => { const b = new Uint32Array(4); crypto.randomFill(b, 2, (e, r) => resolve([e, r === b, b[0], b[1]])); }),
    await new Promise((resolve) => { const b = Buffer.alloc(8); crypto.randomFill(b, 2, 3, (e, r) => resolve([e, r === b, b[0], b[1], b[5], b[6], b[7]])); }),
  ];

  // randomInt stays in range and covers small ranges.
  const ints = (min, max, n = 300) => {
    const seen = new Set();
    let ok = true;
    for (let i = 0; i < n; i++) {
      const x = max === undefined ? crypto.randomInt(min) : crypto.randomInt(min, max);
      if (!Number.isInteger(x) || x < (max === undefined ? 0 : min) || x >= (max === undefined ? min : max)) ok = false;
      seen.add(x);
    }
    return [ok, seen.size];
  };
  out.randomInt = [ints(1), ints(2), ints(3), ints(-5, -4), ints(-3, 3), ints(10, 13),
    ints(0, 2 ** 48 - 1, 20)[0], ints(-(2 ** 53) + 1, -(2 ** 53) + 3)[0], ints(2 ** 53 - 3, 2 ** 53 - 1)[0],
    ints(Number.MAX_SAFE_INTEGER - 2 ** 48 + 1, Number.MAX_SAFE_INTEGER, 20)[0]];
  out.randomIntErrors = [
    err(() => crypto.randomInt(0)),
    err(() => crypto.randomInt(-1)),
    err(() => crypto.randomInt(1.5)),
    err(() => crypto.randomInt(0, 2 ** 48 + 1)),
    err(() => crypto.randomInt(2 ** 48)),
    err(() => crypto.randomInt(5, 1)),
    err(() => crypto.randomInt(5, 5)),
    err(() => crypto.randomInt('5')),
    err(() => crypto.randomInt(2 ** 53)),
    err(() => crypto.randomInt(1, 2, 3)),
    err(() => crypto.randomInt(1, 2, 'x')),
    err(() => crypto.randomInt(1, '2')),
    err(() => crypto.randomInt()),
    err(() => crypto.randomInt(-(2 ** 53), 0)),
    err(() => crypto.randomInt(NaN)),
    err(() => crypto.randomInt(1, NaN)),
    err(() => crypto.randomInt(Infinity)),
    err(() => crypto.randomInt(null)),
    err(() => crypto.randomInt(1n)),
    err(() => crypto.randomInt('x', 'y', 'z')),
  ];
  out.randomIntAsync = [
    await new Promise((resolve) => crypto.randomInt(5, (e, n) => resolve([e, n >= 0 && n < 5]))),
    await new Promise((resolve) => crypto.randomInt(-5, -2, (e, n) => resolve([e, n >= -5 && n < -2]))),
    crypto.randomInt(5, undefined) < 5,
    crypto.randomInt(1, 5, undefined) >= 1,
  ];

  const uuids = Array.from({ length: 50 }, () => crypto.randomUUID());
  out.uuid = [uuids.every((u) => UUID.test(u)), new Set(uuids).size, UUID.test(crypto.randomUUID({ disableEntropyCache: true })),
    UUID.test(crypto.randomUUID({})), UUID.test(crypto.webcrypto.randomUUID())];
  out.uuidErrors = [
    err(() => crypto.randomUUID({ disableEntropyCache: 1 })),
    err(() => crypto.randomUUID(1)),
    err(() => crypto.randomUUID(null)),
    err(() => crypto.randomUUID('x')),
    err(() => crypto.webcrypto.randomUUID.call({})),
  ];

  const gv = (a) => { const r = crypto.getRandomValues(a); return [r === a, r.constructor.name, r.length]; };
  out.getRandomValues = [gv(new Uint8Array(16)), gv(new Int8Array(3)), gv(new Uint16Array(5)), gv(new Int32Array(2)),
    gv(new Uint8ClampedArray(4)), gv(new BigInt64Array(2)), gv(new BigUint64Array(1)), gv(Buffer.alloc(7)),
    gv(new Uint8Array(65536)), gv(new Uint8Array(0)),
    crypto.getRandomValues === crypto.getRandomValues,
    gv(crypto.webcrypto.getRandomValues(new Uint32Array(3)))];
  out.getRandomValuesErrors = [
    err(() => crypto.getRandomValues(new Float32Array(2))),
    err(() => crypto.getRandomValues(new Float64Array(2))),
    err(() => crypto.getRandomValues(new Uint8Array(65537))),
    err(() => crypto.getRandomValues(new Uint32Array(16385))),
    err(() => crypto.getRandomValues('x')),
    err(() => crypto.getRandomValues()),
    err(() => crypto.getRandomValues([1, 2])),
    err(() => crypto.getRandomValues(new ArrayBuffer(2))),
    err(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2)))),
    err(() => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(2))),
    err(() => { const g = crypto.webcrypto.getRandomValues; g(new Uint8Array(2)); }),
  ];
  return out;
};
