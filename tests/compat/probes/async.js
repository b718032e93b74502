const async = require('async');
exports.probe = async () => {
  const mapped = await async.mapLimit([1, 2, 3, 4], 2, async (x) => x * 2);
  const waterfall = await new Promise((resolve, reject) => async.waterfall([
    (cb) => cb(null, 1, 2),
    (a, b, cb) => cb(null, a + b),
    (c, cb) => async.setImmediate(() => cb(null, c * 10)),
  ], (err, r) => (err ? reject(err) : resolve(r))));
  const series = await async.series({ one: async () => 1, two: (cb) => cb(null, 2) });
  const filtered = await async.filter([1, 2, 3, 4, 5], async (x) => x % 2 === 1);
  let error;
  try { await async.eachSeries([1, 2, 3], async (x) => { if (x === 2) throw new Error(`fail ${x}`); }); } catch (e) { error = e.message; }
  const auto = await async.auto({ a: async () => 1, b: ['a', async (r) => r.a + 1], c: ['a', 'b', async (r) => r.a + r.b] });
  return { mapped, waterfall, series, filtered, error, auto };
};
