// node:url: the WHATWG URL / URLSearchParams (the sandbox's globals), the
// legacy API (url.parse -> Url objects with Node's exact fields, format,
// resolve, resolveObject), file URL <-> path conversion (POSIX, working
// directory `/`; the `windows` option for Windows paths), and the domain
// helpers (IDNA ToASCII / ToUnicode without ICU: NFKC + lower case stand in
// for the UTS #46 mapping table).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_MISSING_ARGS,
  },
  validateString,
  validateObject,
} = require('internal/errors');
const querystring = require('querystring');
const punycode = require('punycode');
const pathModule = require('path');

const URLCtor = URL;
const URLSearchParamsCtor = URLSearchParams;
const decodeURIComponentRaw = decodeURIComponent;
// decodeURIComponent with V8's error message, as Node reports it.
function decodeURIComponentFn(s) {
  try {
    return decodeURIComponentRaw(s);
  } catch (err) {
    if (err instanceof URIError) throw new URIError('URI malformed');
    throw err;
  }
}
const TextEncoderCtor = TextEncoder;
const TextDecoderCtor = TextDecoder;

// ------------------------------------------------------------------ IDNA
// Code points UTS #46 maps to nothing.
const IGNORED = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{1BCA0}-\u{1BCA3}\u{E0100}-\u{E01EF}]/gu;
// Code points no label may hold (controls, format characters, surrogates,
// private use, unassigned, line/paragraph separators, U+FFFD).
const DISALLOWED = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\uFFFC\uFFFD]/u;
const FORBIDDEN_DOMAIN = /[\u0000-\u0020#%/:<>?@[\\\]^|\u007F]/;
const STARTS_WITH_MARK = /^\p{M}/u;
const NON_ASCII = /[^\u0000-\u007F]/;

function mapDomain(domain) {
  return domain
    .replace(/\u1E9E/g, 'ss')
    .replace(IGNORED, '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u3002\uFF0E\uFF61]/g, '.');
}

// Bidi classes, approximately (no Unicode Bidi_Class data in the engine):
// right-to-left letters (R/AL), Arabic digits (AN), European digits (EN),
// non-spacing marks (NSM) and left-to-right characters (L).
const RTL_BLOCK = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const BIDI_AN = /[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u0890\u0891\u08E2\u{10D30}-\u{10D39}\u{10E60}-\u{10E7E}]/u;
const BIDI_EN = /[0-9\u00B2\u00B3\u00B9\u06F0-\u06F9\u2070\u2074-\u2079\u2080-\u2089]/u;
const BIDI_NSM = /[\p{Mn}\p{Me}]/u;
const LETTERISH = /[\p{L}\p{Mc}\p{N}]/u;
function bidiClass(ch) {
  if (BIDI_NSM.test(ch)) return 'NSM';
  if (BIDI_AN.test(ch)) return 'AN';
  if (BIDI_EN.test(ch)) return 'EN';
  if (RTL_BLOCK.test(ch)) return LETTERISH.test(ch) ? 'R' : 'ON';
  return LETTERISH.test(ch) ? 'L' : 'ON';
}
// The bidi rule as Node's IDNA applies it to a label holding right-to-left
// characters (R/AL/AN): one starting left-to-right may not hold any of them
// before its last character (marks aside); any other may not hold a
// left-to-right character, must end (marks aside) in R/AL/EN/AN and may not
// mix both kinds of digits.
function bidiValid(label) {
  const classes = Array.from(label, bidiClass);
  if (!classes.some((c) => c === 'R' || c === 'AN')) return true;
  let last = classes.length - 1;
  while (last >= 0 && classes[last] === 'NSM') last--;
  if (last < 0) return false;
  if (classes[0] === 'L') {
    for (let i = 0; i < last; i++) if (classes[i] === 'R' || classes[i] === 'AN') return false;
    return true;
  }
  for (let i = 0; i < last; i++) if (classes[i] === 'L') return false;
  if (classes[last] !== 'R' && classes[last] !== 'EN' && classes[last] !== 'AN') return false;
  return !(classes.includes('EN') && classes.includes('AN'));
}

function validLabel(label) {
  if (label === '') return true;
  if (DISALLOWED.test(label) || STARTS_WITH_MARK.test(label)) return false;
  if (label.normalize('NFC') !== label) return false;
  return bidiValid(label);
}

// UTS #46 processing (non-transitional, no STD3 rules, no hyphen checks):
// [asciiLabels, unicodeLabels] or null when the domain is invalid.
function idnaProcess(domain) {
  const labels = mapDomain(domain).split('.');
  const ascii = [], unicode = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (NON_ASCII.test(label)) return null;
      let decoded;
      // (A delimiter at the very start delimits an empty basic part.)
      const body = label.slice(4);
      try { decoded = punycode.decode(body.lastIndexOf('-') === 0 ? body.slice(1) : body); } catch (_) { return null; }
      if (decoded === '' || !validLabel(decoded) || mapDomain(decoded) !== decoded) return null;
      ascii.push(label);
      unicode.push(decoded);
    } else {
      if (!validLabel(label)) return null;
      unicode.push(label);
      ascii.push(NON_ASCII.test(label) ? 'xn--' + punycode.encode(label) : label);
    }
  }
  return [ascii, unicode];
}

