// querystring.stringify / encode, escape, unescape, unescapeBuffer.
const qs = require('querystring');

function attempt(fn) {
  try { return { value: fn() }; } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const obj = { a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: {}, h: [], i: 10n, j: -0, k: Infinity, 'ü': '€', 'a b': 'c&d=e',
    l: ['', 'x', null, 3], m: false, n: '', o: "!'()*-._~", p: 'é\u{1F600}' };
  const seen = [];
  const stringify = [
    qs.stringify(obj), qs.stringify(obj, ';', ':'), qs.stringify(obj, '', ''), qs.stringify(obj, 0, 0),
    qs.stringify({ a: 'b c', n: 1, e: '' }, null, null, { encodeURIComponent: (s) => { seen.push(s); return '<' + s + '>'; } }),
    qs.stringify({ a: '%' }, '&', '=', { encodeURIComponent: 5 }), qs.stringify([1, 2]), qs.stringify('abc'), qs.stringify(null),
    qs.stringify(5), qs.stringify({ a: [1, {}, Symbol('s')] }), qs.encode({ x: 1 }), qs.stringify(Object.assign(Object.create({ inherited: 1 }), { own: 2 })),
    qs.stringify({ s: 'ab' }, '&&', '=>'),
  ];
  const escapes = ['', 'abc', 'a b', "!'()*-._~", '<>"#%{}|\\^`[]', 'ü€', '\u{1F600}', '\uD800', '\uDC00x', 'a\uD83D', {}, 5, null, true, [1, 2], 10n]
    .map((v) => attempt(() => qs.escape(v)));
  const unescapes = ['', 'a%20b', 'a+b', '%E4%B8%AD%ZZ+a', '%zz', '%4', '%', 'ü%C3', '%C3%BC', '%ED%A0%80', '%F0%9F%98%80']
    .flatMap((s) => [qs.unescape(s), qs.unescape(s, true)]);
  const buffers = ['%41%zz+%4', 'ü%C3+', 'abc', '%%41', '%4z', '\u{1F600}', '', '%e4%b8%ad'].flatMap((s) => {
    const a = qs.unescapeBuffer(s), b = qs.unescapeBuffer(s, true);
    return [Array.from(a), Array.from(b), a.length, a.toString()];
  });
  const keys = Object.keys(qs).sort();
  return { stringify, seen, escapes, unescapes, buffers, keys, same: qs.encode === qs.stringify, isBuffer: require('buffer').Buffer.isBuffer(qs.unescapeBuffer('x')) };
};
