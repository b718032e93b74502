// Which CLDR pattern a set of date-time fields is written with, chosen as
// ICU4C's DateTimePatternGenerator chooses it (the generator V8 and so Node
// use): every availableFormats entry is a skeleton with a distance to the
// requested one; the nearest wins and its field widths are adjusted to the
// request; what no entry covers is assembled from a date part and a time
// part (glued with the locale's "at time" pattern) and appendItems. The data
// is CLDR's, per locale (internal/intl_date_patterns).
'use strict';

// Field numbers, in the generator's order.
const ERA = 0, YEAR = 1, MONTH = 3, WEEKDAY = 6, DAY = 9, DAYPERIOD = 10, HOUR = 11, MINUTE = 12, SECOND = 13, FRACTION = 14, ZONE = 15;
const FIELD_COUNT = 16;
const DATE_MASK = (1 << DAYPERIOD) - 1;
const TIME_MASK = (1 << FIELD_COUNT) - 1 - DATE_MASK;
const FRACTION_MASK = 1 << FRACTION;
const SECOND_AND_FRACTION_MASK = (1 << SECOND) | FRACTION_MASK;
const NARROW = -0x101, SHORTER = -0x102, SHORT = -0x103, LONG = -0x104, NUMERIC = 0x100, DELTA = 0x10;
const EXTRA_FIELD = 0x10000, MISSING_FIELD = 0x1000;
const FIX_FRACTIONAL_SECONDS = 1;

// Pattern letter, field, type, minimum length: which field a letter run is
// and how far it is from the other ways of writing that field.
const TYPES = [
  ['G', ERA, SHORT, 1], ['G', ERA, LONG, 4], ['G', ERA, NARROW, 5],
  ['y', YEAR, NUMERIC, 1], ['Y', YEAR, NUMERIC + DELTA, 1], ['u', YEAR, NUMERIC + 2 * DELTA, 1],
  ['r', YEAR, NUMERIC + 3 * DELTA, 1], ['U', YEAR, SHORT, 1], ['U', YEAR, LONG, 4], ['U', YEAR, NARROW, 5],
  ['Q', 2, NUMERIC, 1], ['Q', 2, SHORT, 3], ['Q', 2, LONG, 4], ['Q', 2, NARROW, 5],
  ['q', 2, NUMERIC + DELTA, 1], ['q', 2, SHORT - DELTA, 3], ['q', 2, LONG - DELTA, 4], ['q', 2, NARROW - DELTA, 5],
  ['M', MONTH, NUMERIC, 1], ['M', MONTH, SHORT, 3], ['M', MONTH, LONG, 4], ['M', MONTH, NARROW, 5],
  ['L', MONTH, NUMERIC + DELTA, 1], ['L', MONTH, SHORT - DELTA, 3], ['L', MONTH, LONG - DELTA, 4], ['L', MONTH, NARROW - DELTA, 5],
  ['l', MONTH, NUMERIC + DELTA, 1],
  ['w', 4, NUMERIC, 1], ['W', 5, NUMERIC, 1],
  ['E', WEEKDAY, SHORT, 1], ['E', WEEKDAY, LONG, 4], ['E', WEEKDAY, NARROW, 5], ['E', WEEKDAY, SHORTER, 6],
  ['c', WEEKDAY, NUMERIC + 2 * DELTA, 1], ['c', WEEKDAY, SHORT - 2 * DELTA, 3], ['c', WEEKDAY, LONG - 2 * DELTA, 4],
  ['c', WEEKDAY, NARROW - 2 * DELTA, 5], ['c', WEEKDAY, SHORTER - 2 * DELTA, 6],
  ['e', WEEKDAY, NUMERIC + DELTA, 1], ['e', WEEKDAY, SHORT - DELTA, 3], ['e', WEEKDAY, LONG - DELTA, 4],
  ['e', WEEKDAY, NARROW - DELTA, 5], ['e', WEEKDAY, SHORTER - DELTA, 6],
  ['d', DAY, NUMERIC, 1], ['g', DAY, NUMERIC + DELTA, 1], ['D', 7, NUMERIC, 1], ['F', 8, NUMERIC, 1],
  ['a', DAYPERIOD, SHORT, 1], ['a', DAYPERIOD, LONG, 4], ['a', DAYPERIOD, NARROW, 5],
  ['b', DAYPERIOD, SHORT - DELTA, 1], ['b', DAYPERIOD, LONG - DELTA, 4], ['b', DAYPERIOD, NARROW - DELTA, 5],
  ['B', DAYPERIOD, SHORT - 3 * DELTA, 1], ['B', DAYPERIOD, LONG - 3 * DELTA, 4], ['B', DAYPERIOD, NARROW - 3 * DELTA, 5],
  ['H', HOUR, NUMERIC + 10 * DELTA, 1], ['k', HOUR, NUMERIC + 11 * DELTA, 1], ['h', HOUR, NUMERIC, 1],
  ['K', HOUR, NUMERIC + DELTA, 1], ['J', HOUR, NUMERIC + 5 * DELTA, 1], ['j', HOUR, NUMERIC + 6 * DELTA, 1],
  ['C', HOUR, NUMERIC + 7 * DELTA, 1],
  ['m', MINUTE, NUMERIC, 1],
  ['s', SECOND, NUMERIC, 1], ['A', SECOND, NUMERIC + DELTA, 1],
  ['S', FRACTION, NUMERIC, 1],
  ['v', ZONE, SHORT - 2 * DELTA, 1], ['v', ZONE, LONG - 2 * DELTA, 4],
  ['z', ZONE, SHORT, 1], ['z', ZONE, LONG, 4],
  ['Z', ZONE, NARROW - DELTA, 1], ['Z', ZONE, LONG - DELTA, 4], ['Z', ZONE, SHORT - DELTA, 5],
  ['O', ZONE, SHORT - DELTA, 1], ['O', ZONE, LONG - DELTA, 4],
  ['V', ZONE, SHORT - DELTA, 1], ['V', ZONE, LONG - DELTA, 2], ['V', ZONE, LONG - 1 - DELTA, 3], ['V', ZONE, LONG - 2 - DELTA, 4],
  ['X', ZONE, NARROW - DELTA, 1], ['X', ZONE, SHORT - DELTA, 2], ['X', ZONE, LONG - DELTA, 4],
  ['x', ZONE, NARROW - DELTA, 1], ['x', ZONE, SHORT - DELTA, 2], ['x', ZONE, LONG - DELTA, 4],
];
const CANONICAL_ITEMS = ['G', 'y', 'Q', 'M', 'w', 'W', 'E', 'D', 'F', 'd', 'a', 'H', 'm', 's', 'S', 'v'];
const APPEND_KEYS = ['Era', 'Year', 'Quarter', 'Month', 'Week', '', 'Day-Of-Week', '', '', 'Day', '', 'Hour', 'Minute', 'Second', '', 'Timezone'];
// Field -> index of its wide display name in a locale's `f` table.
const NAME_INDEX = [0, 3, 6, 9, 12, -1, 15, -1, -1, 18, 21, 24, 27, 30, -1, 33];
const DEFAULT_APPEND = '{0} \u251c{2}: {1}\u2524';

const isLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/** The pattern split as ICU does: runs of one letter, other characters one by one. */
function tokens(pattern) {
  const out = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    let j = i + 1;
    if (isLetter(c)) while (j < pattern.length && pattern[j] === c) j++;
    out.push(pattern.slice(i, j));
    i = j;
  }
  return out;
}

/** The quoted literal starting at items[i]: [text, index of its last item]. */
function quoteLiteral(items, i) {
  let quote = items[i];
  i++;
  while (i < items.length) {
    if (items[i] === "'") {
      if (i + 1 < items.length && items[i + 1] === "'") {
        quote += "''";
        i += 2;
        continue;
      }
      quote += "'";
      break;
    }
    quote += items[i];
    i++;
  }
  return [quote, i];
}

function canonicalIndex(item) {
  const c = item[0];
  if (!isLetter(c)) return -1;
  for (let k = 1; k < item.length; k++) if (item[k] !== c) return -1;
  let best = -1;
  for (let i = 0; i < TYPES.length; i++) {
    if (TYPES[i][0] !== c) continue;
    best = i;
    if (i + 1 >= TYPES.length || TYPES[i + 1][0] !== c) return i;
    if (TYPES[i + 1][3] <= item.length) continue;
    return i;
  }
  return best;
}

/** A skeleton: per field its type, its letters as given, and its base letters. */
function skeletonOf(pattern) {
  const sk = { type: new Array(FIELD_COUNT).fill(0), chars: new Array(FIELD_COUNT).fill(''), lens: new Array(FIELD_COUNT).fill(0), baseChars: new Array(FIELD_COUNT).fill(''), baseLens: new Array(FIELD_COUNT).fill(0) };
  const items = tokens(pattern);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === "'") {
      i = quoteLiteral(items, i)[1];
      continue;
    }
    const row = canonicalIndex(item);
    if (row < 0) continue;
    const [ch, field, type, minLen] = TYPES[row];
    sk.chars[field] = item[0];
    sk.lens[field] = item.length;
    sk.baseChars[field] = ch;
    sk.baseLens[field] = minLen;
    sk.type[field] = type > 0 ? type + item.length : type;
  }
  // Minutes and fractions without seconds: force the seconds in.
  if (sk.lens[MINUTE] && sk.lens[FRACTION] && !sk.lens[SECOND]) {
    sk.chars[SECOND] = sk.baseChars[SECOND] = 's';
    sk.lens[SECOND] = sk.baseLens[SECOND] = 1;
    sk.type[SECOND] = NUMERIC + 1;
  }
  if (sk.lens[HOUR]) {
    const h = sk.chars[HOUR];
    if (h === 'h' || h === 'K') {
      if (!sk.lens[DAYPERIOD]) {
        sk.chars[DAYPERIOD] = sk.baseChars[DAYPERIOD] = 'a';
        sk.lens[DAYPERIOD] = sk.baseLens[DAYPERIOD] = 1;
        sk.type[DAYPERIOD] = SHORT;
      }
    } else {
      sk.chars[DAYPERIOD] = sk.baseChars[DAYPERIOD] = '';
      sk.lens[DAYPERIOD] = sk.baseLens[DAYPERIOD] = 0;
      sk.type[DAYPERIOD] = 0;
    }
  }
  let original = '';
  let base = '';
  for (let f = 0; f < FIELD_COUNT; f++) {
    original += sk.chars[f].repeat(sk.lens[f]);
    base += sk.baseChars[f].repeat(sk.baseLens[f]);
  }
  sk.original = original;
  sk.base = base;
  return sk;
}

