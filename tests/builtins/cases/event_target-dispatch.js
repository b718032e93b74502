// EventTarget (global): add/remove/dispatch, options once/capture/passive/
// signal, handleEvent objects, ordering, mutation during dispatch, errors.
function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const log = [];
  const t = new EventTarget();
  function f(ev) { log.push(['f', this === t, ev.target === t, ev.currentTarget === t, ev.eventPhase, ev.composedPath().length]); }
  t.addEventListener('y', f);
  t.addEventListener('y', f);
  t.addEventListener('y', f, true);
  const handler = { handleEvent(ev) { log.push(['h', this === handler, ev.type]); } };
  t.addEventListener('y', handler);
  t.addEventListener('y', (ev) => { ev.preventDefault(); log.push(['p', ev.defaultPrevented]); }, { passive: true });
  t.addEventListener('y', (ev) => { ev.stopImmediatePropagation(); log.push('stop'); });
  t.addEventListener('y', () => log.push('never'));
  t.addEventListener('y', () => log.push('never passive'), { passive: true });
  const ev = new Event('y', { cancelable: true });
  log.push(['ret', t.dispatchEvent(ev), ev.defaultPrevented, ev.target === t, ev.currentTarget, ev.eventPhase, ev.cancelBubble]);
  log.push(['redispatch', t.dispatchEvent(ev)]);

  // once, and the recursion check (only while the first listener runs)
  const t3 = new EventTarget();
  const ev3 = new Event('z');
  t3.addEventListener('z', () => { log.push('first'); log.push(attempt(() => t3.dispatchEvent(ev3))); }, { once: true });
  t3.addEventListener('z', () => { log.push('second'); log.push(['second redispatch', attempt(() => t3.dispatchEvent(ev3))]); }, { once: true });
  t3.addEventListener('z', () => log.push('third'));
  t3.dispatchEvent(ev3);
  t3.dispatchEvent(new Event('z'));

  // signal
  const ac = new AbortController();
  t3.addEventListener('s', () => log.push('sig'), { signal: ac.signal });
  t3.dispatchEvent(new Event('s'));
  ac.abort();
  t3.dispatchEvent(new Event('s'));
  t3.addEventListener('s', () => log.push('pre-aborted'), { signal: AbortSignal.abort() });
  t3.dispatchEvent(new Event('s'));

  // removal and addition during dispatch
  const t4 = new EventTarget();
  const a = () => { log.push('a'); t4.removeEventListener('w', b); };
  const b = () => log.push('b');
  t4.addEventListener('w', a);
  t4.addEventListener('w', b);
  t4.addEventListener('w', () => { log.push('c'); t4.addEventListener('w', () => log.push('added')); });
  t4.dispatchEvent(new Event('w'));
  t4.dispatchEvent(new Event('w'));

  // capture flag matching on removal (boolean options only count when adding)
  const t6 = new EventTarget();
  const c = () => log.push('cap');
  t6.addEventListener('q', c, { capture: true });
  t6.removeEventListener('q', c);
  t6.dispatchEvent(new Event('q'));
  t6.removeEventListener('q', c, true);
  t6.dispatchEvent(new Event('q'));
  t6.removeEventListener('q', c, { capture: true });
  t6.dispatchEvent(new Event('q'));
  t6.addEventListener('q2', c, true);
  t6.removeEventListener('q2', c, { capture: 1 });
  t6.dispatchEvent(new Event('q2'));

  // same function for once and normal: deduplicated
  const t7 = new EventTarget();
  const g = () => log.push('g');
  t7.addEventListener('g', g, { once: true });
  t7.addEventListener('g', g);
  t7.dispatchEvent(new Event('g'));
  t7.dispatchEvent(new Event('g'));

  // pre-stopped event, type coercion, objects without handleEvent, null listener
  const t8 = new EventTarget();
  t8.addEventListener('k', () => log.push('k-run'));
  const e8 = new Event('k');
  e8.cancelBubble = true;
  log.push(['prestopped', t8.dispatchEvent(e8)]);
  const e9 = new Event('k');
  e9.stopImmediatePropagation();
  log.push(['preimmediate', t8.dispatchEvent(e9)]);
  t8.addEventListener(5, () => log.push('five'));
  t8.dispatchEvent(new Event('5'));
  t8.addEventListener('o', {});
  t8.addEventListener('o', null);
  t8.addEventListener('o', undefined);
  log.push(['o', t8.dispatchEvent(new Event('o'))]);
  const lateHandler = {};
  t8.addEventListener('late', lateHandler);
  lateHandler.handleEvent = () => log.push('late handleEvent');
  t8.dispatchEvent(new Event('late'));

  // listener options shapes
  const t9 = new EventTarget();
  const opt = [null, [], true, () => {}, { once: true, passive: 'x' }, 5, 'x'].map((o) => attempt(() => { t9.addEventListener('opt', () => {}, o); return 'ok'; }));
  const rmopt = [5, 'x', null, [], true].map((o) => attempt(() => { t9.removeEventListener('opt', () => {}, o); return 'ok'; }));

  // subclassing
  class Emitter extends EventTarget { fire(type) { return this.dispatchEvent(new CustomEvent(type, { detail: type + '!' })); } }
  const em = new Emitter();
  em.addEventListener('hi', (e) => log.push(['sub', e.detail, e.target === em, e instanceof CustomEvent]));
  log.push(em.fire('hi'));

  const errors = [
    attempt(() => t.addEventListener('x')), attempt(() => t.addEventListener()), attempt(() => t.addEventListener('x', 5)),
    attempt(() => t.addEventListener('x', 'str')), attempt(() => t.addEventListener('x', () => {}, { signal: 5 })),
    attempt(() => t.addEventListener('x', () => {}, { signal: {} })), attempt(() => t.addEventListener('x', () => {}, { signal: null })),
    attempt(() => t.removeEventListener('x')), attempt(() => t.removeEventListener('x', 5)), attempt(() => t.dispatchEvent()),
    attempt(() => t.dispatchEvent({ type: 'x' })), attempt(() => t.dispatchEvent('x')), attempt(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x'))),
    attempt(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {})), attempt(() => t.addEventListener(Symbol('s'), () => {})).name,
  ];
  const shape = [Object.getOwnPropertyNames(EventTarget.prototype), Object.getOwnPropertyNames(new EventTarget()), String(new EventTarget()),
    EventTarget.length, EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length,
    Object.keys(EventTarget.prototype)];
  return { log, opt, rmopt, errors, shape };
};
