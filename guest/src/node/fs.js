// fs: a read-only view of the module folder, which the sandbox sees as `/`.
// Only for calls granted the `fs` built-in (it is opt-in). Reads go through
// the host's capability directory, the same one `require` uses, so no path,
// `..` or symlink reaches outside the module folder. Every write fails with
// EROFS, as on a read-only file system; descriptors, watchers and the rest
// of Node's fs that needs a real file system fail with ENOSYS.
'use strict';

const { Buffer } = require('buffer');
const { codes, uvException } = require('internal/errors');
const natives = internal.fs;
const PromiseCtor = Promise;
const DateCtor = Date;
const decodeURIComponentFn = decodeURIComponent;
const queue = queueMicrotask;

const constants = Object.freeze({
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFLNK: 40960,
  COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
});

// A path argument (string, Buffer/Uint8Array or file: URL) as an absolute
// sandbox path; relative paths start at `/` (the sandbox's cwd).
function toPath(p, name = 'path') {
  if (p instanceof Uint8Array) p = Buffer.from(p).toString();
  else if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    if (p.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
    p = decodeURIComponentFn(p.pathname);
  }
  if (typeof p !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  if (p.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p.startsWith('/') ? p : '/' + p;
}

function fail(e, syscall, path) {
  if (e && typeof e.code === 'string' && e.message === e.code) return uvException({ code: e.code, syscall, path });
  return e;
}

function call(fn, syscall, path) {
  if (natives === undefined) throw uvException({ code: 'EACCES', syscall, path });
  try {
    return fn(path);
  } catch (e) {
    throw fail(e, syscall, path);
  }
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object') return options.encoding === undefined ? null : options.encoding;
  return null;
}

// ---------------------------------------------------------------- Stats / Dirent
class Stats {
  constructor(s) {
    const dir = s.type === 'dir';
    this.dev = 0; this.mode = dir ? 0o40555 : 0o100444; this.nlink = 1; this.uid = 0; this.gid = 0;
    this.rdev = 0; this.blksize = 4096; this.ino = 0; this.size = s.size; this.blocks = Math.ceil(s.size / 512);
    this.atimeMs = s.atimeMs; this.mtimeMs = s.mtimeMs; this.ctimeMs = s.ctimeMs; this.birthtimeMs = s.birthtimeMs;
    this.atime = new DateCtor(s.atimeMs); this.mtime = new DateCtor(s.mtimeMs);
    this.ctime = new DateCtor(s.ctimeMs); this.birthtime = new DateCtor(s.birthtimeMs);
    Object.defineProperty(this, '_type', { value: s.type });
  }
  isFile() { return this._type === 'file'; }
  isDirectory() { return this._type === 'dir'; }
  isSymbolicLink() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    Object.defineProperty(this, '_type', { value: type });
  }
  isFile() { return this._type === 'file'; }
  isDirectory() { return this._type === 'dir'; }
  isSymbolicLink() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

// ---------------------------------------------------------------- sync reads
function readFileSync(path, options) {
  const p = toPath(path);
  const bytes = Buffer.from(call(natives && natives.readFile, 'open', p));
  const encoding = encodingOf(options);
  return encoding ? bytes.toString(encoding) : bytes;
}

function readdirSync(path, options) {
  const p = toPath(path);
  const entries = call(natives && natives.readdir, 'scandir', p);
  const withTypes = options !== null && typeof options === 'object' && options.withFileTypes === true;
  const encoding = encodingOf(options);
  return entries.map(([name, type]) => {
    if (withTypes) return new Dirent(name, type, p);
    return encoding === 'buffer' ? Buffer.from(name) : name;
  });
}

function statSync(path, options) {
  const p = toPath(path);
  try {
    return new Stats(call(natives && natives.stat, 'stat', p));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function lstatSync(path, options) {
  const p = toPath(path);
  try {
    return new Stats(call(natives && natives.stat, 'lstat', p));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function existsSync(path) {
  try {
    statSync(path);
    return true;
  } catch (_) {
    return false;
  }
}

function realpathSync(path, options) {
  const p = toPath(path);
  call(natives && natives.stat, 'lstat', p);
  const parts = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const out = '/' + parts.join('/');
  return encodingOf(options) === 'buffer' ? Buffer.from(out) : out;
}
realpathSync.native = realpathSync;

function accessSync(path, mode = constants.F_OK) {
  const p = toPath(path);
  call(natives && natives.stat, 'access', p);
  if (mode & constants.W_OK) throw uvException({ code: 'EROFS', syscall: 'access', path: p });
}

// ---------------------------------------------------------------- writes: EROFS
function readOnly(syscall) {
  return function (path) {
    let p;
    try { p = toPath(path); } catch (_) { p = undefined; }
    const e = uvException({ code: 'EROFS', syscall, path: p });
    const cb = arguments[arguments.length - 1];
    if (typeof cb === 'function' && arguments.length > 1) {
      queue(() => cb(e));
      return undefined;
    }
    throw e;
  };
}
function unsupported(name) {
  return function () {
    const e = uvException({ code: 'ENOSYS', syscall: name });
    e.message = `ENOSYS: fs.${name} is not available in the sandbox (read-only fs: readFile, readdir, stat, exists, realpath, access)`;
    throw e;
  };
}

const WRITES = {
  writeFile: 'open', appendFile: 'open', mkdir: 'mkdir', mkdtemp: 'mkdtemp', rm: 'rm', rmdir: 'rmdir',
  unlink: 'unlink', rename: 'rename', copyFile: 'copyfile', cp: 'cp', symlink: 'symlink', link: 'link',
  truncate: 'open', chmod: 'chmod', chown: 'chown', lchown: 'lchown', utimes: 'utime', lutimes: 'lutime',
};

// ---------------------------------------------------------------- callbacks and promises
function callbackify(sync) {
  return function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('cb', 'function', cb);
    let result;
    try {
      result = sync(...args);
    } catch (e) {
      queue(() => cb(e));
      return;
    }
    queue(() => cb(null, result));
  };
}
function promisified(sync) {
  return (...args) => new PromiseCtor((resolve) => resolve(sync(...args)));
}

const fs = {
  constants, Stats, Dirent,
  readFileSync, readdirSync, statSync, lstatSync, existsSync, realpathSync, accessSync,
  readFile: callbackify(readFileSync),
  readdir: callbackify(readdirSync),
  stat: callbackify(statSync),
  lstat: callbackify(lstatSync),
  realpath: callbackify(realpathSync),
  access: callbackify(accessSync),
  exists(path, cb) { const r = existsSync(path); queue(() => cb(r)); },
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};
fs.realpath.native = fs.realpath;
for (const [name, syscall] of Object.entries(WRITES)) {
  fs[name] = readOnly(syscall);
  fs[name + 'Sync'] = readOnly(syscall);
}
fs.writeSync = readOnly('write');
fs.write = readOnly('write');
fs.createWriteStream = readOnly('open');
for (const name of ['open', 'openSync', 'close', 'closeSync', 'read', 'readSync', 'fstat', 'fstatSync',
  'watch', 'watchFile', 'unwatchFile', 'opendir', 'opendirSync', 'readv', 'readvSync', 'fsync', 'fsyncSync']) {
  fs[name] = unsupported(name);
}

// A readable stream of a whole file (read at once).
fs.createReadStream = function createReadStream(path, options) {
  const { Readable } = require('stream');
  const p = toPath(path);
  const encoding = encodingOf(options);
  const start = options && typeof options === 'object' && options.start !== undefined ? options.start : 0;
  const end = options && typeof options === 'object' && options.end !== undefined ? options.end + 1 : undefined;
  const hwm = options && typeof options === 'object' && options.highWaterMark ? options.highWaterMark : 65536;
  let data;
  let offset = 0;
  const stream = new Readable({
    highWaterMark: hwm,
    encoding: encoding || undefined,
    read() {
      try {
        if (data === undefined) data = readFileSync(p).subarray(start, end);
      } catch (e) {
        this.destroy(e);
        return;
      }
      if (offset >= data.length) { this.push(null); return; }
      const chunk = data.subarray(offset, offset + hwm);
      offset += chunk.length;
      this.push(chunk);
    },
  });
  stream.path = p;
  return stream;
};

const promises = {
  constants,
  readFile: promisified(readFileSync),
  readdir: promisified(readdirSync),
  stat: promisified(statSync),
  lstat: promisified(lstatSync),
  realpath: promisified(realpathSync),
  access: promisified(accessSync),
};
for (const [name, syscall] of Object.entries(WRITES)) {
  const f = readOnly(syscall);
  promises[name] = (...args) => new PromiseCtor((resolve) => resolve(f(...args)));
}
promises.open = (...args) => new PromiseCtor((resolve) => resolve(unsupported('open')(...args)));
fs.promises = promises;

module.exports = fs;
