// EventEmitter: 'error' semantics, errorMonitor, newListener/removeListener
// events, max listeners, argument validation.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

function errInfo(e) { return { name: e.name, code: e.code, message: e.message }; }

exports.probe = function () {
  const out = {};
  const log = [];

  // unhandled 'error'
  const values = [new Error('plain'), new TypeError('typed'), 'x', 42, undefined, null, { a: 1, b: 'two' }, [1, 2], Symbol('s'), function named() {}, 10n, true, 'a\nb'];
  out.unhandled = values.map((v) => {
    const ee = new EventEmitter();
    try { ee.emit('error', v); return 'no throw'; } catch (e) {
      return { same: e === v, name: e.name, code: e.code, message: e.message, contextSame: e.context === v, keys: Object.keys(e).filter((k) => k !== 'stack') };
    }
  });
  try { new EventEmitter().emit('error'); } catch (e) { out.noArg = errInfo(e); }
  // toString of the unhandled error
  try { new EventEmitter().emit('error', 'str'); } catch (e) { out.unhandledString = String(e); }

  // handled 'error'
  const h = new EventEmitter();
  h.on('error', (e) => log.push(['handled', e.message]));
  out.handledReturn = h.emit('error', new Error('m'));

  // errorMonitor: called before, does not count as handler
  const m = new EventEmitter();
  m.on(errorMonitor, (e, extra) => log.push(['monitor', e.message, extra]));
  try { m.emit('error', new Error('mon'), 'x'); } catch (e) { log.push(['thrown', e.message]); }
  m.on('error', (e) => log.push(['handler', e.message]));
  m.emit('error', new Error('mon2'));
  out.monitorNames = m.eventNames().map(String);
  out.log1 = log.splice(0);
  out.errorMonitorDesc = errorMonitor.toString();

  // 'newListener' fires before adding, with the unwrapped listener
  const n = new EventEmitter();
  function L() {}
  n.on('newListener', function (type, listener) {
    log.push(['new', String(type), listener.name, this === n, n.listenerCount(type)]);
  });
  n.on('foo', L);
  n.once('foo', L);
  n.prependListener(Symbol.for('k'), L);
  n.on('newListener', L);
  // adding inside newListener: the new listener goes before
  const n2 = new EventEmitter();
  n2.once('newListener', (type) => {
    if (type === 'ev') n2.on('ev', () => log.push('inserted'));
  });
  n2.on('ev', () => log.push('original'));
  n2.emit('ev');
  out.log2 = log.splice(0);

  // 'removeListener' events
  const r = new EventEmitter();
  function x() {} function y() {} function z() {}
  r.on('removeListener', (type, fn) => log.push(['removed', String(type), fn.name]));
  r.on('a', x); r.once('a', y); r.on('b', z); r.once('c', x);
  r.removeListener('a', y);
  r.emit('c');
  r.on('d', x); r.on('d', y);
  r.removeAllListeners('d');
  r.on('e', x); r.on('f', y);
  r.removeAllListeners();
  out.log3 = log.splice(0);
  out.afterAll = [r.eventNames(), r._eventsCount];

  // removeAllListeners(type) leaves 'removeListener'
  const r2 = new EventEmitter();
  r2.on('removeListener', x);
  r2.on('q', y);
  r2.removeAllListeners('removeListener');
  out.r2 = r2.eventNames();

  // max listeners
  const ml = new EventEmitter();
  out.maxDefault = [ml.getMaxListeners(), EventEmitter.defaultMaxListeners];
  for (let i = 0; i < 10; i++) ml.on('x', () => {});
  out.warned10 = ml._events.x.warned;
  ml.on('x', () => {});
  out.warned11 = ml._events.x.warned;
  out.setReturn = ml.setMaxListeners(2) === ml;
  out.maxNow = [ml.getMaxListeners(), ml._maxListeners];
  ml.on('y', () => {}); ml.on('y', () => {});
  out.warnedY2 = ml._events.y.warned;
  ml.prependListener('y', () => {});
  out.warnedY3 = ml._events.y.warned;
  ml.setMaxListeners(0);
  for (let i = 0; i < 20; i++) ml.on('z', () => {});
  out.warnedZ = ml._events.z.warned;
  ml.setMaxListeners(Infinity);
  out.maxInf = ml.getMaxListeners();
  for (const bad of [-1, NaN, '3', null, undefined, 1n]) {
    try { ml.setMaxListeners(bad); out['max' + String(bad)] = 'no throw'; } catch (e) { out['max' + String(bad)] = errInfo(e); }
  }
  for (const bad of [-1, NaN, '3', null]) {
    try { EventEmitter.defaultMaxListeners = bad; out['dml' + String(bad)] = 'no throw'; } catch (e) { out['dml' + String(bad)] = errInfo(e); }
  }
  try { new EventEmitter({ captureRejections: 'yes' }); } catch (e) { out.captureBad = errInfo(e); }
  out.captureFalsy = [new EventEmitter({ captureRejections: 0 }) instanceof EventEmitter, new EventEmitter(null) instanceof EventEmitter];
  try { EventEmitter.captureRejections = 'no'; } catch (e) { out.captureStaticBad = errInfo(e); }
  try { new EventEmitter().emit.call({}, 'x'); out.emitOnPlain = 'ok'; } catch (e) { out.emitOnPlain = errInfo(e); }
  try { EventEmitter.prototype.emit.call({}, 'error', 'e'); } catch (e) { out.emitErrorOnPlain = errInfo(e); }
  return out;
};
