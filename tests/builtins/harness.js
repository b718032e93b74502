// Differential harness for the sandbox's Node built-ins (guest/src/node/*.js),
// runnable under plain Node, so the JavaScript side of the built-ins can be
// developed and checked without building the guest:
//
//   node tests/builtins/harness.js [case ...]     (default: every case)
//
// Each case (tests/builtins/cases/<name>.js) exports `probe()`, which returns
// (or resolves to) a JSON-able value built with `require('<builtin>')`.
// Every case runs twice, each in its own Node process: once with Node's real
// built-ins ("node" mode), once with the sandbox's implementations loaded
// from guest/src/node ("ours" mode, natives mocked below over Node's own
// crypto and a fixture folder), and the two JSON outputs must be equal.
// The same case files are run inside the sandbox by tests/runtime/builtins.rs.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const Module = require('module');

const SRC = path.join(__dirname, '../../guest/src/node');
const CASES = path.join(__dirname, 'cases');

// ---------------------------------------------------------------- "ours" mode
// The loader the guest uses, in miniature: a built-in `<id>` is the file
// guest/src/node/<id>.js, evaluated once as
// `(function (exports, require, module, internal) { ... })`, where `require`
// reaches only other built-ins and `internal` holds the natives.
function makeInternal(nodeCrypto) {
  const ab = (buf) => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const B = (u8) => globalThis.__nodeBuffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  const fixture = path.join(__dirname, 'fixture');
  const inFixture = (p) => path.join(fixture, path.posix.normalize('/' + p));
  const fsError = (e) => { const err = new Error(e.code); err.code = e.code; return err; };
  return {
    randomBytes: (n) => ab(nodeCrypto.randomBytes(n)),
    hash: (alg, data) => ab(nodeCrypto.createHash(alg).update(B(data)).digest()),
    hmac: (alg, key, data) => ab(nodeCrypto.createHmac(alg, B(key)).update(B(data)).digest()),
    pbkdf2: (alg, pass, salt, iterations, keylen) => ab(nodeCrypto.pbkdf2Sync(B(pass), B(salt), iterations, keylen, alg)),
    scrypt: (pass, salt, N, r, p, keylen) => ab(nodeCrypto.scryptSync(B(pass), B(salt), keylen, { N, r, p, maxmem: 1 << 30 })),
    aesGcm: (encrypt, key, iv, data, aad, tagLength) => {
      const name = 'aes-' + key.length * 8 + '-gcm';
      if (encrypt) {
        const c = nodeCrypto.createCipheriv(name, B(key), B(iv), { authTagLength: tagLength });
        if (aad.length) c.setAAD(B(aad));
        return ab(globalThis.__nodeBuffer.concat([c.update(B(data)), c.final(), c.getAuthTag()]));
      }
      const body = data.subarray(0, data.length - tagLength);
      const d = nodeCrypto.createDecipheriv(name, B(key), B(iv), { authTagLength: tagLength });
      d.setAuthTag(B(data.subarray(data.length - tagLength)));
      if (aad.length) d.setAAD(B(aad));
      try { return ab(globalThis.__nodeBuffer.concat([d.update(B(body)), d.final()])); } catch (e) { throw new Error('decryption failed'); }
    },
    // Read-only file access below the module folder (here: tests/builtins/fixture).
    // Paths are absolute sandbox paths ('/a/b.txt'). Errors carry a Node `code`.
    fs: {
      readFile: (p) => { try { return ab(fs.readFileSync(inFixture(p))); } catch (e) { throw fsError(e); } },
      readdir: (p) => { try { return fs.readdirSync(inFixture(p), { withFileTypes: true }).map((d) => [d.name, d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other']); } catch (e) { throw fsError(e); } },
      stat: (p) => { try { const s = fs.statSync(inFixture(p)); return { type: s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other', size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, atimeMs: s.atimeMs, birthtimeMs: s.birthtimeMs }; } catch (e) { throw fsError(e); } },
    },
    // Per-call environment for process.env.
    env: {},
  };
}

function installOurs() {
  globalThis.__nodeBuffer = Buffer;
  const internal = makeInternal(require('crypto'));
  const cache = Object.create(null);
  const originalLoad = Module._load;
  function loadBuiltin(id) {
    id = id.startsWith('node:') ? id.slice(5) : id;
    if (cache[id]) return cache[id].exports;
    const file = path.join(SRC, id + '.js');
    if (!fs.existsSync(file)) {
      // Not written yet: Node's own module stands in, so built-ins can be
      // developed one at a time. (Inside the sandbox a missing one fails.)
      if (Module.builtinModules.includes(id)) return originalLoad(id, null, false);
      const e = new Error(`no such built-in in guest/src/node: '${id}'`);
      e.code = 'MODULE_NOT_FOUND';
      throw e;
    }
    const module = { exports: {}, id: 'node:' + id };
    cache[id] = module;
    const wrapper = new Function('exports', 'require', 'module', 'internal', fs.readFileSync(file, 'utf8'));
    wrapper.call(module.exports, module.exports, loadBuiltin, module, internal);
    return module.exports;
  }
  const NODE_BUILTINS = new Set(Module.builtinModules);
  Module._load = function (request, parent, isMain) {
    const bare = request.startsWith('node:') ? request.slice(5) : request;
    if (NODE_BUILTINS.has(bare) && fs.existsSync(path.join(SRC, bare + '.js'))) return loadBuiltin(bare);
    return originalLoad.apply(this, arguments);
  };
  // The globals the sandbox installs from its built-ins.
  const globalsFrom = { Buffer: ['buffer', 'Buffer'], process: ['process', null] };
  for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException']) {
    globalsFrom[name] = ['internal/event_target', name];
  }
  for (const [name, [id, key]] of Object.entries(globalsFrom)) {
    if (fs.existsSync(path.join(SRC, id + '.js'))) {
      const m = loadBuiltin(id);
      Object.defineProperty(globalThis, name, { value: key ? m[key] : m, configurable: true, writable: true });
    }
  }
  return loadBuiltin;
}

async function runCase(file) {
  const probe = require(file).probe;
  return JSON.parse(JSON.stringify(await probe()));
}

async function child(mode, file) {
  // Keep the real process for output before "ours" may replace the global.
  const out = process.stdout;
  if (mode === 'ours') installOurs();
  let result;
  try {
    result = { ok: await runCase(file) };
  } catch (e) {
    result = { threw: String(e && e.stack || e) };
  }
  out.write(JSON.stringify(result));
}

function diff(a, b, at = '$') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = diff(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: node ${JSON.stringify(a)?.slice(0, 300)} / ours ${JSON.stringify(b)?.slice(0, 300)}`;
}

async function main() {
  const [, , first, ...rest] = process.argv;
  if (first === '--child') return child(rest[0], rest[1]);
  const names = process.argv.slice(2);
  const files = (names.length ? names.map((n) => n.replace(/\.js$/, '') + '.js') : fs.readdirSync(CASES).filter((f) => f.endsWith('.js')).sort())
    .map((f) => path.join(CASES, path.basename(f)));
  let failed = 0;
  for (const file of files) {
    const run = (mode) => JSON.parse(execFileSync(process.execPath, [__filename, '--child', mode, file], { env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' }));
    const node = run('node');
    const ours = run('ours');
    const d = node.threw ? `node itself threw: ${node.threw}` : ours.threw ? `ours threw: ${ours.threw}` : diff(node.ok, ours.ok);
    if (d) { failed++; console.log(`FAIL ${path.basename(file)}\n  ${d}`); } else console.log(`ok   ${path.basename(file)}`);
  }
  console.log(`${files.length - failed}/${files.length} cases equal to Node`);
  process.exitCode = failed ? 1 : 0;
}
main();
