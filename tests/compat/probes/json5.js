const JSON5 = require('json5');
exports.probe = () => ({
  parsed: JSON5.parse("{\n  // comment\n  unquoted: 'single',\n  hex: 0xFF, lead: .5, trail: 2.,\n  plus: +1, arr: [1, 2,],\n  'multi': 'a\\\n b',\n}"),
  special: (() => { const v = JSON5.parse('[Infinity, -Infinity, NaN]'); return v.map(String); })(),
  stringified: JSON5.stringify({ a: 1, 'b-c': [true, null], s: "it's" }, null, 2),
  quote: JSON5.stringify({ s: 'x"y' }, { quote: '"' }),
  error: (() => { try { JSON5.parse('{a: }'); } catch (e) { return [e.name, e.message, e.lineNumber, e.columnNumber]; } })(),
});
