// path.matchesGlob (minimatch semantics as Node uses them).
const path = require('path');

exports.probe = function probe() {
  const cases = [['a/b', 'a/*'], ['.a', '*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['x.js', '*.{js,ts}'],
    ['x.ts', '*.{js,ts}'], ['ab', '[!a]b'], ['bb', '[!a]b'], ['a/b', '**/b'], ['a/b/c/d.js', 'a/**/*.js'], ['a/d.js', 'a/**/*.js'],
    ['src/.git/x', 'src/**/x'], ['file1', 'file{1..3}'], ['file4', 'file{1..3}'], ['a/b/', 'a/b'], ['a//b', 'a/b'], ['abc', 'a?c'],
    ['ac', 'a?c'], ['a.js', '*.+(js|ts)'], ['x', '!(x)'], ['y', '!(x)'], ['a/b', 'a\\b'], ['A', 'a'], ['/abs/x', '/abs/*'],
    ['abs/x', '/abs/*'], ['a/./b', 'a/b'], ['a/x/../b', 'a/b'], ['.', '*'], ['..', '*'], ['dir/sub', 'dir/*/'], ['b', '[a-c]'],
    ['d', '[a-c]'], ['-', '[a-]'], ['a', '{a,b}/'], ['x/y/z', '**'], ['x/.y/z', '**']];
  return cases.map(([p, g]) => [p, g, path.matchesGlob(p, g), path.win32.matchesGlob(p, g)]);
};