function distance(req, trial, includeMask) {
  let result = 0;
  let missing = 0;
  let extra = 0;
  for (let i = 0; i < FIELD_COUNT; i++) {
    const mine = includeMask & (1 << i) ? req.type[i] : 0;
    const other = trial.type[i];
    if (mine === other) continue;
    if (mine === 0) {
      result += EXTRA_FIELD;
      extra |= 1 << i;
    } else if (other === 0) {
      result += MISSING_FIELD;
      missing |= 1 << i;
    } else {
      result += Math.abs(mine - other);
    }
  }
  return { distance: result, missing, extra };
}

// One locale's CLDR data, resolved along its parent chain.
let table;
let parentMap;
function patternData() {
  if (table === undefined) {
    table = require('internal/intl_date_patterns');
    parentMap = new Map(table.parents.split(' ').map((p) => p.split(':')));
  }
  return table;
}

function parentOf(tag) {
  if (tag === 'und') return null;
  const p = parentMap.get(tag);
  if (p !== undefined) return p;
  const i = tag.lastIndexOf('-');
  return i < 0 ? 'und' : tag.slice(0, i);
}

/** The locale's data levels, from the locale itself to the root. */
function chain(tag) {
  const t = patternData();
  const levels = [];
  for (let l = tag; l !== null; l = parentOf(l)) {
    const data = t.locales[l];
    if (data !== undefined) levels.push(data);
  }
  return levels;
}

const first = (levels, key) => {
  for (const l of levels) if (l[key] !== undefined) return l[key];
  return undefined;
};

// timeData: the hour cycle a region (or language_region) prefers and allows.
let hourTable;
function hourData(language, region) {
  if (hourTable === undefined) {
    patternData();
    hourTable = new Map();
    for (const entry of table.hours.split(' ')) {
      const [key, preferred, allowed] = entry.split(':');
      hourTable.set(key, { preferred, allowed: allowed.split(',') });
    }
  }
  return hourTable.get(language + '_' + region) || hourTable.get(region);
}

