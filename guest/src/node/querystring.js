// node:querystring: parse and stringify `a=1&b=2` strings, Node's rules
// (null-prototype results, repeated keys as arrays, maxKeys, `+` as space,
// lenient percent-decoding, the RFC 3986 unreserved set left unescaped).
'use strict';

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

let BufferCtor;
const getBuffer = () => BufferCtor || (BufferCtor = require('buffer').Buffer);

const decodeURIComponentFn = decodeURIComponent;
const StringCtor = String;
const isFinite_ = Number.isFinite;

// Characters escape() leaves alone: A-Z a-z 0-9 ! ' ( ) * - . _ ~
const UNESCAPED = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-._~") UNESCAPED[c.charCodeAt(0)] = 1;
const HEX = [];
for (let i = 0; i < 256; i++) HEX.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Percent-encode `str` as UTF-8, except the unreserved characters.
function escapeString(str) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && UNESCAPED[c] === 1) continue;
    if (last < i) out += str.slice(last, i);
    last = i + 1;
    if (c < 0x80) {
      out += HEX[c];
    } else if (c < 0x800) {
      out += HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      // A surrogate and the unit after it -> one 4-byte sequence (as Node,
      // without checking the pair); a surrogate at the end is an error.
      if (i + 1 >= len) throw new ERR_INVALID_URI();
      const d = str.charCodeAt(i + 1);
      i++;
      last = i + 1;
      c = 0x10000 + (((c & 0x3ff) << 10) | (d & 0x3ff));
      out += HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    }
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = StringCtor(str);
    else str += '';
  }
  return escapeString(str);
}

// Bytes of `s`: `%XX` decoded, other characters as the low byte of their
// UTF-16 unit, `+` as a space when `decodeSpaces`.
function unescapeBuffer(s, decodeSpaces) {
  const Buffer = getBuffer();
  s = '' + s;
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let o = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) { out[o++] = 32; continue; }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[o++] = c & 0xff;
  }
  return o === len ? out : out.slice(0, o);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponentFn(s);
  } catch (_) {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite_(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  // Node's own escape skips empty strings and numbers; a custom encoder
  // sees every value as a string.
  const convert = encode === qsEscape
    ? (v) => (typeof v === 'string' ? (v.length ? encode(v) : '') : stringifyPrimitive(v))
    : (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v);
    }
  }
  return fields;
}

const IS_HEX = new Int8Array(128);
for (const c of '0123456789abcdefABCDEF') IS_HEX[c.charCodeAt(0)] = 1;

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? StringCtor(sep) : '&';
  const eqStr = eq ? StringCtor(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = module.exports.unescape;
  const custom = !!(options && typeof options.decodeURIComponent === 'function');
  if (custom) decode = options.decodeURIComponent;
  // `+` is a space; a custom decoder gets it as `%20`.
  const plus = custom ? '%20' : ' ';

  const decodeStr = (s) => {
    try {
      return decode(s);
    } catch (_) {
      return module.exports.unescape(s, true);
    }
  };
  const add = (key, value, keyEncoded, valueEncoded) => {
    if (key.length > 0 && keyEncoded) key = decodeStr(key);
    if (value.length > 0 && valueEncoded) value = decodeStr(value);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (cur.pop) cur[cur.length] = value;
    else obj[key] = [cur, value];
  };

  // One pass, as Node: separators are matched character by character
  // without backtracking, and a key or value is decoded only when a valid
  // `%XX` was seen in it (always with a custom decoder).
  let key = '', value = '';
  let keyEncoded = custom, valueEncoded = custom;
  let hexSeen = 0; // 1 after '%', 2 after '%X'
  let lastPos = 0, sepIdx = 0, eqIdx = 0;
  const track = (c) => {
    if (c === 37) { hexSeen = 1; return true; }
    if (hexSeen > 0) {
      if (c < 128 && IS_HEX[c] === 1) {
        if (++hexSeen === 3) return 'encoded';
        return true;
      }
      hexSeen = 0;
    }
    return false;
  };
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepStr.charCodeAt(sepIdx)) {
      if (++sepIdx === sepLen) {
        const end = i - sepIdx + 1;
        if (eqIdx < eqLen) {
          if (lastPos < end) key += qs.slice(lastPos, end);
          else if (key.length === 0) {
            // An empty piece: counts towards maxKeys, adds nothing.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) value += qs.slice(lastPos, end);
        add(key, value, keyEncoded, valueEncoded);
        if (--pairs === 0) return obj;
        key = value = '';
        keyEncoded = valueEncoded = custom;
        hexSeen = 0;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      if (c === eqStr.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          hexSeen = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        const t = track(c);
        if (t === 'encoded') keyEncoded = true;
        if (t) continue;
      }
      if (c === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (c === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (track(c) === 'encoded') valueEncoded = true;
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  add(key, value, keyEncoded, valueEncoded);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
