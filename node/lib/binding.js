'use strict';
// Loads the native addon: a build next to this package (`make node-addon`,
// or `npm run build` with @napi-rs/cli), else the prebuilt per-platform
// package (`@isolated-runtime/<platform>`), as napi-rs projects publish them.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { platformTriple } = require('./platform');

function load() {
  const triple = platformTriple();
  const local = path.join(__dirname, '..', `isolated-runtime.${triple}.node`);
  const errors = [];
  if (existsSync(local)) return require(local);
  try {
    return require(`@isolated-runtime/${triple}`);
  } catch (e) {
    errors.push(e.message);
  }
  throw new Error(
    `isolated-runtime: no native addon for ${triple}. Build it from source (Rust needed): ` +
      '`npm run build` in the package folder, or `make node-addon` in the repository. ' +
      `(${errors.join('; ')})`,
  );
}

module.exports = load();
