'use strict';
// Test helpers: temporary module folders and shared runtimes.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** A temporary folder holding `files` ({ 'a/b.js': 'source' }); removed at exit. */
function folder(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ir-node-'));
  for (const [name, source] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

module.exports = { folder };
