// Host-function round trips, for the benchmark.
const bench = require('host:bench')
exports.syncCalls = (n) => { let s = 0; for (let i = 0; i < n; i++) s += bench.echo(i); return s }
exports.asyncCalls = async (n) => { let s = 0; for (let i = 0; i < n; i++) s += await bench.echoAsync(i); return s }
