// node:path for the sandbox. `path` is the POSIX flavour (the sandbox's
// working directory is `/`); `path.win32` is the Windows flavour, computed
// without any host access (its current directory is `\`).
'use strict';

const { validateString, validateObject } = require('internal/errors');
const validatePathObject = (value) => validateObject(value, 'pathObject');

// ------------------------------------------------------------------ shared
// Collapse `.` and `..` in the segments of `body` (split on any separator
// matched by `isSep`); `aboveRoot`: keep leading `..` (relative paths).
function collapse(body, isSep, sep, aboveRoot) {
  const out = [];
  let seg = '';
  const flush = () => {
    if (seg === '' || seg === '.') { /* skip */ }
    else if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
    } else out.push(seg);
    seg = '';
  };
  for (let i = 0; i < body.length; i++) {
    if (isSep(body.charCodeAt(i))) flush();
    else seg += body[i];
  }
  flush();
  return out.join(sep);
}

// Extension of a final segment `base` (no separators): from its last dot,
// unless that dot starts the name, or the name is `..`.
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

// basename with an optional suffix, over path[start..] with separators
// `isSep`. The suffix is matched against the final segment's end; a final
// segment that is only the end of a longer suffix keeps its trailing
// separators (as Node does).
function basenameOf(path, suffix, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  let b = end;
  while (b > start && !isSep(path.charCodeAt(b - 1))) b--;
  const base = path.slice(b, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
  if (suffix === path) return '';
  if (end === start) return path.slice(start);
  if (base.endsWith(suffix)) return base.length === suffix.length ? base : base.slice(0, base.length - suffix.length);
  if (suffix.endsWith(base)) return path.slice(b);
  return base;
}

function formatWith(sep, pathObject) {
  validatePathObject(pathObject);
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : '';
    base = (pathObject.name || '') + ext;
  }
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

// ------------------------------------------------------------------ glob
// matchesGlob, with minimatch's rules as Node uses them: `*`, `?`,
// `[...]` / `[!...]`, `{a,b}` / `{1..3}`, extglobs, `**` (whole segments,
// never entering `.`-names); wildcards never match a leading `.` (nor
// `.`/`..`), runs of separators count as one, a trailing one is ignored.
function expandBraces(pattern) {
  let depth = 0, start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}' && depth > 0 && --depth === 0) {
      const inner = pattern.slice(start + 1, i);
      const parts = [];
      let d = 0, last = 0;
      for (let j = 0; j < inner.length; j++) {
        const ch = inner[j];
        if (ch === '\\') { j++; continue; }
        if (ch === '{') d++;
        else if (ch === '}') d--;
        else if (ch === ',' && d === 0) { parts.push(inner.slice(last, j)); last = j + 1; }
      }
      parts.push(inner.slice(last));
      const pre = pattern.slice(0, start), post = pattern.slice(i + 1);
      if (parts.length < 2) {
        const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner);
        if (!range) return expandBraces(post).map((p) => pre + '{' + inner + '}' + p);
        const numeric = /\d/.test(range[1]);
        const a = numeric ? +range[1] : range[1].charCodeAt(0), b = numeric ? +range[2] : range[2].charCodeAt(0);
        const seq = [];
        for (let k = a; a <= b ? k <= b : k >= b; k += a <= b ? 1 : -1) seq.push(numeric ? String(k) : String.fromCharCode(k));
        return seq.flatMap((x) => expandBraces(pre + x + post));
      }
      return parts.flatMap((x) => expandBraces(pre + x + post));
    }
  }
  return [pattern];
}
const GLOBSTAR = {};
// A segment's body as a RegExp source: `*`, `?`, classes, and the
// extglobs `@(a|b)`, `*(..)`, `+(..)`, `?(..)`, `!(..)`.
function segmentSource(seg) {
  let re = '', magic = false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if ('@*+?!'.includes(c) && seg[i + 1] === '(') {
      let depth = 0, j = i + 1;
      for (; j < seg.length; j++) {
        if (seg[j] === '(') depth++;
        else if (seg[j] === ')' && --depth === 0) break;
      }
      if (j < seg.length) {
        const alts = [];
        let d = 0, last = i + 2;
        for (let k = i + 2; k < j; k++) {
          if (seg[k] === '(') d++;
          else if (seg[k] === ')') d--;
          else if (seg[k] === '|' && d === 0) { alts.push(seg.slice(last, k)); last = k + 1; }
        }
        alts.push(seg.slice(last, j));
        const body = '(?:' + alts.map((a) => segmentSource(a).re).join('|') + ')';
        const rest = segmentSource(seg.slice(j + 1)).re;
        if (c === '!') re += '(?:(?!' + body + rest + '$)[^/]*?)';
        else re += body + (c === '@' ? '' : c);
        magic = true;
        i = j;
        continue;
      }
    }
    if (c === '*') { while (seg[i + 1] === '*') i++; re += '[^/]*?'; magic = true; }
    else if (c === '?') { re += '[^/]'; magic = true; }
    else if (c === '[' && seg.indexOf(']', i + 2) > 0) {
      const close = seg.indexOf(']', i + 2);
      let body = seg.slice(i + 1, close);
      let neg = false;
      if (body[0] === '!' || body[0] === '^') { neg = true; body = body.slice(1); }
      re += body.includes('/') ? '(?!)' : '[' + (neg ? '^/' : '') + body.replace(/[\]\\^]/g, '\\$&') + ']';
      magic = true;
      i = close;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return { re, magic };
}
// One pattern segment: GLOBSTAR, a literal string, or a RegExp.
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  const { re, magic } = segmentSource(seg);
  if (!magic) return seg;
  const dotClass = /^\[[^\]!^]*\.[^\]]*\]/.test(seg);
  const guard = seg[0] === '.' || dotClass ? '(?!\\.{1,2}$)' : '(?!\\.)';
  return new RegExp('^' + guard + '(?=.)' + re + '$');
}
// Drop inner `.` segments and fold `name/..` (as minimatch's optimizer).
function foldSegments(parts) {
  const out = parts.filter((p, i) => !(p === '.' && i > 0 && i < parts.length - 1));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    if (out[i] === '..' && prev !== '..' && prev !== '.' && prev !== '' && prev !== '**' && (i > 1 || (out[i + 1] !== undefined && out[i + 1] !== ''))) {
      out.splice(i - 1, 2);
      i = 0;
    }
  }
  return out;
}
// As Node on a POSIX host: `\` in a pattern is a separator (also for the
// posix flavour), case matters (also for win32).
function globMatch(path, pattern, sepRe) {
  const file = foldSegments(path.split(sepRe));
  const fl = file.length;
  const dotName = (s) => s.charCodeAt(0) === 46;
  for (const alt of expandBraces(pattern.replace(/\\/g, '/'))) {
    const pat = [];
    for (const seg of foldSegments(alt.split(/\/+/))) {
      const c = compileSegment(seg);
      if (c === GLOBSTAR && pat[pat.length - 1] === GLOBSTAR) continue;
      pat.push(c);
    }
    const pl = pat.length;
    const matchOne = (fi, pi) => {
      for (; fi < fl && pi < pl; fi++, pi++) {
        const p = pat[pi], f = file[fi];
        if (p === GLOBSTAR) {
          if (pi === pl - 1) {
            for (let k = fi; k < fl; k++) if (dotName(file[k])) return false;
            return true;
          }
          for (let fr = fi; fr < fl; fr++) {
            if (matchOne(fr, pi + 1)) return true;
            if (dotName(file[fr])) break;
          }
          return false;
        }
        if (typeof p === 'string' ? p !== f : !p.test(f)) return false;
      }
      if (fi === fl && pi === pl) return true;
      if (fi === fl) return false;
      return fi === fl - 1 && file[fi] === '';
    };
    if (matchOne(0, 0)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ posix
const SLASH = 47, BACKSLASH = 92, COLON = 58;
const isPosixSep = (c) => c === SLASH;

function posixNormalize(path) {
  validateString(path, 'path');
  if (path === '') return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let body = collapse(path, isPosixSep, '/', !absolute);
  if (body === '' ) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? '/' + body : body;
}

const posix = {
  resolve(...paths) {
    let joined = '';
    let absolute = false;
    for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
      let p;
      if (i >= 0) { p = paths[i]; validateString(p, 'paths[' + i + ']'); }
      else p = '/'; // the sandbox's working directory
      if (p === '') continue;
      joined = p + '/' + joined;
      absolute = p.charCodeAt(0) === SLASH;
    }
    const body = collapse(joined, isPosixSep, '/', false);
    return '/' + body;
  },
  normalize: posixNormalize,
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },
  join(...paths) {
    const parts = [];
    for (let i = 0; i < paths.length; i++) {
      validateString(paths[i], 'path');
      if (paths[i] !== '') parts.push(paths[i]);
    }
    if (parts.length === 0) return '.';
    return posixNormalize(parts.join('/'));
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const up = a.slice(common).map(() => '..');
    return up.concat(b.slice(common)).join('/');
  },
  toNamespacedPath(path) {
    return path;
  },
  dirname(path) {
    validateString(path, 'path');
    if (path === '') return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
    const slash = path.lastIndexOf('/', end - 1);
    if (slash < 1) return rooted ? '/' : '.';
    if (rooted && slash === 1) return '//';
    return path.slice(0, slash);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, 0, isPosixSep);
  },
  extname(path) {
    validateString(path, 'path');
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
    return extOf(path.slice(path.lastIndexOf('/', end - 1) + 1, end));
  },
  format(pathObject) {
    return formatWith('/', pathObject);
  },
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path === '') return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
    const start = path.lastIndexOf('/', end - 1) + 1;
    const base = path.slice(start, end);
    if (start > 1) ret.dir = path.slice(0, start - 1);
    else if (absolute) ret.dir = '/';
    if (base !== '') {
      ret.base = base;
      // Node reports `/..` (a `..` right after the root) as name `.`, ext `.`.
      ret.ext = absolute && start === 1 && base === '..' ? '.' : extOf(base);
      ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
    }
    return ret;
  },
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return globMatch(path, pattern, /\/+/);
  },
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong(path) { return path; },
};

