const yup = require('yup');
exports.probe = async () => {
  const schema = yup.object({
    name: yup.string().required(),
    age: yup.number().required().positive().integer(),
    email: yup.string().email(),
    website: yup.string().url().nullable(),
    createdOn: yup.date().default(() => new Date(Date.UTC(2020, 0, 1))),
  });
  const cast = schema.cast({ name: 'jimmy', age: '24' });
  const valid = await schema.validate({ name: 'x', age: 3, email: 'a@b.co', website: null });
  let errors;
  try { await schema.validate({ age: -1.5, email: 'nope' }, { abortEarly: false }); } catch (e) { errors = [e.name, e.errors]; }
  return {
    cast: { ...cast, createdOn: cast.createdOn.toISOString() },
    valid: { ...valid, createdOn: valid.createdOn.toISOString() },
    errors,
    isValidSync: yup.string().min(3).isValidSync('ab'),
  };
};
