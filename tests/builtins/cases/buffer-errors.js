// Shape of the errors Buffer throws: class, name, code, message, toString, own keys, stack header.
const { Buffer, Blob } = require('buffer');

function shape(f) {
  try {
    f();
    return 'no throw';
  } catch (e) {
    return {
      name: e.name,
      code: e.code,
      message: e.message,
      string: String(e),
      keys: Object.keys(e),
      own: Object.getOwnPropertyNames(e).sort(),
      ctor: e.constructor.name,
      isTypeError: e instanceof TypeError,
      isRangeError: e instanceof RangeError,
      isError: e instanceof Error,
      header: typeof e.stack === 'string' ? e.stack.split('\n')[0] : typeof e.stack,
      toStringOwn: Object.prototype.hasOwnProperty.call(e, 'toString'),
    };
  }
}

exports.probe = function probe() {
  const b = Buffer.alloc(4);
  return {
    argType: shape(() => Buffer.from(5)),
    argTypeNull: shape(() => Buffer.from(null)),
    outOfRange: shape(() => b.readUInt8(9)),
    outOfRangeBig: shape(() => b.writeUInt32LE(2 ** 40)),
    outOfRangeBigInt: shape(() => Buffer.alloc(8).writeBigInt64LE(2n ** 64n)),
    bounds: shape(() => Buffer.alloc(0).readUInt8()),
    boundsNamed: shape(() => Buffer.from(new ArrayBuffer(2), 3)),
    unknownEncoding: shape(() => b.toString('nope')),
    invalidValue: shape(() => Buffer.alloc(3, Buffer.alloc(0))),
    invalidValueU8: shape(() => Buffer.alloc(3, new Uint8Array(0))),
    invalidValueStr: shape(() => Buffer.alloc(3, 'zz', 'hex')),
    bufferSize: shape(() => Buffer.alloc(3).swap16()),
    indexRange: shape(() => b.latin1Slice(2, 9)),
    argString: shape(() => b.latin1Write(5)),
    missingArgs: shape(() => new (require('buffer').File)()),
    invalidThis: shape(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({})),
    endings: shape(() => new Blob([], { endings: { toString() { return 'weird'; } } })),
    listItem: shape(() => Buffer.concat([b, { length: 1 }])),
    sizeNaN: shape(() => Buffer.alloc(NaN)),
    v8Style: shape(() => Buffer.from(new ArrayBuffer(2), -1)),
    bigMix: shape(() => Buffer.alloc(8).writeBigUInt64LE(1)),
    nullProto: shape(() => Buffer.from(Object.assign(Object.create(null), { a: 1, b: { c: 1 } }))),
    nullProtoEmpty: shape(() => Buffer.from(Object.create(null))),
    nullProtoTag: shape(() => Buffer.from(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Tag', q: [1, 2] }))),
    noCtorName: shape(() => { class K {} const k = new K(); Object.defineProperty(k, 'constructor', { value: undefined }); Buffer.from(k); }),
    anonFn: shape(() => Buffer.from(() => 1)),
    namedFn: shape(() => Buffer.from(function named() {})),
    longString: shape(() => Buffer.alloc('x'.repeat(40))),
    quoteString: shape(() => Buffer.alloc("it's")),
    valueObject: shape(() => Buffer.alloc(2, { a: 1 }).fill(Buffer.alloc(0))),
    valueArray: shape(() => Buffer.alloc(2).fill(new Uint8Array(0))),
  };
};
