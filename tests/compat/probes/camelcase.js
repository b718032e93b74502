// camelcase is ESM-only (since v7).
exports.probe = async () => {
  const { default: camelCase } = await import('camelcase');
  return {
    basic: [camelCase('foo-bar'), camelCase('foo_bar'), camelCase('Foo-Bar'), camelCase('--foo.bar', { pascalCase: false }), camelCase('розовый_пушистый_единорог')],
    pascal: camelCase(['foo', 'bar'], { pascalCase: true }),
    preserve: camelCase('fooBAR-baz', { preserveConsecutiveUppercase: true }),
    numbers: camelCase('b2b_registration_request'),
  };
};
