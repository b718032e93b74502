'use strict';
// util.MIMEType / util.MIMEParams: parsing, serialization, setters, errors.
const util = require('util');
const { MIMEType, MIMEParams } = util;

const errInfo = (e) => ({ name: e.name, code: e.code, message: e.message });
const parse = (s) => {
  try {
    const m = new MIMEType(s);
    return [String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m)];
  } catch (e) {
    return errInfo(e);
  }
};

exports.probe = () => {
  const out = {};
  out.fixed = ['text/html', ' TEXT/HTML ; Charset="utf-8" ; foo=bar ', 'text', '/html', 'text/', 'te xt/html',
    'text/html;', 'text/html; a', 'text/html;a=', 'text/html;a="b\\"c"x;d=e', 'text/html;a=b;a=c', 'text/html;é=1',
    'text/html;a=é', 'text/html;a="é"', 'text/html;a=" x "', 'text/html;a=b c', 'application/vnd.api+json',
    '\ttext/plain\n', 'text/html;;a=b', 'text/html;=b;c=d', 'a/b;c="', 'a/b;c="\\', 'a/b;c="x"yz=1;w=2',
    'a/b;C=UPPER', 'a/b ;  c = d', 'a/b;c="\\\\"', 'a/b;c=\u0100', 'a/b;c="a;b"', 'a/b;c=a"b', '*/*', 'a/b/c',
    undefined, null, 5, { toString() { return 'x/y;z=1'; } }].map(parse);
  const m = new MIMEType('text/plain;a=1');
  const steps = [];
  const step = (fn) => { try { steps.push(fn()); } catch (e) { steps.push(errInfo(e)); } };
  step(() => { m.type = 'Application'; return String(m); });
  step(() => { m.subtype = 'JSON'; return [String(m), m.essence]; });
  step(() => { m.type = 'a b'; });
  step(() => { m.subtype = ''; });
  step(() => { m.type = 5; return m.type; });
  step(() => { m.params.set('B', 'x y'); m.params.set('c', ''); return [String(m), m.params.get('b'), m.params.has('B'), m.params.get('zz')]; });
  step(() => m.params.set('b b', 'x'));
  step(() => m.params.set('', 'x'));
  step(() => m.params.set('v', 'é'));
  step(() => m.params.set('w', 'ā'));
  step(() => m.params.set('n', 12));
  step(() => { m.params.delete('a'); return [String(m.params), [...m.params.keys()], [...m.params.values()], [...m.params.entries()], JSON.stringify(m.params)]; });
  step(() => [...m.params]);
  step(() => [util.inspect(m), util.inspect(m.params), util.inspect(new MIMEParams()), String(new MIMEParams())]);
  step(() => [Object.prototype.toString.call(m.params.keys()), m.params[Symbol.iterator] === m.params.entries]);
  step(() => [Object.getOwnPropertyNames(MIMEParams.prototype), Object.getOwnPropertyNames(MIMEType.prototype), MIMEType.length, MIMEParams.length]);
  step(() => MIMEType('a/b'));
  out.steps = steps.map((s) => (s instanceof Object && !Array.isArray(s) && !(s && s.code) ? String(s) : s));
  // generated inputs
  const alphabet = ['a', 'B', '/', '/', ';', ';', '=', '=', '"', '\\', ' ', '\t', '\n', 'é', 'x', 'text', 'html', ',', '(', '*', 'ā'];
  let seed = 99;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  out.generated = [];
  for (let i = 0; i < 1500; i++) {
    let s = i % 2 ? 'a/b;' : '';
    const n = Math.floor(rnd() * 16);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    out.generated.push(parse(s));
  }
  return out;
};
