const { clsx } = require('clsx');
const lite = require('clsx/lite');
exports.probe = () => ({
  mixed: clsx('a', { b: true, c: false }, ['d', ['e', { f: 1 }]], 0, null, '', 2),
  lite: (lite.clsx || lite)('a', 'b', false && 'c', 'd'),
});