// IDNA ToASCII as the legacy parser uses it ('' when invalid).
function idnaToASCII(domain) {
  const r = idnaProcess(domain);
  if (r === null) return '';
  const out = r[0].join('.');
  return FORBIDDEN_DOMAIN.test(out) ? '' : out;
}

// ---------------------------------------------------------- WHATWG hosts
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInNumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// The IPv4 address of `host` as a string, or null (failure).
function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) { out.unshift(String(ipv4 % 256)); ipv4 = Math.floor(ipv4 / 256); }
  return out.join('.');
}

// The 8 pieces of an IPv6 address, or null.
function parseIPv6(input) {
  const pieces = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0, compress = -1, i = 0;
  const len = input.length;
  const hex = (c) => /[0-9a-fA-F]/.test(c);
  if (input[0] === ':') {
    if (input[1] !== ':') return null;
    i = 2;
    compress = ++piece;
  }
  while (i < len) {
    if (piece === 8) return null;
    if (input[i] === ':') {
      if (compress !== -1) return null;
      i++;
      compress = ++piece;
      continue;
    }
    let value = 0, n = 0;
    while (n < 4 && i < len && hex(input[i])) { value = value * 16 + parseInt(input[i], 16); i++; n++; }
    if (input[i] === '.') {
      if (n === 0) return null;
      i -= n;
      if (piece > 6) return null;
      let seen = 0;
      while (i < len) {
        let v = null;
        if (seen > 0) {
          if (input[i] === '.' && seen < 4) i++;
          else return null;
        }
        if (!/[0-9]/.test(input[i] || '')) return null;
        while (/[0-9]/.test(input[i] || '')) {
          const d = +input[i];
          if (v === null) v = d;
          else if (v === 0) return null;
          else v = v * 10 + d;
          if (v > 255) return null;
          i++;
        }
        pieces[piece] = pieces[piece] * 256 + v;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (input[i] === ':') {
      i++;
      if (i >= len) return null;
    } else if (i < len) return null;
    pieces[piece++] = value;
  }
  if (compress !== -1) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = pieces[compress + swaps - 1];
      pieces[compress + swaps - 1] = pieces[piece];
      pieces[piece] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) return null;
  return pieces;
}

function serializeIPv6(pieces) {
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (pieces[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && pieces[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && pieces[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += pieces[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

function percentDecodeToString(s) {
  if (!s.includes('%')) return s;
  const bytes = [];
  const enc = new TextEncoderCtor();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      for (const b of enc.encode(String.fromCodePoint(cp))) bytes.push(b);
    }
  }
  return new TextDecoderCtor().decode(new Uint8Array(bytes));
}

// The WHATWG host parser for a special scheme, serialized; '' on failure.
function parseHost(input, unicode) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return '';
    const pieces = parseIPv6(input.slice(1, -1));
    return pieces === null ? '' : '[' + serializeIPv6(pieces) + ']';
  }
  const domain = percentDecodeToString(input);
  const r = idnaProcess(domain);
  if (r === null) return '';
  const ascii = r[0].join('.');
  if (ascii === '' || FORBIDDEN_DOMAIN.test(ascii)) return '';
  if (endsInNumber(ascii)) {
    const v4 = parseIPv4(ascii);
    return v4 === null ? '' : v4;
  }
  return unicode ? r[1].join('.') : ascii;
}

// As setting `hostname` on a special URL: the host ends at `/ ? # \`, a
// `:` outside brackets fails ('').
function hostnameSetter(input, unicode) {
  input = input.replace(/[\t\n\r]/g, '');
  let inBrackets = false, end = input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === ':' && !inBrackets) return '';
    if (c === '/' || c === '?' || c === '#' || c === '\\') { end = i; break; }
    if (c === '[') inBrackets = true;
    else if (c === ']') inBrackets = false;
  }
  const host = input.slice(0, end);
  return host === '' ? '' : parseHost(host, unicode);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostnameSetter(`${domain}`, false);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostnameSetter(`${domain}`, true);
}

// ------------------------------------------------------------------ legacy
const SLASHED = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const HOSTLESS = new Set(['javascript', 'javascript:']);
const UNSAFE = new Set(['javascript', 'javascript:']);
const PROTOCOL = /^[a-z0-9.+-]+:/i;
const SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const AUTH_HOST = /^\/\/[^@/]+@[^@/]+/;
const PORT = /:[0-9]*$/;
const FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const FORBIDDEN_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;
const HOSTNAME_MAX = 255;
// Characters that end the host (and all that may not be in one).
const NOT_IN_HOST = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
const ENDS_HOST = new Set(['#', '/', '?']);
// Escaped in the path, query and fragment of a parsed URL.
const AUTO_ESCAPE = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

const isWs = (c) => c < 33 || c === 0xa0 || c === 0xfeff;
const isIPv6Literal = (h) => h.length > 1 && h[0] === '[' && h[h.length - 1] === ']';

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  // Trim whitespace; before the first `?` or `#`, `\` counts as `/`.
  let start = 0, end = url.length;
  while (start < end && isWs(url.charCodeAt(start))) start++;
  while (end > start && isWs(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  const split = rest.search(/[?#]/);
  const head = split < 0 ? rest : rest.slice(0, split);
  if (head.includes('\\')) rest = head.replace(/\\/g, '/') + (split < 0 ? '' : rest.slice(split));
  const hasHash = url.includes('#');
  const hasAt = head.includes('@');

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = SIMPLE_PATH.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let proto = PROTOCOL.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // `//` starts a host after a protocol, when asked, or before `user@host`.
  let slashes;
  if (slashesDenoteHost || proto || AUTH_HOST.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && HOSTLESS.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS.has(lowerProto) && (slashes || (proto && !SLASHED.has(proto)))) {
    // The host ends at the first `/`, `?` or `#`; characters that cannot be
    // in a host end it too, unless an `@` follows them (they were auth).
    // Tabs and line breaks up to the end of the host are dropped.
    const authorityEnd = rest.search(/[#/?]/);
    if (/[\t\n\r]/.test(authorityEnd === -1 ? rest : rest.slice(0, authorityEnd))) {
      rest = authorityEnd === -1 ? rest.replace(/[\t\n\r]/g, '') : rest.slice(0, authorityEnd).replace(/[\t\n\r]/g, '') + rest.slice(authorityEnd);
    }
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const c = rest[i];
      if (NOT_IN_HOST.has(c)) {
        if (nonHost === -1) nonHost = i;
      } else if (ENDS_HOST.has(c)) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (c === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponentFn(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIPv6Literal(hostname);

    if (!ipv6) {
      // A `/ \ # ? :` left in the hostname starts the path.
      const bad = hostname.search(/[/\\#?:]/);
      if (bad !== -1) {
        this.hostname = hostname.slice(0, bad);
        rest = '/' + hostname.slice(bad) + rest;
      }
    }

    if (this.hostname.length > HOSTNAME_MAX) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6) {
        if (FORBIDDEN_HOST_IPV6.test(this.hostname)) throw new ERR_INVALID_URL(url);
      } else {
        this.hostname = idnaToASCII(this.hostname);
        if (this.hostname === '' || FORBIDDEN_HOST.test(this.hostname)) throw new ERR_INVALID_URL(url);
      }
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!UNSAFE.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (c) => AUTO_ESCAPE[c]);

  const hashIdx = rest.indexOf('#');
  const questionIdx = rest.indexOf('?');
  const queryStart = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : -1;
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  if (queryStart !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(queryStart, queryEnd);
    this.query = rest.slice(queryStart + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  const pathEnd = queryStart !== -1 ? queryStart : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (SLASHED.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = PORT.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Auth characters format() leaves unescaped.
const AUTH_KEEP = /[A-Za-z0-9\-._~!'()*:]/;
function escapeAuth(auth) {
  let out = '';
  for (let i = 0; i < auth.length; i++) {
    const c = auth[i];
    if (AUTH_KEEP.test(c)) { out += c; continue; }
    const code = auth.charCodeAt(i);
    let bytes;
    if (code >= 0xd800 && code <= 0xdfff) {
      // As querystring.escape: a surrogate and the next unit form one pair.
      if (i + 1 >= auth.length) return querystring.escape(auth);
      const cp = 0x10000 + (((code & 0x3ff) << 10) | (auth.charCodeAt(i + 1) & 0x3ff));
      i++;
      bytes = new TextEncoderCtor().encode(String.fromCodePoint(cp));
    } else bytes = new TextEncoderCtor().encode(c);
    for (const b of bytes) out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = escapeAuth(auth) + '@';

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isIPv6Literal(h) ? '[' + h + ']' : h);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);

  let search = this.search || (query && '?' + query) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only the slashed protocols get `//` (others only if they had it).
  if (this.slashes || SLASHED.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;

  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];

  // The fragment always comes from the relative URL.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  const setPath = () => {
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  };

  // `//host/path`: everything but the protocol from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (SLASHED.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: an unknown one replaces everything; a known one
    // takes the relative URL's host (from its path if it has none).
    if (!SLASHED.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !HOSTLESS.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    setPath();
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = !!result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !SLASHED.has(result.protocol);

  // Without `//` (mailto: and the like) the host is the first path segment,
  // so `..` may climb into it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  const splitAuthFromHost = () => {
    const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (parts) {
      result.auth = parts.shift();
      result.host = result.hostname = parts.shift();
    }
  };

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: replaces the last segment of the source.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost();
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in `.` or `..` (or empty) keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '';

  // Drop `.`, fold `..` into its parent; `up` counts the ones above the top.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost();
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// format() of a WHATWG URL, without the parts the options turn off.
function formatWhatwg(u, options) {
  let fragment = true, unicode = false, search = true, auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const href = u.href;
  const protocol = u.protocol;
  let rest = href.slice(protocol.length);
  let authority = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    authority = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    rest = end === -1 ? '' : rest.slice(2 + end);
    const at = authority.lastIndexOf('@');
    let userinfo = at === -1 ? '' : authority.slice(0, at + 1);
    let hostPort = at === -1 ? authority : authority.slice(at + 1);
    if (!auth) userinfo = '';
    if (unicode) {
      const hostname = u.hostname;
      if (hostname && hostname[0] !== '[' && hostPort.startsWith(hostname)) {
        hostPort = domainToUnicode(hostname) + hostPort.slice(hostname.length);
      }
    }
    authority = '//' + userinfo + hostPort;
  }
  let hash = '';
  const h = rest.indexOf('#');
  if (h !== -1) { hash = rest.slice(h); rest = rest.slice(0, h); }
  let query = '';
  const q = rest.indexOf('?');
  if (q !== -1) { query = rest.slice(q); rest = rest.slice(0, q); }
  return protocol + authority + rest + (search ? query : '') + (fragment ? hash : '');
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URLCtor) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

// ------------------------------------------------------------- file URLs
// Node's test for a URL object (a WHATWG URL or one that looks like it).
function isURL(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function fileURLToPath(path, options) {
  const windows = options && options.windows !== undefined && options.windows !== null ? !!options.windows : false;
  if (typeof path === 'string') path = new URLCtor(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  let hostname = path.hostname;
  if (hostname === 'localhost') hostname = '';
  let pathname = path.pathname;
  if (windows) {
    if (/%(?:2f|5c)/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
    pathname = decodeURIComponentFn(pathname.replace(/\//g, '\\'));
    if (hostname !== '') return '\\\\' + domainToUnicode(hostname) + pathname;
    const letter = pathname.charCodeAt(1) | 0x20;
    if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
    return pathname.slice(1);
  }
  if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST('linux');
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponentFn(pathname);
}

// Characters pathToFileURL escapes itself (the rest as a URL path would).
const FILE_PATH_ESCAPES = /[%\\\n\r\t "#<>?[\]^`{|}~\u007f]/g;
function escapeFilePath(s, windows) {
  let out = s.replace(FILE_PATH_ESCAPES, (c) => (windows && c === '\\' ? '/' : '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')));
  // What the URL parser would do: drop trailing controls, escape the other
  // controls and everything beyond ASCII as UTF-8 (a lone surrogate as U+FFFD).
  out = out.replace(/[\u0000-\u001f]+$/, '');
  let res = '';
  const enc = new TextEncoderCtor();
  for (const ch of out) {
    const c = ch.codePointAt(0);
    if (c < 0x20) res += '%' + c.toString(16).toUpperCase().padStart(2, '0');
    else if (c < 0x80) res += ch;
    else for (const b of enc.encode(ch)) res += '%' + b.toString(16).toUpperCase();
  }
  return res;
}

function pathToFileURL(filepath, options) {
  const windows = options && options.windows !== undefined && options.windows !== null ? !!options.windows : false;
  validateString(filepath, 'path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\rest
    const parts = filepath.split('\\');
    if (parts.length <= 3) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
    const hostname = parts[2];
    if (hostname.length === 0) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    const domain = domainToASCII(hostname);
    return new URLCtor('file://' + domain + escapeFilePath('/' + parts.slice(3).join('/'), true));
  }
  let resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  // A trailing separator survives (Node compares with '/' for both flavours).
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== '/') resolved += '/';
  let escaped = escapeFilePath(resolved, windows);
  if (escaped[0] !== '/') escaped = '/' + escaped;
  return new URLCtor('file://' + escaped);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = Object.assign(Object.create(null), url, {
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  });
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponentFn(username)}:${decodeURIComponentFn(password)}`;
  return options;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: URLCtor,
  URLSearchParams: URLSearchParamsCtor,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
