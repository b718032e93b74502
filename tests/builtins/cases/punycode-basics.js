// punycode: encode/decode (RFC 3492 samples and edge cases), toASCII,
// toUnicode, ucs2, version, errors.
const punycode = require('punycode');

function attempt(fn) {
  try { return { value: fn() }; } catch (e) { return { name: e.name, message: e.message }; }
}

exports.probe = function probe() {
  const words = ['', 'abc', 'mañana', 'bücher', 'ü', '中文', '日本語', '한국어', 'παράδειγμα', 'пример', 'العربية', '\u{1F600}',
    'a\u{1F600}b', 'MajiでKoiする5秒前', 'Hello-Another-Way-それぞれの場所', '\uD800', 'ñ-', '-ñ', 'ñ-ñ', '\u{10FFFF}\u{10FFFF}\u{10FFFF}'];
  const encoded = words.map((w) => attempt(() => punycode.encode(w)));
  const roundtrip = words.map((w) => attempt(() => punycode.decode(punycode.encode(w))));
  const decodes = ['', 'abc-', '-', 'a-', 'maana-pta', 'bcher-kva', '-> $1.00 <--', 'egbpdaj6bu4bxfgehfvwxn', '!!', 'a!', '\x01', 'ü-a',
    'zzzzzzzzzzz', '99999999', 'a-999999999', 'ihqwcrb4cv8a8dqg056pqjye', 'ABC-DEF', 'tda', 'TDA']
    .map((s) => attempt(() => punycode.decode(s)));
  const domains = ['mañana.com', 'mañana。com', 'xn--maana-pta.com', 'user@mañana.com', 'a@b@c.ü', 'EXAMPLE.com', '', '.', 'ü.', '.ü',
    'XN--TDA.com', 'xn--tda.com', 'xn--mañana.com', 'a\uFF0Eb\uFF61c', '中文.中国', '☃-⌘.com']
    .map((d) => [attempt(() => punycode.toASCII(d)), attempt(() => punycode.toUnicode(d))]);
  const ucs2 = [
    punycode.ucs2.decode('\uD800a\uD83D\uDE00'), punycode.ucs2.decode('abc'), punycode.ucs2.decode(''), punycode.ucs2.decode('\uDC00\uD800'),
    punycode.ucs2.encode([0xD800, 0x1F600, 97]), punycode.ucs2.encode([]), attempt(() => punycode.ucs2.encode([0x110000])),
    attempt(() => punycode.ucs2.encode([-1])),
  ];
  // Lone surrogates cannot leave the sandbox (its results are Unicode text):
  // compare them as U+FFFD, as the oracle does.
  const wellFormed = (v) => JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'string' ? x.toWellFormed() : x)));
  return wellFormed({ version: punycode.version, keys: Object.keys(punycode).sort(), ucs2Keys: Object.keys(punycode.ucs2).sort(), encoded, roundtrip, decodes, domains, ucs2 });
};
