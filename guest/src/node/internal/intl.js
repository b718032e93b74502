// `Intl` (ECMA-402) for the sandbox. This file is the specification's
// side: locale lists and negotiation, option reading and validation,
// resolvedOptions, the objects' shapes and errors. The natives
// (`internal.intl`, guest/src/intl/) build ICU4X formatters from a resolved
// spec and return parts. Also the locale-aware methods of Number, BigInt,
// Date, String and Array (`localeMethods`, installed by the prelude).
'use strict';

const I = internal.intl;
const { defineProperty, freeze, create, getPrototypeOf, keys } = Object;
const isArray = Array.isArray;

// Per-object internal state, out of reach of the object's users.
const slots = new WeakMap();
function slot(obj, kind, method) {
  const s = typeof obj === 'object' && obj !== null ? slots.get(obj) : undefined;
  if (s === undefined || s.kind !== kind) {
    throw new TypeError(`Method Intl.${kind}.prototype.${method} called on incompatible receiver ${describe(obj)}`);
  }
  return s;
}
function describe(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) return '#<Object>';
  return String(v);
}

// ------------------------------------------------------------ locale lists

const canonicalCache = new Map();
function canonicalizeTag(tag) {
  let out = canonicalCache.get(tag);
  if (out === undefined) {
    if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(tag)) throw new RangeError(`Incorrect locale information provided`);
    try {
      out = I.locale('canonicalize', tag);
    } catch (e) {
      throw new RangeError(`Incorrect locale information provided`);
    }
    out = preferredValues(out);
    if (canonicalCache.size < 256) canonicalCache.set(tag, out);
  }
  return out;
}

// The keyword values Node's ICU writes where ICU4X writes CLDR 48's
// preferred ones (and the calendar alias ICU4X keeps).
const VALUE_ALIASES = [
  [/-ca-ethiopic-amete-alem(?=-|$)/, '-ca-ethioaa'], [/-ca-islamicc(?=-|$)/, '-ca-islamic-civil'],
  [/-ks-primary(?=-|$)/, '-ks-level1'], [/-ks-secondary(?=-|$)/, '-ks-level2'],
  [/-ks-tertiary(?=-|$)/, '-ks-level3'], [/-ks-quaternary(?=-|$)/, '-ks-level4'],
  [/-ms-imperial(?=-|$)/, '-ms-uksystem'], [/-m0-names(?=-|$)/, '-m0-prprname'],
];
function preferredValues(tag) {
  if (tag.indexOf('-u-') < 0 && tag.indexOf('-t-') < 0) return tag;
  for (const [re, to] of VALUE_ALIASES) tag = tag.replace(re, to);
  return tag;
}

// Likely subtags of `und` (CLDR: und -> en-Latn-US), which ICU4X leaves
// unexpanded.
function likelyUnd(tag, op) {
  const m = /^und(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?(.*)$/.exec(tag);
  if (m === null) return tag;
  if (op === 'minimize') return 'en' + (m[2] !== undefined && m[2] !== 'US' ? '-' + m[2] : '') + m[3];
  return 'en-' + (m[1] || 'Latn') + '-' + (m[2] || 'US') + m[3];
}

// CanonicalizeLocaleList
function localeList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  let list;
  if (typeof locales === 'string' || isLocale(locales)) list = [locales];
  else {
    if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
    list = Object(locales);
  }
  const len = Math.min(Number(list.length) || 0, 2 ** 32 - 1);
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError(`Language ID should be string or object.`);
    }
    const tag = isLocale(v) ? slots.get(v).tag : canonicalizeTag(String(v));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

// The Unicode extension of a tag, as [key, value] pairs, and the tag
// without it.
function splitExtension(tag) {
  const m = /-u((?:-[a-z0-9]{2,8})+)/.exec(tag);
  if (!m) return { base: tag, keywords: [] };
  // Other extensions (-t-, -x-) may follow the -u- one.
  const subtags = m[1].slice(1).split('-');
  const keywords = [];
  let i = 0;
  while (i < subtags.length && subtags[i].length !== 2) i++; // attributes
  let rest = subtags.length;
  for (; i < subtags.length; i++) {
    const s = subtags[i];
    if (s.length === 1) { rest = i; break; }
    if (s.length === 2) keywords.push([s, '']);
    else if (keywords.length) {
      const kw = keywords[keywords.length - 1];
      kw[1] = kw[1] ? kw[1] + '-' + s : s;
    }
  }
  const tail = subtags.slice(rest).join('-');
  const base = tag.slice(0, m.index) + (tail ? '-' + tail : '') + tag.slice(m.index + m[0].length);
  return { base, keywords };
}

const DEFAULT_LOCALE = 'en-US';
let availableSet;
// LookupMatcher's BestAvailableLocale: `tag` (no Unicode extension), or its
// longest prefix the data has.
function bestAvailable(tag) {
  if (availableSet === undefined) availableSet = new Set(require('internal/intl_locales').split(' '));
  let candidate = tag.split(/-[a-wyz0-9]-|-x-/)[0];
  for (;;) {
    if (availableSet.has(candidate)) return candidate;
    let at = candidate.lastIndexOf('-');
    if (at < 0) return undefined;
    if (at >= 2 && candidate[at - 2] === '-') at -= 2;
    candidate = candidate.slice(0, at);
  }
}

// ResolveLocale with the lookup matcher: the first requested locale the
// data supports (minus unknown subtags), else the default; then the
// supported Unicode extension keywords (`relevant`), overridden by options.
function resolveLocale(requested, relevant, overrides, supportedValue) {
  let found;
  let keywords = [];
  for (const tag of requested) {
    const { base, keywords: kws } = splitExtension(tag);
    const available = bestAvailable(base);
    if (available !== undefined) {
      found = available;
      keywords = kws;
      break;
    }
  }
  if (found === undefined) found = DEFAULT_LOCALE;
  const result = { locale: found };
  const kept = [];
  for (const key of relevant) {
    let value;
    const kw = keywords.find((k) => k[0] === key);
    if (kw !== undefined) {
      const v = kw[1] === '' ? 'true' : kw[1];
      if (supportedValue(key, v, found)) {
        value = v;
        kept.push([key, v]);
      }
    }
    const o = overrides[key];
    if (o !== undefined && supportedValue(key, o, found)) {
      if (value !== o) {
        const at = kept.findIndex((k) => k[0] === key);
        if (at >= 0) kept.splice(at, 1);
      }
      value = o;
    }
    result[key] = value;
  }
  if (kept.length) {
    const ext = kept.map(([k, v]) => (v === 'true' ? k : k + '-' + v)).join('-');
    const x = found.indexOf('-x-');
    result.locale = x >= 0 ? found.slice(0, x) + '-u-' + ext + found.slice(x) : found + '-u-' + ext;
  }
  // The tag the natives use: the data locale plus every resolved keyword.
  const all = relevant.filter((k) => result[k] !== undefined && result[k] !== null).map((k) => k + '-' + result[k]);
  result.dataLocale = all.length ? found.split('-x-')[0] + '-u-' + all.join('-') : found.split('-x-')[0];
  return result;
}

function supportedLocalesOf(locales, options) {
  const requested = localeList(locales);
  if (options !== undefined) getOption(toObject(options), 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const out = [];
  for (const tag of requested) {
    if (bestAvailable(splitExtension(tag).base) !== undefined) out.push(tag);
  }
  return out;
}

// ----------------------------------------------------------------- options

function toObject(v) {
  if (v === undefined || v === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(v);
}
function coerceOptions(options) {
  return options === undefined ? create(null) : toObject(options);
}
function getOption(options, name, type, values, fallback) {
  let v = options[name];
  if (v === undefined) return fallback;
  if (type === 'boolean') v = Boolean(v);
  else if (type === 'string') v = String(v);
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for Intl options property ${name}`);
  }
  return v;
}
function defaultNumberOption(v, min, max, fallback, name) {
  if (v === undefined) return fallback;
  v = Number(v);
  if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${name} value is out of range.`);
  return Math.floor(v);
}
function getNumberOption(options, name, min, max, fallback) {
  return defaultNumberOption(options[name], min, max, fallback, name);
}
const TYPE_RE = /^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i;

// ------------------------------------------------------------ NumberFormat

const NUMBERING_SYSTEMS = ['adlm', 'ahom', 'arab', 'arabext', 'bali', 'beng', 'bhks', 'brah', 'cakm', 'cham', 'deva', 'diak', 'fullwide', 'gong', 'gonm', 'gujr', 'guru', 'hanidec', 'hmng', 'hmnp', 'java', 'kali', 'kawi', 'khmr', 'knda', 'lana', 'lanatham', 'laoo', 'latn', 'lepc', 'limb', 'mathbold', 'mathdbl', 'mathmono', 'mathsanb', 'mathsans', 'mlym', 'modi', 'mong', 'mroo', 'mtei', 'mymr', 'mymrshan', 'mymrtlng', 'nagm', 'newa', 'nkoo', 'olck', 'orya', 'osma', 'rohg', 'saur', 'segment', 'shrd', 'sind', 'sinh', 'sora', 'sund', 'takr', 'talu', 'tamldec', 'telu', 'thai', 'tibt', 'tirh', 'tnsa', 'vaii', 'wara', 'wcho'];
// The zero digit of each numbering system, to tell which one the data chose.
const ZERO_DIGITS = { '0': 'latn', '\u0660': 'arab', '\u06f0': 'arabext', '\u0966': 'deva', '\u09e6': 'beng', '\u0e50': 'thai', '\u0a66': 'guru', '\u0ae6': 'gujr', '\u0b66': 'orya', '\u0be6': 'tamldec', '\u0c66': 'telu', '\u0ce6': 'knda', '\u0d66': 'mlym', '\u0ed0': 'laoo', '\u0f20': 'tibt', '\u1040': 'mymr', '\u17e0': 'khmr', '\u1810': 'mong', '\uff10': 'fullwide', '\u3007': 'hanidec', '\u07c0': 'nkoo', '\u1c50': 'olck', '\ua9d0': 'java' };

function supportedNumberingSystem(key, value) {
  return key !== 'nu' || NUMBERING_SYSTEMS.includes(value);
}

const ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

// SetNumberFormatDigitOptions
function digitOptions(s, options, mnfdDefault, mxfdDefault, notation) {
  const mnid = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  s.minimumIntegerDigits = mnid;
  const increment = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!INCREMENTS.includes(increment)) throw new RangeError('roundingIncrement value is out of range.');
  const roundingMode = getOption(options, 'roundingMode', 'string', ROUNDING_MODES, 'halfExpand');
  const roundingPriority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto');
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto');
  if (increment !== 1) mxfdDefault = mnfdDefault;
  s.roundingIncrement = increment;
  s.roundingMode = roundingMode;
  s.trailingZeroDisplay = trailingZeroDisplay;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      mnsd = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      mxsd = defaultNumberOption(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
      s.minimumSignificantDigits = mnsd;
      s.maximumSignificantDigits = mxsd;
    } else {
      s.minimumSignificantDigits = 1;
      s.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      mnfd = defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      mxfd = defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
      s.minimumFractionDigits = mnfd;
      s.maximumFractionDigits = mxfd;
    } else {
      s.minimumFractionDigits = mnfdDefault;
      s.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    s.minimumFractionDigits = 0;
    s.maximumFractionDigits = 0;
    s.minimumSignificantDigits = 1;
    s.maximumSignificantDigits = 2;
    s.roundingType = 'morePrecision';
    s.roundingPriority = 'morePrecision';
  } else if (roundingPriority === 'auto') {
    s.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
    s.roundingPriority = 'auto';
  } else {
    s.roundingType = roundingPriority;
    s.roundingPriority = roundingPriority;
  }
  if (increment !== 1) {
    if (s.roundingType !== 'fractionDigits') throw new TypeError('Bad rounding type for roundingIncrement');
    if (s.maximumFractionDigits !== s.minimumFractionDigits) throw new RangeError('maximumFractionDigits and minimumFractionDigits must be equal with roundingIncrement');
  }
}

