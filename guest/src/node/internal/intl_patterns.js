// Which CLDR pattern a set of date-time fields is written with, chosen as
// ICU4C's DateTimePatternGenerator chooses it (the generator V8 and so Node
// use): every availableFormats entry is a skeleton with a distance to the
// requested one; the nearest wins and its field widths are adjusted to the
// request; what no entry covers is assembled from a date part and a time
// part (glued with the locale's "at time" pattern) and appendItems. The data
// is CLDR's, per locale (guest/src/intl/date_data.rs).
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
        sk.addedDayPeriod = true;
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

// CLDR's date data lives in the guest binary (guest/src/intl/date_data.rs),
// handed over as text: the tables on first use, each locale's JSON when a
// formatter first needs it.
const dateData = internal.intl.dateData;
let table;
let parentMap;
function patternData() {
  if (table === undefined) {
    table = {
      parents: dateData('parents'),
      hours: dateData('hours'),
      calendars: dateData('calendars'),
      dayPeriodRules: dateData('dayPeriodRules'),
    };
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

// Each locale's data is JSON text in the table, parsed on first use.
const parsedLocales = new Map();
function localeData(tag) {
  let data = parsedLocales.get(tag);
  if (data === undefined) {
    const text = dateData('locale:' + tag);
    data = text === undefined ? null : JSON.parse(text);
    parsedLocales.set(tag, data);
  }
  return data;
}

/** The locale's data levels, from the locale itself to the root. */
function chain(tag) {
  patternData();
  const levels = [];
  for (let l = tag; l !== null; l = parentOf(l)) {
    const data = localeData(l);
    if (data !== null) levels.push(data);
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
    const hours = hourData(language, region || '001') || { preferred: 'H', allowed: ['H'] };
    this.defaultHourChar = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' }[hc] || hours.preferred[0];
    this.allowed = hours.allowed;
    this.dateStyles = first(levels, 'd');
    this.timeStyles = first(levels, 't');
    this.glue = first(levels, 'g');
    // The skeleton -> pattern map, built on first use (style patterns
    // need none of it).
    this.buckets = null;
  }

  /** The pattern map, as ICU fills it: canonical items, style patterns, availableFormats. */
  patternMap() {
    if (this.buckets !== null) return this.buckets;
    this.buckets = new Map();
    this.availableKeys = new Set();
    const levels = this.levels;
    for (const c of CANONICAL_ITEMS) this.add(c, null, false);
    for (const p of this.timeStyles) this.add(p, null, false);
    for (const p of this.dateStyles) this.add(p, null, false);
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
    this.intervals = {};
    for (const l of levels) {
      for (const key in l.i || {}) if (this.intervals[key] === undefined) this.intervals[key] = l.i[key];
    }
    // The order ICU walks the map in: by the base's first letter, A-Z, a-z.
    this.order = [...this.buckets.keys()].sort((a, b) => bucketRank(a) - bucketRank(b)).map((k) => this.buckets.get(k));
    return this.buckets;
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
    this.patternMap();
    outer: for (const bucket of this.order) {
      for (const e of bucket) {
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

  /**
   * How a range is written for the fields of `pattern`, as ICU4C's
   * DateIntervalFormat plans it: per largest differing field (G y M d a h
   * m), an interval pattern split where the second date starts
   * (`{ first, second, laterFirst }`), or only `second`: a pattern to
   * write both dates with, joined by the fallback (`{0} – {1}`).
   */
  intervalPlan(pattern) {
    this.patternMap();
    const sk = skeletonOf(pattern);
    let skeleton = sk.original;
    if (sk.addedDayPeriod) skeleton = skeleton.replace('a', '');
    const plan = { patterns: {}, fullPattern: this.bestPattern(skeleton), fallback: this.intervals.intervalFormatFallback || '{0} \u2013 {1}' };
    const parts = splitSkeleton(this.normalizeHours(skeleton));
    if (parts.time && parts.date) plan.glue = this.glue[2];
    const found = this.separateDateTime(plan, parts);
    const setFallback = (field, sk2) => {
      plan.patterns[field] = { first: '', second: this.bestPattern(sk2), laterFirst: false };
    };
    if (!found || (parts.time && !parts.date)) {
      if (parts.time && !parts.date) {
        const p = this.bestPattern('yMd' + parts.time);
        for (const f of ['d', 'M', 'y']) plan.patterns[f] = { first: '', second: p, laterFirst: false };
        setFallback('G', 'GyMd' + parts.time);
      }
      return plan;
    }
    if (parts.time) {
      let sk2 = skeleton;
      for (const f of ['d', 'M', 'y', 'G']) {
        if (!parts.date.includes(f)) {
          sk2 = f + sk2;
          setFallback(f, sk2);
        }
      }
      const datePattern = this.bestPattern(parts.date);
      for (const f of ['a', 'h', 'm']) {
        const ip = plan.patterns[f];
        if (ip && ip.first) setInterval(plan, f, substitute(plan.glue, [ip.first + ip.second, datePattern]), ip.laterFirst);
      }
    }
    return plan;
  }

  /** ICU's normalizeHourMetacharacters: the locale's hour letter and day period. */
  normalizeHours(skeleton) {
    let hourStart = -1;
    let hourLen = 0;
    let periodChar = '';
    let periodStart = -1;
    let periodLen = 0;
    for (let i = 0; i < skeleton.length; i++) {
      const c = skeleton[i];
      if ('jJChHkK'.includes(c)) {
        if (hourStart < 0) hourStart = i;
        hourLen++;
      } else if (c === 'a' || c === 'b' || c === 'B') {
        if (!periodChar) {
          periodChar = c;
          periodStart = i;
        }
        periodLen++;
      } else if (hourStart >= 0 && periodChar) {
        break;
      }
    }
    if (hourStart < 0) return skeleton;
    const converted = this.bestPattern(skeleton[hourStart]).replace(/'[^']*'?/g, '');
    let hourChar = 'H';
    if (converted.includes('h')) hourChar = 'h';
    else if (converted.includes('K')) hourChar = 'K';
    else if (converted.includes('k')) hourChar = 'k';
    if (converted.includes('b')) periodChar = 'b';
    else if (converted.includes('B')) periodChar = 'B';
    else if (!periodChar) periodChar = 'a';
    let replacement = hourChar;
    if (hourChar !== 'H' && hourChar !== 'k') {
      const n = periodLen >= 5 || hourLen >= 5 ? 5 : periodLen >= 3 || hourLen >= 3 ? 3 : 1;
      replacement += periodChar.repeat(n);
    }
    let result = skeleton.slice(0, hourStart) + replacement + skeleton.slice(hourStart + hourLen);
    if (periodStart >= 0) {
      if (periodStart > hourStart) periodStart += replacement.length - hourLen;
      result = result.slice(0, periodStart) + result.slice(periodStart + periodLen);
    }
    return result;
  }

  /** ICU's getBestSkeleton over the locale's intervalFormats: [skeleton, difference]. */
  bestIntervalSkeleton(skeleton) {
    let input = skeleton;
    let replaced = false;
    if (/[zOkKab]/.test(skeleton)) {
      input = skeleton.replace(/[zO]/g, 'v').replace(/k/g, 'H').replace(/K/g, 'h').replace(/[ab]/g, '');
      replaced = true;
    }
    const want = letterCounts(input);
    let best;
    let bestDistance = Infinity;
    let info = 0;
    for (const key of Object.keys(this.intervals)) {
      if (key === 'intervalFormatFallback') continue;
      const have = letterCounts(key);
      let d = 0;
      let difference = 1;
      for (const c of new Set([...Object.keys(want), ...Object.keys(have)])) {
        const a = want[c] || 0;
        const b = have[c] || 0;
        if (a === b) continue;
        if (a === 0 || b === 0) {
          difference = -1;
          d += 0x1000;
        } else if (c === 'M' && ((a <= 2 && b > 2) || (a > 2 && b <= 2))) {
          d += 0x100;
        } else {
          d += Math.abs(a - b);
        }
      }
      if (d < bestDistance) {
        best = key;
        bestDistance = d;
        info = difference;
      }
      if (d === 0) {
        info = 0;
        break;
      }
    }
    if (replaced && info !== -1) info = 2;
    return [best, info];
  }

  intervalPattern(skeleton, field) {
    const entry = this.intervals[skeleton];
    if (entry === undefined) return '';
    if (field === 'h') return entry.h || entry.H || '';
    if (field === 'a') return entry.a || entry.B || entry.b || '';
    return entry[field] || '';
  }

  /** ICU's setSeparateDateTimePtn: whether the locale has interval patterns for these fields. */
  separateDateTime(plan, parts) {
    let skeleton = parts.time ? parts.normTime : parts.normDate;
    let [best, info] = this.bestIntervalSkeleton(skeleton);
    if (best === undefined) return false;
    if (parts.date) plan.datePattern = this.bestPattern(parts.date);
    if (parts.time) plan.timePattern = this.bestPattern(parts.time);
    if (info === -1) return false;
    if (!parts.time) {
      this.setIntervalFor(plan, 'd', skeleton, best, info, false);
      const extended = this.setIntervalFor(plan, 'M', skeleton, best, info, true);
      if (extended) {
        best = extended.best;
        skeleton = extended.skeleton;
      }
      this.setIntervalFor(plan, 'y', skeleton, best, info, true);
      this.setIntervalFor(plan, 'G', skeleton, best, info, true);
    } else {
      for (const f of ['m', 'h', 'a']) this.setIntervalFor(plan, f, skeleton, best, info, false);
    }
    return true;
  }

  /** ICU's setIntervalPattern(field, skeleton, best, ...): the extended skeletons when it extended them. */
  setIntervalFor(plan, field, skeleton, best, info, extend) {
    let pattern = this.intervalPattern(best, field);
    let extendedSkeleton = '';
    let extendedBest = '';
    if (!pattern) {
      if (fieldUnitIgnored(best, field)) return null;
      if (field === 'a') {
        const hourPattern = this.intervalPattern(best, 'h');
        if (hourPattern) setInterval(plan, field, adjustFieldWidth(skeleton, best, hourPattern, info), false);
        return null;
      }
      if (extend) {
        extendedSkeleton = field + skeleton;
        extendedBest = field + best;
        pattern = this.intervalPattern(extendedBest, field);
        if (!pattern && info === 0) {
          const [tmpBest, tmpInfo] = this.bestIntervalSkeleton(extendedBest);
          info = tmpInfo;
          if (tmpBest !== undefined && tmpInfo !== -1) {
            pattern = this.intervalPattern(tmpBest, field);
            best = tmpBest;
          }
        }
      }
    }
    if (pattern) {
      setInterval(plan, field, info !== 0 ? adjustFieldWidth(skeleton, best, pattern, info) : pattern, false);
      if (extendedSkeleton) return { skeleton: extendedSkeleton, best: extendedBest };
    }
    return null;
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

/** ICU's getDateTimeSkeleton: the date and time letters of a skeleton, and their normal forms. */
function splitSkeleton(skeleton) {
  let date = '';
  let normDate = '';
  let time = '';
  let normTime = '';
  const count = { E: 0, d: 0, M: 0, y: 0, m: 0, v: 0, z: 0 };
  let hourChar = '';
  for (const c of skeleton) {
    if ('EdMy'.includes(c)) {
      date += c;
      count[c]++;
    } else if ('GYuQqLlWwDFgecUr'.includes(c)) {
      normDate += c;
      date += c;
    } else if ('hHkK'.includes(c)) {
      time += c;
      if (!hourChar) hourChar = c;
    } else if (c === 'm' || c === 'z' || c === 'v') {
      time += c;
      count[c]++;
    } else if ('aVZjsSAbB'.includes(c)) {
      time += c;
      normTime += c;
    }
  }
  normDate += 'y'.repeat(count.y);
  if (count.M) normDate += count.M < 3 ? 'M' : 'M'.repeat(Math.min(count.M, 5));
  if (count.E) normDate += count.E <= 3 ? 'E' : 'E'.repeat(Math.min(count.E, 5));
  if (count.d) normDate += 'd';
  if (hourChar) normTime += hourChar;
  if (count.m) normTime += 'm';
  if (count.z) normTime += 'z';
  if (count.v) normTime += 'v';
  return { date, normDate, time, normTime };
}

function letterCounts(skeleton) {
  const out = {};
  for (const c of skeleton) out[c] = (out[c] || 0) + 1;
  return out;
}

// The calendar-field level of pattern letters (ICU's fgPatternCharToLevel).
const LEVELS = { G: 0, y: 10, Y: 10, u: 10, U: 10, r: 10, M: 20, L: 20, Q: 20, q: 20, w: 20, W: 20, d: 30, D: 30, E: 30, e: 30, c: 30, F: 30, g: 30, a: 40, b: 40, B: 40, h: 50, H: 50, k: 50, K: 50, m: 60, s: 70, S: 80, A: 80 };
const FIELD_LEVELS = { G: 0, y: 10, M: 20, d: 30, a: 40, h: 50, m: 60, s: 70, S: 80 };

/** ICU's isFieldUnitIgnored: whether `pattern` has no field as fine as `field`. */
function fieldUnitIgnored(pattern, field) {
  const level = FIELD_LEVELS[field];
  let quoted = false;
  for (const c of pattern) {
    if (c === "'") quoted = !quoted;
    else if (!quoted && LEVELS[c] !== undefined && level <= LEVELS[c]) return false;
  }
  return true;
}

/** ICU's splitPatternInto2Part: where the first repeated letter starts. */
function splitInterval(pattern) {
  const seen = new Set();
  let quoted = false;
  let prev = '';
  let count = 0;
  let repeated = false;
  let i;
  for (i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c !== prev && count > 0) {
      if (seen.has(prev)) {
        repeated = true;
        break;
      }
      seen.add(prev);
      count = 0;
    }
    if (c === "'") {
      if (pattern[i + 1] === "'") i++;
      else quoted = !quoted;
    } else if (!quoted && isLetter(c)) {
      prev = c;
      count++;
    }
  }
  if (count > 0 && !repeated && !seen.has(prev)) count = 0;
  return i - count;
}

function setInterval(plan, field, pattern, laterFirst) {
  let later = laterFirst;
  if (pattern.startsWith('latestFirst:')) {
    later = true;
    pattern = pattern.slice(12);
  } else if (pattern.startsWith('earliestFirst:')) {
    later = false;
    pattern = pattern.slice(14);
  }
  const at = splitInterval(pattern);
  plan.patterns[field] = { first: pattern.slice(0, at), second: pattern.slice(at), laterFirst: later };
}

/** ICU's adjustFieldWidth: an interval pattern's fields as wide as the request's. */
function adjustFieldWidth(input, best, pattern, info) {
  const want = letterCounts(input);
  const have = letterCounts(best);
  let out = pattern;
  if (info === 2) {
    const swap = (from, to) => {
      out = out.replace(/'[^']*'|[^']+/g, (chunk) => (chunk[0] === "'" ? chunk : chunk.split(from).join(to)));
    };
    if (input.includes('z')) swap('v', 'z');
    if (input.includes('K')) swap('h', 'K');
    if (input.includes('k')) swap('H', 'k');
    if (input.includes('b')) swap('a', 'b');
  }
  if (out.includes('a') && !have.a) have.a = 1;
  if (out.includes('b') && !have.b) have.b = 1;
  let result = '';
  let quoted = false;
  let prev = '';
  let count = 0;
  const flush = () => {
    const key = prev === 'L' ? 'M' : prev;
    const fieldCount = have[key] || 0;
    const inputCount = want[key] || 0;
    if (fieldCount === count && inputCount > fieldCount) result += prev.repeat(inputCount - fieldCount);
  };
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c !== prev && count > 0) {
      flush();
      count = 0;
    }
    if (c === "'") {
      if (out[i + 1] === "'") {
        result += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && isLetter(c)) {
      prev = c;
      count++;
    }
    result += c;
  }
  if (count > 0) flush();
  return result;
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
  for (let l = tag; l !== null && l !== 'und'; l = parentOf(l)) if (localeData(l) !== null) return true;
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
 * Not `flexible` (the `a` field): AM before noon, PM after.
 */
function dayPeriods(tag, language, width, flexible) {
  if (dayPeriodTable === undefined) {
    dayPeriodTable = new Map();
    for (const entry of patternData().dayPeriodRules.split(' ')) {
      const [lang, noon, hours] = entry.split(':');
      dayPeriodTable.set(lang, { noon: noon === 'n', hours: hours.split(',') });
    }
  }
  const rules = flexible ? dayPeriodTable.get(tag) || dayPeriodTable.get(language) : undefined;
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

module.exports = { cldrParent: (tag) => (patternData(), parentOf(tag)), generator, hasLocale, dayPeriods, substitute, fieldUnitIgnored, preferredHourCycle, calendarPreference, fieldNames, calendarName, tokens, quoteLiteral };
