'use strict';
// util.inspect of values made by other built-ins (Buffer, KeyObject), proxies,
// defaultOptions, aborted().
const util = require('util');
const { Buffer } = require('buffer');
const crypto = require('crypto');

exports.probe = async () => {
  const out = [];
  const show = (v, o) => out.push(o === undefined ? util.inspect(v) : util.inspect(v, o));
  show(Buffer.from('hello'));
  show(Buffer.alloc(0));
  show(Buffer.alloc(60));
  show({ buf: Buffer.from([1, 2, 3]) });
  show(Buffer.from('ab'), { colors: true });
  const withProp = Buffer.from('x');
  withProp.extra = 1;
  show(withProp);
  show(util.format('%s', Buffer.from('fmt')));
  out.push(util.types.isUint8Array(Buffer.alloc(1)), util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)));
  const key = crypto.createSecretKey(Buffer.from('secret'));
  out.push(util.types.isKeyObject(key), util.types.isKeyObject({}), util.types.isCryptoKey(key), util.types.isCryptoKey({}));
  // transparent proxies look like their targets
  show(new Proxy({ a: 1, b: [1, 2] }, {}));
  show(new Proxy([1, 2, 3], {}));
  show(new Proxy(function named() {}, {}));
  out.push(util.isDeepStrictEqual(new Proxy({ a: 1 }, {}), { a: 1 }));
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  show(revoked);
  show({ r: revoked, arr: [revoked] });
  show(revoked, { colors: true });
  out.push(util.format('%s|%o|%s', 1, revoked, revoked));
  // defaultOptions
  const saved = { ...util.inspect.defaultOptions };
  util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
  show({ a: { b: 1 }, c: 'some text here' });
  out.push(util.format('%O', { a: { b: 1 } }), util.format({ a: { b: 1 } }));
  util.inspect.defaultOptions.compact = false;
  show({ a: 1 });
  util.inspect.defaultOptions = saved;
  show({ a: { b: { c: { d: 1 } } } });
  for (const bad of [null, 5, 'str', undefined]) {
    try { util.inspect.defaultOptions = bad; out.push('no throw'); } catch (e) { out.push({ name: e.name, code: e.code, message: e.message }); }
  }
  try { util.inspect.defaultOptions = { notAnOption: 1 }; out.push('no throw'); } catch (e) { out.push(e.name); }
  out.push(Object.keys(util.inspect.defaultOptions), util.inspect.defaultOptions.depth);
  // aborted()
  const results = [];
  await util.aborted({ aborted: true, addEventListener() {}, removeEventListener() {} }, {}).then(() => results.push('already'));
  let fire;
  const pending = util.aborted({ aborted: false, addEventListener(type, fn) { results.push(type); fire = fn; }, removeEventListener() {} }, {});
  fire();
  await pending.then((v) => results.push(['fired', v]));
  for (const [sig, res] of [[undefined, {}], [null, {}], [{}, {}], [{ aborted: true }, null], [{ aborted: true }, 1]]) {
    try {
      await util.aborted(sig, res);
      results.push('resolved');
    } catch (e) {
      results.push({ name: e.name, code: e.code, message: e.message });
    }
  }
  out.push(results);
  return out;
};
