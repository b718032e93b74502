const { object, string, number, array, optional, enums, is, validate, create, defaulted, assert, refine } = require('superstruct');
exports.probe = () => {
  const Email = refine(string(), 'email', (v) => v.includes('@'));
  const User = object({ id: number(), email: Email, tags: array(string()), role: optional(enums(['admin', 'user'])) });
  const [err] = validate({ id: '1', email: 'x', tags: [1] }, User);
  return {
    is: [is({ id: 1, email: 'a@b', tags: [] }, User), is({ id: 1 }, User)],
    error: [err.message, err.path, err.failures().map((f) => [f.path.join('.'), f.type, f.refinement || null])],
    created: create({}, object({ n: defaulted(number(), 7), s: defaulted(string(), 'd') })),
    assert: (() => { try { assert('x', number()); } catch (e) { return [e.name, e.message]; } })(),
  };
};
