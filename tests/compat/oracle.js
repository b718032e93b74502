// The oracle of the differential test: runs every probe in Node and prints
// {"<probe>": <result>} as JSON. Run with TZ=UTC (tests/compat.rs does).
// A probe may be async (return a promise): its settled value is the result.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'probes');
(async () => {
  const out = {};
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.js')) continue;
    const probe = require(path.join(dir, file)).probe;
    out[file] = JSON.parse(JSON.stringify(await probe()));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  process.stderr.write(`${(e && e.stack) || e}\n`);
  process.exit(1);
});
