const slugify = require('slugify');
exports.probe = () => {
  slugify.extend({ '☢': 'radioactive' });
  return {
    basic: slugify('some string'),
    opts: slugify('Ünïcödé & Çhars: © 2024!', { lower: true, strict: true }),
    replacement: slugify('a b  c', { replacement: '_' }),
    locale: slugify('Ärger über Öl', { locale: 'de', lower: true }),
    extended: slugify('unicode ♥ is ☢'),
    trim: slugify('  -x- ', { trim: true }),
  };
};