// ------------------------------------------------------------------ win32
const isWinSep = (c) => c === SLASH || c === BACKSLASH;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Split a Windows path into its device (`C:`, `\\server\share`, `\\?\...`),
// whether it is rooted after the device, and the rest.
function winRoot(path, devices) {
  const len = path.length;
  if (len === 0) return { device: '', rootEnd: 0, absolute: false };
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      // \\.\ and \\?\ device paths (for resolve): the device is \\. or \\?
      if (devices && (path[2] === '.' || path[2] === '?') && /^..[.?][\\/]+[^\\/]/.test(path)) {
        return { device: '\\\\' + path[2], rootEnd: 4, absolute: true };
      }
      // UNC: \\server\share
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len && k !== j) {
          let m = k;
          while (m < len && !isWinSep(path.charCodeAt(m))) m++;
          const share = path.slice(k, m);
          if (m === len) return { device: '\\\\' + server + '\\' + share, rootEnd: len, absolute: true, unc: true };
          if (m !== k) return { device: '\\\\' + server + '\\' + share, rootEnd: m + 1, absolute: true, unc: true };
        }
      }
      return { device: '', rootEnd: 1, absolute: true };
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (isLetter(c0) && len > 1 && path.charCodeAt(1) === COLON) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { device: path.slice(0, 2), rootEnd: 3, absolute: true };
    return { device: path.slice(0, 2), rootEnd: 2, absolute: false };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

function winNormalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
  const r = winRoot(path);
  const device = r.device;
  const absolute = r.absolute;
  const rootEnd = r.rootEnd;
  if (r.unc && (device.startsWith('\\\\.\\') || device.startsWith('\\\\?\\'))) {
    // A \\.\ device path: the device is \\.\ and the rest a rooted path.
    let tail = collapse(path.slice(4), isWinSep, '\\', false);
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    return device.slice(0, 4) + tail;
  }
  if (r.unc && rootEnd === len) {
    // Only the UNC root: normalise to \\server\share\.
    return device + '\\';
  }
  let tail = rootEnd < len ? collapse(path.slice(rootEnd), isWinSep, '\\', !absolute) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
  // A relative path with a colon could read as a drive (or stream): keep it
  // explicitly relative.
  if (!absolute && device === '' && (/:(?:[\\/]|$)/.test(path) || /^[a-zA-Z]:/.test(tail))) tail = '.\\' + tail;
  if (device === '') return absolute ? '\\' + tail : tail;
  return absolute ? device + '\\' + tail : device + tail;
}

const win32 = {
  resolve(...paths) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = paths.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = paths[i];
        validateString(p, 'paths[' + i + ']');
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = '\\'; // the sandbox's working directory
      } else {
        p = device + '\\';
      }
      const r = winRoot(p, true);
      if (r.device.length > 0) {
        if (device.length > 0) {
          if (r.device.toLowerCase() !== device.toLowerCase()) continue;
        } else device = r.device;
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = p.slice(r.rootEnd) + '\\' + tail;
        absolute = r.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapse(tail, isWinSep, '\\', !absolute);
    return absolute ? device + '\\' + tail : (device + tail) || '.';
  },
  normalize: winNormalize,
  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) || (len > 2 && isLetter(c0) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },
  join(...paths) {
    const parts = [];
    for (let i = 0; i < paths.length; i++) {
      validateString(paths[i], 'path');
      if (paths[i] !== '') parts.push(paths[i]);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // A first part that looks like a UNC start (\\x) keeps its double
    // separator; otherwise runs of leading separators collapse to one.
    const first = parts[0];
    let needsReplace = true, slashCount = 0;
    if (isWinSep(first.charCodeAt(0))) {
      slashCount++;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        slashCount++;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) slashCount++;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = '\\' + joined.slice(slashCount);
    }
    return winNormalize(joined);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase(), t = toOrig.toLowerCase();
    if (f === t) return '';
    // Case-insensitive comparison of the resolved paths, without their
    // leading and trailing separators, character by character (as Node
    // does: a bare drive `c:` counts as a directory boundary).
    let fs = 0, fe = f.length, ts = 0, te = t.length;
    while (fs < fe && f.charCodeAt(fs) === BACKSLASH) fs++;
    while (fe - 1 > fs && f.charCodeAt(fe - 1) === BACKSLASH) fe--;
    while (ts < te && t.charCodeAt(ts) === BACKSLASH) ts++;
    while (te - 1 > ts && t.charCodeAt(te - 1) === BACKSLASH) te--;
    const fl = fe - fs, tl = te - ts, len = Math.min(fl, tl);
    let lastSep = -1, i = 0;
    for (; i < len; i++) {
      const c = f.charCodeAt(fs + i);
      if (c !== t.charCodeAt(ts + i)) break;
      if (c === BACKSLASH) lastSep = i;
    }
    if (i === len) {
      if (tl > len) {
        if (t.charCodeAt(ts + i) === BACKSLASH) return toOrig.slice(ts + i + 1);
        if (i === 2) return toOrig.slice(ts + i);
      }
      if (fl > len) {
        if (f.charCodeAt(fs + i) === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    } else if (lastSep === -1) {
      return toOrig;
    }
    let out = '';
    for (let k = fs + lastSep + 1; k <= fe; k++) {
      if (k === fe || f.charCodeAt(k) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    ts += lastSep;
    if (out.length > 0) return out + toOrig.slice(ts, te);
    if (toOrig.charCodeAt(ts) === BACKSLASH) ts++;
    return toOrig.slice(ts, te);
  },
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 && c2 !== 46) return '\\\\?\\UNC\\' + resolved.slice(2);
      }
    } else if (isLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON && resolved.charCodeAt(2) === BACKSLASH) {
      return '\\\\?\\' + resolved;
    }
    return resolved;
  },
  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const r = winRoot(path);
    let rootEnd = r.rootEnd;
    if (r.unc && rootEnd === len) return path;
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    if (!r.unc && r.device === '' && r.absolute) rootEnd = 1;
    let end = -1, sawNonSep = false;
    for (let i = len - 1; i >= rootEnd; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (sawNonSep) { end = i; break; }
      } else sawNonSep = true;
    }
    if (end === -1) {
      if (rootEnd === 0) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON ? 2 : 0;
    return basenameOf(path, suffix, start, isWinSep);
  },
  extname(path) {
    validateString(path, 'path');
    let start = 0;
    if (path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) start = 2;
    let end = path.length;
    while (end > start && isWinSep(path.charCodeAt(end - 1))) end--;
    let b = end;
    while (b > start && !isWinSep(path.charCodeAt(b - 1))) b--;
    return extOf(path.slice(b, end));
  },
  format(pathObject) {
    return formatWith('\\', pathObject);
  },
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const r = winRoot(path);
    let rootEnd = r.rootEnd;
    if (!r.unc && r.device === '' && r.absolute) rootEnd = 1;
    if (r.unc && rootEnd === len) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (len === 1 && isWinSep(path.charCodeAt(0))) {
      ret.root = ret.dir = path;
      return ret;
    }
    ret.root = path.slice(0, rootEnd);
    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    let b = end;
    while (b > rootEnd && !isWinSep(path.charCodeAt(b - 1))) b--;
    const base = path.slice(b, end);
    if (base !== '') {
      ret.base = base;
      ret.ext = extOf(base);
      ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
    }
    if (b > 0 && b !== rootEnd) ret.dir = path.slice(0, b - 1);
    else ret.dir = ret.root;
    return ret;
  },
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return globMatch(path, pattern, /[\\/]+/);
  },
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong(path) { return win32.toNamespacedPath(path); },
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
