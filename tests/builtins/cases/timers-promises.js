// timers/promises: setTimeout/setImmediate values, validation (rejections),
// AbortSignal cancellation, setInterval as an async iterator, scheduler.
const tp = require('timers/promises');

function settle(p) {
  return p.then((v) => ['ok', v], (e) => ['err', e.name, e.code, e.message, e.cause === undefined ? 'no cause' : (e.cause && e.cause.name) || e.cause]);
}

exports.probe = async function probe() {
  const out = {};
  out.values = [await settle(tp.setTimeout(1, 'v')), await settle(tp.setTimeout()), await settle(tp.setTimeout(-5, 'neg')),
    await settle(tp.setTimeout(NaN, 'nan')), await settle(tp.setTimeout(1, { o: 1 })), await settle(tp.setImmediate('imm')), await settle(tp.setImmediate()),
    await settle(tp.setTimeout(1, 'ok', {}))];
  // (An unref'd timer alone would let Node's process exit: keep it alive.)
  const keepAlive = setTimeout(() => {}, 5000);
  out.unref = await settle(tp.setTimeout(1, 'ref', { ref: false }));
  clearTimeout(keepAlive);
  out.invalid = [await settle(tp.setTimeout('x')), await settle(tp.setTimeout(1, 1, 5)), await settle(tp.setTimeout(1, 1, null)),
    await settle(tp.setTimeout(1, 1, { signal: 5 })), await settle(tp.setTimeout(1, 1, { signal: {} })), await settle(tp.setTimeout(1, 1, { ref: 5 })),
    await settle(tp.setImmediate('imm', 5)), await settle(tp.setImmediate('imm', { ref: 'x' })), await settle(tp.setTimeout({}, 1))];
  out.isPromise = [tp.setTimeout(1) instanceof Promise, tp.setTimeout('x').catch(() => {}) instanceof Promise];
  out.aborted = [await settle(tp.setTimeout(1, 1, { signal: AbortSignal.abort('R') })), await settle(tp.setImmediate(1, { signal: AbortSignal.abort() }))];
  const ac = new AbortController();
  const later = settle(tp.setTimeout(1000, 1, { signal: ac.signal }));
  ac.abort();
  const ac2 = new AbortController();
  const later2 = settle(tp.setImmediate(1, { signal: ac2.signal }));
  ac2.abort(new Error('custom'));
  out.abortLater = [await later, await later2];
  const ac3 = new AbortController();
  const done = await settle(tp.setTimeout(1, 'first', { signal: ac3.signal }));
  ac3.abort();
  out.abortAfter = done;

  const iv = [];
  const it = tp.setInterval(2, 'tick');
  iv.push(typeof it.next, typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
  let n = 0;
  for await (const v of it) { iv.push(v); if (++n === 3) break; }
  const ac4 = new AbortController();
  try {
    for await (const v of tp.setInterval(2, 'x', { signal: ac4.signal })) { iv.push(['got', v]); ac4.abort('stop'); }
  } catch (e) { iv.push(['abort', e.name, e.code, e.message, e.cause]); }
  try { for await (const v of tp.setInterval(2, 'x', 5)) iv.push(v); } catch (e) { iv.push(['opts', e.name, e.code, e.message]); }
  const g = tp.setInterval('x');
  iv.push('created lazily');
  try { await g.next(); } catch (e) { iv.push(['delay', e.name, e.code, e.message]); }
  const g2 = tp.setInterval(2, 1, { signal: AbortSignal.abort() });
  try { await g2.next(); } catch (e) { iv.push(['pre-aborted', e.name, e.code]); }
  const g3 = tp.setInterval(2, 'r');
  iv.push(await g3.next(), await g3.return('done'), await g3.next());
  out.interval = iv;

  const sch = tp.scheduler;
  out.scheduler = [typeof sch.wait, typeof sch.yield, Object.getOwnPropertyNames(Object.getPrototypeOf(sch)).sort(), await settle(sch.wait(1)),
    await settle(sch.yield()), await settle(sch.wait(1, { signal: AbortSignal.abort() })), await settle(sch.wait('x'))];
  try { sch.wait.call({}, 1); out.schedulerThis = 'no throw'; } catch (e) { out.schedulerThis = [e.name, e.code, e.message]; }
  try { sch.yield.call(5); } catch (e) { out.schedulerThis2 = [e.name, e.code, e.message]; }
  out.keys = Object.keys(tp).sort();

  const order = [];
  tp.setTimeout(6).then(() => order.push('t6'));
  tp.setTimeout(3).then(() => order.push('t3'));
  await tp.setTimeout(20);
  out.order = order;
  return out;
};
