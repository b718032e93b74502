'use strict';
/*
 * Differential test corpus for ECMA-402 `Intl` inside the sandbox.
 *
 * `probe()` runs every case and returns a plain JSON object
 *
 *     { "<group>/<rest of the name>": { ok: <JSON value> } | { threw: "<ErrorName>" } }
 *
 * The same file is evaluated twice: under Node (tests/intl/oracle.js, the
 * reference: Node 20, ICU 78.2, CLDR 48) and inside the sandbox (QuickJS +
 * ICU4X). The Rust test compares the two objects case by case. The group of
 * a case is the part of its name before the first '/'; `groups` lists the
 * group names in file order.
 *
 * Rules followed by every case:
 *   - deterministic input only: fixed dates built with Date.UTC, never
 *     Date.now() or `new Date()` without arguments;
 *   - independent of the host time zone: zones are given explicitly, or the
 *     case relies on the default zone, which is UTC on both sides;
 *   - independent of the host default locale: a locale is always passed
 *     (fallback cases such as 'xx' assume the default locale is en-US, which
 *     oracle.js pins);
 *   - only `Intl` and the locale-aware built-ins are used; no Node API;
 *   - results are strings, arrays of strings or small plain objects;
 *     formatToParts results become [type, value] pairs, compare() results
 *     become their sign, and `undefined` becomes null.
 */

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

const GROUPS = []; // [{ name, doc, cases: [[fullName, fn], ...] }]
const SEEN = Object.create(null);

// Registers a group; `body` receives add(name, fn) and declares the cases.
function group(name, doc, body) {
  const g = { name: name, doc: doc, cases: [] };
  body(function add(caseName, fn) {
    const full = name + '/' + caseName;
    if (SEEN[full]) throw new Error('duplicate case name: ' + full);
    SEEN[full] = true;
    g.cases.push([full, fn]);
  });
  GROUPS.push(g);
}

function errorName(e) {
  if (e !== null && typeof e === 'object' && typeof e.constructor === 'function' && e.constructor.name) {
    return e.constructor.name;
  }
  return 'non-error ' + typeof e;
}

