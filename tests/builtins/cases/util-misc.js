'use strict';
// Small util helpers: legacy is* checks, _extend, strip/usv/styleText,
// system error names, TextEncoder/TextDecoder, export list.
const util = require('util');

const errInfo = (e) => ({ name: e.name, code: e.code, message: e.message });
const attempt = (fn) => { try { return { ok: fn() }; } catch (e) { return { threw: errInfo(e) }; } };

exports.probe = () => {
  const out = {};
  const samples = [undefined, null, 0, 1, '', 's', true, Symbol('s'), 1n, {}, [], () => {}, new Date(0), /r/,
    new Error('e'), Object.create(Error.prototype), { [Symbol.toStringTag]: 'Error' }, new Uint8Array(1)];
  for (const name of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
    'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
    out[name] = samples.map((v) => util[name](v));
  }
  out.extend = [util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str')];
  out.strip = [
    util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mx\u001b[0m'),
    util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
    util.stripVTControlCharacters('no codes'),
    util.stripVTControlCharacters('\u009b31mc1'),
    attempt(() => util.stripVTControlCharacters(5)),
  ];
  out.usv = [util.toUSVString('a\ud800b'), util.toUSVString('\udc00'), util.toUSVString('ok 😀'),
    util.toUSVString('\ud83d'), util.toUSVString(123), util.toUSVString('\ud800\ud800\udc00')];
  const plain = { validateStream: false };
  const tty = { isTTY: true, write() {}, on() {} };
  out.style = [
    util.styleText('red', 'text'),
    util.styleText('red', 'text', plain),
    util.styleText('bold', '', plain),
    util.styleText(['bold', 'underline', 'bgBlue'], 'multi', plain),
    util.styleText([], 'none', plain),
    util.styleText('grey', 'alias', plain),
    util.styleText('faint', 'alias', plain),
    util.styleText('red', 'tty', { stream: tty }),
    util.styleText('red', 'tty2', { stream: { ...tty, getColorDepth: () => 2 } }),
    util.styleText('red', 'tty8', { stream: { ...tty, getColorDepth: () => 8 } }),
    util.styleText('red', 'notty', { stream: { write() {}, on() {} } }),
    util.styleText('red', 'pipe', { stream: { pipe() {}, on() {} } }),
    attempt(() => util.styleText('notacolor', 'x')),
    attempt(() => util.styleText('toString', 'x', plain)),
    attempt(() => util.styleText('red', 5)),
    attempt(() => util.styleText('none', 5)),
    attempt(() => util.styleText(['red', 'nope'], 'x')),
    attempt(() => util.styleText(5, 'x')),
    attempt(() => util.styleText('red', 'x', { stream: 5 })),
    attempt(() => util.styleText('red', 'x', { stream: {} })),
    attempt(() => util.styleText('red', 'x', { validateStream: 'no' })),
  ];
  out.errName = [-1, -2, -13, -98, -4095, -4094, -3008, -99999].map((e) => util.getSystemErrorName(e));
  out.errNameMisuse = [0, 1, -1.5, NaN, '2', undefined, 2 ** 60, -(2 ** 60), Infinity].map((v) => attempt(() => util.getSystemErrorName(v)));
  const map = util.getSystemErrorMap();
  out.errMap = [map instanceof Map, map.size, map.get(-2), map.get(-111), [...map.keys()].sort((a, b) => a - b).slice(0, 5)];
  out.text = [util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder,
    Array.from(new util.TextEncoder().encode('hé')), new util.TextDecoder().decode(new Uint8Array([104, 105]))];
  out.keys = ['_extend', 'callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'styleText', 'formatWithOptions',
    'getSystemErrorMap', 'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer',
    'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp',
    'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log', 'promisify', 'stripVTControlCharacters',
    'toUSVString', 'aborted', 'types', 'parseEnv', 'parseArgs', 'TextDecoder', 'TextEncoder']
    .map((k) => [k, typeof util[k]]);
  const errShape = (e) => ({ ...e, message: e.message, name: e.name, keys: Object.keys(e) });
  out.legacyErrors = [
    errShape(util._errnoException(-2, 'open')),
    errShape(util._errnoException(-2, 'open', 'extra')),
    errShape(util._errnoException(-99999, 'read')),
    errShape(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080)),
    errShape(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 0, 'x:1')),
    errShape(util._exceptionWithHostPort(-111, 'connect')),
    // (not util._errnoException(1, 'x'): Node 20 throws there but leaves
    // Error.stackTraceLimit at 0 for the rest of the process)
  ];
  out.transferable = [util.transferableAbortSignal.length, util.transferableAbortController.length,
    attempt(() => util.transferableAbortSignal({})), attempt(() => util.transferableAbortSignal())];
  try {
    util.promisify(42);
  } catch (e) {
    out.errorShape = [e.constructor === TypeError, e instanceof TypeError, e.name, e.code, Object.keys(e), e.toString(),
      String(e.stack).split('\n')[0], util.inspect(e).split('\n')[0]];
  }
  out.isBuffer = [util.isBuffer(new Uint8Array(1)), util.isBuffer({})];
  out.nodeUtil = require('node:util') === util;
  out.shapes = Object.keys(util).sort().map((k) => [k, typeof util[k],
    typeof util[k] === 'function' ? [util[k].name, util[k].length] : null]);
  out.typesShapes = Object.keys(util.types).map((k) => [k, util.types[k].name, util.types[k].length]);
  out.inspectShape = [util.inspect.name, util.inspect.length, util.format.name, util.format.length,
    util.formatWithOptions.length, util.promisify.name, util.promisify.length];
  return out;
};
