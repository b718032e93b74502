// The cost of Intl in a call: `none` touches no Intl; `format` builds a
// NumberFormat and a DateTimeFormat and formats 100 numbers and 100 dates
// (the first use of Intl in its fresh sandbox); `formatPreloaded` does the
// same with formatters built at the module's top level (in its per-file
// snapshot).
'use strict';
exports.none = (a, b) => a + b;

function formatWith(nf, df) {
  let chars = 0;
  for (let i = 0; i < 100; i++) {
    chars += nf.format(i * 1234.567).length;
    chars += df.format(Date.UTC(2024, 0, 1) + i * 86400000 * 3.7).length;
  }
  return chars;
}

exports.format = () =>
  formatWith(
    new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }),
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/New_York' }),
  );

const nf = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const df = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/New_York' });
exports.formatPreloaded = () => formatWith(nf, df);
