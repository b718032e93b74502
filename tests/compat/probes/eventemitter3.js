const EventEmitter = require('eventemitter3');
exports.probe = () => {
  const ee = new EventEmitter();
  const log = [];
  const ctx = { name: 'ctx' };
  ee.on('data', function (a, b) { log.push(['on', this.name, a, b]); }, ctx);
  ee.once('data', (a) => log.push(['once', a]));
  ee.emit('data', 1, 2);
  ee.emit('data', 3);
  const sym = Symbol('s');
  ee.on(sym, () => log.push('sym'));
  ee.emit(sym);
  return {
    log,
    counts: [ee.listenerCount('data'), ee.listeners('data').length, ee.eventNames().map(String)],
    emitted: [ee.emit('none'), ee.removeAllListeners('data').listenerCount('data')],
    prefixed: EventEmitter.prefixed,
  };
};
