const _ = require('underscore');
exports.probe = () => ({
  uniq: _.uniq([1, 2, 1, 4, 1, 3]),
  zip: _.zip(['a', 'b'], [1, 2]),
  pluck: _.pluck([{ n: 'x' }, { n: 'y' }], 'n'),
  template: _.template('<b><%- value %></b>')({ value: '<script>' }),
  range: _.range(0, 30, 5),
  invert: _.invert({ a: 'x', b: 'y' }),
});
