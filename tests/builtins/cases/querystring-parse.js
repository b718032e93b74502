// querystring.parse / decode: separators, repeated keys, maxKeys, `+`,
// lenient percent-decoding, custom decoders, null-prototype results.
const qs = require('querystring');

const show = (o) => ({ proto: Object.getPrototypeOf(o) === null ? 'null' : typeof Object.getPrototypeOf(o), entries: Object.entries(o) });

exports.probe = function probe() {
  const inputs = ['', 'a', '=', '=a', 'a=', '&&a=1&&', 'a=1&b=2&a=3&a=4', 'a==b=c', 'a+b=c+d', 'a%20b=c%2Bd', 'a=%E4%B8%AD&b=%ZZ&c=%E4%B8',
    'a=%F0%9F%98%80&b=%ed%a0%80', '%=%', 'a%2=1%', '__proto__=1&constructor=2&toString=3&hasOwnProperty=4', 'ü=€&x=%C3%BC', 'a[]=1&a[]=2',
    'a=1;b=2', '  a = b  ', 'a=b&', '&', '+=+', '%41%42=%43', 'x%4a%4', '+%4a%4'];
  const out = {};
  for (const s of inputs) out[JSON.stringify(s)] = show(qs.parse(s));
  const up = { decodeURIComponent: (s) => s.toUpperCase() };
  const throwing = { decodeURIComponent: () => { throw new Error('no'); } };
  const calls = [];
  const spy = { decodeURIComponent: (s) => { calls.push(s); return s; } };
  const special = [
    qs.parse('a:b;c:d', ';', ':'), qs.parse('a=>b&&c=>d', '&&', '=>'), qs.parse('aab=1', null, 'ab'), qs.parse('x&&&y', '&&'),
    qs.parse('xaaby', 'ab'), qs.parse('a=1', 5, 6), qs.parse('a=b', '', ''), qs.parse('a=b', null, null),
    qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.parse('&&a=1&b=2', null, null, { maxKeys: 2 }),
    qs.parse('a=1&b=2', null, null, { maxKeys: 0 }), qs.parse('a=1&b=2', null, null, { maxKeys: -1 }),
    qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 1.5 }), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: '1' }),
    qs.parse('a=b', null, null, up), qs.parse('a%20=b%20c+d', null, null, up), qs.parse('a+b=c+d', null, null, up),
    qs.parse('a=1&b=%zz', null, null, throwing), qs.parse('k=v&=&x', null, null, spy), qs.decode('a=1&a=2'),
    qs.parse(5), qs.parse(null), qs.parse({ a: 1 }),
  ].map(show);
  const many = Array.from({ length: 1005 }, (_, i) => 'k' + i + '=' + i).join('&');
  const manyKeys = Object.keys(qs.parse(many)).length;
  return { out, special, calls, manyKeys, same: qs.decode === qs.parse };
};
