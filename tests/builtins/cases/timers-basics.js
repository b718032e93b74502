// timers: the module's functions are the globals; promises; callbacks with
// arguments, clearing, intervals, enroll/active/unenroll.
const timers = require('timers');

exports.probe = async function probe() {
  const out = {};
  out.same = [timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout, timers.setInterval === setInterval,
    timers.clearInterval === clearInterval, timers.setImmediate === setImmediate, timers.clearImmediate === clearImmediate,
    timers.promises === require('timers/promises'), typeof Object.getOwnPropertyDescriptor(timers, 'promises').get];
  out.keys = Object.keys(timers).sort();
  const log = [];
  await new Promise((resolve) => {
    timers.setTimeout((a, b) => log.push(['args', a, b]), 1, 'x', 'y');
    const cleared = timers.setTimeout(() => log.push('cleared ran'), 1);
    timers.clearTimeout(cleared);
    timers.setImmediate((a) => log.push(['imm', a]), 'i');
    const ci = timers.setImmediate(() => log.push('cleared immediate ran'));
    timers.clearImmediate(ci);
    let count = 0;
    const iv = timers.setInterval(() => {
      log.push(['interval', ++count]);
      if (count === 3) { timers.clearInterval(iv); timers.setTimeout(resolve, 5); }
    }, 1);
  });
  out.log = log.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const item = { fired: 0, _onTimeout() { this.fired++; } };
  timers.enroll(item, 2);
  const idle = item._idleTimeout;
  timers.active(item);
  await new Promise((r) => setTimeout(r, 15));
  const item2 = { fired: 0, _onTimeout() { this.fired++; } };
  timers.enroll(item2, 5);
  timers.active(item2);
  timers.unenroll(item2);
  await new Promise((r) => setTimeout(r, 15));
  out.enroll = [idle, item.fired, item2.fired, item2._idleTimeout];
  const errs = [];
  for (const v of [-1, 'x', Infinity]) { try { timers.enroll({}, v); errs.push('ok'); } catch (e) { errs.push([e.name, e.code, e.message]); } }
  out.enrollErrors = errs;
  return out;
};