class Generator {
  /**
   * `tag`: the locale whose data to use; `language`/`region`: its likely
   * language and region, for the hour cycle; `hc`: a `-u-hc` keyword's
   * cycle, or undefined; `decimalOf(numberLocale)`: the decimal separator
   * (asked only when fractional seconds need one).
   */
  constructor(tag, language, region, hc, numberLocale, decimalOf) {
    const levels = chain(tag);
    this.levels = levels;
    this.numberLocale = numberLocale;
    this.decimalOf = decimalOf;
    this.buckets = new Map();
    this.availableKeys = new Set();
    const hours = hourData(language, region || '001') || { preferred: 'H', allowed: ['H'] };
    this.defaultHourChar = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' }[hc] || hours.preferred[0];
    this.allowed = hours.allowed;
    for (const c of CANONICAL_ITEMS) this.add(c, null, false);
    const times = first(levels, 't');
    const dates = first(levels, 'd');
    for (const p of times) this.add(p, null, false);
    for (const p of dates) this.add(p, null, false);
    this.append = {};
    for (const l of levels) {
      for (const key in l.p || {}) if (this.append[key] === undefined) this.append[key] = l.p[key];
    }
    this.fieldNames = first(levels, 'f') || [];
    for (const l of levels) {
      for (const key in l.a || {}) {
        if (this.availableKeys.has(key)) continue;
        this.availableKeys.add(key);
        this.add(l.a[key], key, true);
      }
    }
    this.glue = first(levels, 'g');
    this.dateStyles = dates;
    this.timeStyles = times;
  }

  bucket(base) {
    let b = this.buckets.get(base[0]);
    if (b === undefined) {
      b = [];
      this.buckets.set(base[0], b);
    }
    return b;
  }

  add(pattern, skeletonToUse, override) {
    const sk = skeletonOf(skeletonToUse === null ? pattern : skeletonToUse);
    if (!sk.base) return;
    const bucket = this.bucket(sk.base);
    const sameBase = bucket.find((e) => e.sk.base === sk.base);
    if (sameBase && (!sameBase.specified || (skeletonToUse !== null && !override)) && !override) return;
    const sameSkeleton = bucket.find((e) => e.sk.original === sk.original);
    if (sameSkeleton && (!override || (skeletonToUse !== null && sameSkeleton.specified))) return;
    const dup = bucket.find((e) => e.sk.base === sk.base && e.sk.type.every((t, i) => t === sk.type[i]));
    if (dup) {
      dup.pattern = pattern;
      dup.specified = skeletonToUse !== null;
      dup.sk = sk;
    } else {
      bucket.push({ sk, pattern, specified: skeletonToUse !== null });
    }
  }

  /** The nearest entry to `req` over the fields of `includeMask`. */
  bestRaw(req, includeMask) {
    let best = null;
    let bestDistance = Infinity;
    let bestMissing = -1;
    const order = [...this.buckets.keys()].sort((a, b) => bucketRank(a) - bucketRank(b));
    outer: for (const key of order) {
      for (const e of this.buckets.get(key)) {
        const d = distance(req, e.sk, includeMask);
        if (d.distance < bestDistance || (d.distance === bestDistance && bestMissing < d.missing)) {
          bestDistance = d.distance;
          bestMissing = d.missing;
          best = { entry: e, missing: d.missing, extra: d.extra };
          if (d.distance === 0) break outer;
        }
      }
    }
    return best;
  }

  /** The found pattern with its fields written as `req` asks. */
  adjust(pattern, specified, req, flags) {
    let out = '';
    const items = tokens(pattern);
    for (let i = 0; i < items.length; i++) {
      let field = items[i];
      if (field === "'") {
        const [quote, end] = quoteLiteral(items, i);
        out += quote;
        i = end;
        continue;
      }
      const row = canonicalIndex(field);
      if (row < 0) {
        out += field;
        continue;
      }
      const type = TYPES[row][1];
      if (flags & FIX_FRACTIONAL_SECONDS && type === SECOND) {
        field += this.decimalOf(this.numberLocale) + req.chars[FRACTION].repeat(req.lens[FRACTION]);
      } else if (req.type[type] !== 0) {
        const reqChar = req.chars[type];
        let reqLen = req.lens[type];
        if (reqChar === 'E' && reqLen < 3) reqLen = 3;
        let adjLen = reqLen;
        if (type === MINUTE || type === SECOND) {
          adjLen = field.length;
        } else if (specified && reqChar !== 'c' && reqChar !== 'e') {
          const skelLen = specified.lens[type];
          const patNumeric = TYPES[row][2] > 0;
          const reqNumeric = req.type[type] > 0;
          if (skelLen === reqLen || patNumeric !== reqNumeric) adjLen = field.length;
        }
        let c = type !== HOUR && type !== MONTH && type !== WEEKDAY && (type !== YEAR || reqChar === 'Y') ? reqChar : field[0];
        if (c === 'E' && adjLen < 3) c = 'e';
        if (type === HOUR) {
          const d = this.defaultHourChar;
          if (reqChar === d) c = d;
          else if (reqChar === 'h' && d === 'K') c = 'K';
          else if (reqChar === 'H' && d === 'k') c = 'k';
          else if (reqChar === 'k' && d === 'H') c = 'H';
          else if (reqChar === 'K' && d === 'h') c = 'h';
        }
        field = c.repeat(adjLen);
      }
      out += field;
    }
    return out;
  }

