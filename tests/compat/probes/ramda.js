const R = require('ramda');
exports.probe = () => ({
  composed: R.compose(R.map(R.multiply(2)), R.filter((n) => n % 2 === 1))([1, 2, 3, 4, 5]),
  lens: R.set(R.lensPath(['a', 'b']), 42, { a: { b: 1, c: 2 } }),
  grouped: R.groupBy((s) => (s.length > 3 ? 'long' : 'short'), ['ab', 'abcd', 'xyz', 'hello']),
  curried: R.curry((a, b, c) => a + b + c)(1)(2)(3),
  evolve: R.evolve({ n: R.inc, s: R.toUpper }, { n: 1, s: 'x', k: true }),
});
