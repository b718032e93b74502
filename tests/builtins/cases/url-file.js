// url.fileURLToPath / pathToFileURL (POSIX, working directory `/`, and the
// `windows` option), urlToHttpOptions.
const url = require('url');

if (typeof process.chdir === 'function') process.chdir('/');

function attempt(fn) {
  try { const r = fn(); return r instanceof URL ? 'URL ' + r.href : r; } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const toPath = ['file:///a/b%20c', 'file:///a%2Fb', 'file:///a%2fb', 'file://localhost/x', 'file://host/x', 'http://x/', 'file:///%E4%B8%AD', 'file:///a/b/',
    'file:///C:/x', 'notaurl', 'file:///a?b#c', 'file:///a%25b', 'file:///a%5Cb', 'file:///C:/a%5Cb', 'file://h/s/a']
    .map((u) => [attempt(() => url.fileURLToPath(u)), attempt(() => url.fileURLToPath(new URL(u))), attempt(() => url.fileURLToPath(u, { windows: true }))]);
  const badPaths = [5, null, undefined, {}, [], { href: 'file:///x', protocol: 'file:' }, { href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }]
    .map((v) => attempt(() => url.fileURLToPath(v)));
  const toURL = ['/a/b', '/a b/c%d#e?f', 'rel/x', '/dir/', '', '.', '/a\\b', '/a\nb\rc\td', '/ü/中', '/a/../b', 'rel/', '/%2F', '/:x', '/a;b', '/[x]',
    '/~x^y`z{|}', '/x\u0001y', '//a//b//', '/a/.', '/a/./']
    .map((p) => [attempt(() => url.pathToFileURL(p)), attempt(() => url.pathToFileURL(p, { windows: true }))]);
  const windowsToURL = ['C:\\a b', 'C:/a/b', 'c:\\', '\\\\srv\\sh\\x', '\\\\ü\\s\\x y', '\\rel', 'D:rel', 'C:\\a\\', 'C:\\#?%']
    .map((p) => attempt(() => url.pathToFileURL(p, { windows: true })));
  const badURL = [5, null, {}].map((v) => attempt(() => url.pathToFileURL(v)));
  const http = ['https://u:p@[::1]:8443/a/b?c=d#e', 'http://x.com/', 'http://a%20b:c%40d@h/']
    .map((u) => { const r = url.urlToHttpOptions(new URL(u)); return [Object.getPrototypeOf(r) === null, Object.keys(r), Object.assign({}, r)]; });
  const plain = Object.assign({}, url.urlToHttpOptions({ protocol: 'http:', hostname: '[h]', hash: '', search: '', pathname: '/', href: 'x', port: '', username: 'a%20b', password: '', extra: 1 }));
  return { toPath, badPaths, toURL, windowsToURL, badURL, http, plain };
};
