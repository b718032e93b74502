// The module's shape and static helpers: getEventListeners, getMaxListeners,
// setMaxListeners, listenerCount, defaultMaxListeners, EventEmitterAsyncResource,
// addAbortListener.
const events = require('events');
const { EventEmitter } = events;

function errInfo(e) { return { name: e.name, code: e.code, message: e.message }; }

exports.probe = async function () {
  const out = {};
  const log = [];
  out.self = [events === EventEmitter, events.EventEmitter === events, typeof events, events.name, events.length];
  out.names = Object.getOwnPropertyNames(events);
  out.protoNames = Object.getOwnPropertyNames(EventEmitter.prototype);
  out.protoKeys = Object.keys(EventEmitter.prototype);
  out.methodInfo = Object.getOwnPropertyNames(EventEmitter.prototype).filter((k) => typeof EventEmitter.prototype[k] === 'function').map((k) => [k, EventEmitter.prototype[k].name, EventEmitter.prototype[k].length]);
  out.aliases = [EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener];
  out.staticInfo = ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'listenerCount', 'init', 'addAbortListener'].map((k) => [k, typeof events[k], events[k].length]);
  out.descriptors = Object.getOwnPropertyNames(events).map((k) => {
    const d = Object.getOwnPropertyDescriptor(events, k);
    return [k, 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.configurable, d.writable];
  });
  out.misc = [events.usingDomains, String(events.captureRejectionSymbol), String(events.errorMonitor), events.defaultMaxListeners, events.captureRejections, typeof events.kMaxEventTargetListeners];
  out.prototypeFields = [EventEmitter.prototype._events, EventEmitter.prototype._eventsCount, EventEmitter.prototype._maxListeners];

  const ee = new EventEmitter();
  function a() {} function b() {}
  ee.on('x', a); ee.once('x', b);
  out.getEventListeners = events.getEventListeners(ee, 'x').map((f) => f.name);
  out.getEventListenersNone = events.getEventListeners(ee, 'none');
  out.getMaxListeners = events.getMaxListeners(ee);
  for (const [k, v] of [['null', null], ['obj', {}], ['num', 3]]) {
    try { events.getEventListeners(v, 'x'); } catch (e) { out['gel_' + k] = errInfo(e); }
    try { events.getMaxListeners(v); } catch (e) { out['gml_' + k] = errInfo(e); }
  }
  out.staticCount = [events.listenerCount(ee, 'x'), events.listenerCount(ee, 'y')];
  out.staticCountCustom = events.listenerCount({ listenerCount: (t) => 'custom ' + t }, 'z');
  out.staticCountPlain = events.listenerCount({ _events: { q: [a, b, a] } }, 'q');

  // static setMaxListeners
  const e1 = new EventEmitter();
  const e2 = new EventEmitter();
  out.setRet = events.setMaxListeners(3, e1, e2);
  out.setTargets = [e1.getMaxListeners(), e2.getMaxListeners(), events.defaultMaxListeners];
  try { events.setMaxListeners(3, e1, {}); } catch (e) { out.setBadTarget = errInfo(e); }
  try { events.setMaxListeners(-2); } catch (e) { out.setNeg = errInfo(e); }
  try { events.setMaxListeners('2'); } catch (e) { out.setStr = errInfo(e); }
  const before = new EventEmitter();
  events.setMaxListeners(5);
  out.setDefault = [events.defaultMaxListeners, before.getMaxListeners(), new EventEmitter().getMaxListeners()];
  events.defaultMaxListeners = 7;
  out.assignDefault = [before.getMaxListeners(), events.getMaxListeners(before)];
  events.setMaxListeners();
  out.setNoArgs = events.defaultMaxListeners;
  events.defaultMaxListeners = 10;

  // EventEmitterAsyncResource
  const { EventEmitterAsyncResource } = events;
  const r = new EventEmitterAsyncResource({ name: 'res' });
  out.asyncRes = [r instanceof EventEmitter, Object.keys(r), typeof r.asyncId, typeof r.triggerAsyncId, r.asyncResource.eventEmitter === r, EventEmitterAsyncResource.name];
  r.on('ev', function (v) { log.push(['ares', v, this === r]); });
  out.asyncEmit = r.emit('ev', 9);
  r.emitDestroy();
  try { new EventEmitterAsyncResource(); } catch (e) { out.asyncResNoName = errInfo(e); }
  class Sub extends EventEmitterAsyncResource {}
  const sub = new Sub();
  out.subOk = sub instanceof EventEmitterAsyncResource;
  const byString = new EventEmitterAsyncResource('named');
  out.byString = byString.listenerCount('x');
  const crRes = new EventEmitterAsyncResource({ name: 'c', captureRejections: true });
  crRes.on('x', async () => { throw new Error('res reject'); });
  crRes.on('error', (e) => log.push(['res error', e.message]));
  crRes.emit('x');
  await new Promise((res) => setTimeout(res, 0));

  // addAbortListener
  const sigListeners = [];
  const signal = {
    aborted: false,
    addEventListener(t, fn, o) { sigListeners.push([t, fn, o && o.once]); },
    removeEventListener(t, fn) { const i = sigListeners.findIndex((x) => x[1] === fn); if (i >= 0) sigListeners.splice(i, 1); },
  };
  const disposable = events.addAbortListener(signal, () => log.push('aborted listener'));
  out.abortAdded = sigListeners.map((x) => [x[0], typeof x[1], x[2]]);
  out.disposableKeys = [Object.getPrototypeOf(disposable), Object.getOwnPropertySymbols(disposable).length, Object.keys(disposable)];
  disposable[Object.getOwnPropertySymbols(disposable)[0]]();
  out.abortRemoved = sigListeners.length;
  events.addAbortListener({ aborted: true }, () => log.push('already aborted'));
  log.push('sync after');
  await null;
  try { events.addAbortListener(undefined, () => {}); } catch (e) { out.aalNoSignal = errInfo(e); }
  try { events.addAbortListener({}, () => {}); } catch (e) { out.aalBadSignal = errInfo(e); }
  try { events.addAbortListener(signal, 'x'); } catch (e) { out.aalBadListener = errInfo(e); }
  // odd shapes old code can produce
  const odd = new EventEmitter();
  function realFn() {}
  const w1 = function w1() {}; w1.listener = 'not a function';
  const w2 = function w2() {}; w2.listener = realFn;
  odd.on('o', w1); odd.on('o', w2);
  out.unwrapOdd = odd.listeners('o').map((f) => f.name);
  try { events.setMaxListeners(1, null); } catch (e) { out.setNullTarget = errInfo(e); }
  try { events.listenerCount(null, 'x'); } catch (e) { out.countNull = errInfo(e); }
  out.getMaxTargetLike = events.getMaxListeners({ [events.kMaxEventTargetListeners]: 4 });
  const protoSyms = Object.getOwnPropertySymbols(EventEmitter.prototype);
  out.protoSymbols = protoSyms.map((s) => [String(s), Object.getOwnPropertyDescriptor(EventEmitter.prototype, s)]);
  const inst = new EventEmitter();
  out.instanceSymbols = Object.getOwnPropertySymbols(inst).map((s) => [String(s), Object.getOwnPropertyDescriptor(inst, s)]);
  const it = events.on(new EventEmitter(), 'x', { highWaterMark: 5 });
  const wm = it[Symbol.for('nodejs.watermarkData')];
  out.watermark = [Object.getOwnPropertySymbols(it).map(String), wm.size, wm.low, wm.high, wm.isPaused];
  out.iterProto = Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.prototype) ? 'object' : typeof Object.getPrototypeOf(it)[Symbol.asyncIterator];
  await it.return();
  out.log = log;
  return out;
};
