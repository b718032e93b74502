// The npm package, not Node's deprecated built-in: its README says require('punycode/').
const punycode = require('punycode/');
exports.probe = () => ({
  encode: [punycode.encode('mañana'), punycode.decode('maana-pta')],
  ascii: [punycode.toASCII('mañana.com'), punycode.toASCII('☃-⌘.com'), punycode.toASCII('джумла@джpумлатест.bрфa')],
  unicode: [punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn----dqo34k.com')],
  ucs2: [punycode.ucs2.decode('a𝌆'), punycode.ucs2.encode([0x61, 0x1d306])],
  version: punycode.version,
});
