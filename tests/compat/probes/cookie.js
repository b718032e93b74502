const cookie = require('cookie');
exports.probe = () => ({
  parse: cookie.parse('foo=bar; equation=E%3Dmc%5E2; spaced = "quoted value" ;foo=dup'),
  serialize: cookie.serialize('name', 'va lue;', { httpOnly: true, maxAge: 3600, path: '/', sameSite: 'lax', secure: true, expires: new Date(Date.UTC(2030, 0, 1)) }),
  parseSetCookie: cookie.parseSetCookie ? cookie.parseSetCookie('sid=abc; Path=/; HttpOnly; Max-Age=60') : null,
  invalid: (() => { try { cookie.serialize('bad name', 'x'); } catch (e) { return [e.name, e.message]; } })(),
});
