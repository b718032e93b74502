const { Validator, validate } = require('jsonschema');
exports.probe = () => {
  const v = new Validator();
  v.addSchema({ id: '/Address', type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, '/Address');
  const schema = { id: '/Person', type: 'object', properties: { name: { type: 'string', pattern: '^[A-Z]' }, age: { type: 'integer', minimum: 0 }, address: { $ref: '/Address' }, tags: { type: 'array', items: { enum: ['a', 'b'] } } }, required: ['name'] };
  return {
    valid: v.validate({ name: 'Ann', age: 3, address: { city: 'X' } }, schema).valid,
    errors: v.validate({ name: 'ann', age: -1.5, address: {}, tags: ['c'] }, schema).errors.map((e) => e.stack),
    simple: validate(4, { type: 'string' }).errors.map((e) => [e.property, e.message]),
  };
};
