// path (POSIX flavour): every function over fixed and generated inputs.
const path = require('path');

// The sandbox's working directory is `/`: give Node the same one.
if (typeof process.chdir === 'function') process.chdir('/');

function generated(alphabet, count, seed) {
  const out = [];
  let s = seed;
  const rnd = (n) => { s = (s * 48271) % 2147483647; return s % n; };
  for (let i = 0; i < count; i++) {
    let p = '';
    const n = rnd(6);
    for (let j = 0; j < n; j++) p += alphabet[rnd(alphabet.length)];
    out.push(p);
  }
  return out;
}

exports.probe = function probe() {
  const fixed = ['', '/', '//', '///', '.', '..', '...', './', '../', 'a', 'a/', '/a', '/a/', 'a/b', '/a/b/', 'a//b', 'a/./b',
    'a/../b', '../a', '/../a', 'a/b/../../..', '/a/b/c/../../../..', './a/.', '.a', '/.a', 'a.', 'a.b.c', '/x/y.tar.gz',
    'dir/file.txt/', '//a', '//a/b', '/..', 'a..', '..a', '.a.', 'foo/bar/baz/asdf/quux/..', '/foo/bar//baz/asdf/quux/..',
    'C:\\temp\\x', 'a\\b/c'];
  const inputs = fixed.concat(generated(['/', '.', '..', 'a', 'b', '.a', 'a.b', '//'], 150, 7));
  const one = {};
  for (const p of inputs) {
    one[JSON.stringify(p)] = [path.normalize(p), path.dirname(p), path.basename(p), path.extname(p), path.parse(p),
      path.isAbsolute(p), path.format(path.parse(p)), path.toNamespacedPath(p), path.resolve(p), path.join(p, 'x')];
  }
  const pairs = [];
  const gen = generated(['/', '.', '..', 'a', 'b', '.a', 'a.b'], 120, 11);
  for (let i = 0; i + 1 < gen.length; i += 2) {
    const [a, b] = [gen[i], gen[i + 1]];
    pairs.push([a, b, path.join(a, b), path.resolve(a, b), path.relative(a, b), path.relative(b, a), path.basename(a, b), path.basename(a + b, b)]);
  }
  const specific = {
    resolve: [path.resolve(), path.resolve(''), path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'),
      path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'), path.resolve('a', '', 'b'), path.resolve('/', '..', '..')],
    join: [path.join(), path.join(''), path.join('', ''), path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), path.join('a', '', '/b/'), path.join('//', 'a')],
    relative: [path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a/b', '/a/bc'), path.relative('/a/bc', '/a/b'),
      path.relative('/', '/a'), path.relative('/a', '/'), path.relative('', ''), path.relative('a', 'a/b/../c'), path.relative('/ab', '/abc/d')],
    basename: [path.basename('/foo/bar/baz/asdf/quux.html', '.html'), path.basename('aaa/bbb', 'bbb'), path.basename('bbb', 'bbb'),
      path.basename('/a/b.js/', '.js'), path.basename('a/', 'ba'), path.basename('//', '/'), path.basename('x.js', 's'), path.basename('.js', '.js'),
      path.basename('a.js', ''), path.basename('/dir/', 'r')],
    format: [path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), path.format({ root: '/', base: 'file.txt', ext: 'ignored' }),
      path.format({ root: '/', name: 'file', ext: '.txt' }), path.format({ name: 'file', ext: 'txt' }), path.format({}), path.format({ dir: 'x' }),
      path.format({ dir: 'x', root: 'x', base: 'y' }), path.format({ root: '/x/', name: 'n' })],
    consts: [path.sep, path.delimiter, path.posix === path, path.win32 === path.win32.win32, path.posix.posix === path, path.win32.posix === path,
      require('path/posix') === path, typeof path._makeLong, path._makeLong('a/b')],
    keys: Object.keys(path).sort(),
    detached: (() => { const { join, resolve, relative, dirname } = path; return [join('a', 'b'), resolve('/x', 'y'), relative('/a', '/b'), dirname('/a/b')]; })(),
  };
  return { one, pairs, specific };
};