// Turns a case result into plain JSON (undefined -> null).
function plain(v) {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

function probe() {
  const out = {};
  for (const g of GROUPS) {
    for (const [name, fn] of g.cases) {
      let r;
      try {
        r = { ok: plain(fn()) };
      } catch (e) {
        r = { threw: errorName(e) };
      }
      out[name] = r;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Shared inputs and small helpers
// ---------------------------------------------------------------------------

// The locales every broad group is run over.
const LOCALES = [
  'en', 'en-US', 'en-GB', 'en-IN', 'de', 'fr', 'es', 'it', 'pt', 'pt-BR', 'nl', 'sv', 'pl',
  'ru', 'uk', 'tr', 'ar', 'ar-EG', 'he', 'hi', 'ja', 'zh', 'zh-Hant', 'ko', 'th',
];
// Unsupported, odd or extension-carrying tags.
const ODD_LOCALES = ['xx', 'en-ZZ', 'de-u-nu-arab', 'ar-u-nu-latn', 'zh-Hans-CN', 'sr-Latn'];

// A UTC instant; month is 1-based; years 0..99 are taken literally.
function utc(y, mo, d, h, mi, s, ms) {
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h || 0, mi || 0, s || 0, ms || 0);
  return t;
}

// Sunday 2024-03-10 07:05:09.123Z: in New York it is 03:05 EDT, five minutes
// after the spring-forward transition (07:00Z).
const D = new Date(Date.UTC(2024, 2, 10, 7, 5, 9, 123));
const WINTER = utc(2024, 1, 15, 12, 0, 0); // Monday 2024-01-15 12:00Z
const SUMMER = utc(2024, 7, 4, 16, 30, 0); // Thursday 2024-07-04 16:30Z
const MIDNIGHT = utc(2024, 6, 1, 0, 5, 0); // 00:05Z
const MORNING = utc(2024, 6, 1, 9, 5, 0); // 09:05Z
const NOON = utc(2024, 6, 1, 12, 5, 0); // 12:05Z
const AFTERNOON = utc(2024, 6, 1, 15, 5, 0); // 15:05Z
const EVENING = utc(2024, 6, 1, 19, 5, 0); // 19:05Z
const NIGHT = utc(2024, 6, 1, 23, 5, 0); // 23:05Z
const EPOCH = new Date(0);
const BCE = utc(-43, 3, 15, 12, 0, 0); // 44 BC (astronomical year -43)
const INVALID_DATE = new Date(NaN);

const dtf = (loc, opts) => new Intl.DateTimeFormat(loc, Object.assign({ timeZone: 'UTC' }, opts));
const fmt = (loc, opts, date) => dtf(loc, opts).format(date);
const nf = (loc, opts) => new Intl.NumberFormat(loc, opts);
const parts = (list) => list.map((p) => [p.type, p.value]);
const rangeParts = (list) => list.map((p) => [p.type, p.value, p.source]);
const rtfParts = (list) => list.map((p) => [p.type, p.value, p.unit === undefined ? null : p.unit]);
const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const sortWith = (loc, opts, arr) => arr.slice().sort(new Intl.Collator(loc, opts).compare);
const nul = (x) => (x === undefined ? null : x);
const segs = (segmenter, str) =>
  Array.from(segmenter.segment(str), (s) => [s.segment, s.index, nul(s.isWordLike)]);
// { key: fn(key) } for each key: one case sweeping several locales or options.
const over = (keys, fn) => {
  const r = {};
  for (const k of keys) r[String(k)] = fn(k);
  return r;
};
const sortedCopy = (o, key) => {
  const r = Object.assign({}, o);
  r[key] = r[key].slice().sort();
  return r;
};

// ---------------------------------------------------------------------------
// NumberFormat
// ---------------------------------------------------------------------------

group('nf', 'Default decimal formatting in every locale: [1234567.891, -0.5, 0.125].', (add) => {
  for (const loc of LOCALES) {
    add(loc + '/decimal', () => [1234567.891, -0.5, 0.125].map((v) => nf(loc).format(v)));
  }
  add('grouping-variants', () => ({
    hiLakh: nf('hi').format(123456789.5),
    enINLakh: nf('en-IN').format(123456789.5),
    deCHApostrophe: nf('de-CH').format(-1234567.5),
    deATSpace: nf('de-AT').format(1234567.5),
  }));
});

group('nf-grouping', 'useGrouping true/false/"min2"/"always"/"auto" (values 123..1234567); es/pl default to min2.', (add) => {
  const values = [123, 1234, 12345, 1234567];
  for (const loc of ['en', 'es', 'pl', 'en-IN']) {
    add(loc + '/options', () =>
      over([true, false, 'min2', 'always', 'auto'], (g) => values.map((v) => nf(loc, { useGrouping: g }).format(v))));
  }
  add('es/default', () => values.map((v) => nf('es').format(v)));
  add('es/compact-default-min2', () => nf('es', { notation: 'compact', compactDisplay: 'long' }).format(12345));
  add('en/string-false', () => nf('en', { useGrouping: 'false' }).format(12345));
});

group('nf-digits', 'minimumIntegerDigits, min/maxFractionDigits and min/maxSignificantDigits.', (add) => {
  add('en/minInt', () => [nf('en', { minimumIntegerDigits: 3 }).format(5), nf('en', { minimumIntegerDigits: 6 }).format(12.5)]);
  add('en/minInt-21', () => nf('en', { minimumIntegerDigits: 21 }).format(5));
  add('en-de/minFD-2', () => [nf('en', { minimumFractionDigits: 2 }).format(1), nf('de', { minimumFractionDigits: 2 }).format(1234)]);
  add('en/maxFD-0', () => [0.5, 1.5, 2.5, -1.5].map((v) => nf('en', { maximumFractionDigits: 0 }).format(v)));
  add('en/minFD-1-maxFD-3', () =>
    [1, 1.23456, 1.2].map((v) => nf('en', { minimumFractionDigits: 1, maximumFractionDigits: 3 }).format(v)));
  add('en/maxFD-1-below-default-min', () => nf('en', { maximumFractionDigits: 1 }).format(3.14159));
  add('en/maxFD-20', () => nf('en', { maximumFractionDigits: 20 }).format(0.1));
  add('en/minFD-20', () => nf('en', { minimumFractionDigits: 20 }).format(0.1));
  add('en/maxFD-2-of-1.005', () => nf('en', { maximumFractionDigits: 2 }).format(1.005));
  add('en/currency-maxFD-0', () => nf('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(3.5));
  add('en/maxSD', () =>
    over([1, 3], (sd) => [123456, 0.000123456, 1.5, 99.95].map((v) => nf('en', { maximumSignificantDigits: sd }).format(v))));
  add('en/minSD-2-maxSD-4', () =>
    [1, 12.3456, 0.1].map((v) => nf('en', { minimumSignificantDigits: 2, maximumSignificantDigits: 4 }).format(v)));
  add('en/SD-extremes', () => [nf('en', { minimumSignificantDigits: 3 }).format(1), nf('en', { maximumSignificantDigits: 21 }).format(Math.PI)]);
  add('en/SD-overrides-FD', () => nf('en', { maximumSignificantDigits: 2, maximumFractionDigits: 5 }).format(1.23456));
});

group('nf-rounding', 'The nine roundingModes, roundingIncrement, trailingZeroDisplay and roundingPriority.', (add) => {
  const modes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
  for (const mode of modes) {
    add('en/' + mode, () => ({
      fd0: [2.5, 1.5, 0.5, -0.5, -1.5, -2.5, 1.2, -1.2, 1.8, -1.8].map((v) =>
        nf('en', { maximumFractionDigits: 0, roundingMode: mode }).format(v)),
      sd2: [1.25, -1.25, 1.35, 0.0125].map((v) => nf('en', { maximumSignificantDigits: 2, roundingMode: mode }).format(v)),
    }));
  }
  const inc = (n, fd, extra) => nf('en', Object.assign({ minimumFractionDigits: fd, maximumFractionDigits: fd, roundingIncrement: n }, extra));
  add('en/increment-5', () => [1.234, 1.26, 1.224, -1.275].map((v) => inc(5, 2).format(v)));
  add('en/increment-25', () => [1.13, 1.12, 1.5].map((v) => inc(25, 2).format(v)));
  add('en/increment-50-fd1', () => inc(50, 1).format(7.3));
  add('en/increment-10-halfEven', () => [1.05, 1.15, 1.25].map((v) => inc(10, 2, { roundingMode: 'halfEven' }).format(v)));
  add('en/increment-5000-fd4', () => inc(5000, 4).format(0.76));
  add('de-CH/currency-increment-5', () => inc(5, 2, { style: 'currency', currency: 'CHF' }).format(1.22));
  add('en/trailingZero', () =>
    over(['auto', 'stripIfInteger'], (t) => [1, 1.5, 1.001].map((v) => nf('en', { minimumFractionDigits: 2, trailingZeroDisplay: t }).format(v))));
  add('en/trailingZero-strip-currency', () =>
    [5, 5.5].map((v) => nf('en', { style: 'currency', currency: 'USD', trailingZeroDisplay: 'stripIfInteger' }).format(v)));
  add('en/priority', () =>
    over(['auto', 'morePrecision', 'lessPrecision'], (p) =>
      [1.23456, 123.456, 0.0012345].map((v) =>
        nf('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, roundingPriority: p }).format(v))));
  add('en/priority-minimums', () =>
    over(['morePrecision', 'lessPrecision'], (p) =>
      nf('en', { minimumSignificantDigits: 2, minimumFractionDigits: 2, roundingPriority: p }).format(1)));
});

group('nf-sign', 'signDisplay (auto/never/always/exceptZero/negative) over zero, -0, tiny negatives, NaN; also with accounting.', (add) => {
  for (const s of ['auto', 'never', 'always', 'exceptZero', 'negative']) {
    add('en/' + s, () => ({
      decimal: [-1, -0, 0, 1, -0.0001, NaN, Infinity].map((v) => nf('en', { signDisplay: s }).format(v)),
      accounting: [-5, 0, 5].map((v) =>
        nf('en', { style: 'currency', currency: 'USD', currencySign: 'accounting', signDisplay: s }).format(v)),
    }));
  }
  add('de-ar/always', () => over(['de', 'ar', 'ar-EG'], (l) => [-1, 0, 1].map((v) => nf(l, { signDisplay: 'always' }).format(v))));
  add('he/exceptZero-percent', () => [-0.1, 0, 0.1].map((v) => nf('he', { style: 'percent', signDisplay: 'exceptZero' }).format(v)));
  add('sv/negative-minus-sign', () => nf('sv').format(-42));
});

group('nf-special', 'Negative zero, NaN, infinities, extreme magnitudes, BigInt, numeric strings and other coercions.', (add) => {
  add('en/negative-zero', () => nf('en').format(-0));
  add('locales/NaN-Infinity', () => over(['en', 'de', 'ar-EG', 'ja'], (l) => [NaN, Infinity, -Infinity].map((v) => nf(l).format(v))));
  add('en/1e21', () => nf('en').format(1e21));
  add('en/1e-7', () => [nf('en').format(1e-7), nf('en', { maximumSignificantDigits: 3 }).format(1e-7)]);
  add('en/MAX_VALUE', () => nf('en').format(Number.MAX_VALUE));
  add('en/MIN_VALUE-sd', () => nf('en', { maximumSignificantDigits: 2 }).format(Number.MIN_VALUE));
  add('en/MAX_SAFE_INTEGER+2', () => nf('en').format(Number.MAX_SAFE_INTEGER + 2));
  add('en/bigint', () => [12345678901234567890123n, -9007199254740993n, 0n].map((v) => nf('en').format(v)));
  add('de/bigint', () => nf('de').format(12345678901234567890123n));
  add('en/bigint-currency', () => nf('en', { style: 'currency', currency: 'EUR' }).format(10n ** 20n));
  add('en/strings', () => ['1e3', '  42  ', '0x1F', '', 'abc', '1_000', '-0', '-Infinity', '.5', '+7'].map((v) => nf('en').format(v)));
  add('en/string-precise', () => nf('en', { maximumFractionDigits: 9 }).format('12345678901234567890.123456789'));
  add('en/string-huge-exponent', () => nf('en', { notation: 'scientific' }).format('1.5e400'));
  add('en/other-coercions', () => [true, false, null, undefined, { valueOf: () => 7.5 }].map((v) => nf('en').format(v)));
  add('en/symbol', () => nf('en').format(Symbol('x')));
});

group('nf-currency', 'style "currency": 0/2/3-decimal codes, currencyDisplay, accounting, local currencies per locale.', (add) => {
  for (const c of ['USD', 'EUR', 'JPY', 'GBP', 'INR', 'KWD', 'CHF']) {
    add(c + '/en-US-de', () => over(['en-US', 'de'], (l) => nf(l, { style: 'currency', currency: c }).format(1234.5)));
  }
  const local = [
    ['en-GB', 'GBP'], ['en-IN', 'INR'], ['fr', 'EUR'], ['es', 'EUR'], ['it', 'EUR'], ['pt', 'EUR'],
    ['pt-BR', 'BRL'], ['nl', 'EUR'], ['sv', 'SEK'], ['pl', 'PLN'], ['ru', 'RUB'], ['uk', 'UAH'],
    ['tr', 'TRY'], ['ar', 'SAR'], ['ar-EG', 'EGP'], ['he', 'ILS'], ['hi', 'INR'], ['ja', 'JPY'],
    ['zh', 'CNY'], ['zh-Hant', 'TWD'], ['ko', 'KRW'], ['th', 'THB'],
  ];
  // Local currencies in three cases of up to eight locales: { 'locale CUR': [1234567.891, -5] }.
  for (let i = 0; i < 3; i++) {
    const chunk = local.slice(i * 8, i * 8 + 8);
    add('local/' + chunk[0][0] + '-to-' + chunk[chunk.length - 1][0], () =>
      chunk.reduce((o, [loc, c]) => {
        o[loc + ' ' + c] = [1234567.891, -5].map((v) => nf(loc, { style: 'currency', currency: c }).format(v));
        return o;
      }, {}));
  }
  for (const disp of ['symbol', 'narrowSymbol', 'code', 'name']) {
    add('display-' + disp, () => ({
      en: [1, 2.5].map((v) => nf('en', { style: 'currency', currency: 'USD', currencyDisplay: disp }).format(v)),
      enCA: nf('en-CA', { style: 'currency', currency: 'USD', currencyDisplay: disp }).format(1),
      de: nf('de', { style: 'currency', currency: 'EUR', currencyDisplay: disp }).format(1234.5),
      ja: nf('ja', { style: 'currency', currency: 'JPY', currencyDisplay: disp }).format(1234),
    }));
  }
  add('ru/RUB-name-plurals', () =>
    [1, 2, 5, 1.5].map((v) => nf('ru', { style: 'currency', currency: 'RUB', currencyDisplay: 'name' }).format(v)));
  add('accounting', () => ({
    en: [-1234.5, 1234.5].map((v) => nf('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).format(v)),
    enCode: nf('en', { style: 'currency', currency: 'USD', currencySign: 'accounting', currencyDisplay: 'code' }).format(-5),
    de: nf('de', { style: 'currency', currency: 'EUR', currencySign: 'accounting' }).format(-5),
    ja: nf('ja', { style: 'currency', currency: 'JPY', currencySign: 'accounting' }).format(-5),
  }));
  add('en/odd-codes', () => ['usd', 'ABC', 'XXX'].map((c) => nf('en', { style: 'currency', currency: c }).format(1)));
  add('en/compact-currency', () => nf('en', { style: 'currency', currency: 'USD', notation: 'compact' }).format(1234567));
});

group('nf-percent', 'style "percent" across locales, with fraction digits, sign and compact notation.', (add) => {
  add('locales', () =>
    over(['en', 'de', 'fr', 'tr', 'ar', 'ar-EG', 'he', 'hi', 'ja', 'sv'], (l) => nf(l, { style: 'percent' }).format(0.256)));
  add('en/maxFD-1', () => nf('en', { style: 'percent', maximumFractionDigits: 1 }).format(0.12345));
  add('en/large-negative', () => [12.5, -0.005].map((v) => nf('en', { style: 'percent' }).format(v)));
  add('en/signAlways', () => nf('en', { style: 'percent', signDisplay: 'always' }).format(0.1));
  add('en/compact', () => nf('en', { style: 'percent', notation: 'compact' }).format(123.45));
});

group('nf-unit', 'style "unit": simple and compound units, unitDisplay short/long/narrow, plural forms.', (add) => {
  const units = ['kilometer-per-hour', 'celsius', 'liter', 'megabyte', 'byte', 'percent', 'kilogram', 'mile'];
  for (const u of units) {
    add('en/' + u, () =>
      over(['short', 'long', 'narrow'], (d) => [1, 12.5].map((v) => nf('en', { style: 'unit', unit: u, unitDisplay: d }).format(v))));
  }
  add('locales/speed-temperature', () =>
    over(['de', 'fr', 'ja', 'ar', 'hi', 'zh', 'pl'], (loc) => [
      nf(loc, { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).format(50),
      nf(loc, { style: 'unit', unit: 'celsius' }).format(-3.5),
    ]));
  add('ru/liter-long-plurals', () =>
    [1, 2, 5, 21, 1.5].map((v) => nf('ru', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format(v)));
  add('ar/kilogram-long-plurals', () =>
    [0, 1, 2, 3, 11, 100].map((v) => nf('ar', { style: 'unit', unit: 'kilogram', unitDisplay: 'long' }).format(v)));
  add('en/meter-per-second', () => nf('en', { style: 'unit', unit: 'meter-per-second', unitDisplay: 'long' }).format(3));
  add('gigabyte-per-hour-compound', () => [
    nf('en', { style: 'unit', unit: 'gigabyte-per-hour' }).format(2),
    nf('de', { style: 'unit', unit: 'gigabyte-per-hour', unitDisplay: 'long' }).format(2),
  ]);
  add('en/unit-compact', () => nf('en', { style: 'unit', unit: 'byte', notation: 'compact', unitDisplay: 'narrow' }).format(1500000));
  add('en-US/fahrenheit', () => nf('en-US', { style: 'unit', unit: 'fahrenheit' }).format(98.6));
});

group('nf-notation', 'notation compact (short/long) per locale, scientific and engineering.', (add) => {
  const values = [0, 999, 1000, 1234, 12345, 999999, 1234567, 1.5e9, -2500, 0.00123];
  for (const loc of ['en', 'de', 'ja', 'zh', 'hi', 'en-IN', 'ko', 'es', 'ar', 'ru']) {
    add(loc + '/compact', () =>
      over(['short', 'long'], (d) => values.map((v) => nf(loc, { notation: 'compact', compactDisplay: d }).format(v))));
  }
  add('en/compact-extras', () => [
    nf('en', { notation: 'compact', maximumSignificantDigits: 4 }).format(1234567),
    nf('en', { notation: 'compact' }).format(123456789012n),
    nf('en', { notation: 'compact' }).format(1.5e18),
  ]);
  for (const n of ['scientific', 'engineering']) {
    add(n, () => ({
      en: [123456, 0.000123, -5, 0, 1e21].map((v) => nf('en', { notation: n }).format(v)),
      de: [123456, 0.000123].map((v) => nf('de', { notation: n }).format(v)),
      arEG: nf('ar-EG', { notation: n }).format(123456),
      maxSD2: nf('en', { notation: n, maximumSignificantDigits: 2 }).format(987654),
    }));
  }
});

group('nf-parts', 'NumberFormat formatToParts for each style/notation family, as [type, value] pairs.', (add) => {
  add('decimal', () => over(['en', 'de', 'ar-EG', 'en-IN'], (l) => parts(nf(l).formatToParts(-1234567.891))));
  add('en/NaN-Infinity', () => [NaN, -Infinity].map((v) => parts(nf('en').formatToParts(v))));
  add('en/bigint', () => parts(nf('en').formatToParts(-123456789n)));
  add('en/currency-accounting', () =>
    parts(nf('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).formatToParts(-1234.5)));
  add('fr/currency-name', () => parts(nf('fr', { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).formatToParts(2)));
  add('ja/currency', () => parts(nf('ja', { style: 'currency', currency: 'JPY' }).formatToParts(1234)));
  add('en/percent', () => parts(nf('en', { style: 'percent', signDisplay: 'always' }).formatToParts(0.256)));
  add('tr/percent', () => parts(nf('tr', { style: 'percent' }).formatToParts(0.256)));
  add('en/unit-long', () => parts(nf('en', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).formatToParts(50)));
  add('de/unit-short', () => parts(nf('de', { style: 'unit', unit: 'celsius' }).formatToParts(21.5)));
  add('en/compact-long', () => parts(nf('en', { notation: 'compact', compactDisplay: 'long' }).formatToParts(1234567)));
  add('ja/compact', () => parts(nf('ja', { notation: 'compact' }).formatToParts(123456789)));
  add('en/scientific', () => parts(nf('en', { notation: 'scientific' }).formatToParts(-0.000123)));
  add('en/engineering', () => parts(nf('en', { notation: 'engineering' }).formatToParts(123456)));
  add('en/zero-signs', () => [parts(nf('en', { signDisplay: 'exceptZero' }).formatToParts(0)), parts(nf('en').formatToParts(-0))]);
});

group('nf-range', 'NumberFormat formatRange / formatRangeToParts ([type, value, source]), approximate ranges, errors.', (add) => {
  add('en/basic', () => [nf('en').formatRange(3, 5), nf('en').formatRange(-5, 5), nf('en').formatRange(0, Infinity)]);
  add('en/equal', () => nf('en').formatRange(3, 3));
  add('en/approx-after-rounding', () => nf('en', { maximumFractionDigits: 0 }).formatRange(2.9, 3.1));
  add('en/reversed', () => nf('en').formatRange(5, 3));
  add('currency', () => ({
    en: nf('en', { style: 'currency', currency: 'USD' }).formatRange(3, 5),
    enApprox: nf('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).formatRange(2.9, 3.1),
    de: nf('de', { style: 'currency', currency: 'EUR' }).formatRange(3, 5),
    ja: nf('ja', { style: 'currency', currency: 'JPY' }).formatRange(3000, 5000),
  }));
  add('fr/percent', () => nf('fr', { style: 'percent' }).formatRange(0.1, 0.25));
  add('en/unit', () => nf('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }).formatRange(5, 10));
  add('en/compact', () => [nf('en', { notation: 'compact' }).formatRange(1000, 2500000), nf('en', { notation: 'compact' }).formatRange(1000, 2000)]);
  add('en/bigint-and-strings', () => [nf('en').formatRange(1n, 10n ** 20n), nf('en').formatRange('1e3', '2e3')]);
  add('ar-EG/basic', () => nf('ar-EG').formatRange(3, 5));
  add('en/parts', () => rangeParts(nf('en').formatRangeToParts(3, 5)));
  add('en/parts-currency', () => rangeParts(nf('en', { style: 'currency', currency: 'USD' }).formatRangeToParts(1234, 5678)));
  add('en/parts-equal', () => rangeParts(nf('en').formatRangeToParts(3, 3)));
  add('de/parts-unit', () => rangeParts(nf('de', { style: 'unit', unit: 'liter' }).formatRangeToParts(1.5, 2.5)));
  add('en/NaN', () => nf('en').formatRange(NaN, 5));
  add('en/undefined', () => nf('en').formatRange(undefined, 5));
  add('en/parts-missing-end', () => nf('en').formatRangeToParts(1));
});

group('nf-resolved', 'NumberFormat resolvedOptions() for various inputs.', (add) => {
  const ro = (loc, opts) => nf(loc, opts).resolvedOptions();
  add('en/default', () => ro('en'));
  add('en-US/default', () => ro('en-US'));
  add('de/currency-lowercase', () => ro('de', { style: 'currency', currency: 'eur' }));
  add('ja/currency-JPY', () => ro('ja', { style: 'currency', currency: 'JPY' }));
  add('en/currency-KWD-accounting-name', () => ro('en', { style: 'currency', currency: 'KWD', currencySign: 'accounting', currencyDisplay: 'name' }));
  add('en/percent', () => ro('en', { style: 'percent' }));
  add('en/unit', () => ro('en', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }));
  add('en/notations', () => [ro('en', { notation: 'compact', compactDisplay: 'long' }), ro('en', { notation: 'scientific' })]);
  add('en/significant', () => ro('en', { minimumSignificantDigits: 2, maximumSignificantDigits: 5 }));
  add('en/fraction-defaults', () => [ro('en', { maximumFractionDigits: 0 }), ro('en', { minimumFractionDigits: 5 })]);
  add('en/priority-more', () => ro('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, roundingPriority: 'morePrecision' }));
  add('en/increment', () => ro('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingIncrement: 25, roundingMode: 'floor' }));
  add('en/grouping', () => over([false, 'min2', true], (g) => ro('en', { useGrouping: g }).useGrouping));
  add('en/sign-trailing', () => ro('en', { signDisplay: 'negative', trailingZeroDisplay: 'stripIfInteger' }));
  add('ar/defaults', () => over(['ar', 'ar-EG'], (l) => ro(l)));
  add('en-u-nu-thai', () => [ro('en-u-nu-thai'), ro('en-u-nu-thai', { numberingSystem: 'deva' })]);
  add('locale-resolution', () => [ro('de-u-co-phonebk').locale, ro(['xx', 'fr-CA', 'de']).locale]);
});

group('nf-numsys', 'numberingSystem option and the -u-nu- extension, including locale defaults (ar-EG, fa).', (add) => {
  add('en/options', () =>
    over(['latn', 'arab', 'arabext', 'thai', 'hanidec', 'deva', 'beng', 'fullwide'], (ns) =>
      nf('en', { numberingSystem: ns }).format(1234567.89)));
  for (const loc of ['ar-EG', 'ar', 'ar-u-nu-latn', 'ar-EG-u-nu-latn', 'de-u-nu-arab', 'hi-u-nu-deva', 'fa', 'th-u-nu-thai']) {
    add(loc, () => nf(loc).format(1234567.89));
  }
  add('zh-u-nu-hanidec', () => nf('zh-u-nu-hanidec').format(2024));
  add('unknown-or-algorithmic', () => [
    nf('en', { numberingSystem: 'abcd' }).format(12),
    nf('en-u-nu-abcd').resolvedOptions().numberingSystem,
    nf('en-u-nu-roman').resolvedOptions().numberingSystem,
  ]);
});

group('nf-errors', 'Invalid NumberFormat options and arguments (RangeError/TypeError).', (add) => {
  add('currency-too-short', () => nf('en', { style: 'currency', currency: 'US' }));
  add('currency-too-long', () => nf('en', { style: 'currency', currency: 'USDX' }));
  add('currency-missing', () => nf('en', { style: 'currency' }));
  add('unit-unknown', () => nf('en', { style: 'unit', unit: 'furlong' }));
  add('unit-bad-compound', () => nf('en', { style: 'unit', unit: 'meter-per-furlong' }));
  add('unit-not-sanctioned', () => nf('en', { style: 'unit', unit: 'square-meter' }));
  add('unit-missing', () => nf('en', { style: 'unit' }));
  add('maxFD-101', () => nf('en', { maximumFractionDigits: 101 }));
  add('minFD-gt-maxFD', () => nf('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }));
  add('minInt-0', () => nf('en', { minimumIntegerDigits: 0 }));
  add('minInt-22', () => nf('en', { minimumIntegerDigits: 22 }));
  add('maxSD-22', () => nf('en', { maximumSignificantDigits: 22 }));
  add('style-bogus', () => nf('en', { style: 'bogus' }));
  add('signDisplay-bogus', () => nf('en', { signDisplay: 'bogus' }));
  add('roundingMode-bogus', () => nf('en', { roundingMode: 'up' }));
  add('roundingIncrement-3', () => nf('en', { roundingIncrement: 3, maximumFractionDigits: 2, minimumFractionDigits: 2 }));
  add('roundingIncrement-min-ne-max', () => nf('en', { roundingIncrement: 5, maximumFractionDigits: 2 }));
  add('roundingIncrement-with-SD', () => nf('en', { roundingIncrement: 5, maximumSignificantDigits: 2 }));
  add('useGrouping-bogus', () => nf('en', { useGrouping: 'bogus' }));
  add('numberingSystem-malformed', () => nf('en', { numberingSystem: 'a!' }));
  add('locale-malformed', () => nf('en_US'));
  add('locale-non-string', () => nf([5]));
  add('formatToParts-wrong-this', () => Intl.NumberFormat.prototype.formatToParts.call({}, 1));
});

// ---------------------------------------------------------------------------
// DateTimeFormat
// ---------------------------------------------------------------------------

group('dtf-style', 'dateStyle/timeStyle alone and combined (zone UTC), in every locale; the default format.', (add) => {
  for (const loc of LOCALES) {
    add(loc + '/styles', () => ({
      dateFull: fmt(loc, { dateStyle: 'full' }, D),
      mediumShort: fmt(loc, { dateStyle: 'medium', timeStyle: 'short' }, D),
    }));
  }
  const styles = ['full', 'long', 'medium', 'short'];
  add('en-US/dateStyle', () => over(styles, (s) => fmt('en-US', { dateStyle: s }, D)));
  add('en-US/timeStyle', () => over(styles, (s) => fmt('en-US', { timeStyle: s }, D)));
  for (const locs of [['en-US', 'en-GB', 'de', 'fr', 'ja'], ['zh', 'ar', 'he', 'ko', 'hi']]) {
    add(locs.join('-') + '/both-same-style', () => over(locs, (l) => over(styles, (s) => fmt(l, { dateStyle: s, timeStyle: s }, D))));
  }
  add('en-US/full-short', () => fmt('en-US', { dateStyle: 'full', timeStyle: 'short' }, D));
  add('en-US/timeStyle-long-NewYork', () => fmt('en-US', { timeStyle: 'long', timeZone: 'America/New_York' }, D));
  add('default-format', () => over(['en-US', 'de', 'ja', 'ar-EG'], (l) => new Intl.DateTimeFormat(l).format(D)));
  add('en-US/default-format-number-arg', () => new Intl.DateTimeFormat('en-US').format(0));
  add('en-US/epoch-and-bce', () => [EPOCH, BCE].map((d) => fmt('en-US', { dateStyle: 'full', timeStyle: 'long' }, d)));
});

group('dtf-components', 'Component bags: weekday, era, year, month forms, day, hour/minute/second, fractionalSecondDigits.', (add) => {
  for (const loc of ['en-US', 'de', 'ja', 'ar']) {
    add(loc + '/weekday', () => over(['long', 'short', 'narrow'], (w) => fmt(loc, { weekday: w }, D)));
  }
  const months = ['numeric', '2-digit', 'long', 'short', 'narrow'];
  add('en-US/month', () => over(months, (m) => fmt('en-US', { month: m }, D)));
  add('en-US/month-day', () => over(months, (m) => fmt('en-US', { month: m, day: 'numeric' }, D)));
  add('ru/month-day', () => over(months, (m) => fmt('ru', { month: m, day: 'numeric' }, D)));
  add('pl/month', () => over(months, (m) => fmt('pl', { month: m }, D)));
  add('en-US/era', () => over(['long', 'short', 'narrow'], (e) => [D, BCE].map((d) => fmt('en-US', { era: e, year: 'numeric' }, d))));
  add('en-US/era-alone', () => fmt('en-US', { era: 'short' }, D));
  add('ja/era-long-date', () => fmt('ja', { era: 'long', year: 'numeric', month: 'long', day: 'numeric' }, BCE));
  add('en-US/year', () => ({
    numeric: fmt('en-US', { year: 'numeric' }, D),
    twoDigit: [D, utc(1999, 1, 1), utc(5, 1, 1)].map((d) => fmt('en-US', { year: '2-digit' }, d)),
  }));
  add('en-US/year-month-long', () => fmt('en-US', { year: 'numeric', month: 'long' }, D));
  add('ymd-2-digit', () => over(['en-US', 'en-GB'], (l) => fmt(l, { year: '2-digit', month: '2-digit', day: '2-digit' }, D)));
  add('en-US/day', () => [fmt('en-US', { day: '2-digit' }, D), fmt('en-US', { weekday: 'short', day: 'numeric' }, D)]);
  add('en-US/hms', () => ({
    numeric: fmt('en-US', { hour: 'numeric', minute: 'numeric', second: 'numeric' }, D),
    twoDigit: fmt('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit' }, D),
  }));
  add('en-US/single-time-fields', () => ({
    hour: fmt('en-US', { hour: 'numeric' }, D),
    minute: fmt('en-US', { minute: '2-digit' }, D),
    second: fmt('en-US', { second: 'numeric' }, D),
  }));
  add('en-US/fractional', () => over([1, 2, 3], (f) => fmt('en-US', { minute: 'numeric', second: 'numeric', fractionalSecondDigits: f }, D)));
  add('de/fractional', () =>
    over([1, 2, 3], (f) => fmt('de', { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: f }, D)));
  add('en-US/fractional-alone', () => fmt('en-US', { fractionalSecondDigits: 3 }, D));
  add('cjk/ymd-long', () =>
    over(['ja', 'zh', 'ko', 'zh-Hant'], (l) => fmt(l, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }, D)));
  add('ar-EG/ymd-numeric', () => fmt('ar-EG', { year: 'numeric', month: 'numeric', day: 'numeric' }, D));
  add('he/ymd-long', () => fmt('he', { year: 'numeric', month: 'long', day: 'numeric' }, D));
  add('fr/weekday-hm', () => fmt('fr', { weekday: 'long', hour: 'numeric', minute: '2-digit' }, D));
  add('en-US/all-components', () =>
    fmt('en-US', { weekday: 'long', era: 'short', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2, timeZoneName: 'short' }, D));
});

group('dtf-hour', 'hour12, hourCycle h11/h12/h23/h24, -u-hc-, and dayPeriod narrow/short/long (times 00:05, 12:05, 19:05).', (add) => {
  const times = [MIDNIGHT, NOON, EVENING];
  const hm = (loc, opts) => times.map((d) => fmt(loc, Object.assign({ hour: 'numeric', minute: '2-digit' }, opts), d));
  add('locale-defaults', () => over(['en-US', 'en-GB', 'de', 'ja', 'ko', 'zh', 'ar', 'hi', 'fr'], (l) => hm(l, {})));
  for (const loc of ['en-US', 'de', 'ja', 'ko']) {
    add(loc + '/hour12', () => over([true, false], (h) => hm(loc, { hour12: h })));
  }
  for (const loc of ['en-US', 'de']) {
    add(loc + '/hourCycle', () => over(['h11', 'h12', 'h23', 'h24'], (hc) => hm(loc, { hourCycle: hc })));
  }
  add('en-US/ext-hc', () => over(['h11', 'h12', 'h23', 'h24'], (hc) => fmt('en-US-u-hc-' + hc, { hour: 'numeric', minute: '2-digit' }, MIDNIGHT)));
  add('en-US/precedence', () => ({
    hour12BeatsHourCycle: fmt('en-US', { hour: 'numeric', hour12: false, hourCycle: 'h11' }, MIDNIGHT),
    hourCycleBeatsExt: fmt('en-US-u-hc-h23', { hour: 'numeric', hourCycle: 'h12' }, MIDNIGHT),
  }));
  add('timeStyle-with-cycle', () => ({
    enUSHour12False: fmt('en-US', { timeStyle: 'short', hour12: false }, EVENING),
    enUSh24: fmt('en-US', { timeStyle: 'short', hourCycle: 'h24' }, MIDNIGHT),
    jaHour12True: fmt('ja', { timeStyle: 'short', hour12: true }, EVENING),
  }));
  const periods = [MIDNIGHT, MORNING, NOON, AFTERNOON, EVENING, NIGHT];
  for (const loc of ['en', 'de', 'zh']) {
    add(loc + '/dayPeriod', () =>
      over(['narrow', 'short', 'long'], (p) => periods.map((d) => fmt(loc, { hour: 'numeric', dayPeriod: p }, d))));
  }
  add('en/dayPeriod-alone', () => periods.map((d) => fmt('en', { dayPeriod: 'long' }, d)));
  add('en/dayPeriod-h23', () => fmt('en', { hour: 'numeric', dayPeriod: 'short', hourCycle: 'h23' }, EVENING));
});

group('dtf-tz', 'IANA zones: DST on both sides and at the 2024 transitions, half/quarter-hour offsets, links, history.', (add) => {
  const f = (tz, d) => fmt('en-US', { dateStyle: 'medium', timeStyle: 'long', timeZone: tz }, d);
  add('UTC', () => f('UTC', D));
  add('NewYork/winter-summer', () => [f('America/New_York', WINTER), f('America/New_York', SUMMER)]);
  add('NewYork/spring-transition', () =>
    [utc(2024, 3, 10, 6, 59, 59), utc(2024, 3, 10, 7, 0, 0), D].map((d) => f('America/New_York', d)));
  add('NewYork/fall-transition', () =>
    [utc(2024, 11, 3, 5, 30), utc(2024, 11, 3, 5, 59, 59), utc(2024, 11, 3, 6, 0, 0), utc(2024, 11, 3, 6, 30)].map((d) =>
      f('America/New_York', d)));
  add('NewYork/fall-longOffset', () =>
    [utc(2024, 11, 3, 5, 59, 59), utc(2024, 11, 3, 6, 0, 0)].map((d) =>
      fmt('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'America/New_York', timeZoneName: 'longOffset' }, d)));
  add('NewYork/1850-lmt', () =>
    fmt('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'America/New_York' }, utc(1850, 6, 1, 12, 0, 0)));
  add('NewYork/1969-and-2100', () => [utc(1969, 12, 31, 23), utc(2100, 7, 1, 12)].map((d) => f('America/New_York', d)));
  add('Berlin/winter-summer', () => [f('Europe/Berlin', WINTER), f('Europe/Berlin', SUMMER)]);
  add('Berlin/spring-transition', () => [utc(2024, 3, 31, 0, 59, 59), utc(2024, 3, 31, 1, 0, 0)].map((d) => f('Europe/Berlin', d)));
  add('Berlin/de-full', () => fmt('de', { dateStyle: 'full', timeStyle: 'full', timeZone: 'Europe/Berlin' }, SUMMER));
  add('Kolkata', () => [f('Asia/Kolkata', D), fmt('hi', { dateStyle: 'long', timeStyle: 'long', timeZone: 'Asia/Kolkata' }, D)]);
  add('LordHowe/winter-summer', () => [f('Australia/Lord_Howe', WINTER), f('Australia/Lord_Howe', SUMMER)]);
  add('LordHowe/transition', () =>
    [utc(2024, 4, 6, 14, 59), utc(2024, 4, 6, 15, 0)].map((d) => fmt('en-US', { timeStyle: 'long', timeZone: 'Australia/Lord_Howe' }, d)));
  add('Kathmandu', () => f('Asia/Kathmandu', D));
  add('Chatham/winter-summer', () => [f('Pacific/Chatham', WINTER), f('Pacific/Chatham', SUMMER)]);
  add('SaoPaulo/now-and-2018-dst', () => [f('America/Sao_Paulo', D), f('America/Sao_Paulo', utc(2018, 12, 1, 12))]);
  add('extremes-plus14-minus11', () => [f('Pacific/Kiritimati', D), f('Pacific/Pago_Pago', D)]);
  add('identifiers', () =>
    over(['america/new_york', 'Asia/Calcutta', 'US/Eastern', 'Etc/GMT+5', 'Etc/UTC', 'GMT'], (tz) => f(tz, SUMMER)));
  add('default-zone-is-utc', () => new Intl.DateTimeFormat('en-US', { timeStyle: 'long' }).format(D));
});

group('dtf-tzname', 'timeZoneName short/long/shortOffset/longOffset/shortGeneric/longGeneric per zone and locale.', (add) => {
  const styles = ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'];
  const all = (loc, tz, d) => over(styles, (s) => fmt(loc, { hour: 'numeric', minute: '2-digit', timeZone: tz, timeZoneName: s }, d));
  add('en-US/UTC', () => all('en-US', 'UTC', D));
  add('en-US/NewYork-winter', () => all('en-US', 'America/New_York', WINTER));
  add('en-US/NewYork-summer', () => all('en-US', 'America/New_York', SUMMER));
  add('en-US/Berlin-summer', () => all('en-US', 'Europe/Berlin', SUMMER));
  add('en-US/Kolkata', () => all('en-US', 'Asia/Kolkata', D));
  add('en-US/Kathmandu', () => all('en-US', 'Asia/Kathmandu', D));
  add('en-US/LordHowe-summer', () => all('en-US', 'Australia/Lord_Howe', SUMMER));
  add('en-US/Chatham-winter', () => all('en-US', 'Pacific/Chatham', WINTER));
  add('en-US/SaoPaulo', () => all('en-US', 'America/Sao_Paulo', D));
  add('en-US/Etc-GMT+5', () => all('en-US', 'Etc/GMT+5', D));
  add('en-GB/London-summer', () => all('en-GB', 'Europe/London', SUMMER));
  add('de/NewYork-summer', () => all('de', 'America/New_York', SUMMER));
  add('de/Berlin-winter', () => all('de', 'Europe/Berlin', WINTER));
  add('ja/Tokyo', () => all('ja', 'Asia/Tokyo', D));
  add('fr/Paris-summer', () => all('fr', 'Europe/Paris', SUMMER));
  add('ar-EG/Cairo', () => all('ar-EG', 'Africa/Cairo', WINTER));
  add('en-US/date-only', () => fmt('en-US', { timeZone: 'America/New_York', timeZoneName: 'short' }, D));
});

group('dtf-offset-zones', 'UTC-offset time zone ids such as "+05:30" (allowed by current ECMA-402; Node 20 / V8 11.3 rejects them).', (add) => {
  add('plus0530/format', () => fmt('en-US', { timeStyle: 'long', timeZone: '+05:30' }, D));
  add('minus0800/format', () => fmt('en-US', { dateStyle: 'short', timeStyle: 'long', timeZone: '-08:00' }, D));
  add('plus0530/resolved', () => dtf('en-US', { timeZone: '+05:30' }).resolvedOptions().timeZone);
  add('plus0530-compact/resolved', () => dtf('en-US', { timeZone: '+0530' }).resolvedOptions().timeZone);
  add('seconds-rejected', () => dtf('en-US', { timeZone: '+05:30:15' }));
  add('out-of-range', () => dtf('en-US', { timeZone: '+24:00' }));
});

group('dtf-calendars', 'calendar option and -u-ca-: japanese, buddhist, islamic-umalqura, hebrew, chinese and others.', (add) => {
  const long = { year: 'numeric', month: 'long', day: 'numeric', era: 'short' };
  add('japanese', () => ({
    en: fmt('en-u-ca-japanese', { dateStyle: 'full' }, D),
    ja: fmt('ja-JP-u-ca-japanese', { dateStyle: 'full' }, D),
    option: fmt('en', { calendar: 'japanese', dateStyle: 'long' }, D),
  }));
  add('ja-u-ca-japanese/era-boundaries', () =>
    [utc(1989, 1, 7), utc(1989, 1, 8), utc(2019, 4, 30), utc(2019, 5, 1)].map((d) => fmt('ja-JP-u-ca-japanese', { dateStyle: 'long' }, d)));
  add('buddhist', () => [fmt('th', { dateStyle: 'long' }, D), fmt('en-u-ca-buddhist', long, D)]);
  add('islamic', () => ({
    arSA: fmt('ar-SA', { dateStyle: 'long' }, D),
    arUmalqura: fmt('ar-u-ca-islamic-umalqura', { dateStyle: 'full' }, D),
    enUmalqura: fmt('en-u-ca-islamic-umalqura', long, D),
    enCivil: fmt('en-u-ca-islamic-civil', long, D),
  }));
  add('hebrew', () => ({
    he: fmt('he-u-ca-hebrew', { dateStyle: 'full' }, D),
    en: fmt('en-u-ca-hebrew', long, D),
    leapMonth: fmt('en-u-ca-hebrew', { month: 'long', day: 'numeric' }, D),
  }));
  add('chinese', () => [fmt('zh-u-ca-chinese', { dateStyle: 'full' }, D), fmt('en-u-ca-chinese', { dateStyle: 'long' }, D)]);
  add('zh-u-ca-chinese/parts', () => parts(dtf('zh-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric' }).formatToParts(D)));
  add('en-u-ca-chinese/parts', () => parts(dtf('en-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric' }).formatToParts(D)));
  add('ko-u-ca-dangi', () => fmt('ko-u-ca-dangi', { dateStyle: 'long' }, D));
  add('persian', () => [fmt('fa', { dateStyle: 'long' }, D), fmt('en-u-ca-persian', long, D)]);
  add('roc', () => [fmt('zh-TW-u-ca-roc', { dateStyle: 'long' }, D), fmt('en-u-ca-roc', long, D)]);
  add('others-en', () => over(['ethiopic', 'coptic', 'indian'], (c) => fmt('en-u-ca-' + c, long, D)));
  // ICU's iso8601 medium/long patterns are degenerate ("2024  10"); only the numeric forms are compared.
  add('iso8601', () => ({
    short: fmt('en-u-ca-iso8601', { dateStyle: 'short' }, D),
    numeric: fmt('en-u-ca-iso8601', { year: 'numeric', month: '2-digit', day: '2-digit' }, D),
    calendar: dtf('en-u-ca-iso8601').resolvedOptions().calendar,
  }));
  add('resolution', () => ({
    optionBeatsExtension: dtf('en-u-ca-japanese', { calendar: 'gregory' }).resolvedOptions().calendar,
    extensionLocale: dtf('en-u-ca-japanese').resolvedOptions().locale,
    unknownWellformed: dtf('en', { calendar: 'abcdef' }).resolvedOptions().calendar,
    aliasIslamicc: dtf('en', { calendar: 'islamicc' }).resolvedOptions().calendar,
    aliasAmeteAlem: dtf('en', { calendar: 'ethiopic-amete-alem' }).resolvedOptions().calendar,
  }));
  add('malformed-calendar', () => dtf('en', { calendar: 'a!' }));
});

group('dtf-parts', 'DateTimeFormat formatToParts as [type, value] pairs.', (add) => {
  add('en-US/full', () => parts(dtf('en-US', { dateStyle: 'full', timeStyle: 'full' }).formatToParts(D)));
  add('en-US/NewYork-short', () =>
    parts(dtf('en-US', { dateStyle: 'short', timeStyle: 'short', timeZone: 'America/New_York' }).formatToParts(D)));
  add('de/long', () => parts(dtf('de', { dateStyle: 'long', timeStyle: 'medium' }).formatToParts(D)));
  add('ja-ko/full', () => over(['ja', 'ko'], (l) => parts(dtf(l, { dateStyle: 'full', timeStyle: 'short' }).formatToParts(D))));
  add('ar-EG/short', () => parts(dtf('ar-EG', { dateStyle: 'short', timeStyle: 'short' }).formatToParts(D)));
  add('he/long', () => parts(dtf('he', { dateStyle: 'long' }).formatToParts(D)));
  add('en/dayPeriod', () => parts(dtf('en', { hour: 'numeric', dayPeriod: 'long' }).formatToParts(EVENING)));
  add('en/fractional', () => parts(dtf('en', { minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 }).formatToParts(D)));
  add('en/era', () => parts(dtf('en', { era: 'long', year: 'numeric' }).formatToParts(BCE)));
  add('en/tzname-longOffset', () =>
    parts(dtf('en', { hour: 'numeric', timeZone: 'Asia/Kathmandu', timeZoneName: 'longOffset' }).formatToParts(D)));
  add('en/default-bag', () => parts(new Intl.DateTimeFormat('en').formatToParts(D)));
  add('en/invalid-date', () => new Intl.DateTimeFormat('en').formatToParts(NaN));
});

group('dtf-range', 'DateTimeFormat formatRange / formatRangeToParts: same/different day, month, year; collapsed ranges; errors.', (add) => {
  const ranges = {
    sameDay: [utc(2024, 3, 10, 9, 0), utc(2024, 3, 10, 17, 30)],
    sameDayAm: [utc(2024, 3, 10, 9, 0), utc(2024, 3, 10, 10, 30)],
    days: [utc(2024, 3, 10), utc(2024, 3, 15)],
    months: [utc(2024, 3, 10), utc(2024, 5, 2)],
    years: [utc(2023, 12, 30), utc(2024, 1, 2)],
  };
  const R = (loc, opts, k) => dtf(loc, opts).formatRange(ranges[k][0], ranges[k][1]);
  const RP = (loc, opts, k) => rangeParts(dtf(loc, opts).formatRangeToParts(ranges[k][0], ranges[k][1]));
  for (const loc of ['en-US', 'de', 'ja', 'fr', 'ar']) {
    add(loc + '/medium', () => {
      const r = over(Object.keys(ranges), (k) => R(loc, { dateStyle: 'medium' }, k));
      r.withTimeSameDay = R(loc, { dateStyle: 'medium', timeStyle: 'short' }, 'sameDay');
      return r;
    });
  }
  add('en-US/hm', () => over(['sameDay', 'sameDayAm', 'days'], (k) => R('en-US', { hour: 'numeric', minute: '2-digit' }, k)));
  add('en-US/month-day-across-years', () => R('en-US', { month: 'short', day: 'numeric' }, 'years'));
  add('en-US/collapsed', () => ({
    identical: dtf('en-US', { dateStyle: 'long' }).formatRange(D, D),
    sameDateDifferentTime: R('en-US', { dateStyle: 'long' }, 'sameDay'),
  }));
  add('en-US/reversed', () => dtf('en-US', { dateStyle: 'medium' }).formatRange(ranges.days[1], ranges.days[0]));
  add('en-US/numbers', () => dtf('en-US').formatRange(0, 86400000 * 3));
  add('en-US/NewYork-across-dst', () =>
    dtf('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York', timeZoneName: 'short' }).formatRange(utc(2024, 3, 10, 6, 30), utc(2024, 3, 10, 7, 30)));
  add('en-US/parts-days', () => RP('en-US', { dateStyle: 'medium' }, 'days'));
  add('en-US/parts-sameDay', () => RP('en-US', { hour: 'numeric', minute: '2-digit' }, 'sameDay'));
  add('en-US/parts-identical', () => rangeParts(dtf('en-US', { dateStyle: 'medium' }).formatRangeToParts(D, D)));
  add('de/parts-months', () => RP('de', { dateStyle: 'long' }, 'months'));
  add('ja/parts-years', () => RP('ja', { dateStyle: 'long' }, 'years'));
  add('undefined-end', () => dtf('en-US').formatRange(D, undefined));
  add('invalid-date', () => dtf('en-US').formatRange(D, INVALID_DATE));
  add('parts-invalid-date', () => dtf('en-US').formatRangeToParts(INVALID_DATE, D));
});

group('dtf-resolved', 'DateTimeFormat resolvedOptions() for various inputs (zone ids, hour cycles, defaults, extensions).', (add) => {
  const ro = (loc, opts) => new Intl.DateTimeFormat(loc, opts).resolvedOptions();
  add('en-US/default', () => ro('en-US'));
  add('de/dateStyle-full', () => ro('de', { dateStyle: 'full' }));
  add('en-US/dateStyle-timeStyle', () => ro('en-US', { dateStyle: 'medium', timeStyle: 'short' }));
  add('hour-numeric', () => over(['en-US', 'en-GB', 'ja', 'ko'], (l) => ro(l, { hour: 'numeric' })));
  add('hour12', () => ({
    jaTrue: ro('ja', { hour: 'numeric', hour12: true }),
    enUSFalse: ro('en-US', { hour: 'numeric', hour12: false }),
    deTrue: ro('de', { hour: 'numeric', hour12: true }),
  }));
  add('hourCycle', () => ({
    h24: ro('en-US', { hour: 'numeric', hourCycle: 'h24' }),
    withoutHour: ro('en-US', { hourCycle: 'h23' }),
    extension: ro('en-US-u-hc-h23', { hour: 'numeric' }),
  }));
  add('en-US/components', () =>
    ro('en-US', { weekday: 'short', era: 'narrow', year: '2-digit', month: 'narrow', day: '2-digit', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2, timeZoneName: 'shortGeneric' }));
  add('en-US/month-2-digit', () => ro('en-US', { month: '2-digit', day: 'numeric' }));
  add('ja-u-ca-japanese', () => ro('ja-JP-u-ca-japanese', { dateStyle: 'long' }));
  add('ar-EG/numbering', () => ro('ar-EG'));
  add('zone-ids', () =>
    over(['america/new_york', 'Asia/Calcutta', 'Asia/Kolkata', 'US/Eastern', 'Etc/UTC', 'Etc/GMT', 'utc', 'etc/gmt+5'], (tz) =>
      ro('en', { timeZone: tz }).timeZone));
  add('locale-extensions', () => ({
    nu: ro('en-u-nu-arab').locale,
    unrelatedDropped: ro('en-u-co-phonebk-kn').locale,
    caAndHc: ro('en-u-ca-buddhist-hc-h23', { hour: 'numeric' }).locale,
  }));
});

group('dtf-errors', 'Invalid DateTimeFormat options/arguments (RangeError/TypeError), time value limits, "Invalid Date".', (add) => {
  add('format-invalid-date', () => dtf('en-US').format(INVALID_DATE));
  add('format-NaN', () => dtf('en-US').format(NaN));
  add('format-too-large', () => dtf('en-US').format(8.64e15 + 1));
  add('format-time-value-limits', () => [8.64e15, -8.64e15].map((t) => dtf('en-US', { dateStyle: 'full', timeStyle: 'long' }).format(t)));
  add('toLocaleString-invalid-date', () => [INVALID_DATE.toLocaleString('en-US'), INVALID_DATE.toLocaleDateString('de')]);
  add('timeZone-unknown', () => dtf('en-US', { timeZone: 'Mars/Olympus_Mons' }));
  add('timeZone-empty', () => dtf('en-US', { timeZone: '' }));
  add('dateStyle-with-component', () => dtf('en-US', { dateStyle: 'full', hour: 'numeric' }));
  add('timeStyle-with-timeZoneName', () => dtf('en-US', { timeStyle: 'short', timeZoneName: 'short' }));
  add('timeStyle-bogus', () => dtf('en-US', { timeStyle: 'huge' }));
  add('hourCycle-bogus', () => dtf('en-US', { hour: 'numeric', hourCycle: 'h25' }));
  add('fractional-4', () => dtf('en-US', { fractionalSecondDigits: 4 }));
  add('timeZoneName-bogus', () => dtf('en-US', { timeZoneName: 'medium' }));
  add('locale-malformed', () => dtf('en-US-'));
  add('format-symbol', () => dtf('en-US').format(Symbol('x')));
  add('formatToParts-wrong-this', () => Intl.DateTimeFormat.prototype.formatToParts.call({}, D));
});

// ---------------------------------------------------------------------------
// Collator
// ---------------------------------------------------------------------------

group('coll', 'Collator: locale sort orders, sensitivity, numeric, caseFirst, ignorePunctuation, usage, localeCompare (compare results as signs).', (add) => {
  const german = ['Zebra', 'Äpfel', 'apfel', 'Apfel', 'Ärger', 'ähnlich', 'Ofen', 'Öl', 'Müller', 'Mueller', 'Straße', 'Strasse', 'Muller'];
  const nordic = ['z', 'å', 'ä', 'ö', 'a', 'o', 'ü', 'y', 'v', 'w', 'æ', 'ø'];
  add('de/sort', () => sortWith('de', {}, german));
  add('de-u-co-phonebk/sort', () => sortWith('de-u-co-phonebk', {}, german));
  add('en/sort-german-words', () => sortWith('en', {}, german));
  add('sv/sort', () => sortWith('sv', {}, nordic));
  add('de/sort-nordic-letters', () => sortWith('de', {}, nordic));
  add('es/sort', () => sortWith('es', {}, ['ñu', 'nube', 'oso', 'llama', 'luz', 'chico', 'cosa', 'Ñandú', 'nata']));
  add('es-u-co-trad/sort', () => sortWith('es-u-co-trad', {}, ['ñu', 'nube', 'oso', 'llama', 'luz', 'chico', 'cosa', 'cz']));
  add('tr/sort', () => sortWith('tr', {}, ['ı', 'i', 'I', 'İ', 'h', 'j', 'ç', 'c', 'd', 'ş', 's', 't', 'ğ', 'g', 'ü', 'u', 'ö', 'o']));
  add('fr/sort-accents', () => over(['fr', 'fr-CA'], (l) => sortWith(l, {}, ['côte', 'cote', 'côté', 'coté'])));
  add('ja/sort', () => sortWith('ja', {}, ['カ', 'か', 'が', 'あ', 'ア', '漢字', 'ひらがな', 'ｶ', 'ー', 'a']));
  add('zh/sort', () => ({
    pinyin: sortWith('zh', {}, ['北京', '上海', '广州', '深圳', '重庆', '阿', '中国', 'a']),
    stroke: sortWith('zh-u-co-stroke', {}, ['北京', '上海', '广州', '深圳', '重庆', '阿', '中国']),
    hant: sortWith('zh-Hant', {}, ['北京', '上海', '廣州', '深圳', '重慶', '阿', '中國']),
  }));
  add('ru/sort', () => sortWith('ru', {}, ['ёж', 'еж', 'яблоко', 'Ель', 'арбуз', 'b', 'a']));
  add('pl/sort', () => sortWith('pl', {}, ['łódź', 'lody', 'żaba', 'zebra', 'źrebię', 'ćma', 'cma', 'ósmy', 'osa']));
  add('en/sort-mixed', () => sortWith('en', {}, ['b', 'B', 'a', 'A', 'á', '1', '10', '2', '_x', '-y', ' z', 'ä']));
  const pairs = [['a', 'á'], ['a', 'A'], ['a', 'b'], ['a', 'ä'], ['e', 'é'], ['ı', 'i'], ['a', 'a\u0301'], ['á', 'a\u0301'], ['ﬁ', 'fi']];
  add('en/sensitivity', () =>
    over(['base', 'accent', 'case', 'variant'], (s) => pairs.map(([x, y]) => sign(new Intl.Collator('en', { sensitivity: s }).compare(x, y)))));
  add('sensitivity-base-local-letters', () => ({
    svARing: sign(new Intl.Collator('sv', { sensitivity: 'base' }).compare('a', 'å')),
    deAUmlaut: sign(new Intl.Collator('de', { sensitivity: 'base' }).compare('a', 'ä')),
  }));
  const items = ['item10', 'item2', 'item1', 'item20', 'item02', 'Item3'];
  add('en/numeric', () => over([false, true], (n) => sortWith('en', { numeric: n }, items)));
  add('numeric-extension', () => ({
    kn: sortWith('en-u-kn', {}, items),
    optionFalseWins: sortWith('en-u-kn-true', { numeric: false }, items),
  }));
  add('en/numeric-decimal-separator', () => sortWith('en', { numeric: true }, ['1.10', '1.9', '1.2']));
  add('en/caseFirst', () => over(['upper', 'lower', 'false'], (c) => sortWith('en', { caseFirst: c }, ['a', 'A', 'b', 'B', 'ab', 'Ab'])));
  add('caseFirst-defaults', () => ({ kfUpper: sortWith('en-u-kf-upper', {}, ['a', 'A', 'b', 'B']), da: sortWith('da', {}, ['a', 'A', 'b', 'B']) }));
  const punct = [['co-op', 'coop'], ['a b', 'ab'], ['a.b', 'ab'], ['a', 'b.']];
  add('en/ignorePunctuation', () => over([false, true], (ip) => punct.map(([x, y]) => sign(new Intl.Collator('en', { ignorePunctuation: ip }).compare(x, y)))));
  add('th/ignorePunctuation-default', () => new Intl.Collator('th').resolvedOptions().ignorePunctuation);
  add('usage-search', () => ({
    de: [['a', 'ä'], ['a', 'A'], ['ss', 'ß']].map(([x, y]) => sign(new Intl.Collator('de', { usage: 'search', sensitivity: 'base' }).compare(x, y))),
    daAa: sign(new Intl.Collator('da', { usage: 'search', sensitivity: 'base' }).compare('aa', 'å')),
  }));
  add('en/compare-edges', () => {
    const c = new Intl.Collator('en').compare;
    return {
      equal: sign(c('abc', 'abc')),
      emptyVsA: sign(c('', 'a')),
      emptyVsEmpty: sign(c('', '')),
      coercesNumbers: sign(c(10, 9)),
      canonicalEquivalence: sign(c('\u00C5', 'A\u030A')),
      ignorableControl: sign(c('a\u0000b', 'ab')),
    };
  });
  add('en/resolved-default', () => new Intl.Collator('en').resolvedOptions());
  add('de/resolved-search', () => new Intl.Collator('de', { usage: 'search' }).resolvedOptions());
  add('en/resolved-options', () =>
    new Intl.Collator('en', { sensitivity: 'base', numeric: true, caseFirst: 'upper', ignorePunctuation: true }).resolvedOptions());
  add('de-u-co-phonebk/resolved', () => new Intl.Collator('de-u-co-phonebk').resolvedOptions());
  add('sv/resolved', () => new Intl.Collator('sv').resolvedOptions());
  add('collation-resolution', () => ({
    enPhonebkLocale: new Intl.Collator('en-u-co-phonebk').resolvedOptions().locale,
    deOptionPhonebk: new Intl.Collator('de', { collation: 'phonebk' }).resolvedOptions().collation,
  }));
  add('error-usage', () => new Intl.Collator('en', { usage: 'sort-of' }));
  add('error-sensitivity', () => new Intl.Collator('en', { sensitivity: 'strong' }));
  add('error-collation-malformed', () => new Intl.Collator('en', { collation: 'a!' }));
  add('localeCompare', () => ({
    en: ['a', 'B', 'c'].map((x) => sign(x.localeCompare('b', 'en'))),
    sv: sign('ä'.localeCompare('z', 'sv')),
    de: sign('ä'.localeCompare('z', 'de')),
    base: sign('a'.localeCompare('Á', 'en', { sensitivity: 'base' })),
    numeric: sign('2'.localeCompare('10', 'en', { numeric: true })),
    trSort: ['ı', 'i', 'I', 'İ'].sort((x, y) => x.localeCompare(y, 'tr')),
  }));
  add('localeCompare-bad-locale', () => 'a'.localeCompare('b', 'en_US'));
});

// ---------------------------------------------------------------------------
// PluralRules
// ---------------------------------------------------------------------------

group('plural', 'PluralRules cardinal/ordinal select over 0,1,2,3,4,5,11,21,22,101,1.5; fraction digits; resolvedOptions; selectRange.', (add) => {
  const ns = [0, 1, 2, 3, 4, 5, 11, 21, 22, 101, 1.5];
  for (const loc of ['en', 'fr', 'ru', 'pl', 'ar', 'he', 'ja', 'cy', 'ga']) {
    add(loc + '/select', () => ({
      cardinal: ns.map((n) => new Intl.PluralRules(loc).select(n)),
      ordinal: ns.map((n) => new Intl.PluralRules(loc, { type: 'ordinal' }).select(n)),
      cardinalCategories: new Intl.PluralRules(loc).resolvedOptions().pluralCategories.slice().sort(),
      ordinalCategories: new Intl.PluralRules(loc, { type: 'ordinal' }).resolvedOptions().pluralCategories.slice().sort(),
    }));
  }
  add('en/resolved', () => sortedCopy(new Intl.PluralRules('en').resolvedOptions(), 'pluralCategories'));
  add('en/resolved-ordinal', () => sortedCopy(new Intl.PluralRules('en', { type: 'ordinal' }).resolvedOptions(), 'pluralCategories'));
  add('ar/resolved-digits', () =>
    sortedCopy(new Intl.PluralRules('ar', { minimumSignificantDigits: 2, roundingPriority: 'auto' }).resolvedOptions(), 'pluralCategories'));
  add('en/digit-options', () => ({
    minFD1: [1, 2].map((n) => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(n)),
    maxFD0: new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.4),
    maxSD1: new Intl.PluralRules('en', { maximumSignificantDigits: 1 }).select(1.2),
  }));
  add('fr/fractions-and-millions', () => [0.5, 1.5, 2, 1e6, 1.5e6].map((n) => new Intl.PluralRules('fr').select(n)));
  add('pl/fractions', () => [1.5, 2.5, 0.1].map((n) => new Intl.PluralRules('pl').select(n)));
  add('ru/minFD-2', () => [1, 21, 5].map((n) => new Intl.PluralRules('ru', { minimumFractionDigits: 2 }).select(n)));
  add('en/special-values', () => [-1, -0, NaN, Infinity, '1'].map((n) => new Intl.PluralRules('en').select(n)));
  const range = (loc, pairs, opts) => pairs.map(([a, b]) => new Intl.PluralRules(loc, opts).selectRange(a, b));
  add('selectRange', () => ({
    en: range('en', [[1, 2], [0, 1]]),
    enOrdinal: range('en', [[1, 2]], { type: 'ordinal' }),
    fr: range('fr', [[0, 1], [1, 2]]),
    ru: range('ru', [[1, 2], [1, 5], [2, 21], [0, 1]]),
    ar: range('ar', [[0, 1], [1, 2], [3, 11], [11, 100]]),
    pl: range('pl', [[1, 2], [2, 5], [5, 22]]),
  }));
  add('selectRange-NaN', () => new Intl.PluralRules('en').selectRange(NaN, 2));
  add('selectRange-undefined', () => new Intl.PluralRules('en').selectRange(1));
  add('error-type', () => new Intl.PluralRules('en', { type: 'cardinalish' }));
  add('error-maxFD', () => new Intl.PluralRules('en', { maximumFractionDigits: 101 }));
});

// ---------------------------------------------------------------------------
// RelativeTimeFormat
// ---------------------------------------------------------------------------

group('rtf', 'RelativeTimeFormat: every unit, numeric always/auto, styles, -0, fractions, locales, parts ([type, value, unit]), errors.', (add) => {
  const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
  const rtf = (loc, opts) => new Intl.RelativeTimeFormat(loc, opts);
  for (const u of units) {
    add('en/' + u, () => ({
      always: [-2, -1, 0, -0, 1, 2, 1.5, -1234.5].map((v) => rtf('en').format(v, u)),
      auto: [-2, -1, 0, -0, 1, 2].map((v) => rtf('en', { numeric: 'auto' }).format(v, u)),
    }));
  }
  for (const loc of ['en', 'de']) {
    add(loc + '/styles', () =>
      over(['long', 'short', 'narrow'], (s) => units.map((u) => [rtf(loc, { style: s }).format(-3, u), rtf(loc, { style: s }).format(3, u)])));
  }
  add('en/plural-unit-names', () => units.map((u) => rtf('en').format(2, u + 's')));
  // { locale: { autoDay: [-2..2], alwaysMonth: [-5, 3, 1.5] } }
  const dayMonth = (loc) => ({
    autoDay: [-2, -1, 0, 1, 2].map((v) => rtf(loc, { numeric: 'auto' }).format(v, 'day')),
    alwaysMonth: [-5, 3, 1.5].map((v) => rtf(loc).format(v, 'month')),
  });
  add('locales-european/day-month', () => over(['de', 'fr', 'es', 'pt-BR', 'ru', 'pl', 'tr'], dayMonth));
  add('locales-other/day-month', () => over(['ja', 'zh', 'ko', 'ar', 'he', 'hi', 'th'], dayMonth));
  add('ru/year-plurals', () => [1, 2, 5, 21, -22].map((v) => rtf('ru').format(v, 'year')));
  add('en/auto-fraction-and-large', () => [rtf('en', { numeric: 'auto' }).format(1.5, 'day'), rtf('en').format(1234567.891, 'second')]);
  add('en/parts', () => rtfParts(rtf('en').formatToParts(100, 'day')));
  add('en/parts-negative-grouped', () => rtfParts(rtf('en').formatToParts(-1234.5, 'hour')));
  add('en/parts-auto', () => rtfParts(rtf('en', { numeric: 'auto' }).formatToParts(-1, 'day')));
  add('de/parts', () => rtfParts(rtf('de').formatToParts(-3, 'week')));
  add('ar-EG/parts', () => rtfParts(rtf('ar-EG').formatToParts(3, 'month')));
  add('ja/parts-short', () => rtfParts(rtf('ja', { style: 'short' }).formatToParts(-2, 'quarter')));
  add('numbering-systems', () => [rtf('en-u-nu-thai').format(12, 'day'), rtf('en', { numberingSystem: 'arab' }).format(12, 'day')]);
  add('en/resolved', () => rtf('en').resolvedOptions());
  add('ar-EG/resolved', () => rtf('ar-EG', { style: 'narrow', numeric: 'auto' }).resolvedOptions());
  add('error-unit', () => rtf('en').format(1, 'decade'));
  add('error-unit-millisecond', () => rtf('en').format(1, 'millisecond'));
  add('error-infinity', () => rtf('en').format(Infinity, 'day'));
  add('error-NaN', () => rtf('en').format(NaN, 'day'));
  add('error-style', () => rtf('en', { style: 'tiny' }));
  add('error-symbol-value', () => rtf('en').format(Symbol('x'), 'day'));
});

// ---------------------------------------------------------------------------
// ListFormat
// ---------------------------------------------------------------------------

group('list', 'ListFormat: conjunction/disjunction/unit x long/short/narrow, 0-4 items, locale joiners (es y/e, o/u; he), parts.', (add) => {
  const lf = (loc, opts) => new Intl.ListFormat(loc, opts);
  const three = ['Motorcycle', 'Bus', 'Car'];
  for (const loc of ['en', 'de', 'ja']) {
    for (const t of ['conjunction', 'disjunction', 'unit']) {
      add(loc + '/' + t, () => over(['long', 'short', 'narrow'], (s) => lf(loc, { type: t, style: s }).format(three)));
    }
  }
  const lists = [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']];
  add('en/item-counts', () => lists.map((l) => lf('en').format(l)));
  add('en-GB/item-counts', () => lists.map((l) => lf('en-GB').format(l)));
  add('en/unit-narrow-item-counts', () => lists.map((l) => lf('en', { type: 'unit', style: 'narrow' }).format(l)));
  add('locales', () =>
    over(['fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'zh-Hant', 'ko', 'th'], (l) => [
      lf(l).format(['1', '2', '3']),
      lf(l, { type: 'disjunction' }).format(['1', '2']),
    ]));
  add('es/y-to-e', () => ['Italia', 'Irlanda', 'hielo', 'hierro', 'Hispania', 'Yo'].map((w) => lf('es').format(['España', w])));
  add('es/o-to-u', () => ['otro', 'Holanda', '8', '11', '800', 'uno'].map((w) => lf('es', { type: 'disjunction' }).format(['siete', w])));
  add('he/vav', () => [lf('he').format(['a', 'b', 'c']), lf('he').format(['אבא', 'אמא'])]);
  add('en/parts', () => parts(lf('en').formatToParts(['a', 'b', 'c'])));
  add('es/parts-disjunction', () => parts(lf('es', { type: 'disjunction' }).formatToParts(['siete', 'ocho'])));
  add('ja/parts-unit', () => parts(lf('ja', { type: 'unit', style: 'narrow' }).formatToParts(['1分', '2秒'])));
  add('en/iterables', () => [lf('en').format('abc'), lf('en').format(new Set(['x', 'y', 'x'])), lf('en').format(undefined)]);
  add('resolved', () => [lf('en').resolvedOptions(), lf('de', { type: 'unit', style: 'narrow' }).resolvedOptions()]);
  add('error-non-string-item', () => lf('en').format(['a', 1]));
  add('error-type', () => lf('en', { type: 'both' }));
  add('error-null', () => lf('en').format(null));
});

// ---------------------------------------------------------------------------
// DisplayNames
// ---------------------------------------------------------------------------

group('dn', 'DisplayNames: language/region/script/currency/calendar/dateTimeField, styles, languageDisplay, fallback (undefined -> null).', (add) => {
  const dn = (loc, opts) => new Intl.DisplayNames(loc, opts);
  const langs = ['de', 'de-AT', 'de-CH', 'en-US', 'en-GB', 'es-419', 'fr-CA', 'zh-Hans', 'zh-Hant', 'pt-BR', 'sr-Latn', 'nl-BE', 'en-Latn-US', 'zh-Hant-HK', 'xx', 'yue', 'und'];
  add('en/language-dialect', () => over(langs, (l) => dn('en', { type: 'language' }).of(l)));
  add('en/language-standard', () =>
    over(['en-US', 'en-GB', 'zh-Hant', 'es-419', 'fr-CA', 'sr-Latn'], (l) => dn('en', { type: 'language', languageDisplay: 'standard' }).of(l)));
  add('en/language-short', () => ['en-US', 'en-GB', 'az'].map((l) => dn('en', { type: 'language', style: 'short' }).of(l)));
  add('en/language-canonicalizes', () => ['EN-us', 'iw', 'in'].map((l) => dn('en', { type: 'language' }).of(l)));
  // { locale: { language: [...], region: [...] } }
  const langRegion = (loc) => ({
    language: ['en', 'de', 'ja', 'en-US', 'zh-Hant'].map((l) => dn(loc, { type: 'language' }).of(l)),
    region: ['US', 'DE', 'JP', '419', 'GB'].map((r) => dn(loc, { type: 'region' }).of(r)),
  });
  add('locales-european/language-region', () => over(['de', 'fr', 'es', 'ru', 'pt-BR'], langRegion));
  add('locales-other/language-region', () => over(['ja', 'zh', 'ar', 'he', 'hi', 'ko'], langRegion));
  add('en/region', () =>
    over(['US', 'GB', 'DE', '419', '001', 'HK', 'MO', 'CN', 'TW', 'EU', 'UN', 'ZZ', 'us'], (r) => dn('en', { type: 'region' }).of(r)));
  add('en/region-styles', () =>
    over(['short', 'narrow'], (s) => ['US', 'GB', 'HK', 'PS'].map((r) => dn('en', { type: 'region', style: s }).of(r))));
  add('fallback', () => ({
    regionCode: dn('en', { type: 'region' }).of('AA'),
    regionNone: nul(dn('en', { type: 'region', fallback: 'none' }).of('AA')),
    languageNone: nul(dn('en', { type: 'language', fallback: 'none' }).of('xx')),
    languageCode: dn('en', { type: 'language', fallback: 'code' }).of('xx-US'),
    currencyCode: dn('en', { type: 'currency' }).of('ABC'),
    currencyNone: nul(dn('en', { type: 'currency', fallback: 'none' }).of('ABC')),
  }));
  for (const loc of ['en', 'de', 'ja']) {
    add(loc + '/script-currency-calendar', () => ({
      script: ['Latn', 'Cyrl', 'Hans', 'Hant', 'Arab', 'Zyyy'].map((s) => dn(loc, { type: 'script' }).of(s)),
      currency: ['USD', 'EUR', 'JPY', 'GBP', 'INR', 'XXX'].map((c) => dn(loc, { type: 'currency' }).of(c)),
      calendar: ['gregory', 'japanese', 'islamic-umalqura', 'hebrew', 'chinese', 'buddhist', 'iso8601'].map((c) => dn(loc, { type: 'calendar' }).of(c)),
    }));
  }
  add('en/code-normalization', () => ({
    script: dn('en', { type: 'script' }).of('latn'),
    currency: dn('en', { type: 'currency' }).of('eur'),
    calendarAlias: dn('en', { type: 'calendar' }).of('islamicc'),
  }));
  add('en/currency-styles', () => over(['short', 'narrow'], (s) => dn('en', { type: 'currency', style: s }).of('USD')));
  const fields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
  add('en/dateTimeField', () => over(['long', 'short', 'narrow'], (s) => fields.map((f) => dn('en', { type: 'dateTimeField', style: s }).of(f))));
  add('de-ja/dateTimeField', () => over(['de', 'ja'], (l) => fields.map((f) => dn(l, { type: 'dateTimeField' }).of(f))));
  add('resolved', () => [dn('en', { type: 'language' }).resolvedOptions(), dn('de-AT', { type: 'region', style: 'short', fallback: 'none' }).resolvedOptions()]);
  // V8 11.3 accepts these two although the spec requires a unicode_language_id.
  add('language-empty-string', () => dn('en', { type: 'language' }).of(''));
  add('language-with-extension', () => dn('en', { type: 'language' }).of('en-u-ca-gregory'));
  add('error-type-missing', () => dn('en', {}));
  add('error-type-bogus', () => dn('en', { type: 'planet' }));
  add('error-region-invalid', () => dn('en', { type: 'region' }).of('USA'));
  add('error-language-invalid', () => dn('en', { type: 'language' }).of('en_US'));
  add('error-script-invalid', () => dn('en', { type: 'script' }).of('Latin'));
  add('error-currency-invalid', () => dn('en', { type: 'currency' }).of('US'));
  add('error-calendar-invalid', () => dn('en', { type: 'calendar' }).of('gregory!'));
  add('error-field-invalid', () => dn('en', { type: 'dateTimeField' }).of('decade'));
  add('error-languageDisplay', () => dn('en', { type: 'language', languageDisplay: 'native' }));
});

// ---------------------------------------------------------------------------
// Segmenter
// ---------------------------------------------------------------------------

group('seg', 'Segmenter grapheme/word/sentence as [segment, index, isWordLike] (null when absent); containing(); options.', (add) => {
  // Segmenters are created inside the cases (never at load time), so a missing Intl.Segmenter fails only these cases.
  const g = { segment: (str) => new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(str) };
  add('grapheme/combining', () => segs(g, 'e\u0301a\u0308\u0323b'));
  add('grapheme/zwj-family', () => segs(g, 'x\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}y'));
  add('grapheme/flags', () => segs(g, '\u{1F1FA}\u{1F1F8}\u{1F1E9}\u{1F1EA}\u{1F1EF}'));
  add('grapheme/skin-tone-keycap', () => segs(g, '\u{1F44D}\u{1F3FD}1\uFE0F\u20E3#'));
  add('grapheme/crlf', () => segs(g, 'a\r\nb\n\r'));
  add('grapheme/hangul-jamo', () => segs(g, '\u1100\u1161\u11A8\uAC00'));
  add('grapheme/hindi-conjuncts', () => segs(new Intl.Segmenter('hi', { granularity: 'grapheme' }), 'नमस्ते दुनिया'));
  add('grapheme/thai', () => segs(g, 'ก่าน้ำ'));
  // A lone surrogate is its own cluster; reported as [index, length] since JSON parsers reject lone surrogates.
  add('grapheme/lone-surrogate-and-empty', () => [
    Array.from(g.segment('a\uD800b'), (x) => [x.index, x.segment.length]),
    segs(g, ''),
  ]);
  const w = { segment: (str) => new Intl.Segmenter('en', { granularity: 'word' }).segment(str) };
  add('word/punctuation', () => segs(w, "Hello, world! It's 3.14 o'clock."));
  add('word/contractions', () => segs(w, "can't won't e-mail U.S.A. well-known"));
  add('word/numbers', () => segs(w, '1,234.56 and 7:30 and 2024-03-10'));
  add('word/emoji', () => segs(w, 'hi 👋🏽 there'));
  add('word/underscore-at', () => segs(w, 'foo_bar user@example.com'));
  add('word/de', () => segs(new Intl.Segmenter('de', { granularity: 'word' }), 'Müller’s Straße, 5 Äpfel.'));
  add('word/ru-ar-hi', () => ({
    ru: segs(new Intl.Segmenter('ru', { granularity: 'word' }), 'Привет, мир! Ёж.'),
    ar: segs(new Intl.Segmenter('ar', { granularity: 'word' }), 'مرحبا بالعالم، ١٢٣.'),
    hi: segs(new Intl.Segmenter('hi', { granularity: 'word' }), 'नमस्ते दुनिया।'),
  }));
  const s = { segment: (str) => new Intl.Segmenter('en', { granularity: 'sentence' }).segment(str) };
  add('sentence/basic', () => segs(s, 'Mr. Smith went to Washington. He arrived at 3 p.m. today! Did he? Yes.'));
  add('sentence/quotes-newlines', () => segs(s, '"Stop." She left.\nNew line here\n\nAnother one'));
  add('sentence/ja', () => segs(new Intl.Segmenter('ja', { granularity: 'sentence' }), '今日は晴れ。明日は雨？そうです！'));
  add('sentence/hi', () => segs(new Intl.Segmenter('hi', { granularity: 'sentence' }), 'यह पहला वाक्य है। यह दूसरा है।'));
  const contain = (seg, str, i) => {
    const r = seg.segment(str).containing(i);
    return r === undefined ? null : [r.segment, r.index, nul(r.isWordLike), r.input];
  };
  add('containing', () => ({
    wordMiddle: contain(w, 'Hello, world!', 9),
    wordPunct: contain(w, 'Hello, world!', 5),
    insideCluster: contain(g, 'xe\u0301y', 2),
    atEnd: contain(w, 'abc', 3),
    negative: contain(w, 'abc', -1),
    defaultIndex: contain(w, 'abc def', undefined),
  }));
  add('default-granularity', () => segs(new Intl.Segmenter('en'), 'ab'));
  add('resolved', () => [new Intl.Segmenter('en', { granularity: 'word' }).resolvedOptions(), new Intl.Segmenter('fr').resolvedOptions()]);
  add('error-granularity', () => new Intl.Segmenter('en', { granularity: 'line' }));
});

group('seg-dictionary', 'Word segmentation of scripts written without spaces (CJK, Thai, Khmer, Lao): dictionary/model dependent.', (add) => {
  const w = (loc) => new Intl.Segmenter(loc, { granularity: 'word' });
  add('ja', () => segs(w('ja'), '今日は良い天気ですね。'));
  add('ja/katakana', () => segs(w('ja'), 'コンピューターを使う'));
  add('zh', () => segs(w('zh'), '我们在北京大学学习中文。'));
  add('zh-Hant', () => segs(w('zh-Hant'), '我們在台灣學習中文。'));
  add('th', () => segs(w('th'), 'สวัสดีครับ ยินดีต้อนรับ'));
  add('km', () => segs(w('km'), 'សួស្តីពិភពលោក'));
  add('lo', () => segs(w('lo'), 'ສະບາຍດີໂລກ'));
  add('mixed-latin-cjk', () => segs(w('en'), 'Hello世界2024年'));
  add('ko-spaces', () => segs(w('ko'), '안녕하세요 세계'));
});

// ---------------------------------------------------------------------------
// Locale, canonicalization, supported values
// ---------------------------------------------------------------------------

group('locale', 'Intl.Locale: options, maximize/minimize, accessors, canonicalization, invalid tags.', (add) => {
  const info = (l) => ({
    tag: l.toString(),
    baseName: l.baseName,
    language: l.language,
    script: nul(l.script),
    region: nul(l.region),
    calendar: nul(l.calendar),
    collation: nul(l.collation),
    hourCycle: nul(l.hourCycle),
    caseFirst: nul(l.caseFirst),
    numeric: l.numeric,
    numberingSystem: nul(l.numberingSystem),
  });
  add('full-tag-accessors', () => info(new Intl.Locale('en-Latn-US-u-ca-gregory-co-phonebk-hc-h12-kf-upper-kn-nu-latn')));
  add('plain-accessors', () => info(new Intl.Locale('fr')));
  add('variants', () => info(new Intl.Locale('sl-rozaj-biske-1994')));
  add('options', () =>
    info(new Intl.Locale('en', { region: 'GB', script: 'Latn', calendar: 'buddhist', hourCycle: 'h23', numeric: true, caseFirst: 'lower', numberingSystem: 'arab', collation: 'emoji' })));
  add('toString', () => ({
    optionsOverrideExtension: new Intl.Locale('en-u-ca-japanese-kn-false', { calendar: 'gregory', numeric: true }).toString(),
    optionLanguage: new Intl.Locale('en-US', { language: 'fr' }).toString(),
    knTrue: new Intl.Locale('en-u-kn-true').toString(),
    fromLocale: new Intl.Locale(new Intl.Locale('fr-CA')).toString(),
    baseNameWithExt: new Intl.Locale('de-DE-u-co-phonebk').baseName,
    caseNormalized: new Intl.Locale('EN-latn-us-U-CA-GREGORY').toString(),
  }));
  add('aliases', () => over(['iw', 'de-DD', 'art-lojban', 'sh', 'cmn-TW', 'en-u-ca-islamicc'], (t) => new Intl.Locale(t).toString()));
  add('maximize', () =>
    over(['en', 'de', 'zh', 'zh-TW', 'zh-Hant', 'zh-HK', 'sr', 'sr-ME', 'und', 'und-Cyrl', 'und-150', 'ar', 'he', 'ja', 'pt', 'hi', 'en-u-ca-gregory'], (t) =>
      new Intl.Locale(t).maximize().toString()));
  add('minimize', () =>
    over(['en-Latn-US', 'zh-Hant-TW', 'zh-Hans-CN', 'zh-Hant', 'sr-Cyrl-RS', 'sr-Latn-RS', 'de-Latn-DE', 'en-GB', 'und', 'pt-Latn-BR', 'ja-Jpan-JP', 'en-Latn-US-u-ca-gregory', 'und-Latn'], (t) =>
      new Intl.Locale(t).minimize().toString()));
  add('error-underscore', () => new Intl.Locale('en_US'));
  add('error-empty', () => new Intl.Locale(''));
  add('error-one-letter', () => new Intl.Locale('a'));
  add('error-empty-extension', () => new Intl.Locale('en-u-'));
  add('error-private-only', () => new Intl.Locale('x-private'));
  add('error-duplicate-variant', () => new Intl.Locale('de-1996-1996'));
  add('error-number', () => new Intl.Locale(5));
  add('error-undefined', () => new Intl.Locale());
  add('error-option-region', () => new Intl.Locale('en', { region: 'USA' }));
  add('error-option-calendar', () => new Intl.Locale('en', { calendar: 'a' }));
});

group('canon', 'Intl.getCanonicalLocales: case and alias canonicalization, duplicates, extension ordering, errors.', (add) => {
  const c = (x) => Intl.getCanonicalLocales(x);
  add('case-and-duplicates', () => [c(['EN-us', 'ZH-hant-tw', 'sr-latn']), c('en-us'), c(['en-US', 'en-us', 'EN-US', 'de'])]);
  add('undefined-and-empty', () => [c(undefined), c([])]);
  add('language-aliases', () => c(['iw', 'in', 'ji', 'mo', 'tl', 'cmn', 'no']));
  add('region-aliases', () => c(['de-DD', 'en-UK', 'fr-FX', 'und-SU']));
  add('script-alias', () => c('und-Qaai'));
  add('grandfathered', () => c(['art-lojban', 'zh-guoyu', 'zh-hakka', 'zh-xiang']));
  add('variant-alias', () => c('ja-Latn-hepburn-heploc'));
  add('extension-ordering', () => c('en-u-nu-latn-ca-gregory-t-und-x-foo'));
  add('extension-value-aliases', () => c(['en-u-ca-ethiopic-amete-alem', 'en-u-ks-primary', 'en-u-kn-true', 'en-u-ms-imperial']));
  add('transformed-extension', () => c('EN-T-JA-m0-names'));
  add('private-use', () => c('en-x-Private-FOO'));
  add('locale-object', () => c(new Intl.Locale('de-CH')));
  add('error-empty-string', () => c(''));
  add('error-trailing-dash', () => c('en-'));
  add('error-underscore', () => c(['en', 'en_US']));
  add('error-non-string-element', () => c(['en', 5]));
  add('error-null', () => c(null));
});

group('supported', 'Intl.supportedValuesOf (sanity only: non-empty, sorted, contains a few values) and supportedLocalesOf.', (add) => {
  const probeValues = {
    calendar: ['gregory', 'japanese', 'islamic-umalqura', 'hebrew', 'chinese'],
    collation: ['phonebk', 'pinyin', 'stroke', 'emoji'],
    currency: ['USD', 'EUR', 'JPY', 'KWD'],
    numberingSystem: ['latn', 'arab', 'thai', 'hanidec', 'deva'],
    // UTC and renamed zones (Asia/Kolkata vs Asia/Calcutta) are left out: their presence differs by spec/ICU version.
    timeZone: ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Lord_Howe'],
    unit: ['kilometer', 'hour', 'celsius', 'megabyte', 'percent'],
  };
  for (const key of Object.keys(probeValues)) {
    add('values/' + key, () => {
      const list = Intl.supportedValuesOf(key);
      return {
        nonEmpty: list.length > 0,
        sortedUnique: list.every((x, i) => i === 0 || list[i - 1] < x),
        includes: probeValues[key].map((v) => list.includes(v)),
      };
    });
  }
  add('values/excluded', () => ({
    collationStandardSearch: ['standard', 'search'].map((v) => Intl.supportedValuesOf('collation').includes(v)),
    timeZoneLink: Intl.supportedValuesOf('timeZone').includes('US/Eastern'),
  }));
  add('values/error-key', () => Intl.supportedValuesOf('color'));
  const req = ['en-US', 'de', 'xx', 'zh-Hant-TW', 'fr-u-nu-arab', 'sr-Latn'];
  add('locales/all-constructors', () =>
    over(['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'], (k) =>
      Intl[k].supportedLocalesOf(req)));
  add('locales/lookup-and-string', () => [
    Intl.NumberFormat.supportedLocalesOf(['en-ZZ', 'de-AT'], { localeMatcher: 'lookup' }),
    Intl.DateTimeFormat.supportedLocalesOf('ja'),
  ]);
  add('locales/error-matcher', () => Intl.Collator.supportedLocalesOf('en', { localeMatcher: 'closest' }));
  add('locales/error-tag', () => Intl.PluralRules.supportedLocalesOf(['en', 'en_US']));
});

// ---------------------------------------------------------------------------
// Locale-aware built-ins
// ---------------------------------------------------------------------------

group('builtins', 'toLocaleString family, locale-sensitive case mapping, localeCompare, Array.prototype.toLocaleString.', (add) => {
  add('number/locales', () =>
    over(['en-US', 'de', 'fr', 'en-IN', 'ar-EG', 'hi', 'ja', 'pt-BR', 'ru'], (l) => (1234567.891).toLocaleString(l)));
  add('number/options', () => ({
    currency: (1234.5).toLocaleString('de', { style: 'currency', currency: 'EUR' }),
    maxFD: (1 / 3).toLocaleString('en', { maximumFractionDigits: 4 }),
    localeList: (1234.5).toLocaleString(['xx', 'de']),
  }));
  add('number/bad-locale', () => (1).toLocaleString('en_US'));
  add('number/bad-option', () => (1).toLocaleString('en', { style: 'currency' }));
  add('bigint', () => [
    (12345678901234567890n).toLocaleString('en'),
    (-1234n).toLocaleString('de', { style: 'currency', currency: 'EUR' }),
    (12345678n).toLocaleString('hi'),
  ]);
  add('date/toLocaleString', () => over(['en-US', 'de', 'ja', 'ar-EG'], (l) => D.toLocaleString(l)));
  add('date/toLocaleString-options', () => ({
    zone: D.toLocaleString('en-US', { timeZone: 'America/New_York', timeZoneName: 'short' }),
    onlyHour: D.toLocaleString('en-US', { hour: 'numeric' }),
  }));
  add('date/toLocaleDateString', () => over(['en-US', 'en-GB', 'ko'], (l) => D.toLocaleDateString(l)));
  add('date/toLocaleDateString-options', () => ({
    components: D.toLocaleDateString('fr', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
    onlyHour: D.toLocaleDateString('en-US', { hour: 'numeric' }),
    dateStyle: D.toLocaleDateString('es', { dateStyle: 'full' }),
  }));
  add('date/toLocaleTimeString', () => over(['en-US', 'ko', 'de'], (l) => D.toLocaleTimeString(l)));
  add('date/toLocaleTimeString-options', () => ({
    hour12False: D.toLocaleTimeString('en-US', { hour12: false, timeZone: 'Asia/Kolkata' }),
    onlyMonth: D.toLocaleTimeString('en-US', { month: 'long' }),
  }));
  add('date/toLocaleDateString-timeStyle', () => D.toLocaleDateString('en-US', { timeStyle: 'short' }));
  add('date/toLocaleTimeString-dateStyle', () => D.toLocaleTimeString('en-US', { dateStyle: 'short' }));
  add('date/bad-zone', () => D.toLocaleString('en-US', { timeZone: 'Nowhere/Special' }));
  add('case/tr', () => ({
    upper: 'istanbul'.toLocaleUpperCase('tr-TR'),
    lowerI: 'I'.toLocaleLowerCase('tr'),
    lowerDottedI: 'İ'.toLocaleLowerCase('tr'),
  }));
  add('case/en-contrast', () => ({ upper: 'istanbul'.toLocaleUpperCase('en'), lowerDottedI: 'İ'.toLocaleLowerCase('en') }));
  add('case/az', () => ['iı'.toLocaleUpperCase('az'), 'IİI\u0307'.toLocaleLowerCase('az')]);
  add('case/lt', () => ['I\u0300 J Į\u0301 Ì'.toLocaleLowerCase('lt'), 'i\u0307 j\u0307'.toLocaleUpperCase('lt')]);
  add('case/de-sharp-s', () => 'ß straße'.toLocaleUpperCase('de'));
  add('case/el', () => ['άδικος, κείμενο'.toLocaleUpperCase('el'), 'ΟΔΟΣ ΟΔΟΣ.'.toLocaleLowerCase('el')]);
  add('case/nl-ij', () => 'ijsland'.toLocaleUpperCase('nl'));
  add('case/locale-list', () => 'i'.toLocaleUpperCase(['tr', 'en']));
  add('case/bad-locale', () => 'a'.toLocaleUpperCase('en_US'));
  add('localeCompare', () => [sign('ä'.localeCompare('z', 'sv')), sign('ä'.localeCompare('z', 'de')), sign('a'.localeCompare('B', 'en'))]);
  add('array/de', () => [1234.5, new Date(0), 'x'].toLocaleString('de'));
  add('array/en-US', () => [1234.5, new Date(0), 'x', null, undefined].toLocaleString('en-US'));
  add('array/options-and-nested', () => [[0.5, 0.25].toLocaleString('en', { style: 'percent' }), [[1000, 2000], 3000].toLocaleString('fr')]);
});

group('odd-locales', 'Unsupported, oddly formed and extension-carrying tags: locale resolution and formatting; parent-locale data.', (add) => {
  for (const loc of ODD_LOCALES) {
    add(loc, () => ({
      nf: nf(loc).format(1234567.891),
      nfLocale: nf(loc).resolvedOptions().locale,
      dtf: fmt(loc, { dateStyle: 'long', timeStyle: 'short' }, D),
      dtfLocale: dtf(loc).resolvedOptions().locale,
      pluralLocale: new Intl.PluralRules(loc).resolvedOptions().locale,
      collatorLocale: new Intl.Collator(loc).resolvedOptions().locale,
    }));
  }
  add('sr-Latn/list', () => new Intl.ListFormat('sr-Latn').format(['a', 'b', 'c']));
  add('sr/default-cyrl', () => fmt('sr', { dateStyle: 'long' }, D));
  add('en-ZZ/currency', () => nf('en-ZZ', { style: 'currency', currency: 'USD' }).format(1));
  add('zh-Hans-CN/collator', () => sortWith('zh-Hans-CN', {}, ['北京', '上海', '阿']));
  add('list-fallback-chain', () => nf(['xx', 'yy-ZZ', 'de-AT']).resolvedOptions().locale);
  add('parent-locales', () => ({
    deAT: fmt('de-AT', { dateStyle: 'long' }, utc(2024, 1, 15)),
    esMX: nf('es-MX').format(1234567.891),
    enAU: fmt('en-AU', { dateStyle: 'medium' }, D),
    ptPT: fmt('pt-PT', { dateStyle: 'full' }, D),
    pt: fmt('pt', { dateStyle: 'full' }, D),
  }));
});

// ---------------------------------------------------------------------------

const api = {
  probe: probe,
  groups: GROUPS.map((g) => g.name),
  groupDocs: GROUPS.reduce((o, g) => {
    o[g.name] = g.doc;
    return o;
  }, {}),
  caseCount: GROUPS.reduce((n, g) => n + g.cases.length, 0),
};

if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
} else {
  globalThis.intlCases = api;
}
