const { minimatch, braceExpand, Minimatch, escape, match } = require('minimatch');
exports.probe = () => ({
  matches: [minimatch('bar.foo', '*.foo'), minimatch('a/b/c.js', '**/*.js'), minimatch('.hidden', '*'), minimatch('.hidden', '*', { dot: true }), minimatch('x.JS', '*.js', { nocase: true })],
  negate: minimatch('a.md', '!*.js'),
  braces: braceExpand('a{b,c{d,e}}f{1..3}'),
  filter: ['a.js', 'b.ts', 'c/d.js'].filter(minimatch.filter('*.js', { matchBase: true })),
  extglob: [minimatch('x.ts', '*.+(js|ts)'), new Minimatch('a/**/!(b).js').match('a/x/c.js'), match(['a.js', 'b.txt'], '*.{js,md}')],
  escaped: escape('a*b?'),
});
