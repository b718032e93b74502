const Promise = require('bluebird');
exports.probe = async () => {
  const readish = Promise.promisify((name, cb) => (name === 'bad' ? cb(new Error('nope')) : cb(null, `content of ${name}`)));
  const mapped = await Promise.map([1, 2, 3], (x) => Promise.resolve(x * 3), { concurrency: 1 });
  const props = await Promise.props({ a: Promise.resolve(1), b: 2 });
  const reduced = await Promise.reduce([1, 2, 3, 4], (acc, x) => acc + x, 0);
  const read = await readish('a.txt');
  const caught = await readish('bad').catch((e) => e.message);
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('x'))]);
  const spread = await Promise.all([1, 2]).spread((a, b) => a + b);
  return { mapped, props, reduced, read, caught, settled: settled.map((s) => s.isFulfilled()), spread, tapped: await Promise.resolve(5).tap(() => 1).then((v) => v) };
};
