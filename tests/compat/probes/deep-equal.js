const deepEqual = require('deep-equal');
exports.probe = () => ({
  loose: deepEqual({ a: [2, 3], b: [4] }, { a: [2, 3], b: ['4'] }),
  strict: deepEqual({ a: [2, 3], b: [4] }, { a: [2, 3], b: ['4'] }, { strict: true }),
  collections: deepEqual(new Map([[1, new Set(['x'])]]), new Map([[1, new Set(['x'])]]), { strict: true }),
  dates: [deepEqual(new Date(1), new Date(1)), deepEqual(new Date(1), new Date(2))],
  args: deepEqual((function () { return arguments; })(1, 2), [1, 2]),
  boxed: deepEqual(Object('a'), Object('a'), { strict: true }),
  buffers: deepEqual(Buffer.from('ab'), Buffer.from('ab'), { strict: true }),
});
