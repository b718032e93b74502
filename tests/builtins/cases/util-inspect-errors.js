'use strict';
// util.inspect of errors (stacks replaced so that no engine frames show).
const util = require('util');

function err(Ctor, message, stack, props) {
  const e = new Ctor(message);
  Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return Object.assign(e, props);
}

exports.probe = () => {
  const out = [];
  const show = (v, o) => out.push(o === undefined ? util.inspect(v) : util.inspect(v, o));
  show(err(Error, 'boom', 'Error: boom'));
  show(err(Error, 'boom', 'Error: boom', { code: 'E_BOOM', errno: -2 }));
  show(err(TypeError, 'bad', 'TypeError: bad'));
  show(err(TypeError, 'bad', 'Error: bad'));
  show(err(RangeError, '', 'RangeError'));
  show(err(Error, 'm', 'Error: m\n    at fn (file.js:1:2)\n    at other (file.js:3:4)'));
  show(err(Error, 'm', 'Error: m\n    at fn (file.js:1:2)', { extra: { deep: [1, 2] } }));
  show({ nested: err(Error, 'm', 'Error: m\n    at fn (file.js:1:2)') });
  show({ nested: { deeper: err(Error, 'm', 'Error: m\n    at fn (file.js:1:2)', { code: 'X' }) } });
  show([err(Error, 'in array', 'Error: in array')]);
  class MyError extends Error {}
  show(err(MyError, 'mine', 'Error: mine'));
  class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
  show(err(NamedError, 'named', 'NamedError: named'));
  const ne = err(NamedError, 'named2', 'NamedError: named2');
  Object.defineProperty(ne, 'name', { value: 'NamedError', enumerable: true });
  show(ne);
  class CustomNameError extends Error { get name() { return 'Custom'; } }
  show(err(CustomNameError, 'x', 'Custom: x'));
  const noStack = new Error('no stack');
  Object.defineProperty(noStack, 'stack', { value: undefined });
  show(noStack);
  const emptyStack = new Error('empty');
  Object.defineProperty(emptyStack, 'stack', { value: '' });
  show(emptyStack);
  show(err(Error, 'm', 'weird stack without header'));
  show(err(Error, 'm', { not: 'a string' }));
  const nullProto = err(Error, 'np', 'Error: np');
  Object.setPrototypeOf(nullProto, null);
  show(nullProto);
  const nullProto2 = err(TypeError, 'np', 'TypeError: np\n    at x (y:1:1)');
  Object.setPrototypeOf(nullProto2, null);
  show(nullProto2);
  show(err(Error, 'with cause', 'Error: with cause', { }), { showHidden: false });
  const withCause = new Error('outer', { cause: err(Error, 'inner', 'Error: inner') });
  Object.defineProperty(withCause, 'stack', { value: 'Error: outer' });
  show(withCause);
  const causePrim = new Error('outer', { cause: 'just a string' });
  Object.defineProperty(causePrim, 'stack', { value: 'Error: outer' });
  show(causePrim);
  const frames = ['    at a (f:1:1)', '    at b (f:2:2)', '    at c (f:3:3)', '    at d (f:4:4)', '    at e (f:5:5)', '    at f (f:6:6)'];
  const inner = err(Error, 'inner', ['Error: inner', '    at inner (f:0:0)', ...frames].join('\n'));
  const outer = new Error('outer', { cause: inner });
  Object.defineProperty(outer, 'stack', { value: ['Error: outer', '    at outer (f:9:9)', ...frames].join('\n') });
  show(outer);
  const agg = new AggregateError([err(Error, 'a', 'Error: a'), err(TypeError, 'b', 'TypeError: b')], 'many');
  Object.defineProperty(agg, 'stack', { value: 'AggregateError: many' });
  show(agg);
  show(agg, { showHidden: true });
  show(withCause, { showHidden: true });
  show(causePrim, { showHidden: true, depth: 0 });
  const msgProp = err(Error, 'orig', 'Error: orig');
  Object.defineProperty(msgProp, 'message', { value: 'changed', enumerable: true });
  show(msgProp);
  const msgSame = err(Error, 'orig', 'Error: orig');
  Object.defineProperty(msgSame, 'message', { value: 'orig', enumerable: true });
  show(msgSame);
  show(err(Error, 'hidden', 'Error: hidden'), { showHidden: true });
  show(Object.create(Error.prototype));
  const fake = Object.create(Error.prototype);
  fake.stack = 'Error: fake';
  show(fake);
  show(err(Error, 'multi\nline message', 'Error: multi\nline message\n    at z (q:1:1)'));
  show({ e: err(Error, 'multi\nline', 'Error: multi\nline') });
  const tagged = err(Error, 't', 'Error: t');
  Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tag' });
  show(tagged);
  show(err(Error, 'c', 'Error: c\n    at y (/a/node_modules/pkg/i.js:1:1)'), { colors: true });
  show(util.format('%s', err(Error, 'fmt', 'Error: fmt\n    at q (w:1:1)')));
  show(util.format('%o', err(Error, 'fmt', 'Error: fmt')));
  show(util.format(err(Error, 'fmt', 'Error: fmt')));
  show(String(err(Error, 'str', 'Error: str')));
  return out;
};
