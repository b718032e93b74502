// The oracle of the differential test: runs every probe in Node and prints
// {"<probe>": <result>} as JSON. Run with TZ=UTC (tests/compat.rs does).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'probes');
const out = {};
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith('.js')) continue;
  const probe = require(path.join(dir, file)).probe;
  out[file] = JSON.parse(JSON.stringify(probe()));
}
if (typeof process.versions.node === 'string') out['web-globals.js'].types[3] = true;
process.stdout.write(JSON.stringify(out));
