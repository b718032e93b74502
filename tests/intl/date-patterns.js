// Generates guest/src/intl/date_data.rs: CLDR's Gregorian
// date-time patterns for every locale (date and time styles, the "at time"
// glue, availableFormats, appendItems, intervalFormats, field, calendar and
// day-period names), the day-period rules, the hour-cycle
// preferences of supplemental timeData and the regions whose calendar is not
// the Gregorian. The guest's pattern generator
// (internal/intl_patterns.js) picks patterns from them as ICU4C's
// DateTimePatternGenerator does, so Intl.DateTimeFormat writes what Node
// writes. Each locale keeps only what differs from its parent.
//
// Input: the npm packages cldr-dates-full, cldr-core and cldr-localenames-full
// (calendar names) of the CLDR release Node's ICU uses
// (`node -p process.versions.cldr`), unpacked with
//   npm pack cldr-dates-full@48.0.0 cldr-core@48.0.0 cldr-localenames-full@48.0.0 && tar xzf ... (each)
// Run: node tests/intl/date-patterns.js DATES_DIR CORE_DIR NAMES_DIR > guest/src/intl/date_data.rs
'use strict';
const fs = require('fs');
const path = require('path');
const cldr = require('./cldr-json.js');
const [datesDir, coreDir, namesDir] = cldr.args('date-patterns.js', ['CLDR_DATES_FULL_DIR', 'CLDR_CORE_DIR', 'CLDR_LOCALENAMES_FULL_DIR']);
const { available, rust } = cldr;
const supplemental = (name) => cldr.supplemental(coreDir, name);
const parentOf = cldr.parents(coreDir);
const timeData = supplemental('timeData').timeData;
const calendarPreferences = supplemental('calendarPreferenceData').calendarPreferenceData;
const CALENDAR_NAMES = { gregorian: 'gregory', 'ethiopic-amete-alem': 'ethioaa' };

const STYLES = ['full', 'long', 'medium', 'short'];
// Display names of the fields, wide, short and narrow: appendItems' {2},
// and Intl.DisplayNames' dateTimeField.
const FIELDS = ['era', 'year', 'quarter', 'month', 'week', 'weekday', 'day', 'dayperiod', 'hour', 'minute', 'second', 'zone'];
// Day-period names for the `B` field, per width (a: abbreviated, w: wide,
// n: narrow), flattened to "a.morning1".
function dayPeriodNames(format) {
  const out = {};
  for (const [w, key] of [['a', 'abbreviated'], ['w', 'wide'], ['n', 'narrow']]) {
    for (const [k, v] of Object.entries(format[key] || {})) if (!k.includes('-alt-') && k !== 'midnight') out[w + '.' + k] = v;
  }
  return out;
}

// Display names of calendars, keyed as ECMA-402 names them.
function calendarNames(l) {
  const file = path.join(namesDir, 'main', l, 'localeDisplayNames.json');
  if (!fs.existsSync(file)) return {};
  const ldn = JSON.parse(fs.readFileSync(file, 'utf8')).main[l].localeDisplayNames;
  const names = (ldn.types || {}).calendar || {};
  const out = {};
  for (const [k, v] of Object.entries(names)) if (!k.includes('-alt-') && k !== 'core') out[CALENDAR_NAMES[k] || k] = v;
  return out;
}
function fieldNames(l) {
  const file = path.join(datesDir, 'main', l, 'dateFields.json');
  const f = JSON.parse(fs.readFileSync(file, 'utf8')).main[l].dates.fields;
  const out = [];
  for (const name of FIELDS) for (const w of ['', '-short', '-narrow']) out.push((f[name + w] || f[name] || {}).displayName || '');
  return out;
}
const locales = fs.readdirSync(path.join(datesDir, 'main'));
const data = {};
for (const l of locales) {
  const file = path.join(datesDir, 'main', l, 'ca-gregorian.json');
  const g = JSON.parse(fs.readFileSync(file, 'utf8')).main[l].dates.calendars.gregorian;
  const dtf = g.dateTimeFormats;
  const atTime = (g['dateTimeFormats-atTime'] || {}).standard || {};
  const plain = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.includes('-alt-') && !k.includes('-count-')));
  data[l] = {
    d: STYLES.map((s) => g.dateFormats[s]),
    t: STYLES.map((s) => g.timeFormats[s]),
    g: STYLES.map((s) => atTime[s] || dtf[s]),
    a: plain(dtf.availableFormats),
    p: dtf.appendItems,
    i: plain(dtf.intervalFormats),
    f: fieldNames(l),
    c: calendarNames(l),
    b: dayPeriodNames(g.dayPeriods.format),
  };
}


