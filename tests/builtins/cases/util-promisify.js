'use strict';
// util.promisify / util.callbackify / inherits / deprecate / debuglog.
const util = require('util');

const errInfo = (e) => (e && typeof e === 'object' ? { name: e.name, code: e.code, message: e.message } : e);
const attempt = (fn) => { try { return { ok: fn() }; } catch (e) { return { threw: errInfo(e) }; } };

exports.probe = async () => {
  const out = {};
  // promisify
  function addLater(a, b, cb) { cb(null, a + b); }
  const addP = util.promisify(addLater);
  out.add = await addP(2, 3);
  out.addMeta = [addP.name, addP.length, typeof addP, addP[util.promisify.custom] === addP, Object.getPrototypeOf(addP) === Function.prototype];
  out.samePromisified = util.promisify(addP) === addP;
  function multi(cb) { cb(null, 1, 2, 3); }
  out.multi = await util.promisify(multi)();
  function fails(cb) { cb(Object.assign(new Error('nope'), { code: 'E_NOPE' })); }
  out.fails = await util.promisify(fails)().then(() => 'resolved', errInfo);
  function falsyErr(cb) { cb(0, 'value'); }
  out.falsyErr = await util.promisify(falsyErr)();
  function throwsSync() { throw new TypeError('sync'); }
  out.throwsSync = await util.promisify(throwsSync)().then(() => 'resolved', errInfo);
  const obj = { v: 7, get(cb) { cb(null, this.v); } };
  obj.getP = util.promisify(obj.get);
  out.thisBinding = await obj.getP();
  function withCustom() {}
  withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
  out.custom = await util.promisify(withCustom)();
  out.customSame = util.promisify(withCustom) === withCustom[util.promisify.custom];
  out.customSymbol = util.promisify.custom === Symbol.for('nodejs.util.promisify.custom');
  function badCustom() {}
  badCustom[util.promisify.custom] = 'not a function';
  out.badCustom = attempt(() => util.promisify(badCustom));
  function withProps(cb) { cb(null, 1); }
  withProps.extra = 'kept';
  out.props = util.promisify(withProps).extra;
  out.misuse = [undefined, null, 1, 'str', {}, [], Symbol('s'), 10n, true].map((v) => attempt(() => util.promisify(v)));
  const proto = Object.create(Function.prototype);
  function protoFn(cb) { cb(null, 'p'); }
  Object.setPrototypeOf(protoFn, proto);
  out.protoKept = Object.getPrototypeOf(util.promisify(protoFn)) === proto;
  // callbackify
  const results = [];
  async function asyncOk(a) { return a * 2; }
  const cbOk = util.callbackify(asyncOk);
  out.cbMeta = [cbOk.name, cbOk.length];
  await new Promise((resolve) => cbOk(21, (err, v) => { results.push(['ok', err, v]); resolve(); }));
  async function asyncFail() { throw new RangeError('bad'); }
  await new Promise((resolve) => util.callbackify(asyncFail)((err, v) => { results.push(['fail', errInfo(err), v]); resolve(); }));
  async function asyncFalsy() { throw null; } // eslint-disable-line no-throw-literal
  await new Promise((resolve) => util.callbackify(asyncFalsy)((err) => {
    results.push(['falsy', errInfo(err), err.reason, Object.keys(err)]);
    resolve();
  }));
  async function asyncZero() { throw 0; } // eslint-disable-line no-throw-literal
  await new Promise((resolve) => util.callbackify(asyncZero)((err) => { results.push(['zero', err.message, err.reason]); resolve(); }));
  const thisObj = { k: 'this', m: util.callbackify(async function () { return this.k; }) };
  await new Promise((resolve) => thisObj.m((err, v) => { results.push(['this', v]); resolve(); }));
  out.callbackify = results;
  out.cbMissing = attempt(() => util.callbackify(asyncOk)(1));
  out.cbNotFn = attempt(() => util.callbackify(asyncOk)(1, 'notfn'));
  out.cbMisuse = [undefined, 1, {}].map((v) => attempt(() => util.callbackify(v)));
  const order = [];
  await new Promise((resolve) => {
    util.callbackify(async () => 'x')(() => { order.push('callback'); resolve(); });
    order.push('sync');
  });
  out.order = order;
  // inherits
  function Base() {}
  Base.prototype.hello = function () { return 'hello'; };
  function Derived() { Base.call(this); }
  util.inherits(Derived, Base);
  out.inherits = [new Derived().hello(), Derived.super_ === Base, new Derived() instanceof Base,
    Object.getOwnPropertyDescriptor(Derived, 'super_').enumerable];
  out.inheritsMisuse = [
    attempt(() => util.inherits(null, Base)),
    attempt(() => util.inherits(Derived, undefined)),
    attempt(() => util.inherits(Derived, {})),
    attempt(() => util.inherits(Derived, () => {})),
  ];
  // deprecate
  function oldFn(a, b) { return [this && this.tag, a, b]; }
  const dep = util.deprecate(oldFn, 'oldFn is deprecated', 'DEP_TEST');
  out.deprecate = [dep.call({ tag: 't' }, 1, 2), dep.name, dep.length, Object.getPrototypeOf(dep) === oldFn, typeof dep];
  class OldClass { constructor(x) { this.x = x; } }
  const DepClass = util.deprecate(OldClass, 'old class');
  const inst = new DepClass(5);
  out.deprecateClass = [inst.x, inst instanceof OldClass, DepClass.prototype === OldClass.prototype];
  out.deprecateCodeMisuse = attempt(() => util.deprecate(oldFn, 'm', 42));
  out.deprecateNoMsg = typeof util.deprecate(oldFn);
  out.deprecateNotFn = attempt(() => typeof util.deprecate(1, 'm')).threw?.name;
  // debuglog
  const log = util.debuglog('mysection');
  let cbArg = 'not called';
  const log2 = util.debuglog('other', (fn) => { cbArg = typeof fn; });
  out.debuglog = [typeof log, log.enabled, log('message %s', 'x'), Object.keys(log), log.name, util.debug === util.debuglog];
  log2('x');
  out.debuglogCb = cbArg;
  return out;
};
