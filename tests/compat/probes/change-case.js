// change-case is ESM-only (since v5).
exports.probe = async () => {
  const cc = await import('change-case');
  const s = 'version 1.2.10 of theHTTPServer';
  return {
    cases: ['camelCase', 'capitalCase', 'constantCase', 'dotCase', 'kebabCase', 'noCase', 'pascalCase', 'pascalSnakeCase', 'pathCase', 'sentenceCase', 'snakeCase', 'trainCase'].map((f) => [f, cc[f](s)]),
    split: cc.split('fooBar-baz_qux ÄbcDef'),
    separated: cc.camelCase('v1.2', { separateNumbers: true }),
  };
};
