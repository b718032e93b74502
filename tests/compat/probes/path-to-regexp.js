// path-to-regexp is ESM-only (since v9).
exports.probe = async () => {
  const { match, compile, pathToRegexp, parse } = await import('path-to-regexp');
  const { regexp, keys } = pathToRegexp('/user/:id{/:action}');
  return {
    match: [match('/user/:id')('/user/42'), match('/files/*path')('/files/a/b%20c.txt'), match('/user/:id')('/other')],
    compile: [compile('/user/:id')({ id: 'café x' }), compile('/*seg')({ seg: ['a', 'b'] })],
    regexp: [regexp.test('/user/1/edit'), regexp.test('/user'), keys.map((k) => k.name)],
    tokens: parse('/a/:b{/:c}').tokens.length,
    error: (() => { try { pathToRegexp('/:'); } catch (e) { return [e.name, e.message.split(';')[0]]; } })(),
  };
};
