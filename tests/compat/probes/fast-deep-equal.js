const equal = require('fast-deep-equal');
const equalEs6 = require('fast-deep-equal/es6');
exports.probe = () => ({
  same: equal({ a: [1, { b: 'c' }], d: /x/g, e: new Date(5) }, { a: [1, { b: 'c' }], d: /x/g, e: new Date(5) }),
  diff: equal({ a: 1 }, { a: 1, b: undefined }),
  es6: [equalEs6(new Map([['a', 1]]), new Map([['a', 1]])), equalEs6(new Set([1]), new Set([2])), equalEs6(new Float64Array([0.5]), new Float64Array([0.5]))],
});
