// diagnostics_channel: tracingChannel (traceSync, tracePromise,
// traceCallback), bindStore / runStores with AsyncLocalStorage.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

function attempt(fn) {
  try { return fn(); } catch (e) { return [e.name, e.code, e.message]; }
}

exports.probe = async function probe() {
  const log = [];
  const tc = dc.tracingChannel('dc-trace');
  log.push([Object.keys(tc), tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name, tc.hasSubscribers,
    tc.start === dc.channel('tracing:dc-trace:start')]);
  const handlers = {
    start: (m) => log.push(['start', m.x, Object.keys(m)]),
    end: (m) => log.push(['end', Object.keys(m), m.result === undefined ? 'no result' : m.result]),
    asyncStart: (m) => log.push(['asyncStart', Object.keys(m), m.result === undefined ? 'no result' : m.result]),
    asyncEnd: (m) => log.push(['asyncEnd', Object.keys(m)]),
    error: (m) => log.push(['error', m.error && m.error.message]),
  };
  tc.subscribe(handlers);
  log.push(tc.hasSubscribers);
  log.push(['traceSync', tc.traceSync(function (a, b) { return [this && this.t, a, b]; }, { x: 1 }, { t: 'T' }, 1, 2)]);
  log.push(attempt(() => tc.traceSync(() => { throw new Error('boom'); }, { x: 2 })));
  log.push(['traceSync default context', tc.traceSync(() => 'r')]);
  log.push(['tracePromise', await tc.tracePromise(async (v) => v * 2, { x: 3 }, null, 21)]);
  log.push(['tracePromise rejects', await tc.tracePromise(async () => { throw new Error('rej'); }, { x: 4 }).catch((e) => e.message)]);
  log.push(['tracePromise thenable', await tc.tracePromise(() => ({ then(r) { r('thenable'); } }), { x: 41 })]);
  log.push(['tracePromise sync throw', attempt(() => tc.tracePromise(() => { throw new Error('sync'); }, { x: 42 }))]);
  log.push(['traceCallback', await new Promise((resolve) => tc.traceCallback(function (a, cb) { setTimeout(() => cb(null, a + 1), 1); }, -1, { x: 5 }, null, 10, (err, r) => { log.push(['cb', err, r]); resolve(r); }))]);
  tc.traceCallback(function (cb, a) { cb(new Error('cbe'), a); }, 0, { x: 6 }, null, (err) => log.push(['cb err', err.message]), 1);
  log.push(attempt(() => tc.traceCallback(() => {}, -1, {}, null, 5)));
  log.push(attempt(() => dc.tracingChannel(5)), attempt(() => dc.tracingChannel({ start: 5 })), attempt(() => dc.tracingChannel(null)));
  const tc2 = dc.tracingChannel({ start: dc.channel('dc-s'), end: dc.channel('dc-e'), asyncStart: dc.channel('dc-as'), asyncEnd: dc.channel('dc-ae'), error: dc.channel('dc-er') });
  log.push([tc2.start.name, tc2.error.name, tc2.hasSubscribers]);
  log.push([tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers]);
  log.push(['unsubscribed', tc.traceSync((a) => a, {}, null, 'direct'), await tc.tracePromise(async () => 'p'), tc.traceCallback((cb) => cb, -1, {}, null, 5)]);

  const als = new AsyncLocalStorage();
  const rs = dc.channel('dc-stores');
  log.push(rs.hasSubscribers);
  rs.bindStore(als, (m) => ({ from: m }));
  log.push(['bound', rs.hasSubscribers]);
  log.push(rs.runStores('msg', function (a) { return [als.getStore(), a, String(this)]; }, 'THIS', 'arg'));
  log.push(['outside', als.getStore()]);
  const als2 = new AsyncLocalStorage();
  rs.bindStore(als2);
  rs.subscribe((m) => log.push(['published inside stores', m, als.getStore(), als2.getStore()]));
  log.push(rs.runStores('two', () => [als.getStore(), als2.getStore()]));
  log.push([rs.unbindStore(als), rs.unbindStore(als), rs.hasSubscribers]);
  log.push(rs.runStores('plain', () => [als.getStore(), als2.getStore()]));
  const tc3 = dc.tracingChannel('dc-trace-stores');
  tc3.start.bindStore(als, (ctx) => ctx.id);
  log.push(['trace with store', tc3.traceSync(() => als.getStore(), { id: 'ctx-id' })]);
  return log;
};
