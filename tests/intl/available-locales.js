// Prints the locales Node's ICU has data for (its "available locales"), as
// ECMA-402's locale lookup sees them: every tag `t` of the form language,
// language-Script, language-REGION or language-Script-REGION for which
// `new Intl.DateTimeFormat(t).resolvedOptions().locale === t`. The guest
// keeps this list (guest/src/node/internal/intl_locales.js) so that
// `resolvedOptions().locale` resolves like Node's. CLDR 48 (ICU 78 here,
// ICU4X 2.4 in the guest). Run: node tests/intl/available-locales.js
'use strict';
const letters = 'abcdefghijklmnopqrstuvwxyz';
const resolves = (t) => {
  try {
    return new Intl.DateTimeFormat(t).resolvedOptions().locale === t;
  } catch (_) {
    return false;
  }
};
const languages = [];
for (const a of letters) for (const b of letters) {
  if (resolves(a + b)) languages.push(a + b);
  for (const c of letters) if (resolves(a + b + c)) languages.push(a + b + c);
}
const regions = [];
for (const a of letters.toUpperCase()) for (const b of letters.toUpperCase()) regions.push(a + b);
for (let n = 1; n < 1000; n++) regions.push(String(n).padStart(3, '0'));
const scripts = ['Adlm', 'Arab', 'Beng', 'Cyrl', 'Deva', 'Dsrt', 'Ethi', 'Guru', 'Hans', 'Hant', 'Latn', 'Mtei', 'Nkoo', 'Olck', 'Rohg', 'Shaw', 'Tfng', 'Vaii', 'Yiii', 'Hebr', 'Grek', 'Jpan', 'Kore', 'Thaa', 'Orya', 'Telu', 'Taml', 'Knda', 'Mlym', 'Gujr', 'Sinh', 'Khmr', 'Laoo', 'Mymr', 'Geor', 'Armn', 'Cher', 'Cans', 'Syrc', 'Bopo', 'Brai', 'Kana', 'Hira', 'Hrkt'];
const out = [];
for (const l of languages) {
  out.push(l);
  const bases = [l];
  for (const s of scripts) if (resolves(`${l}-${s}`)) { out.push(`${l}-${s}`); bases.push(`${l}-${s}`); }
  for (const base of bases) for (const r of regions) if (resolves(`${base}-${r}`)) out.push(`${base}-${r}`);
}
process.stdout.write(out.join(' ') + '\n');
