'use strict';
// util.parseArgs: tokens, short groups, values, defaults, negation, errors.
const util = require('util');

const errInfo = (e) => ({ name: e.name, code: e.code, message: e.message });
const run = (config) => {
  try {
    const r = util.parseArgs(config);
    return { values: { ...r.values }, nullProto: Object.getPrototypeOf(r.values) === null, positionals: r.positionals, tokens: r.tokens };
  } catch (e) {
    return errInfo(e);
  }
};

exports.probe = () => {
  const options = {
    verbose: { type: 'boolean', short: 'v' },
    force: { type: 'boolean', short: 'f' },
    file: { type: 'string', short: 'F' },
    name: { type: 'string', short: 'n', default: 'anon' },
    tag: { type: 'string', multiple: true, short: 't' },
    count: { type: 'boolean', multiple: true, short: 'c' },
    color: { type: 'boolean' },
  };
  const configs = [
    { args: [], options },
    { args: ['-v', '--force', '--file', 'a.txt', '-n', 'bob'], options },
    { args: ['--file=x=y', '-Fz', '-vf'], options, tokens: true },
    { args: ['-vfFpath', 'pos'], options, allowPositionals: true, tokens: true },
    { args: ['-t', 'a', '--tag', 'b', '--tag=c', '-cc', '-c'], options, tokens: true },
    { args: ['--', '-v', '--file'], options, allowPositionals: true, tokens: true },
    { args: ['a', '--', 'b'], options, strict: false, tokens: true },
    { args: ['pos'], options },
    { args: ['pos'], options, strict: false },
    { args: ['--unknown'], options },
    { args: ['-u'], options },
    { args: ['-u'], options, allowPositionals: true },
    { args: ['--unknown', '-x', 'val', '--u2=3'], options, strict: false, tokens: true },
    { args: ['--file'], options },
    { args: ['-F'], options },
    { args: ['--file'], options, strict: false },
    { args: ['--verbose=yes'], options },
    { args: ['--verbose=yes'], options, strict: false },
    { args: ['--file', '-v'], options },
    { args: ['-F', '-v'], options },
    { args: ['--file', '-v'], options, strict: false, tokens: true },
    { args: ['--file=-v'], options },
    { args: ['-F-v'], options },
    { args: ['--file', '-'], options },
    { args: ['-'], options, allowPositionals: true, tokens: true },
    { args: ['---x'], options, strict: false, tokens: true },
    { args: ['--no-color'], options, allowNegative: true, tokens: true },
    { args: ['--no-color'], options },
    { args: ['--no-color=v'], options, allowNegative: true },
    { args: ['--no-file'], options, allowNegative: true },
    { args: ['--no-count', '--count', '--no-count'], options, allowNegative: true },
    { args: ['--no-zzz', '--no-name', 'x'], options, allowNegative: true, strict: false, tokens: true },
    { args: ['--no-x'], options: { 'no-x': { type: 'boolean' } }, allowNegative: true, tokens: true },
    { args: ['--__proto__'], options: {}, strict: false },
    { args: ['-abc'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, tokens: true },
    { args: ['--x', 'v'], options: { x: { type: 'string', default: 'd' }, y: { type: 'boolean', default: false }, z: { type: 'string', multiple: true, default: ['p', 'q'] } } },
    { args: 'not array' },
    { args: [], strict: 'yes' },
    { args: [], allowPositionals: 1 },
    { args: [], tokens: null },
    { args: [], allowNegative: 'no' },
    { args: [], options: 5 },
    { args: [], options: { x: 1 } },
    { args: [], options: { x: {} } },
    { args: [], options: { x: { type: 'number' } } },
    { args: [], options: { x: { type: 'string', short: 'xy' } } },
    { args: [], options: { x: { type: 'string', short: 1 } } },
    { args: [], options: { x: { type: 'string', multiple: 'yes' } } },
    { args: [], options: { x: { type: 'string', default: 1 } } },
    { args: [], options: { x: { type: 'boolean', default: 'x' } } },
    { args: [], options: { x: { type: 'string', multiple: true, default: 'notarray' } } },
    { args: [], options: { x: { type: 'boolean', multiple: true, default: [true, 'x'] } } },
  ];
  const out = configs.map(run);
  // (the engine's message for a null config differs: name only)
  try { util.parseArgs(null); } catch (e) { out.push(e.name); }
  out.push(run({ args: [], strict: null, allowPositionals: null, allowNegative: null, tokens: null }));
  out.push(run(Object.assign(Object.create({ strict: false, options: { inh: { type: 'boolean' } } }), { args: ['--inh'] })));
  out.push(run({ args: ['-x'], options: { long: Object.assign(Object.create({ short: 'x' }), { type: 'boolean' }) } }));
  return out;
};
