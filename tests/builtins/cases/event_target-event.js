// Event and CustomEvent (globals): constructor options, properties,
// preventDefault/returnValue/cancelBubble, initEvent, shape, errors.
function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

function view(e) {
  return [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, typeof e.timeStamp, e.isTrusted, e.target, e.currentTarget,
    e.srcElement, e.returnValue, e.cancelBubble, e.composedPath()];
}

exports.probe = function probe() {
  const out = {};
  out.plain = view(new Event('x'));
  out.options = view(new Event('x', { bubbles: 1, cancelable: 'y', composed: {} }));
  out.coerce = [new Event(5).type, new Event(null).type, new Event(undefined).type, new Event({ toString: () => 'obj' }).type, new Event('x', null).bubbles];
  out.badOptions = [5, 'x', true, [], () => {}].map((o) => attempt(() => new Event('x', o)));
  out.missing = [attempt(() => new Event()), attempt(() => new CustomEvent())];
  out.symbolType = attempt(() => new Event(Symbol('s'))).name;
  const p = new Event('p', { cancelable: true });
  p.preventDefault();
  const np = new Event('p');
  np.preventDefault();
  out.prevent = [p.defaultPrevented, p.returnValue, np.defaultPrevented, np.returnValue];
  const rv = new Event('r', { cancelable: true });
  try { rv.returnValue = false; } catch (e) { /* getter only */ }
  out.returnValueSet = [rv.defaultPrevented, rv.returnValue];
  const cb = new Event('c');
  cb.cancelBubble = false;
  const before = cb.cancelBubble;
  cb.cancelBubble = true;
  const mid = cb.cancelBubble;
  cb.cancelBubble = false;
  out.cancelBubble = [before, mid, cb.cancelBubble];
  const sp = new Event('s');
  sp.stopPropagation();
  const sip = new Event('s');
  sip.stopImmediatePropagation();
  out.stops = [sp.cancelBubble, sip.cancelBubble];
  const ie = new Event('a');
  ie.initEvent('b', true, true);
  const ie2 = new Event('a', { bubbles: true });
  ie2.initEvent('c');
  out.initEvent = [ie.type, ie.bubbles, ie.cancelable, ie2.type, ie2.bubbles, attempt(() => new Event('x').initEvent())];
  out.constants = [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event('x').NONE, Object.getOwnPropertyDescriptor(Event, 'AT_TARGET')];
  out.shape = {
    ownKeys: Object.getOwnPropertyNames(new Event('x')),
    protoKeys: Object.getOwnPropertyNames(Event.prototype).sort(),
    enumerable: (() => { const k = []; for (const x in new Event('x')) k.push(x); return k.sort(); })(),
    tag: [Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new CustomEvent('x')), String(new Event('x'))],
    lengths: [Event.length, CustomEvent.length],
    descs: ['type', 'cancelBubble', 'isTrusted', 'returnValue'].map((k) => { const d = Object.getOwnPropertyDescriptor(Event.prototype, k); return [k, typeof d.get, typeof d.set, d.enumerable, d.configurable]; }),
  };
  out.thisErrors = ['type', 'target', 'defaultPrevented', 'eventPhase', 'cancelBubble'].map((k) => attempt(() => Object.getOwnPropertyDescriptor(Event.prototype, k).get.call({})))
    .concat([attempt(() => Event.prototype.preventDefault.call({})), attempt(() => Event.prototype.composedPath.call(5)),
      attempt(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'))),
      Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({})]);
  const ce = new CustomEvent('c', { detail: { a: [1] }, cancelable: true });
  out.custom = [ce.detail, ce.type, ce.cancelable, ce instanceof Event, new CustomEvent('c').detail, new CustomEvent('c', { detail: undefined }).detail,
    new CustomEvent('c', { detail: 0 }).detail, new CustomEvent('c', null).detail, Object.getOwnPropertyNames(CustomEvent.prototype),
    Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype];
  class MyEvent extends Event { constructor() { super('mine', { cancelable: true }); this.extra = 1; } }
  const me = new MyEvent();
  out.subclass = [me.type, me.cancelable, me.extra, Object.keys(me), Object.prototype.toString.call(me)];
  return out;
};
