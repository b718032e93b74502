// EventEmitter: registration order, emit, once, prepend, removal during emit,
// listeners/rawListeners, eventNames, listenerCount, internal layout.
const EventEmitter = require('events');

function errInfo(e) { return { name: e.name, code: e.code, message: e.message }; }

exports.probe = function () {
  const out = {};
  const log = [];
  const ee = new EventEmitter();
  out.ownKeys = Object.keys(ee);
  out.eventsProto = Object.getPrototypeOf(ee._events);
  out.initialCount = ee._eventsCount;
  out.maxInitial = ee._maxListeners === undefined;
  out.emitNone = ee.emit('nothing');

  function a(x, y) { log.push(['a', x, y, this === ee]); }
  function b(x) { log.push(['b', x, arguments.length]); }
  function c() { log.push(['c']); }
  out.onReturns = ee.on('e', a) === ee;
  out.layout1 = typeof ee._events.e;
  ee.on('e', b);
  out.layout2 = Array.isArray(ee._events.e) && ee._events.e.length;
  ee.prependListener('e', c);
  out.emit1 = ee.emit('e', 1, 2, 3);
  out.log1 = log.splice(0);
  out.listeners = ee.listeners('e').map((f) => f.name);
  out.count = ee.listenerCount('e');
  out.countWith = [ee.listenerCount('e', a), ee.listenerCount('e', function z() {}), ee.listenerCount('none'), ee.listenerCount('none', a)];

  // once
  const o = new EventEmitter();
  let n = 0;
  function once1(v) { n += v; log.push(['once1', v, this === o]); return 'ret'; }
  o.once('x', once1);
  out.onceRaw = o.rawListeners('x').map((f) => [f.name, f.listener === once1, typeof f.listener]);
  out.onceListeners = o.listeners('x').map((f) => f === once1);
  out.onceCount = [o.listenerCount('x'), o.listenerCount('x', once1)];
  o.emit('x', 5);
  o.emit('x', 7);
  out.onceN = n;
  out.onceAfter = [o.listenerCount('x'), o.eventNames()];
  // calling a raw once wrapper directly removes it
  o.once('y', once1);
  const raw = o.rawListeners('y')[0];
  raw(3);
  out.rawCallRemoved = o.listenerCount('y');
  raw(3);
  out.rawCallN = n;
  // prependOnceListener
  o.on('p', () => log.push('p-on'));
  o.prependOnceListener('p', () => log.push('p-once'));
  o.emit('p'); o.emit('p');
  out.log2 = log.splice(0);

  // removal during emit: the current emit still calls all listeners captured
  const r = new EventEmitter();
  function r1() { log.push('r1'); r.removeListener('ev', r2); }
  function r2() { log.push('r2'); }
  function r3() { log.push('r3'); r.on('ev', r4); }
  function r4() { log.push('r4'); }
  r.on('ev', r1); r.on('ev', r2); r.on('ev', r3);
  r.emit('ev');
  log.push('--');
  r.emit('ev');
  out.log3 = log.splice(0);
  // adding a listener during emit of a single-listener event
  const s = new EventEmitter();
  s.on('one', function () { log.push('s1'); s.on('one', () => log.push('s2')); });
  s.emit('one'); log.push('--'); s.emit('one');
  out.log4 = log.splice(0);

  // removeListener removes the last matching occurrence
  const d = new EventEmitter();
  function dup() { log.push('dup'); }
  function other() { log.push('other'); }
  d.on('k', dup); d.on('k', other); d.on('k', dup);
  d.removeListener('k', dup);
  out.afterRemove = d.listeners('k').map((f) => f.name);
  d.off('k', dup);
  out.afterOff = [typeof d._events.k, d.listeners('k').map((f) => f.name)];
  d.removeListener('k', function nope() {});
  d.removeListener('missing', other);
  d.off('k', other);
  out.afterAll = [d.eventNames(), d._eventsCount, Object.keys(d._events)];
  // removeListener of a once listener by its original function
  d.once('q', dup);
  d.removeListener('q', dup);
  out.onceRemoved = d.listenerCount('q');

  // eventNames with symbols and order
  const sym = Symbol('s');
  const en = new EventEmitter();
  en.on('b', c); en.on(sym, c); en.on('a', c); en.on('10', c); en.on('2', c);
  out.eventNames = en.eventNames().map(String);
  en.emit(sym);
  out.symLog = log.splice(0);
  en.removeAllListeners('a');
  out.afterRemoveAllA = en.eventNames().map(String);
  en.removeAllListeners();
  out.afterRemoveAll = [en.eventNames(), en._eventsCount];
  out.removeAllReturn = en.removeAllListeners('zzz') === en;

  // listeners() returns copies
  const cp = new EventEmitter();
  cp.on('z', a); cp.on('z', b);
  const copy = cp.listeners('z'); copy.pop();
  out.copyIndependent = cp.listenerCount('z');
  out.rawCopy = cp.rawListeners('z') !== cp._events.z;

  // same listener twice is called twice
  const tw = new EventEmitter();
  tw.on('t', c); tw.on('t', c);
  tw.emit('t');
  out.twice = log.splice(0).length;

  // emit with no args / many args
  const ar = new EventEmitter();
  ar.on('n', function () { log.push(arguments.length); });
  ar.emit('n'); ar.emit('n', 1, 2, 3, 4, 5, 6);
  out.argCounts = log.splice(0);

  // listener throwing stops the emit
  const th = new EventEmitter();
  th.on('t', () => { throw new Error('boom'); });
  th.on('t', () => log.push('not reached'));
  try { th.emit('t'); } catch (e) { out.thrown = e.message; }
  out.afterThrow = log.splice(0);

  // invalid listeners
  for (const [m, v] of [['on', 1], ['once', 'x'], ['prependListener', null], ['prependOnceListener', {}], ['removeListener', undefined], ['off', 2]]) {
    try { new EventEmitter()[m]('x', v); out[m + 'Bad'] = 'no throw'; } catch (e) { out[m + 'Bad'] = errInfo(e); }
  }
  return out;
};
