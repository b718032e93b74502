// url.resolve / url.resolveObject / Url#resolve (legacy resolution).
const url = require('url');

function fields(u) {
  if (u === null || typeof u !== 'object') return u;
  const out = {};
  for (const k of Object.keys(u)) out[k] = u[k];
  return out;
}
function attempt(fn) {
  try { return fields(fn()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const pairs = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', 'g:h'],
    ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'],
    ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', ''],
    ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'], ['http://a/b/c/d;p?q', '../g'],
    ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '/./g'], ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '.g'],
    ['http://a/b/c/d;p?q', 'g..'], ['http://a/b/c/d;p?q', './../g'], ['http://a/b/c/d;p?q', 'g;x=1/../y'], ['http://a/b/c/d;p?q', 'http:g'],
    ['http://a/b/c/d;p?q', 'https:g'], ['mailto:local1@domain1', 'local2@domain2'], ['mailto:u@x', 'mailto:?q'], ['mailto:u@x', 'mailto:'],
    ['mailto:u@x/p', 'mailto:..'], ['foo://u@h/p', 'foo:'], ['x:u@h/p', 'x:'], ['http://u:p@h/x', '//other/y'], ['http://u:p@h/x', 'http://h2/z'],
    ['file:///a/b', '../c'], ['file:///a/b', 'file:c'], ['http://x', 'y'], ['http://x', '?q'], ['', 'x'], ['a', '../b'], ['a/b', '../../c'], ['/a', '../../c'],
    ['http://a/b', 'javascript:alert(1)'], ['http://a/b', 'HTTP://B/c'], ['http://a:80/b', '//c:90'], ['http://[::1]/a', 'b'], ['http://ü.com/a', 'b']];
  const alphabet = ['http:', 'mailto:', 'file:', 'foo:', '//', '/', '?', '#', '@', '.', '..', 'a', 'b', ':', 'x'];
  let s = 777;
  const rnd = (n) => { s = (s * 48271) % 2147483647; return s % n; };
  const gen = (m) => { let u = ''; const n = rnd(m); for (let j = 0; j < n; j++) u += alphabet[rnd(alphabet.length)]; return u; };
  for (let i = 0; i < 200; i++) pairs.push([gen(7), gen(5)]);
  const out = pairs.map(([a, b]) => [a, b, attempt(() => url.resolve(a, b)), attempt(() => url.resolveObject(a, b)), attempt(() => url.parse(a).resolve(b))]);
  const errors = [attempt(() => url.resolve(5, 'a')), attempt(() => url.resolve('a', 5)), attempt(() => url.resolveObject(null, 'x')), attempt(() => url.resolveObject('', 'x'))];
  return { out, errors };
};
