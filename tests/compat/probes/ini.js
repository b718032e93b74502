const ini = require('ini');
exports.probe = () => ({
  parsed: ini.parse('; comment\nscope = global\n\n[database]\nuser = dbuser\npassword = "quoted ; value"\nport = 5432\nflag\n\n[paths.default]\ndatadir = /var/lib/data\narray[] = first\narray[] = second\n'),
  stringified: ini.stringify({ a: 1, section: { b: 'x y', list: ['p', 'q'], nested: { c: true } } }),
  withSection: ini.stringify({ k: 'v' }, { section: 'top', whitespace: true }),
  safe: [ini.safe('a;b'), ini.unsafe('"x"')],
});
