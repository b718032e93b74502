const hash = require('object-hash');
exports.probe = () => ({
  sha1: hash({ foo: 'bar', n: [1, 2, { x: null }] }),
  md5: hash({ b: 2, a: 1 }, { algorithm: 'md5' }),
  orderIndependent: hash({ a: 1, b: 2 }) === hash({ b: 2, a: 1 }),
  unordered: hash([1, 2, 3], { unorderedArrays: true }) === hash([3, 2, 1], { unorderedArrays: true }),
  keys: hash.keys({ a: new Date(0), s: new Set([1]) }),
  passthrough: hash({ x: 1 }, { algorithm: 'passthrough' }),
});
