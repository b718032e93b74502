'use strict';
// `npm pack` (prepack): put the Rust sources the addon is built from into the
// package, so that `npm install` can build it on a machine with Rust when no
// prebuilt per-platform package fits (scripts/build-from-source.js):
//   crates/isolated-runtime/  the library, as `cargo package` ships it
//                             (sources, the prebuilt wasm guest, the WIT)
//   crates/addon/             this addon's crate (src/, build.rs), with a
//                             standalone Cargo.toml and the repository's lock file
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const node = path.resolve(__dirname, '..');
const repo = path.resolve(node, '..');
const crates = path.join(node, 'crates');

function sh(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
}

fs.rmSync(crates, { recursive: true, force: true });
fs.mkdirSync(path.join(crates, 'addon'), { recursive: true });

// The library, normalized by cargo (workspace fields resolved).
sh('cargo', ['package', '--locked', '--no-verify', '--allow-dirty', '-p', 'isolated-runtime'], repo);
const { version } = require(path.join(node, 'package.json'));
const crateFile = path.join(repo, 'target', 'package', `isolated-runtime-${version}.crate`);
sh('tar', ['-xzf', crateFile, '-C', crates], node);
fs.renameSync(path.join(crates, `isolated-runtime-${version}`), path.join(crates, 'isolated-runtime'));

// The addon's crate, standalone.
const manifest = fs.readFileSync(path.join(node, 'Cargo.toml'), 'utf8');
const standalone = manifest
  .replace(/^version\.workspace = true$/m, `version = "${version}"`)
  .replace(/^edition\.workspace = true$/m, 'edition = "2021"')
  .replace(/^license\.workspace = true$/m, 'license = "Apache-2.0"')
  .replace(/^rust-version\.workspace = true$/m, 'rust-version = "1.95"')
  .replace(/^isolated-runtime = \{ path = "\.\.\/runtime" \}$/m, 'isolated-runtime = { path = "../isolated-runtime" }')
  .replace(/^serde_json = \{ workspace = true \}$/m, 'serde_json = { version = "1", features = ["preserve_order", "float_roundtrip"] }');
if (/workspace = true/.test(standalone)) throw new Error('node/Cargo.toml: a workspace field is left in the standalone manifest');
fs.writeFileSync(path.join(crates, 'addon', 'Cargo.toml'), `${standalone}\n[workspace]\n\n[profile.release]\ndebug = false\n`);
fs.cpSync(path.join(node, 'src'), path.join(crates, 'addon', 'src'), { recursive: true });
fs.copyFileSync(path.join(node, 'build.rs'), path.join(crates, 'addon', 'build.rs'));
fs.copyFileSync(path.join(repo, 'Cargo.lock'), path.join(crates, 'addon', 'Cargo.lock'));
console.log('vendor-crates: crates/isolated-runtime and crates/addon are in the package');
