// uuid is ESM-only (since v12): loaded with import().
exports.probe = async () => {
  const { v4, v5, validate, version, parse, stringify, NIL } = await import('uuid');
  const id = v4();
  return {
    v4: [id.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)],
    v5: [v5('hello', v5.URL), v5('x', '1b671a64-40d5-491e-99b0-da01ff1f3341')],
    validate: [validate(id), validate('not-a-uuid'), validate(NIL)],
    version: version('6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    roundTrip: stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')),
  };
};
