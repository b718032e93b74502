// debug with its environment off: no output, only its namespace logic. disable() first,
// so a DEBUG variable in the environment of the oracle changes nothing.
const debug = require('debug');
exports.probe = () => {
  const log = debug('app:server');
  debug.disable();
  const before = log.enabled;
  const seen = [];
  log.log = (...args) => seen.push(args.length);
  log('not printed %o', { a: 1 });
  debug.enable('app:*,-app:secret');
  const after = [debug('app:server').enabled, debug('app:secret').enabled, debug('other').enabled, debug.enabled('app:x')];
  const names = debug.disable();
  return {
    before,
    after,
    names,
    disabled: debug('app:server').enabled,
    seen,
    extend: log.extend('db').namespace,
    humanize: debug.humanize(90000),
    formatters: Object.keys(debug.formatters).sort(),
  };
};
