// (no 'use strict': sloppy-mode functions carry own `arguments`/`caller` in V8)
// util.inspect / %o of sloppy and strict functions with showHidden.
const util = require('util');

exports.probe = () => {
  function sloppy(a, b) { return a + b; }
  const strictFn = function strictOne() { 'use strict'; };
  const arrow = () => {};
  const obj = { method() {}, sloppy, strictFn, arrow, cls: class K {}, *gen() {}, async af() {} };
  return [
    util.format('%o', { f: sloppy }),
    util.inspect(sloppy, { showHidden: true }),
    util.inspect(strictFn, { showHidden: true }),
    util.inspect(obj, { showHidden: true, depth: 0 }),
    util.format('%o', obj),
    util.inspect(Object.assign(function withProps() {}, { extra: 1 }), { showHidden: true }),
    util.inspect(sloppy),
  ];
};
