const Ajv = require('ajv');
exports.probe = () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile({
    type: 'object',
    properties: { name: { type: 'string', minLength: 2 }, age: { type: 'integer', minimum: 0 }, tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
    required: ['name', 'age'],
    additionalProperties: false,
  });
  const good = validate({ name: 'Al', age: 3, tags: ['a', 'b'] });
  const bad = validate({ name: 'A', age: -1, tags: ['a', 'a'], extra: 1 });
  return { good, bad, errors: validate.errors.map((e) => [e.instancePath, e.keyword]) };
};
