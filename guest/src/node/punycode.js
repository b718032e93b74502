// node:punycode (deprecated in Node, kept for packages that still use it):
// Punycode (RFC 3492) and the IDNA helpers toASCII / toUnicode, API of the
// punycode.js 2.1.0 that Node bundles.
'use strict';

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;
const floor = Math.floor;
const fromCharCode = String.fromCharCode;

const MESSAGES = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(MESSAGES[kind]);
}

// A string's code points; a lone surrogate stays one unit.
function ucs2decode(string) {
  const out = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let s = '';
  for (let i = 0; i < codePoints.length; i++) {
    const cp = codePoints[i];
    if (cp > 0x10ffff || cp < 0 || cp !== floor(cp)) throw new RangeError('Invalid code point ' + cp);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      s += fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else s += fromCharCode(cp);
  }
  return s;
}

// Digit value of a basic code point (BASE if it is none).
function digitOf(cp) {
  if (cp >= 0x30 && cp <= 0x39) return cp - 22; // 0-9 -> 26..35
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61;
  return BASE;
}

// Basic code point (lower case) for a digit 0..35.
function basicOf(digit) {
  return digit < 26 ? 0x61 + digit : 22 + digit;
}

function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? floor(delta / DAMP) : delta >> 1;
  delta += floor(delta / numPoints);
  let k = 0;
  const limit = ((BASE - T_MIN) * T_MAX) >> 1;
  while (delta > limit) {
    delta = floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

// Punycode string of ASCII -> Unicode string.
function decode(input) {
  const output = [];
  const inputLength = input.length;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= inputLength) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (floor(i / count) > MAX_INT - n) fail('overflow');
    n += floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// Unicode string -> Punycode string of ASCII.
function encode(input) {
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let out = '';
  for (const cp of codePoints) if (cp < 0x80) out += fromCharCode(cp);
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < inputLength) {
    let m = MAX_INT;
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp;
    const next = handled + 1;
    if (m - n > floor((MAX_INT - delta) / next)) fail('overflow');
    delta += (m - n) * next;
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) fail('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += fromCharCode(basicOf(t + ((q - t) % (BASE - t))));
          q = floor((q - t) / (BASE - t));
        }
        out += fromCharCode(basicOf(q));
        bias = adapt(delta, next, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// Apply `fn` to each label of a domain (or of the part after `@` in an
// e-mail address); the IDNA separators U+3002, U+FF0E, U+FF61 become dots.
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = parts[0] + '@';
    domain = parts[1];
  }
  const labels = domain.replace(/[\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
