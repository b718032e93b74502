// path: argument validation errors (code, class, message).
const path = require('path');

if (typeof process.chdir === 'function') process.chdir('/');

function attempt(fn) {
  try { const v = fn(); return { value: typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : v }; } catch (e) { return { name: e.name, code: e.code, message: e.message, isType: e instanceof TypeError, str: String(e) }; }
}

exports.probe = function probe() {
  const bad = [1, -0, null, undefined, true, {}, [], () => {}, function named() {}, Symbol('s'), 10n, 'ok', Object.create(null), new Map(), 'x'.repeat(40)];
  const out = [];
  for (const flavour of [path.posix, path.win32]) {
    for (const v of bad) {
      out.push(attempt(() => flavour.join('a', v)), attempt(() => flavour.resolve('/a', v)), attempt(() => flavour.normalize(v)),
        attempt(() => flavour.dirname(v)), attempt(() => flavour.basename(v)), attempt(() => flavour.basename('a', v)),
        attempt(() => flavour.extname(v)), attempt(() => flavour.parse(v)), attempt(() => flavour.isAbsolute(v)),
        attempt(() => flavour.relative(v, 'a')), attempt(() => flavour.relative('/a', v)), attempt(() => flavour.format(v)),
        attempt(() => flavour.toNamespacedPath(v)), attempt(() => flavour.matchesGlob(v, '*')), attempt(() => flavour.matchesGlob('a', v)));
    }
  }
  return out;
};
