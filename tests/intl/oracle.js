'use strict';
// Reference side of the Intl differential test (Node only):
//
//     TZ=UTC node tests/intl/oracle.js > expected.json
//
// Prints the JSON object returned by cases.js's probe() to stdout.
//
// Node's default locale comes from LC_ALL/LC_MESSAGES/LANG and its default
// zone from TZ; a few cases (unsupported tags such as 'xx' fall back to the
// default locale) depend on them. So unless they already have the pinned
// values, this script re-runs itself once with LC_ALL=en_US.UTF-8 and TZ=UTC.

const PINNED = { LC_ALL: 'en_US.UTF-8', TZ: 'UTC' };

const needsPin = Object.keys(PINNED).some((k) => process.env[k] !== PINNED[k]);
if (needsPin && !process.env.INTL_ORACLE_CHILD) {
  const { spawnSync } = require('child_process');
  const env = Object.assign({}, process.env, PINNED, { INTL_ORACLE_CHILD: '1' });
  const r = spawnSync(process.execPath, [__filename], { env, stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const cases = require('./cases.js');
process.stdout.write(JSON.stringify(cases.probe(), null, 1) + '\n');
