'use strict';
// `npm install` (install script): nothing to do when a prebuilt addon fits
// this platform (the @isolated-runtime/<platform> package, or a local
// build); otherwise build it from the Rust sources packed in crates/ (needs
// Rust 1.95+: https://rustup.rs). In the repository itself (no crates/),
// `make node-addon` builds it instead.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { platformTriple } = require('../lib/platform');

const node = path.resolve(__dirname, '..');
const triple = platformTriple();
const local = path.join(node, `isolated-runtime.${triple}.node`);

function prebuilt() {
  if (fs.existsSync(local)) return local;
  try {
    return require.resolve(`@isolated-runtime/${triple}`);
  } catch {
    return null;
  }
}

const found = prebuilt();
if (found) {
  console.log(`isolated-runtime: using the prebuilt addon ${found}`);
  process.exit(0);
}
const crate = path.join(node, 'crates', 'addon');
if (!fs.existsSync(path.join(crate, 'Cargo.toml'))) {
  console.log('isolated-runtime: no prebuilt addon and no packed sources: run `make node-addon` in the repository');
  process.exit(0);
}
console.log(`isolated-runtime: no prebuilt addon for ${triple}; building it from source with cargo (several minutes)`);
try {
  execFileSync('cargo', ['build', '--release', '--manifest-path', path.join(crate, 'Cargo.toml')], { stdio: 'inherit' });
} catch (e) {
  console.error(`isolated-runtime: the build from source failed (${e.message}). It needs Rust 1.95 or later (https://rustup.rs).`);
  process.exit(1);
}
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(crate, 'target');
const lib = { linux: 'libisolated_runtime_node.so', darwin: 'libisolated_runtime_node.dylib', win32: 'isolated_runtime_node.dll' }[process.platform];
fs.copyFileSync(path.join(targetDir, 'release', lib), local);
console.log(`isolated-runtime: built ${local}`);