const SIMPLE_UNITS = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];
function wellFormedUnit(unit) {
  if (SIMPLE_UNITS.includes(unit)) return true;
  const per = unit.indexOf('-per-');
  return per > 0 && SIMPLE_UNITS.includes(unit.slice(0, per)) && SIMPLE_UNITS.includes(unit.slice(per + 5));
}

// CLDR's patterns for the units ICU4X has no names for, for the locale's
// language (English for languages the table lacks), encoded for the
// natives: `category\u0001pattern\u0002...`.
let unitsTable;
function unitTable(locale, unit, width) {
  if (unitsTable === undefined) unitsTable = require('internal/intl_units');
  const base = splitExtension(locale).base;
  const lang = /^zh-(Hant|TW|HK|MO)/.test(base) ? 'zh-Hant' : base.split('-')[0];
  const table = unitsTable[lang] || unitsTable.en;
  const encode = (u) => {
    const w = table[u] && table[u][width];
    if (w === undefined) return '';
    return keys(w).map((c) => c + '\u0001' + w[c]).join('\u0002');
  };
  if (table[unit] !== undefined && unit !== 'per' && unit !== 'perUnit') return { unitTable: encode(unit), unitTableWhole: String(unit.includes('-per-')) };
  const per = unit.indexOf('-per-');
  if (per < 0) return {};
  const denominator = unit.slice(per + 5);
  const perUnit = table.perUnit && table.perUnit[denominator];
  if (perUnit && perUnit[width]) {
    // CLDR's own pattern for "per <unit>" ("{0}/h"), names included.
    return { unitTable: encode(unit.slice(0, per)), unitPer: perUnit[width], unitPerNamed: 'true' };
  }
  const patterns = table.per || {};
  return {
    unitTable: encode(unit.slice(0, per)),
    unitTablePer: encode(denominator),
    unitPer: patterns[width] || patterns.short || patterns.narrow || '{0}/{1}',
  };
}

// The JSON key of a spec: equal specs share one native formatter.
function native(kind, spec) {
  return I.create(kind, JSON.stringify(spec), spec);
}

function numberingSystemOf(id) {
  const parts = I.format(id, 0, undefined);
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === 'integer') return ZERO_DIGITS[parts[i + 1][0]] || 'latn';
  }
  return 'latn';
}

// CLDR's number symbols for a locale and numbering system (the locale's
// default when `nu` is undefined), and the system's digits when one is
// asked for: ICU4X keeps the locale's own separators for another numbering
// system and has no localized NaN or exponent (guest/src/intl/number_data.rs).
const symbolsCache = new Map();
let nativeSymbols;
let systemDigits;
function numberSymbols(dataLocale, nu) {
  const key = dataLocale + '|' + nu;
  let out = symbolsCache.get(key);
  if (out !== undefined) return out;
  if (nativeSymbols === undefined) {
    nativeSymbols = new Map(I.numberData('native').split(' ').map((e) => e.split('=')));
    systemDigits = new Map(I.numberData('digits').split(' ').map((e) => e.split('=')));
  }
  const entries = [];
  for (let l = bestAvailable(dataLocale.replace(/-u-.*$/, '')) || 'en'; l !== null; l = P().cldrParent(l)) {
    const text = I.numberData('locale:' + l);
    if (text !== undefined) entries.push(new Map(text.split(' ').map((e) => e.split('='))));
  }
  const find = (k) => {
    for (const e of entries) if (e.has(k)) return e.get(k);
    return undefined;
  };
  const system = nu || find('default') || 'latn';
  const set = find(system) !== undefined ? find(system) : nativeSymbols.get(system);
  out = {};
  if (set !== undefined) out.symbols = I.numberData('set:' + set);
  if (nu !== undefined && nu !== 'latn' && systemDigits.has(nu)) out.digits = systemDigits.get(nu);
  symbolsCache.set(key, out);
  return out;
}

