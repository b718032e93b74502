// events.once / events.on (promise and async iterator), abort signals
// (duck-typed, as Node accepts), captureRejections.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

function errInfo(e) { return { name: e.name, code: e.code, message: e.message }; }

function fakeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn, opts) { listeners.push([type, fn, !!(opts && opts.once)]); },
    removeEventListener(type, fn) { const i = listeners.findIndex((l) => l[0] === type && l[1] === fn); if (i >= 0) listeners.splice(i, 1); },
    abort(reason) {
      this.aborted = true; this.reason = reason;
      for (const [type, fn] of listeners.splice(0)) if (type === 'abort') fn({ type: 'abort' });
    },
    count() { return listeners.length; },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

exports.probe = async function () {
  const out = {};
  const log = [];

  // once resolves with the argument array
  const ee = new EventEmitter();
  const p1 = once(ee, 'ready');
  out.onceListeners = [ee.listenerCount('ready'), ee.listenerCount('error')];
  ee.emit('ready', 1, 'two');
  out.onceValue = await p1;
  out.onceAfter = [ee.listenerCount('ready'), ee.listenerCount('error')];

  // once rejects on 'error'
  const p2 = once(ee, 'ready');
  const e2 = new Error('bad');
  ee.emit('error', e2);
  try { await p2; } catch (e) { out.onceRejected = e === e2; }
  out.onceAfterError = [ee.listenerCount('ready'), ee.listenerCount('error')];

  // once('error') resolves with the error
  const p3 = once(ee, 'error');
  ee.emit('error', e2);
  out.onceError = (await p3)[0] === e2;

  // bad options
  for (const [k, opts] of [['sig', { signal: 1 }], ['sigObj', { signal: {} }], ['sigNull', { signal: null }]]) {
    try { await once(ee, 'x', opts); out['bad_' + k] = 'resolved'; } catch (e) { out['bad_' + k] = errInfo(e); }
  }
  // options that are not objects are ignored (no validation in Node 20)
  const pn = once(ee, 'x', null);
  const p1n = once(ee, 'x', 1);
  out.looseOptions = ee.listenerCount('x');
  ee.emit('x', 'v');
  out.looseValues = [await pn, await p1n];
  // already aborted
  const s0 = fakeSignal(); s0.aborted = true; s0.reason = 'why';
  try { await once(ee, 'x', { signal: s0 }); } catch (e) { out.preAborted = [errInfo(e), e.cause]; }
  // aborted while waiting
  const s1 = fakeSignal();
  const p4 = once(ee, 'later', { signal: s1 });
  out.signalListeners = s1.count();
  s1.abort('stop');
  try { await p4; } catch (e) { out.aborted = [errInfo(e), e.cause, ee.listenerCount('later'), ee.listenerCount('error')]; }
  // signal listener removed on success
  const s2 = fakeSignal();
  const p5 = once(ee, 'ok', { signal: s2 });
  ee.emit('ok', 'fine');
  out.withSignal = [await p5, s2.count()];

  // EventTarget-like object (no .on)
  const et = {
    l: [],
    addEventListener(type, fn, opts) { this.l.push([type, fn, opts]); },
    removeEventListener(type, fn) { this.l = this.l.filter((x) => x[1] !== fn); },
  };
  const p6 = once(et, 'foo');
  out.etAdded = et.l.map((x) => [x[0], typeof x[1], x[2]]);
  et.l[0][1]({ type: 'foo' });
  out.etValue = await p6;
  try { await once({}, 'x'); } catch (e) { out.badEmitter = errInfo(e); }

  // ordering of once() resolution vs emit
  const oe = new EventEmitter();
  once(oe, 'go').then(() => log.push('once resolved'));
  oe.emit('go');
  log.push('after emit');
  await tick();

  // on(): async iterator
  const src = new EventEmitter();
  const it = on(src, 'data');
  out.iterShape = [typeof it.next, typeof it.return, typeof it.throw, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it];
  out.iterListeners = [src.listenerCount('data'), src.listenerCount('error')];
  src.emit('data', 'a');
  src.emit('data', 'b', 'c');
  out.iter1 = await it.next();
  out.iter2 = await it.next();
  const pending = it.next();
  src.emit('data', 'd');
  out.iter3 = await pending;
  const r = await it.return();
  out.iterReturn = r;
  out.iterAfterReturn = [await it.next(), src.listenerCount('data'), src.listenerCount('error')];

  // for await with break
  const src2 = new EventEmitter();
  setTimeout(() => { src2.emit('n', 1); src2.emit('n', 2); src2.emit('n', 3); }, 0);
  const got = [];
  for await (const [v] of on(src2, 'n')) { got.push(v); if (v === 3) break; }
  out.forAwait = [got, src2.listenerCount('n')];

  // error ends the iteration
  const src3 = new EventEmitter();
  const it3 = on(src3, 'v');
  src3.emit('v', 1);
  const err3 = new Error('it failed');
  src3.emit('error', err3);
  out.errIter1 = await it3.next();
  try { await it3.next(); out.errIter2 = 'resolved'; } catch (e) { out.errIter2 = e === err3; }
  out.errIter3 = await it3.next();
  out.errIterListeners = [src3.listenerCount('v'), src3.listenerCount('error')];
  // error while a next() is pending
  const src4 = new EventEmitter();
  const it4 = on(src4, 'v');
  const pend4 = it4.next();
  const pend4b = it4.next();
  src4.emit('error', err3);
  try { await pend4; } catch (e) { out.pendingRejected = e.message; }
  out.pendingB = await pend4b;
  // throw()
  const src5 = new EventEmitter();
  const it5 = on(src5, 'v');
  try { it5.throw('not an error'); } catch (e) { out.throwBad = errInfo(e); }
  out.throwRet = it5.throw(new Error('thrown in'));
  try { await it5.next(); } catch (e) { out.throwNext = e.message; }
  out.throwDone = await it5.next();
  // close option
  const src6 = new EventEmitter();
  const it6 = on(src6, 'v', { close: ['end', 'close'] });
  src6.emit('v', 1); src6.emit('end'); src6.emit('v', 2);
  out.close = [await it6.next(), await it6.next(), src6.eventNames()];
  // abort
  const s7 = fakeSignal();
  const src7 = new EventEmitter();
  const it7 = on(src7, 'v', { signal: s7 });
  const p7 = it7.next();
  s7.abort();
  try { await p7; } catch (e) { out.iterAbort = [errInfo(e), src7.eventNames(), s7.count()]; }
  const s8 = fakeSignal(); s8.aborted = true;
  try { on(src7, 'v', { signal: s8 }); } catch (e) { out.iterPreAborted = errInfo(e); }
  for (const [k, opts] of [['hwm0', { highWaterMark: 0 }], ['hwmStr', { highWaterMark: '1' }], ['lwm', { lowWaterMark: 1.5 }], ['opts', 'x'], ['optsNull', null], ['hw', { highWatermark: 0 }]]) {
    try { on(src7, 'v', opts); out[k] = 'ok'; } catch (e) { out[k] = errInfo(e); }
  }
  const src10 = new EventEmitter();
  on(src10, 'x', { close: 'ab' });
  out.closeString = src10.eventNames();
  // highWaterMark pauses/resumes an emitter that supports it
  const src9 = new EventEmitter();
  src9.pause = () => log.push('pause');
  src9.resume = () => log.push('resume');
  const it9 = on(src9, 'v', { highWaterMark: 2, lowWaterMark: 1 });
  src9.emit('v', 1); src9.emit('v', 2); src9.emit('v', 3); src9.emit('v', 4);
  log.push((await it9.next()).value[0]);
  log.push((await it9.next()).value[0]);
  log.push((await it9.next()).value[0]);
  await it9.return();

  // captureRejections
  const cr = new EventEmitter({ captureRejections: true });
  cr.on('event', async () => { throw new Error('async boom'); });
  cr.on('error', (e) => log.push(['captured', e.message]));
  cr.emit('event');
  await tick();
  const cr2 = new EventEmitter({ captureRejections: true });
  cr2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log.push(['rejection', err.message, type, args]);
  cr2.on('x', () => Promise.reject(new Error('r2')));
  cr2.emit('x', 1, 2);
  await tick();
  // non-capturing emitter ignores rejections of returned promises
  const plain = new EventEmitter();
  plain.on('x', () => ({ then() { log.push('then called'); } }));
  plain.emit('x');
  // capture with a thenable
  const cr3 = new EventEmitter({ captureRejections: true });
  cr3.on('x', () => ({ then(res, rej) { log.push(['thenable', res, typeof rej]); rej(new Error('thenable rejected')); } }));
  cr3.on('error', (e) => log.push(['cr3 error', e.message]));
  cr3.emit('x');
  await tick();
  out.captureFlag = [EventEmitter.captureRejections, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection')];
  EventEmitter.captureRejections = true;
  const cr4 = new EventEmitter();
  cr4.on('x', async () => { throw new Error('global capture'); });
  cr4.on('error', (e) => log.push(['cr4', e.message]));
  cr4.emit('x');
  await tick();
  EventEmitter.captureRejections = false;
  out.log = log;
  return out;
};
