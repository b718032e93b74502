const picomatch = require('picomatch');
exports.probe = () => {
  const isMatch = picomatch(['*.js', 'lib/**/*.ts']);
  return {
    matches: ['a.js', 'a.ts', 'lib/x/y.ts', 'lib/y.js'].map((p) => isMatch(p)),
    extglob: picomatch.isMatch('abc', '+(a|b|c)'),
    scan: picomatch.scan('!./foo/*.js'),
    re: picomatch.makeRe('foo/*.{js,md}').source,
    posix: picomatch.isMatch('a1', '[[:alpha:]][[:digit:]]'),
  };
};
