'use strict';
// util.inspect of the web globals (URL, URLSearchParams, TextEncoder, TextDecoder).
const util = require('util');

exports.probe = () => {
  const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash');
  class MyURL extends URL {}
  return [
    util.inspect(u),
    util.inspect({ nested: { u } }),
    util.inspect({ a: { b: { u } } }),
    util.inspect(u, { depth: 0 }),
    util.inspect([u], { depth: 0 }),
    util.inspect(new URL('http://x/')),
    util.inspect(new URLSearchParams()),
    util.inspect(new URLSearchParams('a=1&b=2&a=3')),
    util.inspect(new URLSearchParams('a=1&b=' + 'x'.repeat(80))),
    util.inspect({ p: new URLSearchParams('a=1') }, { depth: 0 }),
    util.inspect({ d: new TextDecoder(), e: new TextEncoder() }),
    util.inspect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })),
    util.inspect(u, { colors: true }),
    util.inspect(new URLSearchParams('a=1'), { colors: true }),
    util.inspect(new MyURL('http://sub/')),
    util.format('%s %o', u, new URLSearchParams('q=1')),
    util.inspect(u, { compact: false }),
    util.inspect(u, { breakLength: Infinity }),
  ];
};
