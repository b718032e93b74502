// What the CLDR-table generators (date-patterns.js, number-symbols.js)
// share: the locales to keep, supplemental data, CLDR's parent locales, and
// Rust raw-string literals for the generated guest/src/intl/*_data.rs.
'use strict';
const fs = require('fs');
const path = require('path');

/** The guest's available locales (guest/src/node/internal/intl_locales.js). */
const available = new Set(require('../../guest/src/node/internal/intl_locales.js').split(' '));

/** The arguments, or the usage message and exit status 2. */
function args(script, names) {
  const values = process.argv.slice(2);
  if (values.length < names.length || values.some((v) => !v)) {
    process.stderr.write(`usage: node tests/intl/${script} ${names.join(' ')}\n`);
    process.exit(2);
  }
  return values;
}

/** cldr-core's supplemental file `name`. */
function supplemental(coreDir, name) {
  return JSON.parse(fs.readFileSync(path.join(coreDir, 'supplemental', name + '.json'), 'utf8')).supplemental;
}

/** `parentOf(tag)`: CLDR's parent locale (`und` at the top, then null). */
function parents(coreDir) {
  const table = supplemental(coreDir, 'parentLocales').parentLocales.parentLocale;
  return (l) => {
    if (l === 'und') return null;
    if (table[l]) return table[l] === 'root' ? 'und' : table[l];
    const i = l.lastIndexOf('-');
    return i < 0 ? 'und' : l.slice(0, i);
  };
}

/** `text` as a Rust raw string literal. */
function rust(text) {
  let hashes = '#';
  while (text.includes('"' + hashes)) hashes += '#';
  return `r${hashes}"${text}"${hashes}`;
}

module.exports = { available, args, supplemental, parents, rust };
