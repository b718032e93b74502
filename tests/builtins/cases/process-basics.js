// process: the parts where the sandbox's stub behaves as Node (types of the
// common members, env reads and writes of strings, hrtime/memoryUsage shapes,
// argument errors, nextTick ordering against promises and timers). What
// differs by design (version, platform, exit, stdout...) is not compared.
exports.probe = async function probe() {
  const out = {};
  out.types = ['nextTick', 'hrtime', 'uptime', 'memoryUsage', 'emitWarning', 'cwd', 'on', 'once', 'off', 'emit', 'addListener',
    'removeListener', 'removeAllListeners', 'listeners', 'listenerCount'].map((k) => [k, typeof process[k]]);
  out.values = [typeof process.env, typeof process.version, typeof process.versions.node, typeof process.platform, typeof process.arch,
    Array.isArray(process.argv), Array.isArray(process.execArgv), typeof process.pid, typeof process.ppid, typeof process.title,
    typeof process.release, process.release.name, typeof process.hrtime.bigint, typeof process.memoryUsage.rss, typeof process.config,
    typeof process.features, Object.prototype.toString.call(process), require('process') === process, process.exitCode];
  process.env.SANDBOX_TEST_VAR = 'value';
  out.env = [process.env.SANDBOX_TEST_VAR, 'SANDBOX_TEST_VAR' in process.env, delete process.env.SANDBOX_TEST_VAR, process.env.SANDBOX_TEST_VAR,
    'SANDBOX_TEST_VAR' in process.env, process.env.SANDBOX_SURELY_UNSET];
  const hr = process.hrtime();
  const diff = process.hrtime(hr);
  out.hrtime = [hr.length, Number.isInteger(hr[0]), Number.isInteger(hr[1]), hr[1] < 1e9, diff.length, diff[0] >= 0, diff[1] >= 0,
    typeof process.hrtime.bigint(), process.hrtime.bigint() >= 0n, process.hrtime([1, 2]).length];
  const mu = process.memoryUsage();
  out.memory = [Object.keys(mu).sort(), Object.values(mu).every((v) => typeof v === 'number'), typeof process.memoryUsage.rss(), typeof process.uptime()];
  const errs = [];
  for (const f of [() => process.nextTick(5), () => process.nextTick(), () => process.hrtime(5), () => process.hrtime([1]), () => process.hrtime([1, 2, 3]),
    () => process.emitWarning(5), () => process.emitWarning({})]) {
    try { f(); errs.push('no throw'); } catch (e) { errs.push([e.name, e.code, e.message]); }
  }
  out.errors = errs;
  out.emitWarning = [process.emitWarning('quiet'), process.emitWarning(new Error('quiet'))];

  const order = [];
  await new Promise((resolve) => {
    setTimeout(() => { order.push('timeout'); resolve(); }, 1);
    process.nextTick((a, b) => {
      order.push(['tick1', a, b]);
      process.nextTick(() => order.push('nested tick'));
      Promise.resolve().then(() => order.push('promise from tick'));
    }, 'x', 'y');
    process.nextTick(() => order.push('tick2'));
    Promise.resolve().then(() => {
      order.push('promise');
      process.nextTick(() => order.push('tick from promise'));
    });
    queueMicrotask(() => order.push('microtask'));
  });
  out.order = order;
  return out;
};
