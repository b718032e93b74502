// Prints, for every available locale (guest/src/node/internal/intl_locales.js),
// whether CLDR's numeric date pattern (skeleton yMd, as Node's ICU 78 formats
// `{year, month, day: 'numeric'}`) writes the month and the day with two
// digits. ICU4X's field sets use the locale's short date pattern instead,
// whose padding differs in many locales (de: "d.M.y" vs "dd.MM.yy"); the
// guest restores CLDR's choice from this table
// (guest/src/node/internal/intl_date_padding.js).
// Run: node tests/intl/numeric-date-padding.js
'use strict';
const locales = require('../../guest/src/node/internal/intl_locales.js').split(' ');
const date = Date.UTC(2024, 2, 5);
const groups = { MD: [], M: [], D: [] };
for (const l of locales) {
  const parts = new Intl.DateTimeFormat(l, { timeZone: 'UTC', numberingSystem: 'latn' }).formatToParts(date);
  const get = (t) => (parts.find((p) => p.type === t) || { value: '' }).value;
  const m = get('month').length === 2;
  const d = get('day').length === 2;
  if (m && d) groups.MD.push(l);
  else if (m) groups.M.push(l);
  else if (d) groups.D.push(l);
}
process.stdout.write(JSON.stringify(groups) + '\n');
