'use strict';
// The reference library's README example, unchanged but for the require
// path, run by `make demo` against the bundled examples/modules folder.
const path = require('node:path');
const { IsolatedRuntime } = require('.');

async function main() {
  const runtime = new IsolatedRuntime();

  global.a = 3;

  const result1 = await runtime.run({
    folder: path.resolve(__dirname, '..', 'examples', 'modules'),
    file: 'module1.js',
    funcName: 'a',
    args: [],
  });

  console.log('result1: ', result1);
  console.log('global.a: ', global.a);

  const result2 = await runtime.run({
    folder: path.resolve(__dirname, '..', 'examples', 'modules'),
    file: 'module2.js',
    funcName: 'b',
    args: [],
  });

  console.log('result2: ', result2);
  console.log('global.a: ', global.a);
  await runtime.shutdown();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
