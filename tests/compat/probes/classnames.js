const classNames = require('classnames');
const dedupe = require('classnames/dedupe');
const bind = require('classnames/bind');
exports.probe = () => ({
  basic: classNames('foo', { bar: true, baz: false }, ['qux', { quux: 1 }, null], 0, undefined, 'x'),
  dedupe: dedupe('foo', 'foo', { bar: true }, { foo: false }),
  bound: bind.bind({ btn: 'a1', primary: 'a2' })('btn', { primary: true }),
});
