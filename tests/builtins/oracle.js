// The oracle of the built-ins differential test (tests/runtime/builtins.rs):
// runs every case of tests/builtins/cases in Node, each in its own process
// with Node's own built-ins (cases may change globals), and prints
// {"<case>": {"ok": <result>} | {"threw": "..."}} as JSON. Run with TZ=UTC.
// The sandbox must return the same `ok` value for each case.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const dir = path.join(__dirname, 'cases');

async function one(file) {
  const out = process.stdout;
  let result;
  try {
    // Lone surrogates leave the sandbox as U+FFFD (its results are valid
    // Unicode): the oracle's results are made the same.
    const wellFormed = (_, v) => (typeof v === 'string' ? v.toWellFormed() : v);
    result = { ok: JSON.parse(JSON.stringify(await require(path.join(dir, file)).probe(), wellFormed)) };
  } catch (e) {
    result = { threw: String((e && e.stack) || e) };
  }
  out.write(JSON.stringify(result));
}

if (process.argv[2] === '--case') {
  one(process.argv[3]);
} else {
  const out = {};
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.js')) continue;
    const text = execFileSync(process.execPath, ['--no-warnings', __filename, '--case', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    out[file] = JSON.parse(text);
  }
  process.stdout.write(JSON.stringify(out));
}
