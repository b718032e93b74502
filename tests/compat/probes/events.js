// The npm package (browserify's events), not Node's built-in: require('events/').
const EventEmitter = require('events/');
exports.probe = async () => {
  const ee = new EventEmitter();
  const log = [];
  ee.on('x', (v) => log.push(['on', v]));
  ee.prependListener('x', (v) => log.push(['first', v]));
  ee.once('x', (v) => log.push(['once', v]));
  ee.emit('x', 1);
  ee.emit('x', 2);
  const later = EventEmitter.once(ee, 'ready');
  ee.emit('ready', 'a', 'b');
  let error;
  try { ee.emit('error', new Error('unhandled')); } catch (e) { error = e.message; }
  return {
    log,
    once: await later,
    error,
    counts: [ee.listenerCount('x'), EventEmitter.defaultMaxListeners, ee.getMaxListeners(), ee.eventNames()],
    removed: (() => { const f = () => {}; ee.on('y', f); ee.off('y', f); return ee.listenerCount('y'); })(),
  };
};
