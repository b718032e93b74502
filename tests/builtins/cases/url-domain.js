// url.domainToASCII / domainToUnicode (IDNA, IPv4/IPv6 hosts), and the
// hostnames url.parse derives from them.
const url = require('url');

function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const domains = ['español.com', 'xn--iñvalid.com', '中文.com', 'EXAMPLE.com', 'a b', '', 'ＡＢＣ.com', 'a..b', 'xn--tda', 'xn--a', 'a_b', '-a-', 'a%b',
    '[::1]', '1.2.3.4', '0x7f.1', 'ß.de', 'Ⅻ.com', 'xn--pw-', 'xn--', 'xn--ls8h', 'xn---https', 'a\u00adb', '\u200b', 'a\u200cb', 'a\ufffdb', '\u0301a', 'ẞ',
    'ς', 'ﬁ', 'İ', 'K', 'Ω', '\u0080', 'a\u00a0b', 'a%41', 'a%2', '%zz', '%E4%B8%AD', '1.2.3', '0300.1', '4294967295', '4294967296', '1.2.3.4.',
    '1.2.3.4..', '09.1', '0x', 'a.1', '1.a', '[::]', '[1:2:3:4:5:6:7:8]', '[::ffff:1.2.3.4]', '[0:0:1:0:0:0:1:0]', '[::1', 'a:b', '1e1', '256.0.0.0',
    'a/b', 'a?b', 'a#b', 'a\\b', 'a\tb', ' a', 'a@b', 'aא', 'אa', 'א1', 'a١', '١a', '١', '٣א', 'Ωא91', 'a-.א', 'a.א-', '😀א', 'א😀', 'XN--TDA.COM', 5, null];
  const out = domains.map((d) => [d === null ? 'null' : d, attempt(() => url.domainToASCII(d)), attempt(() => url.domainToUnicode(d)),
    attempt(() => url.parse('http://' + d + '/').hostname)]);
  const missing = [attempt(() => url.domainToASCII()), attempt(() => url.domainToUnicode())];
  return { out, missing };
};
