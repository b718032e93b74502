// path.win32: every function over fixed and generated Windows paths.
const path = require('path');
const win32 = path.win32;

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
  const fixed = ['', '\\', '/', 'C:', 'C:\\', 'c:/', 'C:a', 'C:\\a\\b', 'C:/a/../..', 'C:..', '\\\\server\\share', '\\\\server\\share\\',
    '\\\\server\\share\\a\\..\\..', '//server/share/x', '\\\\?\\C:\\a', '\\\\.\\pipe\\x', '//./x/../y', 'a:b', 'a\\b:', 'a/b\\c',
    'file.txt', 'C:\\path\\dir\\file.txt', '\\\\a', '\\\\a\\', '\\\\\\a\\b', 'C:\\..', '..\\a', 'a\\..\\..\\b', 'C:\\foo\\', 'C:\\foo\\\\',
    'C:foo\\bar.baz', '.\\c:x'];
  const inputs = fixed.concat(generated(['/', '\\', '.', '..', 'a', 'b', 'C:', ':', '.a', 'a.b', '\\\\', '//./', '?'], 150, 5));
  const one = {};
  for (const p of inputs) {
    one[JSON.stringify(p)] = [win32.normalize(p), win32.dirname(p), win32.basename(p), win32.extname(p), win32.parse(p),
      win32.isAbsolute(p), win32.format(win32.parse(p)), win32.toNamespacedPath(p), win32.resolve(p), win32.join(p, 'x')];
  }
  const pairs = [];
  const gen = generated(['/', '\\', '.', '..', 'a', 'b', 'C:', 'D:', '.a', '\\\\s\\h'], 120, 3);
  for (let i = 0; i + 1 < gen.length; i += 2) {
    const [a, b] = [gen[i], gen[i + 1]];
    pairs.push([a, b, win32.join(a, b), win32.resolve(a, b), win32.relative(a, b), win32.relative(b, a), win32.basename(a, b)]);
  }
  const specific = [
    win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), win32.relative('C:\\a', 'D:\\a'), win32.relative('C:\\A\\b', 'c:\\a\\B\\c'),
    win32.resolve('C:\\a', 'D:b'), win32.resolve('\\\\server\\share', '..', 'x'), win32.join('\\\\server', 'share'), win32.join('//', 'a', 'b'),
    win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), win32.format({ root: 'C:\\', name: 'f', ext: 'txt' }),
    win32.sep, win32.delimiter, win32.toNamespacedPath('C:\\a'), win32.toNamespacedPath('\\\\s\\h\\x'), win32.toNamespacedPath(''), win32.toNamespacedPath(5),
    win32.basename('C:\\foo.html', '.html'), win32.basename('C:foo'), win32.basename('C:'), win32.extname('C:.a'),
    require('path/win32') === win32, win32._makeLong('C:\\x'),
  ];
  return { one, pairs, specific };
};
