const { Buffer } = require('safe-buffer');
exports.probe = () => ({
  alloc: Array.from(Buffer.alloc(4, 'ab')),
  from: [Buffer.from('hello').toString('hex'), Buffer.from([1, 2, 3]).length],
  unsafe: Buffer.allocUnsafe(5).length,
  slow: Buffer.allocUnsafeSlow(3).length,
  isBuffer: Buffer.isBuffer(Buffer.from('x')),
  same: Buffer === require('buffer').Buffer,
});
