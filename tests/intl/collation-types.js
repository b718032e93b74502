// Prints, for each collation type ECMA-402 allows (`Intl.supportedValuesOf('collation')`),
// the languages whose ICU data has it, as Node's ICU resolves `-u-co-` keywords
// (`en-u-co-phonebk` resolves to `en`: English has no phone-book order). The
// guest keeps a `-u-co-` keyword only for these
// (COLLATION_LANGUAGES in guest/src/node/internal/intl.js).
// Run: node tests/intl/collation-types.js
'use strict';
const locales = require('../../guest/src/node/internal/intl_locales.js').split(' ');
const languages = [...new Set(locales.map((l) => l.split('-')[0]))];
const out = {};
for (const type of Intl.supportedValuesOf('collation')) {
  out[type] = languages.filter((l) => new Intl.Collator(`${l}-u-co-${type}`).resolvedOptions().locale.includes('-co-')).join(' ');
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
