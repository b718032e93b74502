// events helpers with the web classes (EventTarget, Event, AbortController)
// and EventEmitterAsyncResource with AsyncLocalStorage.
const events = require('events');
const { EventEmitter, once, on } = events;
const { AsyncLocalStorage } = require('async_hooks');

function errInfo(e) { return { name: e.name, code: e.code, message: e.message }; }

exports.probe = async function () {
  const out = {};
  const log = [];

  // once() on an EventTarget resolves with [event]
  const et = new EventTarget();
  const p = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p;
  out.etOnce = [ev instanceof Event, ev.type];
  // on() over an EventTarget
  const it = on(et, 'tick');
  et.dispatchEvent(new Event('tick'));
  et.dispatchEvent(new Event('tick'));
  out.etOn = [(await it.next()).value[0].type, (await it.next()).value.length];
  await it.return();
  // max listeners on an EventTarget
  out.etMaxDefault = events.getMaxListeners(et);
  events.setMaxListeners(3, et);
  out.etMaxSet = events.getMaxListeners(et);
  const ee = new EventEmitter();
  events.setMaxListeners(4, ee, et);
  out.mixedMax = [ee.getMaxListeners(), events.getMaxListeners(et)];

  // AbortController signals
  const ac = new AbortController();
  const emitter = new EventEmitter();
  const waiting = once(emitter, 'never', { signal: ac.signal });
  out.listenersWhileWaiting = [emitter.listenerCount('never'), emitter.listenerCount('error')];
  ac.abort('reason!');
  try { await waiting; } catch (e) { out.onceAbort = [errInfo(e), e.cause, emitter.listenerCount('never'), emitter.listenerCount('error')]; }
  try { await once(emitter, 'x', { signal: AbortSignal.abort('pre') }); } catch (e) { out.oncePreAborted = [errInfo(e), e.cause]; }
  const ac2 = new AbortController();
  const it2 = on(emitter, 'data', { signal: ac2.signal });
  emitter.emit('data', 1);
  out.onFirst = await it2.next();
  const pending = it2.next();
  ac2.abort();
  try { await pending; } catch (e) { out.onAbort = [errInfo(e), emitter.listenerCount('data')]; }
  out.onAfterAbort = await it2.next();
  // addAbortListener with a real signal
  const ac3 = new AbortController();
  const disposable = events.addAbortListener(ac3.signal, (e) => log.push(['abort listener', e.type]));
  ac3.abort();
  const ac4 = new AbortController();
  const d4 = events.addAbortListener(ac4.signal, () => log.push('should not run'));
  d4[Object.getOwnPropertySymbols(d4)[0]]();
  ac4.abort();
  out.disposableSymbols = Object.getOwnPropertySymbols(disposable).length;
  try { events.addAbortListener({}, () => {}); } catch (e) { out.aalBad = errInfo(e); }

  // EventEmitterAsyncResource runs listeners in the creation context
  const als = new AsyncLocalStorage();
  let res;
  als.run('creation', () => { res = new events.EventEmitterAsyncResource({ name: 'R' }); });
  res.on('go', () => log.push(['store in listener', als.getStore()]));
  als.run('emit time', () => res.emit('go'));
  const plain = als.run('creation', () => new EventEmitter());
  plain.on('go', () => log.push(['plain emitter store', als.getStore()]));
  als.run('emit time', () => plain.emit('go'));
  out.resourceShape = [typeof res.asyncId, typeof res.triggerAsyncId, res.asyncResource.eventEmitter === res,
    Object.getOwnPropertyNames(Object.getPrototypeOf(res.asyncResource)),
    typeof res.asyncResource.runInAsyncScope, Object.getOwnPropertyNames(events.EventEmitterAsyncResource.prototype)];
  try { events.EventEmitterAsyncResource.prototype.emit.call(new EventEmitter(), 'x'); } catch (e) { out.invalidThis = errInfo(e); }
  try { Object.getOwnPropertyDescriptor(events.EventEmitterAsyncResource.prototype, 'asyncId').get.call({}); } catch (e) { out.invalidThisGetter = errInfo(e); }
  await null;
  out.log = log;
  return out;
};
