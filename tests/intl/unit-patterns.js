// Prints the CLDR 48 display patterns of the units ICU4X 0.7 has no names
// for (temperature, digital sizes, angle, percent, and the speed and
// consumption compounds CLDR names), for the most used languages, as Node's
// ICU 78 formats them: { language: { unit: { width: { category: pattern } } } }
// with `{0}` for the number. The guest bundles the result as
// guest/src/node/internal/intl_units.js. Run: node tests/intl/unit-patterns.js
'use strict';
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'ru', 'uk', 'bg', 'hr', 'sr', 'sl', 'el', 'tr', 'ar', 'he', 'fa', 'hi', 'bn', 'ja', 'zh', 'zh-Hant', 'ko', 'th', 'vi', 'id', 'ms', 'ca', 'et', 'lt', 'lv'];
const UNITS = ['celsius', 'fahrenheit', 'degree', 'percent', 'bit', 'byte', 'kilobit', 'kilobyte', 'megabit', 'megabyte', 'gigabit', 'gigabyte', 'terabit', 'terabyte', 'petabyte', 'kilometer-per-hour', 'mile-per-hour', 'meter-per-second', 'liter-per-kilometer', 'mile-per-gallon'];
const WIDTHS = ['long', 'short', 'narrow'];
const SAMPLES = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 15, 20, 21, 22, 25, 100, 101, 102, 1000000, 0.5, 1.5, 2.5];
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);
const out = {};
for (const lang of LANGUAGES) {
  const plural = new Intl.PluralRules(lang);
  const byCategory = {};
  for (const n of SAMPLES) {
    const c = plural.select(n);
    if (!(c in byCategory)) byCategory[c] = n;
  }
  const units = {};
  for (const unit of UNITS) {
    const widths = {};
    for (const width of WIDTHS) {
      const nf = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: width, numberingSystem: 'latn' });
      const patterns = {};
      for (const [c, n] of Object.entries(byCategory)) {
        let pattern = '';
        let placed = false;
        for (const p of nf.formatToParts(n)) {
          if (NUMBER_PARTS.has(p.type)) {
            if (!placed) pattern += '{0}';
            placed = true;
          } else {
            pattern += p.value;
          }
        }
        patterns[c] = pattern;
      }
      // Store `other` and only the categories that differ from it.
      const compact = { other: patterns.other };
      for (const [c, p] of Object.entries(patterns)) if (c !== 'other' && p !== patterns.other) compact[c] = p;
      widths[width] = compact;
    }
    units[unit] = widths;
  }
  // The compound pattern of X-per-Y ("{0}/{1}", "{0} per {1}"), read off a
  // compound CLDR does not name: byte-per-week.
  const per = {};
  for (const width of WIDTHS) {
    const text = (unit) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: width, numberingSystem: 'latn' })
      .formatToParts(1).map((p) => (NUMBER_PARTS.has(p.type) ? '\u0000' : p.value)).join('');
    const compound = text('byte-per-week');
    const x = text('byte');
    const y = text('week').replace('\u0000', '').trim();
    if (compound.includes(x) && compound.replace(x, '').includes(y)) {
      per[width] = compound.replace(x, '{0}').replace(y, '{1}');
    }
  }
  units.per = per;
  // The per-unit patterns CLDR has for common denominators ("{0}/h"),
  // read off byte-per-<unit>: "{0}" stands for the numerator.
  const perUnit = {};
  for (const y of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'kilometer', 'liter', 'gallon']) {
    const widthsOut = {};
    for (const width of WIDTHS) {
      const text = (unit) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: width, numberingSystem: 'latn' })
        .formatToParts(1).map((p) => (NUMBER_PARTS.has(p.type) ? '\u0000' : p.value)).join('');
      const compound = text('byte-per-' + y);
      const x = text('byte');
      if (compound.includes(x)) widthsOut[width] = compound.replace(x, '{0}');
    }
    perUnit[y] = widthsOut;
  }
  units.perUnit = perUnit;
  out[lang] = units;
}
process.stdout.write(JSON.stringify(out));
