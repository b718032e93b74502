const Joi = require('joi');
exports.probe = () => {
  const schema = Joi.object({
    username: Joi.string().alphanum().min(3).max(30).required(),
    birth: Joi.number().integer().min(1900).max(2013),
    email: Joi.string().email({ tlds: { allow: false } }),
    tags: Joi.array().items(Joi.string()).unique().default([]),
  }).with('username', 'birth');
  const ok = schema.validate({ username: 'abc', birth: 1994, email: 'a@b.io' });
  const bad = schema.validate({ username: 'a!', email: 'nope', tags: ['x', 'x'] }, { abortEarly: false });
  return {
    ok: [ok.error, ok.value],
    bad: bad.error.details.map((d) => [d.path.join('.'), d.type, d.message]),
    converted: Joi.date().iso().validate('2024-02-28T00:00:00Z').value.toISOString(),
    assert: (() => { try { Joi.assert(5, Joi.string()); } catch (e) { return [e.name, e.message]; } })(),
  };
};