function NumberFormat(locales, options) {
  if (!new.target) return new NumberFormat(locales, options);
  const requested = localeList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const nu = getOption(options, 'numberingSystem', 'string');
  if (nu !== undefined && !TYPE_RE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const r = resolveLocale(requested, ['nu'], { nu }, supportedNumberingSystem);
  const s = { kind: 'NumberFormat', locale: r.locale };
  const spec = { locale: r.dataLocale };
  const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
  let currency = getOption(options, 'currency', 'string');
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
  const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol');
  const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard');
  const unit = getOption(options, 'unit', 'string');
  if (unit !== undefined && !wellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short');
  if (style === 'currency' && currency === undefined) throw new TypeError('Currency code is required with currency style.');
  if (style === 'unit' && unit === undefined) throw new TypeError('Unit is required with unit style.');
  s.style = style;
  if (style === 'currency') {
    currency = currency.toUpperCase();
    s.currency = currency;
    s.currencyDisplay = currencyDisplay;
    s.currencySign = currencySign;
  }
  if (style === 'unit') {
    s.unit = unit;
    s.unitDisplay = unitDisplay;
  }
  const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
  let mnfd = 0;
  let mxfd = style === 'percent' ? 0 : 3;
  if (style === 'currency' && notation === 'standard') {
    mnfd = mxfd = I.currencyDigits(currency);
  }
  digitOptions(s, options, mnfd, mxfd, notation);
  const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short');
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  let useGrouping = options.useGrouping;
  if (useGrouping === undefined) useGrouping = defaultGrouping;
  else if (useGrouping === true) useGrouping = 'always';
  else if (!useGrouping) useGrouping = false;
  else {
    useGrouping = String(useGrouping);
    if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultGrouping;
    else if (!['min2', 'auto', 'always'].includes(useGrouping)) throw new RangeError(`Value ${useGrouping} out of range for Intl.NumberFormat options property useGrouping`);
  }
  s.useGrouping = useGrouping;
  s.notation = notation;
  if (notation === 'compact') s.compactDisplay = compactDisplay;
  s.signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
  Object.assign(spec, {
    style, currency: s.currency, currencyDisplay: s.currencyDisplay, currencySign: s.currencySign,
    unit: s.unit, unitDisplay: s.unitDisplay, notation, compactDisplay: s.compactDisplay,
    useGrouping: String(useGrouping), signDisplay: s.signDisplay,
    minimumIntegerDigits: s.minimumIntegerDigits, minimumFractionDigits: s.minimumFractionDigits,
    maximumFractionDigits: s.maximumFractionDigits, minimumSignificantDigits: s.minimumSignificantDigits,
    maximumSignificantDigits: s.maximumSignificantDigits, roundingType: s.roundingType,
    roundingMode: s.roundingMode, roundingIncrement: s.roundingIncrement,
    trailingZeroDisplay: s.trailingZeroDisplay,
  });
  if (style === 'unit') Object.assign(spec, unitTable(r.locale, unit, unitDisplay));
  Object.assign(spec, numberSymbols(r.dataLocale, r.nu));
  s.id = native('number', spec);
  s.numberingSystem = r.nu !== undefined ? r.nu : numberingSystemOf(s.id);
  slots.set(this, s);
}

// ToIntlMathematicalValue: a Number, or a decimal string (BigInt, strings).
function mathValue(x) {
  if (typeof x === 'bigint') return String(x);
  if (typeof x === 'object' && x !== null) x = primitive(x);
  if (typeof x === 'bigint') return String(x);
  if (typeof x === 'string') {
    const t = x.trim();
    const m = /^([+-]?)(\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?$/.exec(t);
    if (m) {
      // Beyond a double's range: ±Infinity, as in V8.
      if (!Number.isFinite(Number(t)) || String(Number(t)) === t) return Number(t);
      return decimalString(m[1], m[2], m[3] ? Number(m[3]) : 0);
    }
    return Number(t === '' ? 0 : t);
  }
  return Number(x);
}
function primitive(x) {
  const v = x.valueOf();
  return typeof v === 'object' ? String(x) : v;
}
// Digits and an exponent as a plain decimal string.
function decimalString(sign, digits, exp) {
  let [int, frac = ''] = digits.split('.');
  if (exp > 0) {
    frac = frac.padEnd(exp, '0');
    int += frac.slice(0, exp);
    frac = frac.slice(exp);
  } else if (exp < 0) {
    int = int.padStart(-exp + 1, '0');
    frac = int.slice(int.length + exp) + frac;
    int = int.slice(0, int.length + exp);
  }
  int = int.replace(/^0+(?=\d)/, '') || '0';
  return (sign === '-' ? '-' : '') + int + (frac ? '.' + frac : '');
}

function joinParts(parts) {
  let out = '';
  for (let i = 1; i < parts.length; i += 2) out += parts[i];
  return out;
}
function partObjects(parts, extra) {
  const out = [];
  for (let i = 0; i < parts.length; i += 2) {
    const p = { type: parts[i], value: parts[i + 1] };
    if (extra) extra(p);
    out.push(p);
  }
  return out;
}
function rangeParts(parts) {
  return partObjects(parts, (p) => {
    const [type, source] = p.type.split('\u0000');
    p.type = type;
    p.source = source;
  });
}

function definePrototype(ctor, name, methods, getters) {
  const proto = ctor.prototype;
  for (const key of keys(methods)) {
    defineProperty(proto, key, { value: methods[key], writable: true, configurable: true, enumerable: false });
  }
  for (const key of keys(getters || {})) {
    defineProperty(proto, key, { get: getters[key], configurable: true, enumerable: false });
  }
  defineProperty(proto, Symbol.toStringTag, { value: 'Intl.' + name, configurable: true });
  defineProperty(ctor, 'supportedLocalesOf', {
    value: function supportedLocalesOf(locales, options) { return supportedLocalesOfImpl(locales, options); },
    writable: true, configurable: true,
  });
}
const supportedLocalesOfImpl = supportedLocalesOf;

function boundFormat(s, fn) {
  if (s.bound === undefined) {
    const f = (x) => fn(s, x);
    defineProperty(f, 'name', { value: '' });
    s.bound = f;
  }
  return s.bound;
}

function formatNumber(s, x) {
  return joinParts(I.format(s.id, mathValue(x), undefined));
}

function checkRange(x, y) {
  if (x === undefined || y === undefined) throw new TypeError('start or end is undefined');
  const a = mathValue(x);
  const b = mathValue(y);
  if ((typeof a === 'number' && Number.isNaN(a)) || (typeof b === 'number' && Number.isNaN(b))) throw new RangeError('Invalid number value');
  return [a, b];
}

definePrototype(NumberFormat, 'NumberFormat', {
  formatToParts(x) {
    const s = slot(this, 'NumberFormat', 'formatToParts');
    return partObjects(I.format(s.id, mathValue(x), undefined));
  },
  formatRange(x, y) {
    const s = slot(this, 'NumberFormat', 'formatRange');
    const [a, b] = checkRange(x, y);
    return joinParts(I.format(s.id, a, b));
  },
  formatRangeToParts(x, y) {
    const s = slot(this, 'NumberFormat', 'formatRangeToParts');
    const [a, b] = checkRange(x, y);
    return rangeParts(I.format(s.id, a, b));
  },
  resolvedOptions() {
    const s = slot(this, 'NumberFormat', 'resolvedOptions');
    const out = {};
    for (const k of ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit', 'unitDisplay',
      'minimumIntegerDigits', 'minimumSignificantDigits', 'maximumSignificantDigits', 'minimumFractionDigits',
      'maximumFractionDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingMode',
      'roundingIncrement', 'trailingZeroDisplay', 'roundingPriority']) {
      if (s[k] !== undefined) out[k] = s[k];
    }
    return out;
  },
}, {
  format() {
    const s = slot(this, 'NumberFormat', 'format');
    return boundFormat(s, formatNumber);
  },
});

// ------------------------------------------------------------- PluralRules

// CLDR's plural ranges per language (guest/src/intl/number_data.rs).
let pluralRangeTable;
function pluralRangesOf(locale) {
  if (pluralRangeTable === undefined) {
    pluralRangeTable = new Map();
    for (const entry of I.numberData('pluralRanges').split(' ')) {
      const [lang, list] = entry.split(':');
      pluralRangeTable.set(lang, new Map(list.split(',').map((e) => e.split('='))));
    }
  }
  return pluralRangeTable.get(locale.split('-')[0]) || new Map();
}

function PluralRules(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const requested = localeList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal');
  const r = resolveLocale(requested, [], {}, () => false);
  // CLDR's plural rules are per language (pt-PT aside).
  if (r.locale !== 'pt-PT' && r.locale !== DEFAULT_LOCALE) r.locale = r.dataLocale = r.locale.split('-')[0];
  const s = { kind: 'PluralRules', locale: r.locale, type };
  digitOptions(s, options, 0, 3, 'standard');
  s.id = native('plural', {
    locale: r.dataLocale, type,
    minimumIntegerDigits: s.minimumIntegerDigits, minimumFractionDigits: s.minimumFractionDigits,
    maximumFractionDigits: s.maximumFractionDigits, minimumSignificantDigits: s.minimumSignificantDigits,
    maximumSignificantDigits: s.maximumSignificantDigits, roundingType: s.roundingType,
    roundingMode: s.roundingMode, roundingIncrement: s.roundingIncrement, trailingZeroDisplay: s.trailingZeroDisplay,
  });
  slots.set(this, s);
}
const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
definePrototype(PluralRules, 'PluralRules', {
  select(n) {
    const s = slot(this, 'PluralRules', 'select');
    return I.select(s.id, Number(n), undefined);
  },
  selectRange(x, y) {
    const s = slot(this, 'PluralRules', 'selectRange');
    if (x === undefined || y === undefined) throw new TypeError('start or end is undefined');
    const a = Number(x);
    const b = Number(y);
    if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('Invalid number value');
    // ICU4C's rule: CLDR's range of the two ends' categories, else `other`.
    const ranges = pluralRangesOf(s.locale);
    return ranges.get(I.select(s.id, a, undefined) + '-' + I.select(s.id, b, undefined)) || 'other';
  },
  resolvedOptions() {
    const s = slot(this, 'PluralRules', 'resolvedOptions');
    const out = { locale: s.locale, type: s.type };
    for (const k of ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']) {
      if (s[k] !== undefined) out[k] = s[k];
    }
    const cats = I.info(s.id).pluralCategories;
    out.pluralCategories = PLURAL_ORDER.filter((c) => cats.includes(c));
    return out;
  },
});

// ---------------------------------------------------------- DateTimeFormat

const CALENDARS = ['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory', 'hebrew', 'indian', 'islamic', 'islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura', 'iso8601', 'japanese', 'persian', 'roc'];
const CALENDAR_ALIASES = { islamicc: 'islamic-civil', 'ethiopic-amete-alem': 'ethioaa', gregorian: 'gregory' };
function supportedDateKey(key, value) {
  if (key === 'ca') return CALENDARS.includes(value);
  if (key === 'hc') return ['h11', 'h12', 'h23', 'h24'].includes(value);
  return supportedNumberingSystem(key, value);
}

function defaultTimeZone() {
  return I.timeZoneDefault();
}
function canonicalTimeZone(tz) {
  const name = String(tz);
  if (/^[+-]/.test(name)) {
    if (!/^[+-]\d\d(:?\d\d)?$/.test(name)) throw new RangeError(`Invalid time zone specified: ${name}`);
  }
  const upper = name.toUpperCase();
  if (upper === 'UTC' || upper === 'ETC/UTC' || upper === 'ETC/GMT' || upper === 'GMT') return 'UTC';
  const c = I.timeZone('canonicalize', name);
  if (c === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  return CLDR_ZONE_NAMES[c] || c;
}
// Where CLDR (and so V8) keeps an older name as the canonical one.
const CLDR_ZONE_NAMES = {
  'Asia/Kolkata': 'Asia/Calcutta', 'Asia/Ho_Chi_Minh': 'Asia/Saigon', 'Asia/Kathmandu': 'Asia/Katmandu',
  'Asia/Yangon': 'Asia/Rangoon', 'Europe/Kyiv': 'Europe/Kiev', 'Atlantic/Faroe': 'Atlantic/Faeroe',
  'Pacific/Chuuk': 'Pacific/Truk', 'Pacific/Pohnpei': 'Pacific/Ponape', 'America/Nuuk': 'America/Godthab',
  'America/Argentina/Buenos_Aires': 'America/Buenos_Aires', 'America/Argentina/Catamarca': 'America/Catamarca',
  'America/Argentina/Cordoba': 'America/Cordoba', 'America/Argentina/Jujuy': 'America/Jujuy',
  'America/Argentina/Mendoza': 'America/Mendoza', 'America/Indiana/Indianapolis': 'America/Indianapolis',
  'America/Kentucky/Louisville': 'America/Louisville', 'Africa/Asmara': 'Africa/Asmera',
  'Asia/Kashgar': 'Asia/Urumqi', 'America/Atikokan': 'America/Coral_Harbour', 'Pacific/Kanton': 'Pacific/Enderbury',
};

const COMPONENTS = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits'],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];

// The locale's own hour cycle, read off the data (format 00:00 and 13:00).
const hourCycleCache = new Map();
function localeHourCycle(locale) {
  let hc = hourCycleCache.get(locale);
  if (hc !== undefined) return hc;
  const id = native('datetime', { locale, timeZone: 'UTC', hour: 'numeric' });
  const midnight = I.format(id, 0, undefined);
  let hour = '';
  let period = false;
  for (let i = 0; i < midnight.length; i += 2) {
    if (midnight[i] === 'hour') hour = midnight[i + 1];
    if (midnight[i] === 'dayPeriod') period = true;
  }
  const digit = hour.replace(/[^0-9]/g, '');
  if (period) hc = digit === '0' || digit === '00' ? 'h11' : 'h12';
  else hc = digit === '24' ? 'h24' : 'h23';
  hourCycleCache.set(locale, hc);
  return hc;
}

// Whether the locale writes its hours with two digits ("07:05").
const hourPadCache = new Map();
function localeHourPadded(locale) {
  let padded = hourPadCache.get(locale);
  if (padded === undefined) {
    const parts = I.format(native('datetime', { locale, timeZone: 'UTC', timeStyle: 'short' }), 7 * 3600000, undefined);
    padded = false;
    for (let i = 0; i < parts.length; i += 2) if (parts[i] === 'hour') padded = [...parts[i + 1]].length === 2;
    hourPadCache.set(locale, padded);
  }
  return padded;
}

// What ICU4X's field sets cannot express, done as ICU4C's pattern generator
// does: a field alone gets its own CLDR pattern; narrow names, era widths,
// two-digit years and 1-24 hours are patched in; minutes and seconds next
// to an hour always have two digits, and the hour's width follows ICU4C.
const ALONE = {
  weekday: { long: 'cccc', short: 'ccc', narrow: 'ccccc' },
  month: { numeric: 'L', '2-digit': 'LL', long: 'LLLL', short: 'LLL', narrow: 'LLLLL' },
  day: { numeric: 'd', '2-digit': 'dd' },
  year: { numeric: 'y', '2-digit': 'yy' },
  // V8 writes a minute or second alone without padding, even '2-digit'.
  minute: { numeric: 'm', '2-digit': 'm' },
  second: { numeric: 's', '2-digit': 's' },
};
function adjustForPatterns(spec, comps, hc, locale) {
  const ks = keys(comps);
  if (ks.length === 1 && ALONE[ks[0]] !== undefined) {
    spec.pattern = ALONE[ks[0]][comps[ks[0]]];
    return;
  }
  if (ks.length === 1 && ks[0] === 'fractionalSecondDigits') {
    spec.pattern = 'S'.repeat(comps.fractionalSecondDigits);
    return;
  }
  if (ks.every((k) => k === 'minute' || k === 'second' || k === 'fractionalSecondDigits') && comps.minute && comps.second) {
    spec.pattern = 'mm:ss' + (comps.fractionalSecondDigits ? '.' + 'S'.repeat(comps.fractionalSecondDigits) : '');
    return;
  }
  const sub = [];
  if (comps.month === 'narrow') sub.push('month=MMMMM');
  if (comps.weekday === 'narrow') sub.push('weekday=EEEEE');
  if (comps.era !== undefined) sub.push('era=' + { long: 'GGGG', short: 'G', narrow: 'GGGGG' }[comps.era]);
  if (comps.year === '2-digit') sub.push('year=yy');
  if (hc === 'h24' && (comps.hour !== undefined || spec.timeStyle !== undefined)) {
    spec.hourKind = '24';
    spec.locale = spec.locale.replace(/-hc-h24/, '-hc-h23');
    sub.push('hour=' + (comps.hour === '2-digit' ? 'kk' : 'k'));
  }
  if (sub.length) spec.substitute = sub.join(';');
  const padding = [];
  if (comps.hour !== undefined) {
    padding.push('minute=pad', 'second=pad');
    if (comps.minute !== undefined) spec.minute = '2-digit';
    if (comps.minute !== undefined && comps.second !== undefined) spec.second = '2-digit';
    if (comps.hour === 'numeric') {
      const padded = hourPadded(comps, hc, locale);
      if (padded === true) padding.push('hour=pad');
      else if (padded === false && comps.minute === '2-digit') padding.push('hour=strip');
    }
  }
  // Numeric months and days as CLDR's numeric date patterns write them.
  if (comps.month === 'numeric' || comps.day === 'numeric') {
    const [padMonth, padDay] = numericDatePadding(locale);
    if (comps.month === 'numeric') padding.push(padMonth ? 'month=pad' : 'month=strip');
    if (comps.day === 'numeric') padding.push(padDay ? 'day=pad' : 'day=strip');
  }
  if (padding.length) spec.padding = padding.join(';');
}

// Whether ICU4C's pattern writes a numeric hour with two digits: a 24-hour
// cycle that is not the locale's own comes from an `HH` pattern; the
// locale's own cycle keeps its pattern's width, except that a 2-digit
// minute asks for a single-digit hour.
function hourPadded(comps, hc, locale) {
  if (hc !== localeHourCycle(locale)) return hc === 'h23' || hc === 'h24';
  if (comps.minute === '2-digit') return false;
  return localeHourPadded(locale);
}

let datePadding;
function numericDatePadding(locale) {
  if (datePadding === undefined) {
    const t = require('internal/intl_date_padding');
    datePadding = { both: new Set(t.monthAndDay.split(' ')), month: new Set(t.monthOnly.split(' ')) };
  }
  const found = bestAvailable(locale) || 'en';
  if (datePadding.both.has(found)) return [true, true];
  return [datePadding.month.has(found), false];
}

// ------------------------------------------------ CLDR pattern selection

let patternsModule;
const P = () => patternsModule || (patternsModule = require('internal/intl_patterns'));

// The likely language and region of a locale (`und-TH` -> th, TH).
const likelyCache = new Map();
function likelySubtags(tag) {
  let out = likelyCache.get(tag);
  if (out === undefined) {
    let max = tag;
    try {
      max = I.locale('maximize', tag) || tag;
    } catch {}
    const subtags = max.split('-');
    out = { language: subtags[0], region: subtags.slice(1).find((t) => /^([A-Z]{2}|[0-9]{3})$/.test(t)) || '001' };
    likelyCache.set(tag, out);
  }
  return out;
}

function calendarPreference(region) {
  return P().calendarPreference(region);
}

// The locale's decimal separator (fractional seconds appended to a pattern).
function decimalSeparator(locale) {
  const id = native('number', { locale, roundingType: 'fractionDigits', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts = I.format(id, 1.5, undefined);
  for (let i = 0; i < parts.length; i += 2) if (parts[i] === 'decimal') return parts[i + 1];
  return '.';
}

// Each run of one pattern letter outside quotes, through `f`.
function rewriteOutsideQuotes(pattern, f) {
  const { tokens, quoteLiteral } = P();
  const items = tokens(pattern);
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (items[i] === "'") {
      const [quote, end] = quoteLiteral(items, i);
      out += quote;
      i = end;
    } else {
      out += /^[A-Za-z]/.test(items[i]) ? f(items[i]) : items[i];
    }
  }
  return out;
}

const HOUR_LETTER = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };
const LETTER_HOUR_CYCLE = { K: 'h11', h: 'h12', H: 'h23', k: 'h24' };

function hourCycleOfPattern(pattern) {
  let hc;
  rewriteOutsideQuotes(pattern, (run) => {
    if (hc === undefined && LETTER_HOUR_CYCLE[run[0]]) hc = LETTER_HOUR_CYCLE[run[0]];
    return run;
  });
  return hc;
}

// V8 writes every hour of the pattern in the cycle it resolved.
function withHourCycle(pattern, hc) {
  const letter = HOUR_LETTER[hc];
  if (letter === undefined) return pattern;
  return rewriteOutsideQuotes(pattern, (run) => (LETTER_HOUR_CYCLE[run[0]] ? letter.repeat(run.length) : run));
}

const SKELETON_LETTERS = {
  weekday: { narrow: 'EEEEE', short: 'EEE', long: 'EEEE' },
  era: { narrow: 'GGGGG', short: 'G', long: 'GGGG' },
  year: { '2-digit': 'yy', numeric: 'y' },
  month: { '2-digit': 'MM', numeric: 'M', narrow: 'MMMMM', short: 'MMM', long: 'MMMM' },
  day: { '2-digit': 'dd', numeric: 'd' },
  dayPeriod: { narrow: 'BBBBB', short: 'B', long: 'BBBB' },
  minute: { '2-digit': 'mm', numeric: 'm' },
  second: { '2-digit': 'ss', numeric: 's' },
  timeZoneName: { short: 'z', long: 'zzzz', shortOffset: 'O', longOffset: 'OOOO', shortGeneric: 'v', longGeneric: 'vvvv' },
};

// The pattern V8 formats with: the locale's style patterns, or the pattern
// ICU's generator picks for the skeleton of the components; either way in
// the resolved hour cycle.
function chooseDatePattern(gen, comps, dateStyle, timeStyle, hc) {
  if (dateStyle !== undefined || timeStyle !== undefined) {
    const pattern = gen.stylePattern(dateStyle, timeStyle);
    if (timeStyle === undefined || hourCycleOfPattern(pattern) === hc) return pattern;
    let skeleton = '';
    rewriteOutsideQuotes(pattern, (run) => {
      if (run[0] === 'a' || run[0] === 'b' || run[0] === 'B') return run;
      skeleton += LETTER_HOUR_CYCLE[run[0]] ? HOUR_LETTER[hc].repeat(run.length) : run;
      return run;
    });
    return withHourCycle(gen.bestPattern(skeleton), hc);
  }
  let skeleton = '';
  for (const [name] of COMPONENTS) {
    const v = comps[name];
    if (v === undefined) continue;
    if (name === 'hour') skeleton += HOUR_LETTER[hc].repeat(v === '2-digit' ? 2 : 1);
    else if (name === 'fractionalSecondDigits') skeleton += 'S'.repeat(v);
    else skeleton += SKELETON_LETTERS[name][v];
  }
  return withHourCycle(gen.bestPattern(skeleton), hc);
}

// What resolvedOptions reports for a pattern's fields, as V8 reads them
// back: the widths of the pattern, not of the request.
function patternComponents(pattern) {
  const out = {};
  const text = (n) => (n === 5 ? 'narrow' : n === 4 ? 'long' : 'short');
  const digits = (n) => (n === 2 ? '2-digit' : 'numeric');
  rewriteOutsideQuotes(pattern, (run) => {
    const n = run.length;
    switch (run[0]) {
      case 'E': out.weekday = text(n); break;
      case 'c': case 'e': if (n >= 3) out.weekday = text(n); break;
      case 'G': out.era = text(n); break;
      case 'y': out.year = digits(n); break;
      case 'M': case 'L': out.month = n >= 3 ? text(n) : digits(n); break;
      case 'd': out.day = digits(n); break;
      case 'B': case 'b': out.dayPeriod = text(n); break;
      case 'h': case 'H': case 'k': case 'K': out.hour = digits(n); out.hourCycle = LETTER_HOUR_CYCLE[run[0]]; break;
      case 'm': out.minute = digits(n); break;
      case 's': out.second = digits(n); break;
      case 'S': out.fractionalSecondDigits = n; break;
      case 'z': out.timeZoneName = n === 4 ? 'long' : 'short'; break;
      case 'O': out.timeZoneName = n === 4 ? 'longOffset' : 'shortOffset'; break;
      case 'v': out.timeZoneName = n === 4 ? 'longGeneric' : 'shortGeneric'; break;
    }
    return run;
  });
  return out;
}

// What the guest needs to write `pattern` with ICU4X (`fullPattern` and
// the facts about it, see guest/src/intl/dates.rs): ICU4X has no `k`
// (hours 1-24): format `H` and write 24 for 0. It writes fractions of a
// second only after `s.`, and its data has no flexible day periods (and
// other AM/PM names than CLDR's in some locales): those are marked (U+E000,
// U+E001) for the guest to fill in, the day periods from CLDR's names and
// rules.
function patternSpec(pattern, dataLocale, language) {
  const spec = {};
  let hours24 = '';
  let fraction = 0;
  let periodWidth;
  let flexible = false;
  let noonCheck = '';
  spec.fullPattern = rewriteOutsideQuotes(pattern, (run) => {
    if (run[0] === 'S') {
      fraction = run.length;
      return "'\ue000'";
    }
    if (run[0] === 'B' || run[0] === 'a') {
      periodWidth = run.length === 4 ? 'w' : run.length === 5 ? 'n' : 'a';
      flexible = run[0] === 'B';
      return "'\ue001'";
    }
    if (run[0] === 'm' || run[0] === 's') noonCheck += run[0];
    if (run[0] !== 'k') return run;
    hours24 = run;
    return 'H'.repeat(run.length);
  });
  if (hours24) spec.fullHours24 = hours24;
  if (fraction) spec.fullFraction = fraction;
  if (periodWidth !== undefined) {
    const periods = P().dayPeriods(dataLocale, language, periodWidth, flexible);
    spec.fullDayPeriods = periods.hours.join('|');
    if (periods.noon) {
      spec.fullNoon = periods.noon;
      spec.fullNoonCheck = noonCheck;
    }
  }
  return spec;
}

// The parts of `x` written with `pattern` (another pattern of the
// formatter `s`), each type tagged with `side`.
function partsWith(s, pattern, x, side) {
  if (s.rangeSpecs === undefined) s.rangeSpecs = new Map();
  let spec = s.rangeSpecs.get(pattern);
  if (spec === undefined) {
    spec = patternSpec(pattern, s.dataLocale, s.language);
    s.rangeSpecs.set(pattern, spec);
  }
  const parts = I.formatPattern(s.id, pattern, spec, x);
  for (let i = 0; i < parts.length; i += 2) parts[i] += '\u0000' + side;
  return parts;
}

// A CLDR message pattern (`{0} – {1}`) with its arguments' parts.
function joinPatternParts(format, args) {
  const out = [];
  const re = /\{(\d)\}/g;
  let last = 0;
  let m;
  while ((m = re.exec(format)) !== null) {
    if (m.index > last) out.push('literal\u0000shared', format.slice(last, m.index));
    out.push(...args[m[1]]);
    last = m.index + m[0].length;
  }
  if (last < format.length) out.push('literal\u0000shared', format.slice(last));
  return out;
}

// formatRange with CLDR's interval formats, as ICU4C's DateIntervalFormat
// writes a range (see intl_patterns.js's intervalPlan).
function formatDateRange(s, x, y) {
  const plan = s.plan || (s.plan = s.gen.intervalPlan(s.pattern));
  const a = I.dateFields(s.id, x);
  const b = I.dateFields(s.id, y);
  const keys = [
    ['G', a[0], b[0]], ['y', a[1], b[1]], ['M', a[2], b[2]], ['d', a[3], b[3]],
    ['a', a[4] >= 12, b[4] >= 12], ['h', a[4] % 12, b[4] % 12], ['m', a[5], b[5]], ['s', a[6], b[6]], ['S', a[7], b[7]],
  ];
  const found = keys.find(([, p, q]) => p !== q);
  const single = () => {
    const parts = I.format(s.id, x, undefined);
    for (let i = 0; i < parts.length; i += 2) parts[i] += '\u0000shared';
    return parts;
  };
  if (found === undefined) return single();
  const field = found[0];
  const sameDay = 'ahmsS'.includes(field);
  const fallbackRange = (pattern) => joinPatternParts(plan.fallback, [partsWith(s, pattern, x, 'startRange'), partsWith(s, pattern, y, 'endRange')]);
  const fallback = (pattern) => {
    if (sameDay && plan.datePattern && plan.timePattern) {
      return joinPatternParts(plan.glue || '{1} {0}', [fallbackRange(plan.timePattern), partsWith(s, plan.datePattern, x, 'shared')]);
    }
    return fallbackRange(pattern);
  };
  const ip = plan.patterns[field];
  let parts;
  if (ip === undefined || (!ip.first && !ip.second)) {
    if (P().fieldUnitIgnored(plan.fullPattern, field)) return single();
    parts = fallback(plan.fullPattern);
  } else if (!ip.first) {
    parts = fallback(ip.second);
  } else {
    const [d1, d2, side1, side2] = ip.laterFirst ? [y, x, 'endRange', 'startRange'] : [x, y, 'startRange', 'endRange'];
    parts = partsWith(s, ip.first, d1, side1);
    if (ip.second) parts.push(...partsWith(s, ip.second, d2, side2));
  }
  // ICU's sides: a field written for both dates belongs to its date's
  // side, and so do the literals between such fields; the rest is shared.
  return I.shareRange(parts);
}

const chosenPatterns = new Map();

function DateTimeFormat(locales, options) {
  if (!new.target) return new DateTimeFormat(locales, options);
  createDateTimeFormat(this, locales, options, 'any', 'date');
}

function createDateTimeFormat(target, locales, options, required, defaults) {
  const requested = localeList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  let calendar = getOption(options, 'calendar', 'string');
  if (calendar !== undefined && !TYPE_RE.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  if (calendar !== undefined) calendar = CALENDAR_ALIASES[calendar.toLowerCase()] || calendar.toLowerCase();
  const nu = getOption(options, 'numberingSystem', 'string');
  if (nu !== undefined && !TYPE_RE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const hour12 = getOption(options, 'hour12', 'boolean');
  let hourCycle = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24']);
  if (hour12 !== undefined) hourCycle = null;
  const r = resolveLocale(requested, ['ca', 'hc', 'nu'], { ca: calendar, hc: hourCycle === null ? undefined : hourCycle, nu }, supportedDateKey);
  const s = { kind: 'DateTimeFormat', locale: r.locale };
  let tz = options.timeZone;
  s.timeZone = tz === undefined ? defaultTimeZone() : canonicalTimeZone(tz);
  const comps = {};
  for (const [name, values] of COMPONENTS) {
    if (name === 'fractionalSecondDigits') {
      const v = getNumberOption(options, name, 1, 3, undefined);
      if (v !== undefined) comps[name] = v;
    } else {
      const v = getOption(options, name, 'string', values);
      if (v !== undefined) comps[name] = v;
    }
  }
  getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit');
  const dateStyle = getOption(options, 'dateStyle', 'string', ['full', 'long', 'medium', 'short']);
  const timeStyle = getOption(options, 'timeStyle', 'string', ['full', 'long', 'medium', 'short']);
  const hasComponent = keys(comps).length > 0;
  if ((dateStyle !== undefined || timeStyle !== undefined) && hasComponent) {
    throw new TypeError(`Can't set option ${keys(comps)[0]} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
  }
  if (dateStyle === undefined && timeStyle === undefined) {
    if (required === 'date' && timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
    let needDefaults = true;
    if (required === 'date' || required === 'any') {
      for (const k of ['weekday', 'year', 'month', 'day']) if (comps[k] !== undefined) needDefaults = false;
    }
    if (required === 'time' || required === 'any') {
      for (const k of ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']) if (comps[k] !== undefined) needDefaults = false;
    }
    if (needDefaults && (defaults === 'date' || defaults === 'all')) comps.year = comps.month = comps.day = 'numeric';
    if (needDefaults && (defaults === 'time' || defaults === 'all')) comps.hour = comps.minute = comps.second = 'numeric';
  } else {
    if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : dateStyle');
    if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : timeStyle');
  }
  const needsHour = comps.hour !== undefined || timeStyle !== undefined;
  const baseLocale = r.dataLocale.replace(/-u-.*$/, '');
  // CLDR's patterns, chosen as ICU4C chooses them, for the Gregorian
  // calendar (the others go through ICU4X's field sets).
  const likely = likelySubtags(baseLocale);
  const resolvedCalendar = r.ca !== undefined ? r.ca : calendarPreference(likely.region);
  const dataLocale = bestAvailable(baseLocale) || 'en';
  const patterns = resolvedCalendar === 'gregory' && P().hasLocale(dataLocale) ? P() : undefined;
  const localeHc = patterns ? patterns.preferredHourCycle(likely.language, likely.region) : localeHourCycle(baseLocale);
  let hc;
  if (needsHour) {
    const requestedHc = r.hc !== undefined && hourCycle !== null ? r.hc : localeHc;
    // As V8 (and ECMA-402 before 2024): hour12 picks the 12- or 24-hour
    // cycle of the locale's "family" (h11/h23 or h12/h24).
    const family = localeHc === 'h11' || localeHc === 'h23';
    if (hour12 === true) hc = family ? 'h11' : 'h12';
    else if (hour12 === false) hc = family ? 'h23' : 'h24';
    else hc = hourCycle || requestedHc;
    s.hourCycle = hc;
    s.hour12 = hc === 'h11' || hc === 'h12';
  }
  s.calendar = resolvedCalendar;
  const ext = [];
  if (r.ca !== undefined) ext.push('ca-' + r.ca);
  if (hc !== undefined && hc !== localeHourCycle(baseLocale)) ext.push('hc-' + hc);
  if (r.nu !== undefined) ext.push('nu-' + r.nu);
  const spec = { locale: baseLocale + (ext.length ? '-u-' + ext.join('-') : ''), timeZone: s.timeZone };
  if (dateStyle !== undefined) spec.dateStyle = s.dateStyle = dateStyle;
  if (timeStyle !== undefined) spec.timeStyle = s.timeStyle = timeStyle;
  for (const k of keys(comps)) spec[k] = s[k] = comps[k];
  if (hc !== undefined && comps.hour !== undefined && hc !== localeHourCycle(baseLocale)) spec.hourKind = hc === 'h11' || hc === 'h12' ? '12' : '24';
  adjustForPatterns(spec, comps, hc, baseLocale);
  if (comps.hour === 'numeric') s.hourPadded = hourPadded(comps, hc, baseLocale) === true;
  if (patterns) {
    const numberLocale = baseLocale + (r.nu !== undefined ? '-u-nu-' + r.nu : '');
    const gen = patterns.generator(dataLocale, likely.language, likely.region, r.hc, numberLocale, decimalSeparator);
    // Equal requests choose the same pattern: remember it (bounded).
    const key = [dataLocale, likely.language, likely.region, r.hc, numberLocale, dateStyle, timeStyle, hc || localeHc, JSON.stringify(comps)].join('|');
    let chosen = chosenPatterns.get(key);
    if (chosen === undefined) {
      const pattern = chooseDatePattern(gen, comps, dateStyle, timeStyle, hc || localeHc);
      chosen = { pattern, spec: patternSpec(pattern, dataLocale, likely.language) };
      if (chosenPatterns.size >= 256) chosenPatterns.clear();
      chosenPatterns.set(key, chosen);
    }
    s.pattern = chosen.pattern;
    s.gen = gen;
    s.dataLocale = dataLocale;
    s.language = likely.language;
    Object.assign(spec, chosen.spec);
  }
  s.id = native('datetime', spec);
  const numberId = native('number', { locale: baseLocale + (r.nu !== undefined ? '-u-nu-' + r.nu : ''), roundingType: 'fractionDigits', maximumFractionDigits: 0 });
  s.numberingSystem = r.nu !== undefined ? r.nu : numberingSystemOf(numberId);
  slots.set(target, s);
  return target;
}

function timeValue(date) {
  const x = date === undefined ? Date.now() : Number(date);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  return x;
}

// V8's format() (and Date#toLocale*String) writes U+202F, the narrow
// no-break space of "7:05\u202fAM" and "2024\u202fг.", as a plain space for
// the web's sake; formatToParts and formatRange keep it.
function formatDate(s, date) {
  return joinParts(I.format(s.id, timeValue(date), undefined)).replace(/\u202f/g, ' ');
}

definePrototype(DateTimeFormat, 'DateTimeFormat', {
  formatToParts(date) {
    const s = slot(this, 'DateTimeFormat', 'formatToParts');
    return partObjects(I.format(s.id, timeValue(date), undefined));
  },
  formatRange(a, b) {
    const s = slot(this, 'DateTimeFormat', 'formatRange');
    if (a === undefined || b === undefined) throw new TypeError('startDate or endDate is undefined');
    const x = timeValue(a);
    const y = timeValue(b);
    return joinParts(s.pattern !== undefined ? formatDateRange(s, x, y) : I.format(s.id, x, y));
  },
  formatRangeToParts(a, b) {
    const s = slot(this, 'DateTimeFormat', 'formatRangeToParts');
    if (a === undefined || b === undefined) throw new TypeError('startDate or endDate is undefined');
    const x = timeValue(a);
    const y = timeValue(b);
    return rangeParts(s.pattern !== undefined ? formatDateRange(s, x, y) : I.format(s.id, x, y));
  },
  resolvedOptions() {
    const s = slot(this, 'DateTimeFormat', 'resolvedOptions');
    const out = { locale: s.locale, calendar: s.calendar, numberingSystem: s.numberingSystem, timeZone: s.timeZone };
    if (s.pattern !== undefined) {
      const p = patternComponents(s.pattern);
      if (p.hourCycle !== undefined) {
        out.hourCycle = p.hourCycle;
        out.hour12 = p.hourCycle === 'h11' || p.hourCycle === 'h12';
      }
      if (s.dateStyle === undefined && s.timeStyle === undefined) {
        for (const [k] of COMPONENTS) if (p[k] !== undefined) out[k] = p[k];
      }
      if (s.dateStyle !== undefined) out.dateStyle = s.dateStyle;
      if (s.timeStyle !== undefined) out.timeStyle = s.timeStyle;
      return out;
    }
    if (s.hourCycle !== undefined) {
      out.hourCycle = s.hourCycle;
      out.hour12 = s.hour12;
    }
    for (const [k] of COMPONENTS) if (s[k] !== undefined) out[k] = s[k];
    // The widths of the pattern ICU picked: minutes and seconds next to
    // other fields have two digits, and so has a padded hour.
    const fields = keys(out).filter((k) => COMPONENTS.some(([c]) => c === k));
    if (out.minute !== undefined && fields.length > 1) out.minute = '2-digit';
    if (out.second !== undefined && fields.length > 1) out.second = '2-digit';
    if (out.hour === 'numeric' && s.hourPadded) out.hour = '2-digit';
    if (s.dateStyle !== undefined) out.dateStyle = s.dateStyle;
    if (s.timeStyle !== undefined) out.timeStyle = s.timeStyle;
    return out;
  },
}, {
  format() {
    const s = slot(this, 'DateTimeFormat', 'format');
    return boundFormat(s, formatDate);
  },
});

// ---------------------------------------------------------------- Collator

// Which languages have each collation type in ICU's data, generated by
// tests/intl/collation-types.js: a `-u-co-` type the language lacks is
// dropped, as ICU drops it (`en-u-co-phonebk` resolves to `en`).
const COLLATION_LANGUAGES = {
  compat: 'ar',
  dict: 'si',
  emoji: 'af am ar as az be bg blo bn bo br bs ca ceb chr cs cy da de dsb dz ee el en eo es et fa ff fi fil fo fr fy ga gl gu ha haw he hi hr hsb hu hy id ig is it ja ka kk kl km kn ko kok ku ky lb lij lkt ln lo lt lv mk ml mn mr ms mt my nb ne nl nn no nso om or pa pl ps pt ro ru sa se si sk sl smn sq sr st sv sw ta te th tk tn to tr ug uk ur uz vi wae wo xh yi yo zh zu',
  eor: 'af am ar as az be bg blo bn bo br bs ca ceb chr cs cy da de dsb dz ee el en eo es et fa ff fi fil fo fr fy ga gl gu ha haw he hi hr hsb hu hy id ig is it ja ka kk kl km kn ko kok ku ky lb lij lkt ln lo lt lv mk ml mn mr ms mt my nb ne nl nn no nso om or pa pl ps pt ro ru sa se si sk sl smn sq sr st sv sw ta te th tk tn to tr ug uk ur uz vi wae wo xh yi yo zh zu',
  phonebk: 'de',
  phonetic: 'ln',
  pinyin: 'zh',
  searchjl: 'ko',
  stroke: 'zh',
  trad: 'bn es fi kn sv vi',
  unihan: 'ja ko zh',
  zhuyin: 'zh',
};
let collationLanguages;
function collationSupported(type, locale) {
  if (collationLanguages === undefined) {
    collationLanguages = new Map(keys(COLLATION_LANGUAGES).map((k) => [k, new Set(COLLATION_LANGUAGES[k].split(' '))]));
  }
  const languages = collationLanguages.get(type);
  return languages !== undefined && languages.has(locale.split('-')[0]);
}

function Collator(locales, options) {
  if (!new.target) return new Collator(locales, options);
  const requested = localeList(locales);
  options = coerceOptions(options);
  const usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const collation = getOption(options, 'collation', 'string');
  if (collation !== undefined && !TYPE_RE.test(collation)) throw new RangeError(`Invalid collation : ${collation}`);
  let numeric = getOption(options, 'numeric', 'boolean');
  if (numeric !== undefined) numeric = String(numeric);
  const caseFirst = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false']);
  const r = resolveLocale(requested, ['co', 'kf', 'kn'], { co: collation, kn: numeric, kf: caseFirst }, (key, value, found) => {
    if (key === 'kn') return value === 'true' || value === 'false';
    if (key === 'kf') return ['upper', 'lower', 'false'].includes(value);
    return collationSupported(value, found);
  });
  let sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant']);
  if (sensitivity === undefined) sensitivity = 'variant';
  const ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, /^th\b/.test(r.locale));
  const s = {
    kind: 'Collator', locale: r.locale, usage, sensitivity, ignorePunctuation,
    collation: r.co !== undefined ? r.co : 'default', numeric: r.kn === 'true', caseFirst: r.kf !== undefined ? r.kf : 'false',
  };
  const base = r.dataLocale.replace(/-u-.*$/, '');
  const ext = [];
  if (usage === 'search') ext.push('co-search');
  else if (r.co !== undefined) ext.push('co-' + r.co);
  if (r.kf !== undefined && r.kf !== 'false') ext.push('kf-' + r.kf);
  if (r.kn === 'true') ext.push('kn');
  s.id = native('collator', {
    locale: base + (ext.length ? '-u-' + ext.join('-') : ''),
    sensitivity, ignorePunctuation: String(ignorePunctuation),
  });
  slots.set(this, s);
}
function compareStrings(s, x, y) {
  return I.compare(s.id, String(x), String(y));
}
definePrototype(Collator, 'Collator', {
  resolvedOptions() {
    const s = slot(this, 'Collator', 'resolvedOptions');
    return {
      locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: s.ignorePunctuation,
      collation: s.collation, numeric: s.numeric, caseFirst: s.caseFirst,
    };
  },
}, {
  compare() {
    const s = slot(this, 'Collator', 'compare');
    if (s.boundCompare === undefined) {
      const f = (x, y) => compareStrings(s, x, y);
      defineProperty(f, 'name', { value: '' });
      s.boundCompare = f;
    }
    return s.boundCompare;
  },
});

// -------------------------------------------------------------- ListFormat

// ICU4C joins Hebrew's vav to a non-Hebrew item with a hyphen-minus
// (`ו-c`); ICU4X writes a non-breaking hyphen (U+2011).
function listParts(s, list) {
  const parts = I.format(s.id, stringList(list), undefined);
  if (/^he\b/.test(s.locale)) {
    for (let i = 0; i < parts.length; i += 2) if (parts[i] === 'literal') parts[i + 1] = parts[i + 1].replace(/\u05d5\u2011/g, '\u05d5-');
  }
  return parts;
}

function ListFormat(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const requested = localeList(locales);
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = resolveLocale(requested, [], {}, () => false);
  const type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction');
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long');
  const s = { kind: 'ListFormat', locale: r.locale, type, style };
  s.id = native('list', { locale: r.dataLocale, type, style });
  slots.set(this, s);
}
function getOptionsObject(options) {
  if (options === undefined) return create(null);
  if (typeof options === 'object' && options !== null) return options;
  if (typeof options === 'function') return options;
  throw new TypeError('Options must be an object');
}
function stringList(list) {
  if (list === undefined) return [];
  const out = [];
  for (const x of list) {
    if (typeof x !== 'string') throw new TypeError(`Iterable yielded ${describe(x)} which is not a string`);
    out.push(x);
  }
  return out;
}
definePrototype(ListFormat, 'ListFormat', {
  format(list) {
    const s = slot(this, 'ListFormat', 'format');
    return joinParts(listParts(s, list));
  },
  formatToParts(list) {
    const s = slot(this, 'ListFormat', 'formatToParts');
    return partObjects(listParts(s, list));
  },
  resolvedOptions() {
    const s = slot(this, 'ListFormat', 'resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  },
});

// ------------------------------------------------------ RelativeTimeFormat

const RELATIVE_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
function RelativeTimeFormat(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const requested = localeList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const nu = getOption(options, 'numberingSystem', 'string');
  if (nu !== undefined && !TYPE_RE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const r = resolveLocale(requested, ['nu'], { nu }, supportedNumberingSystem);
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long');
  const numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always');
  const s = { kind: 'RelativeTimeFormat', locale: r.locale, style, numeric };
  s.id = native('relative', { locale: r.dataLocale, style, numeric });
  const numberId = native('number', { locale: r.dataLocale, roundingType: 'fractionDigits', maximumFractionDigits: 0 });
  s.numberingSystem = r.nu !== undefined ? r.nu : numberingSystemOf(numberId);
  slots.set(this, s);
}
function relativeUnit(unit) {
  const u = String(unit);
  const singular = u.endsWith('s') ? u.slice(0, -1) : u;
  if (!RELATIVE_UNITS.includes(singular)) throw new RangeError(`Invalid unit argument for format() '${u}'`);
  return singular;
}
function relativeValue(value) {
  const v = Number(value);
  if (!Number.isFinite(v)) throw new RangeError('Invalid time value');
  return v;
}
definePrototype(RelativeTimeFormat, 'RelativeTimeFormat', {
  format(value, unit) {
    const s = slot(this, 'RelativeTimeFormat', 'format');
    const v = relativeValue(value);
    return joinParts(I.format(s.id, v, relativeUnit(unit)));
  },
  formatToParts(value, unit) {
    const s = slot(this, 'RelativeTimeFormat', 'formatToParts');
    const v = relativeValue(value);
    const u = relativeUnit(unit);
    return partObjects(I.format(s.id, v, u), (p) => {
      if (p.type !== 'literal') p.unit = u;
    });
  },
  resolvedOptions() {
    const s = slot(this, 'RelativeTimeFormat', 'resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: s.numberingSystem };
  },
});

// ------------------------------------------------------------ DisplayNames

function DisplayNames(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  const requested = localeList(locales);
  if (options === undefined) throw new TypeError('Cannot convert undefined or null to object');
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = resolveLocale(requested, [], {}, () => false);
  const style = getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long');
  const type = getOption(options, 'type', 'string', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField']);
  if (type === undefined) throw new TypeError('Required option type is missing');
  const fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code');
  const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect');
  const s = { kind: 'DisplayNames', locale: r.locale, dataLocale: r.dataLocale, style, type, fallback };
  if (type === 'language') s.languageDisplay = languageDisplay;
  s.id = native('display', { locale: r.dataLocale, style, type, languageDisplay });
  slots.set(this, s);
}
const DATE_TIME_FIELDS = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
definePrototype(DisplayNames, 'DisplayNames', {
  of(code) {
    const s = slot(this, 'DisplayNames', 'of');
    code = String(code);
    let canonical = code;
    switch (s.type) {
      case 'language':
        if (!/^[a-z]{2,3}|[a-z]{5,8}$/i.test(code.split('-')[0]) || /-u-|-x-|-t-/i.test(code) || code.includes('_')) throw new RangeError('invalid_argument');
        canonical = canonicalizeTag(code);
        break;
      case 'region':
        if (!/^([a-z]{2}|\d{3})$/i.test(code)) throw new RangeError('invalid_argument');
        canonical = code.toUpperCase();
        break;
      case 'script':
        if (!/^[a-z]{4}$/i.test(code)) throw new RangeError('invalid_argument');
        canonical = code[0].toUpperCase() + code.slice(1).toLowerCase();
        break;
      case 'currency':
        if (!/^[a-z]{3}$/i.test(code)) throw new RangeError('invalid_argument');
        canonical = code.toUpperCase();
        break;
      case 'calendar': {
        if (!TYPE_RE.test(code)) throw new RangeError('invalid_argument');
        canonical = code.toLowerCase();
        const name = P().calendarName(bestAvailable(s.dataLocale.replace(/-u-.*$/, '')) || 'en', canonical);
        if (name !== undefined) return name;
        return s.fallback === 'code' ? canonical : undefined;
      }
      case 'dateTimeField': {
        const field = DATE_TIME_FIELDS.indexOf(code);
        if (field < 0) throw new RangeError('invalid_argument');
        // CLDR's field names, bundled with the date patterns.
        const names = P().fieldNames(bestAvailable(s.dataLocale.replace(/-u-.*$/, '')) || 'en');
        const name = names && names[field * 3 + { long: 0, short: 1, narrow: 2 }[s.style]];
        if (name) return name;
        return s.fallback === 'code' ? code : undefined;
      }
    }
    const name = I.display(s.id, canonical);
    if (name !== undefined) return name;
    return s.fallback === 'code' ? canonical : undefined;
  },
  resolvedOptions() {
    const s = slot(this, 'DisplayNames', 'resolvedOptions');
    const out = { locale: s.locale, style: s.style, type: s.type, fallback: s.fallback };
    if (s.languageDisplay !== undefined) out.languageDisplay = s.languageDisplay;
    return out;
  },
});

// --------------------------------------------------------------- Segmenter

function Segmenter(locales, options) {
  if (!new.target) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const requested = localeList(locales);
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = resolveLocale(requested, [], {}, () => false);
  const granularity = getOption(options, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme');
  const s = { kind: 'Segmenter', locale: r.locale, granularity };
  s.id = native('segmenter', { locale: r.dataLocale, granularity });
  slots.set(this, s);
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
function segmentsOf(s, input) {
  // Lone surrogates cross to the natives as U+FFFD (one code unit each, so
  // the indices still match the input).
  const flat = I.segment(s.id, input.isWellFormed() ? input : input.toWellFormed());
  const list = [];
  for (let i = 0; i < flat.length; i += 2) {
    const start = flat[i];
    const end = i + 2 < flat.length ? flat[i + 2] : input.length;
    const data = { segment: input.slice(start, end), index: start, input };
    // ICU4C marks every word of letters, marks or digits as word-like;
    // ICU4X's rules miss some Brahmic-script words (Devanagari `नमस्ते`).
    if (s.granularity === 'word') data.isWordLike = flat[i + 1] || WORD_CHARACTER.test(data.segment);
    list.push(data);
  }
  return list;
}
const SegmentsPrototype = {
  containing(index) {
    const seg = slots.get(this);
    if (seg === undefined || seg.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver');
    let n = Number(index);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (n < 0 || n >= seg.input.length) return undefined;
    const list = seg.list();
    for (const d of list) if (d.index <= n && n < d.index + d.segment.length) return { ...d };
    return undefined;
  },
  [Symbol.iterator]() {
    const seg = slots.get(this);
    if (seg === undefined || seg.kind !== 'Segments') throw new TypeError('incompatible receiver');
    const list = seg.list();
    let i = 0;
    const it = create(SegmentIteratorPrototype);
    slots.set(it, { kind: 'SegmentIterator', next: () => (i < list.length ? { value: { ...list[i++] }, done: false } : { value: undefined, done: true }) });
    return it;
  },
};
const SegmentIteratorPrototype = create(getPrototypeOf(getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const s = slots.get(this);
      if (s === undefined || s.kind !== 'SegmentIterator') throw new TypeError('incompatible receiver');
      return s.next();
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
});
for (const k of ['containing']) defineProperty(SegmentsPrototype, k, { enumerable: false });
defineProperty(SegmentsPrototype, Symbol.iterator, { enumerable: false });
definePrototype(Segmenter, 'Segmenter', {
  segment(string) {
    const s = slot(this, 'Segmenter', 'segment');
    const input = String(string);
    const segments = create(SegmentsPrototype);
    let cached;
    slots.set(segments, { kind: 'Segments', input, list: () => (cached || (cached = segmentsOf(s, input))) });
    return segments;
  },
  resolvedOptions() {
    const s = slot(this, 'Segmenter', 'resolvedOptions');
    return { locale: s.locale, granularity: s.granularity };
  },
});

// ------------------------------------------------------------------ Locale

function isLocale(v) {
  const s = typeof v === 'object' && v !== null ? slots.get(v) : undefined;
  return s !== undefined && s.kind === 'Locale';
}

const LOCALE_KEYS = [['calendar', 'ca'], ['collation', 'co'], ['hourCycle', 'hc'], ['caseFirst', 'kf'], ['numeric', 'kn'], ['numberingSystem', 'nu']];

function Locale(tag, options) {
  if (!new.target) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
  tag = isLocale(tag) ? slots.get(tag).tag : String(tag);
  options = coerceOptions(options);
  tag = canonicalizeTag(tag);
  // Apply the options (ApplyOptionsToTag, then the keyword options).
  let { base, keywords } = splitExtension(tag);
  const language = getOption(options, 'language', 'string');
  if (language !== undefined && !/^([a-z]{2,3}|[a-z]{5,8})$/i.test(language)) throw new RangeError('Incorrect locale information provided');
  const script = getOption(options, 'script', 'string');
  if (script !== undefined && !/^[a-z]{4}$/i.test(script)) throw new RangeError('Incorrect locale information provided');
  const region = getOption(options, 'region', 'string');
  if (region !== undefined && !/^([a-z]{2}|\d{3})$/i.test(region)) throw new RangeError('Incorrect locale information provided');
  if (language !== undefined || script !== undefined || region !== undefined) {
    const m = /^([a-z]{2,3}|[a-z]{5,8})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(.*)$/i.exec(base);
    base = [language || m[1], script !== undefined ? script : m[2], region !== undefined ? region : m[3]].filter(Boolean).join('-') + m[4];
  }
  const values = {};
  for (const [name, key] of LOCALE_KEYS) {
    let v;
    if (name === 'numeric') {
      v = getOption(options, name, 'boolean');
      if (v !== undefined) v = String(v);
    } else if (name === 'hourCycle') {
      v = getOption(options, name, 'string', ['h11', 'h12', 'h23', 'h24']);
    } else if (name === 'caseFirst') {
      v = getOption(options, name, 'string', ['upper', 'lower', 'false']);
    } else {
      v = getOption(options, name, 'string');
      if (v !== undefined && !TYPE_RE.test(v)) throw new RangeError(`Incorrect locale information provided`);
    }
    if (v !== undefined) {
      const at = keywords.findIndex((k) => k[0] === key);
      if (at >= 0) keywords[at] = [key, v];
      else keywords.push([key, v]);
    }
  }
  keywords = keywords.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  let full = base;
  if (keywords.length) {
    const ext = keywords.map(([k, v]) => (v === '' || v === 'true' ? k : k + '-' + v)).join('-');
    const x = base.indexOf('-x-');
    full = x >= 0 ? base.slice(0, x) + '-u-' + ext + base.slice(x) : base + '-u-' + ext;
  }
  full = canonicalizeTag(full);
  slots.set(this, { kind: 'Locale', tag: full });
}
function localeParts(tag) {
  const { base, keywords } = splitExtension(tag);
  const main = base.split(/-[a-wyz]-|-x-/)[0];
  const m = /^([a-z]{2,3}|[a-z]{5,8})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?((?:-[a-z0-9]{5,8}|-\d[a-z0-9]{3})*)$/.exec(main) || [];
  return { baseName: main, language: m[1], script: m[2], region: m[3], keywords };
}
const localeGetters = {
  baseName() { return localeParts(slot(this, 'Locale', 'baseName').tag).baseName; },
  language() { return localeParts(slot(this, 'Locale', 'language').tag).language; },
  script() { return localeParts(slot(this, 'Locale', 'script').tag).script; },
  region() { return localeParts(slot(this, 'Locale', 'region').tag).region; },
};
for (const [name, key] of LOCALE_KEYS) {
  localeGetters[name] = function () {
    const kw = localeParts(slot(this, 'Locale', name).tag).keywords.find((k) => k[0] === key);
    if (name === 'numeric') return kw !== undefined && (kw[1] === '' || kw[1] === 'true');
    return kw === undefined ? undefined : kw[1] === '' ? 'true' : kw[1];
  };
}
definePrototype(Locale, 'Locale', {
  maximize() {
    const s = slot(this, 'Locale', 'maximize');
    return new Locale(likelyUnd(I.locale('maximize', s.tag), 'maximize'));
  },
  minimize() {
    const s = slot(this, 'Locale', 'minimize');
    return new Locale(likelyUnd(I.locale('minimize', s.tag), 'minimize'));
  },
  toString() {
    return slot(this, 'Locale', 'toString').tag;
  },
  toJSON() {
    return slot(this, 'Locale', 'toJSON').tag;
  },
}, localeGetters);
delete Locale.supportedLocalesOf;

// -------------------------------------------------------------- Intl itself

function getCanonicalLocales(locales) {
  return localeList(locales);
}

// ISO 4217's current codes.
const CURRENCIES = 'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG';

function supportedValuesOf(key) {
  key = String(key);
  switch (key) {
    case 'calendar': return CALENDARS.filter((c) => c !== 'islamic' && c !== 'islamic-rgsa').slice();
    case 'collation': return ['compat', 'emoji', 'eor', 'phonebk', 'pinyin', 'searchjl', 'stroke', 'trad', 'unihan', 'zhuyin'];
    case 'currency': return CURRENCIES.split(' ');
    case 'numberingSystem': return NUMBERING_SYSTEMS.slice();
    case 'timeZone': return I.supportedValues('timeZone').map((z) => CLDR_ZONE_NAMES[z] || z).sort();
    case 'unit': return SIMPLE_UNITS.slice();
    default: throw new RangeError(`Invalid key : ${key}`);
  }
}

const Intl = {};
defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
const members = { Collator, DateTimeFormat, DisplayNames, ListFormat, Locale, NumberFormat, PluralRules, RelativeTimeFormat, Segmenter };
for (const name of keys(members)) {
  const ctor = members[name];
  defineProperty(ctor, 'name', { value: name });
  defineProperty(ctor, 'prototype', { writable: false, enumerable: false, configurable: false });
  defineProperty(ctor.prototype, 'constructor', { value: ctor, writable: true, configurable: true, enumerable: false });
  defineProperty(Intl, name, { value: ctor, writable: true, configurable: true, enumerable: false });
}
defineProperty(Intl, 'getCanonicalLocales', { value: getCanonicalLocales, writable: true, configurable: true });
defineProperty(Intl, 'supportedValuesOf', { value: supportedValuesOf, writable: true, configurable: true });

// ---------------------------------------------------- locale-aware methods

// Formatters for the locale methods, by their arguments (the common call
// `x.toLocaleString()` builds one formatter per call, not one per value).
const methodCache = new Map();
function cached(kind, locales, options, build) {
  if (options !== undefined || (locales !== undefined && typeof locales !== 'string')) return build();
  const key = kind + '\u0000' + (locales === undefined ? '' : locales);
  let f = methodCache.get(key);
  if (f === undefined) {
    f = build();
    if (methodCache.size < 64) methodCache.set(key, f);
  }
  return f;
}

function thisNumber(v, method) {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null) {
    try {
      return Number.prototype.valueOf.call(v);
    } catch (_) {}
  }
  throw new TypeError(`Number.prototype.${method} requires that 'this' be a Number`);
}
function thisBigInt(v) {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'object' && v !== null) {
    try {
      return BigInt.prototype.valueOf.call(v);
    } catch (_) {}
  }
  throw new TypeError(`BigInt.prototype.toLocaleString requires that 'this' be a BigInt`);
}
function thisTime(v, method) {
  if (typeof v !== 'object' || v === null) throw new TypeError('this is not a Date object.');
  try {
    return Date.prototype.getTime.call(v);
  } catch (_) {
    throw new TypeError('this is not a Date object.');
  }
}

function dateMethod(required, defaults, method) {
  return function (locales, options) {
    const t = thisTime(this, method);
    if (Number.isNaN(t)) return 'Invalid Date';
    const f = cached(method, locales, options, () => createDateTimeFormat(create(DateTimeFormat.prototype), locales, options, required, defaults));
    return formatDate(slots.get(f), t);
  };
}

function caseMethod(upper) {
  return function (locales) {
    if (this === undefined || this === null) throw new TypeError(`String.prototype.toLocale${upper ? 'Upper' : 'Lower'}Case called on null or undefined`);
    const text = String(this);
    const list = localeList(locales);
    const tag = list.length ? splitExtension(list[0]).base : DEFAULT_LOCALE;
    const lang = tag.split('-')[0];
    if (lang !== 'tr' && lang !== 'az' && lang !== 'lt' && lang !== 'el' && lang !== 'hy') {
      return upper ? text.toUpperCase() : text.toLowerCase();
    }
    return I.changeCase(upper, tag, text);
  };
}

function numberToLocaleString(locales, options) {
  const x = thisNumber(this, 'toLocaleString');
  return formatNumber(slots.get(cached('number', locales, options, () => new NumberFormat(locales, options))), x);
}
function bigintToLocaleString(locales, options) {
  const x = thisBigInt(this);
  return formatNumber(slots.get(cached('number', locales, options, () => new NumberFormat(locales, options))), x);
}
function localeCompare(that, locales, options) {
  if (this === undefined || this === null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
  const c = cached('collator', locales, options, () => new Collator(locales, options));
  return compareStrings(slots.get(c), String(this), String(that));
}
function arrayToLocaleString(locales, options) {
  const a = toObject(this);
  const len = Math.min(Number(a.length) || 0, 2 ** 53 - 1);
  let out = '';
  for (let k = 0; k < len; k++) {
    if (k > 0) out += ',';
    const e = a[k];
    if (e !== undefined && e !== null) out += String(Object(e).toLocaleString(locales, options));
  }
  return out;
}

// What the prelude's method stubs call (guest/src/prelude/45-builtins.js).
const localeMethods = {
  numberToLocaleString,
  bigintToLocaleString,
  dateToLocaleString: dateMethod('any', 'all', 'toLocaleString'),
  dateToLocaleDateString: dateMethod('date', 'date', 'toLocaleDateString'),
  dateToLocaleTimeString: dateMethod('time', 'time', 'toLocaleTimeString'),
  localeCompare,
  toLocaleUpperCase: caseMethod(true),
  toLocaleLowerCase: caseMethod(false),
  arrayToLocaleString,
};

exports.Intl = Intl;
exports.localeMethods = localeMethods;