const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const out = {};
const parents = [];
for (const l of locales.sort()) {
  if (l !== 'und' && !available.has(l)) continue;
  let p = parentOf(l);
  while (p !== null && !data[p]) p = parentOf(p);
  const truncated = l.lastIndexOf('-') < 0 ? 'und' : l.slice(0, l.lastIndexOf('-'));
  if (p !== null && p !== truncated) parents.push(l + ':' + p);
  const own = {};
  const mine = data[l];
  const theirs = p === null ? null : data[p];
  for (const k of ['d', 't', 'g', 'f']) {
    if (!theirs || !same(mine[k], theirs[k])) own[k] = mine[k];
  }
  for (const k of ['a', 'p', 'i', 'c', 'b']) {
    const diff = {};
    for (const key of Object.keys(mine[k]).sort()) {
      if (!theirs || !same(mine[k][key], theirs[k][key])) diff[key] = mine[k][key];
    }
    if (Object.keys(diff).length) own[k] = diff;
  }
  if (Object.keys(own).length) out[l] = own;
}

const hours = [];
for (const [key, v] of Object.entries(timeData)) hours.push(key + ':' + v._preferred + ':' + v._allowed.replace(/ /g, ','));

// Day-period rules: per language, the period of each hour of the day and
// whether noon has its own name ("en:n:morning1,...").
const dayPeriodRules = [];
for (const [lang, rules] of Object.entries(supplemental('dayPeriods').dayPeriodRuleSet)) {
  const hours = new Array(24).fill('');
  for (const [period, r] of Object.entries(rules)) {
    if (r._from === undefined) continue;
    const from = parseInt(r._from, 10);
    const before = parseInt(r._before, 10);
    for (let h = from; h !== before; h = (h + 1) % 24) {
      hours[h] = period;
      if (h === 23 && before === 24) break;
    }
  }
  for (let h = 0; h < 24; h++) if (!hours[h]) hours[h] = h < 12 ? 'am' : 'pm';
  dayPeriodRules.push(lang + ':' + (rules.noon ? 'n' : '') + ':' + hours.join(','));
}

const calendars = [];
for (const [region, list] of Object.entries(calendarPreferences)) {
  if (list[0] !== 'gregorian') calendars.push(region + ':' + (CALENDAR_NAMES[list[0]] || list[0]));
}

// Rust string literals: raw strings need a delimiter the text lacks.
const rows = Object.keys(out).sort().map((l) => `    (${JSON.stringify(l)}, ${rust(JSON.stringify(out[l]))}),`);
process.stdout.write(`//! CLDR's Gregorian date-time patterns per locale (only what differs from
//! the parent locale, as JSON text) and the supplemental tables they need,
//! generated by tests/intl/date-patterns.js from cldr-dates-full,
//! cldr-core and cldr-localenames-full 48.0.0. Do not edit.
//!
//! Kept in the binary's data (not in a JavaScript module) so that a call
//! pays only for the locales it formats in (see \`intlDateData\`).

/// Locale -> parent where it is not the tag minus its last subtag.
pub const PARENTS: &str = ${rust(parents.join(' '))};
/// timeData: \`region:preferred:allowed,...\` (or \`lang_REGION:...\`).
pub const HOURS: &str = ${rust(hours.join(' '))};
/// Regions whose calendar is not the Gregorian: \`region:calendar\`.
pub const CALENDARS: &str = ${rust(calendars.join(' '))};
/// Day-period rules per language: \`lang:n?:period of each hour\`.
pub const DAY_PERIOD_RULES: &str = ${rust(dayPeriodRules.join(' '))};
/// Each locale's own data, sorted by tag.
pub const LOCALES: &[(&str, &str)] = &[
${rows.join('\n')}
];
`);
