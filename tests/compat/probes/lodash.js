const _ = require('lodash');
exports.probe = () => ({
  chunk: _.chunk([1, 2, 3, 4, 5], 2),
  merged: _.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }),
  grouped: _.groupBy(['one', 'two', 'three'], 'length'),
  template: _.template('hello <%= user %>!')({ user: 'fred' }),
  camel: _.camelCase('Foo Bar--baz'),
  sorted: _.sortBy([{ n: 'b', a: 2 }, { n: 'a', a: 2 }, { n: 'c', a: 1 }], ['a', 'n']).map((x) => x.n),
  debounced: typeof _.debounce(() => {}, 10),
  cloned: _.cloneDeep({ d: { e: [1, { f: 2 }] } }),
});
