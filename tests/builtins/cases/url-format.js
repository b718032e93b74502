// url.format of legacy objects, strings and WHATWG URLs (with options).
const url = require('url');

function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const objs = [{ auth: 'ü\u{1F600}x', host: 'h' }, { hostname: 'a:b' }, { hostname: '[a:b]', port: 8 }, { protocol: 'http', host: 'x', pathname: 'a#b?c', search: 'q#1', hash: 'h' },
    { protocol: 'file' }, { protocol: 'FILE:' }, { protocol: 'mailto', pathname: 'x' }, { protocol: 'http:', slashes: false, hostname: 'h' }, { query: { a: [1, 2], b: 'c d' } },
    { query: 'a=1' }, { search: '', query: { a: 1 } }, { href: 'http://x/', protocol: 'http:' }, { auth: ' "#$%&+,/;<=>?@[\\]^`{|}\u007f!\'()*-._~:', host: 'h' }, {},
    { protocol: 'x', slashes: true, pathname: 'p' }, { hostname: 'h', port: 0 }, { hostname: 'h', port: '80' }, { host: 'h:1', hostname: 'x', port: 2 },
    { pathname: '/p', search: 's' }, { hash: '#' }, { protocol: 'ws:', hostname: 'h', pathname: '' }, { protocol: 'https:', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } },
    Object.assign(Object.create({ inherited: 'x' }), { protocol: 'http:', host: 'own' })];
  const legacy = objs.map((o) => attempt(() => url.format(o)));
  const strings = ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', 'HTTP://a\\b', ' x ', 'mailto:A@B', 'http://[::1]:8/x?y#z', '']
    .map((s) => attempt(() => url.format(s)));
  const whatwg = [['http://u:p@xn--tda.com:81/p?q#h', { unicode: true, auth: false, search: false, fragment: false }], ['http://u:p@xn--tda.com:81/p?q#h', { unicode: 1 }],
    ['http://a/#f', undefined], ['http://a/#f', { fragment: false }], ['http://a/?q#f', { search: false }], ['foo:bar?x#y', { search: false }], ['http://a', 5], ['http://a', 'x'],
    ['http://a', null], ['http://[::1]:8/x', { unicode: true }], ['http://u@x/', { auth: false }], ['http://:p@x/', {}], ['file:///a/b', { unicode: true }],
    ['http://xn--tda.xn--fiq228c/', { unicode: true }], ['https://a.b/c?d=e#f', { fragment: 0, search: '', auth: null }]]
    .map(([h, o]) => attempt(() => url.format(new URL(h), o)));
  const bad = [5, null, undefined, true, Symbol('s')].map((v) => attempt(() => url.format(v)));
  const instance = attempt(() => url.parse('http://a.com/x?y=1#z').format());
  return { legacy, strings, whatwg, bad, instance };
};
