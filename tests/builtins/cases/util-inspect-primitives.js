'use strict';
// util.inspect of primitives, strings and numbers.
const util = require('util');

exports.probe = () => {
  const values = [
    1, -1, 0, -0, 1.5, -1.5e-7, 1e21, 2 ** 53, NaN, Infinity, -Infinity,
    0n, 123n, -123456789012345678901234567890n,
    true, false, undefined, null,
    Symbol(), Symbol('desc'), Symbol.iterator, Symbol.for('reg'), Symbol('a\nb'), Symbol("it's"),
    '', 'hello', "it's", 'say "hi"', 'it\'s "both"', 'it\'s "all" `three`', 'it\'s "x" ${y}',
    'tab\there', 'nl\nx', 'cr\rx', '\b\f\v\0', '\x01\x1f\x7f\x80\x9f\xa0', 'back\\slash',
    'emoji 😀', 'lone \ud800 high', 'lone \udc00 low', '\udc00\ud800', 'ünïcödé', '日本語',
  ];
  const out = values.map((v) => util.inspect(v));
  out.push(util.inspect('x'.repeat(200)));
  out.push(util.inspect('line one\nline two\nline three that is quite long indeed to exceed the break length of eighty chars'));
  out.push(util.inspect('a\n'.repeat(30)));
  out.push(util.inspect('abc'.repeat(5000)).length);
  out.push(util.inspect("'".repeat(120) + '"'));
  out.push(util.inspect('\x00'.repeat(150)));
  const sep = [1234, 12345678, -12345678, 1234.5678, 0.0001234, -0, 0.5, -0.5, 1e21, 123456789.123456789,
    NaN, Infinity, 1234567n, -1234567n, 123n, 1000, 100, -100, -1000.5, -0.123456, 1e-7, -1e-7, 1.5e300,
    123456.7e-10, -1e21, 2 ** 64, 0.1 + 0.2, -123456789.987654321];
  out.push(sep.map((v) => util.inspect(v, { numericSeparator: true })));
  out.push(util.inspect('abcdefghij', { maxStringLength: 4 }));
  out.push(util.inspect('abcdefghij', { maxStringLength: 9 }));
  out.push(util.inspect('abcdefghij', { maxStringLength: 0 }));
  out.push(util.inspect('abcdefghij', { maxStringLength: null }));
  out.push(util.inspect(['abcdefghij', 'xy'], { maxStringLength: 3 }));
  out.push(util.inspect('a\nb'.repeat(20), { breakLength: Infinity }));
  out.push(util.inspect('a\nb'.repeat(20), { compact: true }));
  out.push(util.inspect({ s: 'long line\n'.repeat(10) }));
  return out;
};
