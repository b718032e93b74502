'use strict';
// util.parseEnv (dotenv syntax).
const util = require('util');

exports.probe = () => {
  const inputs = [
    '',
    'A=1',
    'A=1\nB=2\r\nC=3',
    '# comment\nA=1 # trailing comment\n\n  B = spaced  \n',
    'export E=exported',
    'Q1="double quoted"\nQ2=\'single quoted\'\nQ3=`backtick`',
    'ML="line1\nline2"\nAFTER=x',
    'ESC="a\\nb"\nRAW=\'a\\nb\'',
    'HASH="value # not comment"\nH2=value#comment',
    'EMPTY=\nEMPTY2=""\nNOEQ\n=novalue',
    'DUP=1\nDUP=2',
    'UNCLOSED="abc\nNEXT=1',
    'SPACES=  a b c  ',
    'QUOTE_IN="say \'hi\'"',
    'A=1=2=3',
    '  INDENTED=yes',
    'KEY WITH SPACE=x',
    'J={"a":1}',
    'TRAIL="quoted" trailing',
    'MULTI=`a\nb\nc`',
    'CR="x"\r\nCR2=y\r',
    'export  SPACED_EXPORT=1',
    '#A=1\n# B=2',
  ];
  const out = inputs.map((text) => {
    const r = util.parseEnv(text);
    return [Object.getPrototypeOf(r) === Object.prototype, r];
  });
  try { util.parseEnv(5); } catch (e) { out.push({ name: e.name, code: e.code, message: e.message }); }
  return out;
};

// A deterministic batch of generated inputs (dotenv edge cases).
const inner = exports.probe;
exports.probe = () => {
  const out = inner();
  const alphabet = ['  ', 'KEY', 'é', '\\', 'export', '="', '"\n', '# ', 'A', 'B', '=', '=', '\n', '\n', ' ', '#',
    '"', "'", '`', '\\n', 'x', '\r', 'export ', '\t'];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = Math.floor(rnd() * 24);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(util.parseEnv(s));
  }
  return out;
};
