// AbortController / AbortSignal (globals): abort(reason), reasons, events,
// onabort, throwIfAborted, AbortSignal.abort/timeout/any, errors.
function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}
const reasonView = (r) => (r instanceof DOMException ? ['DOMException', r.name, r.message, r.code] : r);

exports.probe = async function probe() {
  const log = [];
  const s = AbortSignal.abort();
  log.push(['abort()', s.aborted, reasonView(s.reason), String(s), Object.prototype.toString.call(new AbortController())]);
  log.push(['reasons', AbortSignal.abort('why').reason, reasonView(AbortSignal.abort(undefined).reason), AbortSignal.abort(null).reason, AbortSignal.abort(0).reason]);
  log.push(['ctor', attempt(() => new AbortSignal())]);
  log.push(['tia', attempt(() => { s.throwIfAborted(); return 'no'; }).name, attempt(() => { AbortSignal.abort(0).throwIfAborted(); return 'no'; }),
    attempt(() => { new AbortController().signal.throwIfAborted(); return 'not aborted'; })]);
  let caught;
  try { s.throwIfAborted(); } catch (e) { caught = e; }
  log.push(['same reason', caught === s.reason]);

  const ac = new AbortController();
  log.push(['fresh', ac.signal === ac.signal, ac.signal.aborted, ac.signal.reason, ac.signal.onabort]);
  ac.signal.onabort = function (e) { log.push(['onabort', this === ac.signal, e.type, e.isTrusted, e.target === ac.signal, e instanceof Event, e.bubbles, e.cancelable, e.eventPhase]); };
  ac.signal.addEventListener('abort', () => log.push(['listener', ac.signal.aborted, ac.signal.reason]));
  ac.abort('r1');
  ac.abort('r2');
  log.push(['after', ac.signal.reason, typeof ac.signal.onabort]);
  ac.signal.onabort = 5;
  log.push(['onabort=5', ac.signal.onabort]);
  ac.signal.onabort = null;
  log.push(['onabort=null', ac.signal.onabort]);
  ac.signal.onabort = undefined;
  log.push(['onabort=undefined', ac.signal.onabort]);

  const ac2 = new AbortController();
  ac2.signal.addEventListener('abort', () => log.push('L1'));
  ac2.signal.onabort = () => log.push('ON');
  ac2.signal.addEventListener('abort', () => log.push('L2'));
  ac2.signal.onabort = () => log.push('ON2');
  ac2.abort();
  log.push(['default reason', reasonView(ac2.signal.reason)]);

  const ac3 = new AbortController();
  ac3.signal.onabort = 'not a function';
  ac3.signal.onabort = () => log.push('ON3 set after a non-function');
  ac3.abort();

  const a1 = new AbortController(), a2 = new AbortController();
  const any = AbortSignal.any([a1.signal, a2.signal]);
  const any2 = AbortSignal.any([any]);
  a2.signal.addEventListener('abort', () => log.push(['source sees', any.aborted, any2.aborted]));
  any.addEventListener('abort', () => log.push(['any', any.reason, any2.aborted]));
  any2.addEventListener('abort', () => log.push(['any2', any2.reason]));
  a2.abort('second');
  a1.abort('first');
  log.push(['any result', any.reason, any2.reason]);
  const b = new AbortController();
  const anyb = AbortSignal.any([b.signal, b.signal]);
  anyb.addEventListener('abort', () => log.push('anyb once'));
  b.abort();
  log.push(['any edge', AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('pre')]).reason, AbortSignal.any([new AbortController().signal, AbortSignal.abort('p2')]).reason]);

  const errors = [
    attempt(() => AbortSignal.any(5)), attempt(() => AbortSignal.any([1])), attempt(() => AbortSignal.any([s, {}])), attempt(() => AbortSignal.any()),
    attempt(() => AbortSignal.timeout(-1)), attempt(() => AbortSignal.timeout('x')), attempt(() => AbortSignal.timeout(1.5)), attempt(() => AbortSignal.timeout()),
    attempt(() => AbortSignal.timeout(2 ** 32)), attempt(() => AbortSignal.timeout(NaN)),
    attempt(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({})),
    attempt(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call(new EventTarget())),
    attempt(() => AbortSignal.prototype.throwIfAborted.call({})),
  ];

  const ts = AbortSignal.timeout(5);
  const timeoutStart = [ts.aborted, ts.reason];
  // (Node's timeout timer does not keep the process alive: a timer that does.)
  const keepAlive = setTimeout(() => {}, 5000);
  await new Promise((resolve) => ts.addEventListener('abort', resolve));
  clearTimeout(keepAlive);
  const timeout = [timeoutStart, ts.aborted, reasonView(ts.reason)];

  const shape = [Object.getOwnPropertyNames(AbortSignal.prototype).sort(), Object.getOwnPropertyNames(AbortSignal).sort(),
    Object.getOwnPropertyNames(AbortController.prototype).sort(), Object.getOwnPropertyNames(s), s instanceof EventTarget,
    AbortSignal.prototype instanceof EventTarget, Object.keys(AbortSignal.prototype).sort(), Object.keys(AbortController.prototype).sort(),
    AbortController.length, typeof Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set];
  return { log, errors, timeout, shape };
};