  bestAppending(req, missingFields, flags) {
    if (missingFields === 0) return '';
    let found = this.bestRaw(req, missingFields);
    let result = this.adjust(found.entry.pattern, found.entry.specified ? found.entry.sk : null, req, flags);
    let missing = found.missing;
    let specified = found.entry.specified ? found.entry.sk : null;
    let last = 0;
    while (missing !== 0) {
      if (last === missing) break;
      if ((missing & SECOND_AND_FRACTION_MASK) === FRACTION_MASK && (missingFields & SECOND_AND_FRACTION_MASK) === SECOND_AND_FRACTION_MASK) {
        result = this.adjust(result, specified, req, flags | FIX_FRACTIONAL_SECONDS);
        missing &= ~FRACTION_MASK;
        continue;
      }
      const starting = missing;
      found = this.bestRaw(req, missing);
      specified = found.entry.specified ? found.entry.sk : null;
      const part = this.adjust(found.entry.pattern, specified, req, flags);
      missing = found.missing;
      const top = topBit(starting & ~missing);
      const format = this.append[APPEND_KEYS[top]] || DEFAULT_APPEND;
      const name = "'" + (this.fieldNames[NAME_INDEX[top]] || 'F' + top) + "'";
      result = substitute(format, [result, part, name]);
      last = missing;
    }
    return result;
  }

  /** The pattern for a skeleton (`yMMMdjm`), as ICU's getBestPattern. */
  bestPattern(skeleton) {
    const req = skeletonOf(this.mapHourLetters(skeleton));
    const found = this.bestRaw(req, -1);
    if (found.missing === 0 && found.extra === 0) {
      return this.adjust(found.entry.pattern, found.entry.specified ? found.entry.sk : null, req, 0);
    }
    let needed = 0;
    for (let i = 0; i < FIELD_COUNT; i++) if (req.type[i] !== 0) needed |= 1 << i;
    const date = this.bestAppending(req, needed & DATE_MASK, 0);
    const time = this.bestAppending(req, needed & TIME_MASK, 0);
    if (!date) return time;
    if (!time) return date;
    let style = 3;
    if (req.baseLens[MONTH] === 4) style = req.baseLens[WEEKDAY] > 0 ? 0 : 1;
    else if (req.baseLens[MONTH] === 3) style = 2;
    return substitute(this.glue[style], [time, date]);
  }

