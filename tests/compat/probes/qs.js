const qs = require('qs');
exports.probe = () => ({
  parsed: qs.parse('a[b][c]=d&list[]=1&list[]=2&x=%20y'),
  str: qs.stringify({ a: { b: [1, 2] }, c: 'd e' }, { encodeValuesOnly: true }),
});
