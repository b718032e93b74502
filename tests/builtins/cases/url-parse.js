// url.parse (legacy): Node's exact Url fields over fixed and generated URLs,
// with parseQueryString and slashesDenoteHost.
const url = require('url');

function fields(u) {
  const out = {};
  for (const k of Object.keys(u)) {
    const v = u[k];
    out[k] = v !== null && typeof v === 'object' ? { proto: Object.getPrototypeOf(v) === null ? 'null' : 'object', entries: Object.entries(v) } : v;
  }
  return out;
}
function attempt(fn) {
  try { return fields(fn()); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const fixed = ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', ' \t\u00a0\ufeffhttp://a.com/ x \u00a0', '\u000bhttp://a/', '\u2000http://a/',
    'http://a b/', 'http://a_b.com/', 'http://a*b/', 'http://a;b/', 'http://a,b/', 'http://a:b:c/', 'http://a:/', 'http://a:x/', 'http://a:99999/',
    'http://[::1]:80/x', 'http://[::1/', 'http://[fe80::1%25eth0]/', 'http://ü.com/', 'http://xn--tda.com/', 'http://a..b/', 'http://a\u3002b/', 'http://A%41/',
    'http://a`b/', 'http://a{b/', 'http://a"b/', "http://a'b/", 'HTTP://A/', 'Http://x', 'mailto:a@b.com', 'javascript:alert(1)', 'javascript://x/y', '//a/b',
    '/a/b?c#d', 'a/b', '?x', '#x', 'x:y', 'file:///etc/passwd', 'file://host/x', 'file:/x', 'http:/x', 'http:x', 'http://a@b@c/', 'http://a@b?@c',
    'http://a/ b\tc"d\'e<f>g\\h^i`j{k|l}m', 'http://a\\b\\c?d\\e#f\\g', 'http://x.com/a#b#c?d', 'http://x.com/a?b?c#d', '', '   ', 'http://', 'http://x.com:',
    'ftp://a', 'ws://a', 'wss://a:443', 'gopher://a', 'foo://a', 'http://ü:pw@x/', 'http://a/%zz?%zz#%zz', 'http://x/ä?ä#ä', 'http://ä.ö/',
    'http://a.com' + '.a'.repeat(130), 'http://-a-.com/', 'http://1.2.3.4/', 'http://0x7f.1/', 'http://a\tb/c', 'http://u\ts@h/', 'http://h/\tp',
    'http://a\tb?x\ty#z\tw', 'x:a\tb c', 'http://xn--a/', 'http://xn---https/', 'http://a\u00adb/', 'http://a\u200cb/', 'http://ẞ/', 'http://Ⅻ.com/',
    'http://aא/', 'http://אa/', '/a?x=1&x=2', 'http://x/?a=1&b=%20&a=2', 'http://a/?', 'a?', '?', '#', 'http://%41:%42@x/', 'http://%zz@x/'];
  const alphabet = ['http:', 'https:', 'file:', 'mailto:', 'javascript:', 'foo:', '//', '/', '\\', '?', '#', '@', ':', '.', '..', 'a', 'B', 'ü',
    ' ', '%41', '%', '[', ']', '::1', '80', 'user', '&', '=', '+', ';', '"', '\t', 'xn--', '-'];
  let s = 12345;
  const rnd = (n) => { s = (s * 48271) % 2147483647; return s % n; };
  const generated = [];
  for (let i = 0; i < 250; i++) {
    let u = '';
    const n = rnd(8);
    for (let j = 0; j < n; j++) u += alphabet[rnd(alphabet.length)];
    generated.push(u);
  }
  const out = {};
  for (const u of fixed.concat(generated)) {
    out[JSON.stringify(u)] = [attempt(() => url.parse(u)), attempt(() => url.parse(u, true)), attempt(() => url.parse(u, false, true))];
  }
  const inst = url.parse('http://a/b');
  return {
    out,
    instance: [inst instanceof url.Url, Object.getPrototypeOf(inst) === url.Url.prototype, url.parse(inst) === inst, Object.keys(new url.Url()),
      Object.getOwnPropertyNames(url.Url.prototype).sort(), typeof inst.parseHost],
    keys: Object.keys(url).sort(),
    globals: [url.URL === URL, url.URLSearchParams === URLSearchParams],
  };
};
