// diagnostics_channel: channels, subscribe/unsubscribe, publish, the
// module-level helpers, argument errors.
const dc = require('diagnostics_channel');

function attempt(fn) {
  try { return fn(); } catch (e) { return [e.name, e.code, e.message]; }
}

exports.probe = function probe() {
  const log = [];
  const ch = dc.channel('dc-test-a');
  log.push([ch.name, ch.hasSubscribers, ch === dc.channel('dc-test-a'), ch instanceof dc.Channel,
    Object.getOwnPropertyNames(dc.Channel.prototype).sort(), Object.getOwnPropertyNames(ch).sort(), Object.prototype.toString.call(ch)]);
  const sub = (m, n) => log.push(['sub', m, n]);
  ch.subscribe(sub);
  log.push([ch.hasSubscribers, dc.hasSubscribers('dc-test-a'), ch instanceof dc.Channel]);
  ch.publish({ x: 1 });
  log.push([ch.unsubscribe(sub), ch.unsubscribe(sub), ch.hasSubscribers]);
  ch.publish('not delivered');
  const sym = Symbol('dc-sym');
  const sc = dc.channel(sym);
  sc.subscribe((m, n) => log.push(['sym', m, n === sym]));
  sc.publish(7);
  dc.subscribe('dc-test-b', sub);
  dc.channel('dc-test-b').publish(2);
  log.push([dc.unsubscribe('dc-test-b', sub), dc.unsubscribe('dc-test-b', sub), dc.unsubscribe('dc-test-never', sub), dc.hasSubscribers('dc-test-never'), dc.hasSubscribers(5)]);
  // subscribe/unsubscribe during publish: the running publish keeps its list
  const c = dc.channel('dc-test-c');
  const s1 = () => { log.push('s1'); c.subscribe(s3); };
  const s2 = () => { log.push('s2'); c.unsubscribe(s2); };
  const s3 = () => log.push('s3');
  c.subscribe(s1);
  c.subscribe(s2);
  c.publish(1);
  c.publish(2);
  // the same function twice
  const d = dc.channel('dc-test-d');
  const f = () => log.push('f');
  d.subscribe(f);
  d.subscribe(f);
  d.publish();
  log.push([d.unsubscribe(f), d.hasSubscribers, d.unsubscribe(f), d.hasSubscribers]);
  const errors = [attempt(() => ch.subscribe(5)), attempt(() => dc.channel(5)), attempt(() => dc.channel({})), attempt(() => dc.subscribe('x', 'y')),
    attempt(() => dc.unsubscribe('dc-test-a', 5)), attempt(() => ch.unsubscribe())];
  const made = new dc.Channel('dc-test-new');
  const replaced = dc.channel('dc-test-e');
  const remade = new dc.Channel('dc-test-e');
  const registry = [dc.channel('dc-test-new') === made, dc.channel('dc-test-e') === remade, replaced !== remade, made.name, Object.keys(made).sort()];
  return { log, errors, registry, keys: Object.keys(dc).sort() };
};
