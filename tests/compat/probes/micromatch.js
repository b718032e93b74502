const micromatch = require('micromatch');
exports.probe = () => ({
  list: micromatch(['a.js', 'b.md', 'src/c.js', 'src/d.ts'], ['**/*.js', '!a.js']),
  isMatch: [micromatch.isMatch('foo.js', '*.{js,ts}'), micromatch.isMatch('a/b.js', '*.js'), micromatch.isMatch('a/b.js', '*.js', { basename: true })],
  not: micromatch.not(['a', 'b', 'c'], 'a'),
  braces: micromatch.braces('x{1..3}', { expand: true }),
  capture: micromatch.capture('test/*.js', 'test/foo.js'),
  re: micromatch.makeRe('a/*/c').source,
});