  /** `j` and `C` in a skeleton: the locale's hour letter (and day period). */
  mapHourLetters(skeleton) {
    let out = '';
    let quoted = false;
    for (let i = 0; i < skeleton.length; i++) {
      const c = skeleton[i];
      if (c === "'") {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      if (c === 'j' || c === 'C') {
        let extra = 0;
        while (i + 1 < skeleton.length && skeleton[i + 1] === c) {
          extra++;
          i++;
        }
        const hourLen = 1 + (extra & 1);
        let periodLen = extra < 2 ? 1 : 3 + (extra >> 1);
        let hourChar = 'h';
        let periodChar = 'a';
        if (c === 'j') {
          hourChar = this.defaultHourChar;
        } else {
          const best = this.allowed[0];
          if (best[0] === 'H' || best[0] === 'K' || best[0] === 'k') hourChar = best[0];
          if (best[1] === 'B' || best[1] === 'b') periodChar = best[1];
        }
        if (hourChar === 'H' || hourChar === 'k') periodLen = 0;
        out += periodChar.repeat(periodLen) + hourChar.repeat(hourLen);
      } else if (c === 'J') {
        out += 'H';
      } else {
        out += c;
      }
    }
    return out;
  }

  /** The date style, time style or both, as ICU's DateFormat gives them. */
  stylePattern(dateStyle, timeStyle) {
    const STYLE = { full: 0, long: 1, medium: 2, short: 3 };
    const date = dateStyle === undefined ? undefined : this.dateStyles[STYLE[dateStyle]];
    const time = timeStyle === undefined ? undefined : this.timeStyles[STYLE[timeStyle]];
    if (date === undefined) return time;
    if (time === undefined) return date;
    return substitute(this.glue[STYLE[dateStyle]], [time, date]);
  }
}

function bucketRank(c) {
  return c >= 'a' ? 26 + c.charCodeAt(0) - 97 : c.charCodeAt(0) - 65;
}

function topBit(mask) {
  if (mask === 0) return 0;
  let i = 0;
  while (mask !== 0) {
    mask >>>= 1;
    i++;
  }
  return Math.min(i - 1, ZONE);
}

/** `{0}`, `{1}`, `{2}` of a CLDR message pattern, with '' as an apostrophe. */
function substitute(format, values) {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '{' && format[i + 2] === '}' && format[i + 1] >= '0' && format[i + 1] <= '9') {
      out += values[format.charCodeAt(i + 1) - 48];
      i += 2;
    } else if (c === "'" && format[i + 1] === "'") {
      out += "'";
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

const generators = new Map();
/** The generator for a data locale (cached per argument set). */
function generator(tag, language, region, hc, numberLocale, decimalOf) {
  const key = tag + '|' + language + '|' + region + '|' + hc + '|' + numberLocale;
  let g = generators.get(key);
  if (g === undefined) {
    g = new Generator(tag, language, region, hc, numberLocale, decimalOf);
    generators.set(key, g);
  }
  return g;
}

/** Whether the pattern data has this locale (or an ancestor but the root). */
function hasLocale(tag) {
  patternData();
  for (let l = tag; l !== null && l !== 'und'; l = parentOf(l)) if (table.locales[l] !== undefined) return true;
  return false;
}

/** The hour cycle timeData prefers for a language and region. */
function preferredHourCycle(language, region) {
  const d = hourData(language, region || '001');
  const c = d === undefined ? 'H' : d.preferred[0];
  return { K: 'h11', h: 'h12', H: 'h23', k: 'h24' }[c];
}

let calendarTable;
/** The calendar a region prefers (`TH` -> buddhist), as ECMA-402 names it. */
function calendarPreference(region) {
  if (calendarTable === undefined) {
    calendarTable = new Map(patternData().calendars.split(' ').map((e) => e.split(':')));
  }
  return calendarTable.get(region) || 'gregory';
}

/** A calendar's display name in a locale (`gregory` -> "Gregorian Calendar"). */
function calendarName(tag, calendar) {
  for (const l of chain(tag)) if (l.c !== undefined && l.c[calendar] !== undefined) return l.c[calendar];
  return undefined;
}

let dayPeriodTable;
/**
 * What the `B` field (flexible day period) writes in each hour of the day,
 * as ICU4C writes it: the period of the locale's rules, named in `width`
 * (`a`bbreviated, `w`ide, `n`arrow); AM/PM where a period has no name.
 * `noon` is the name for 12:00:00 (empty when the rules have no noon).
 */
function dayPeriods(tag, language, width) {
  if (dayPeriodTable === undefined) {
    dayPeriodTable = new Map();
    for (const entry of patternData().dayPeriodRules.split(' ')) {
      const [lang, noon, hours] = entry.split(':');
      dayPeriodTable.set(lang, { noon: noon === 'n', hours: hours.split(',') });
    }
  }
  const rules = dayPeriodTable.get(tag) || dayPeriodTable.get(language);
  const levels = chain(tag);
  const name = (key) => {
    for (const l of levels) if (l.b !== undefined && l.b[width + '.' + key] !== undefined) return l.b[width + '.' + key];
    return undefined;
  };
  const hours = [];
  for (let h = 0; h < 24; h++) {
    const period = rules ? rules.hours[h] : h < 12 ? 'am' : 'pm';
    hours.push(name(period) || name(h < 12 ? 'am' : 'pm') || (h < 12 ? 'AM' : 'PM'));
  }
  return { hours, noon: rules && rules.noon ? name('noon') || '' : '' };
}

/** The field display names of a locale (`f` of its data): 12 fields x wide/short/narrow. */
function fieldNames(tag) {
  return first(chain(tag), 'f');
}

module.exports = { generator, hasLocale, dayPeriods, preferredHourCycle, calendarPreference, fieldNames, calendarName, tokens, quoteLiteral };
