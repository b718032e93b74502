// EventEmitter subclassed old-style (util.inherits + EventEmitter.call) and
// with class syntax; libraries that read or replace _events directly.
const EventEmitter = require('events');
const util = require('util');

exports.probe = function () {
  const out = {};
  const log = [];

  function Old(name) {
    EventEmitter.call(this);
    this.name = name;
  }
  util.inherits(Old, EventEmitter);
  Old.prototype.greet = function () { this.emit('greet', this.name); };
  const o = new Old('bob');
  o.on('greet', function (n) { log.push(['greet', n, this === o]); });
  o.greet();
  out.oldKeys = Object.keys(o);
  out.oldInstance = [o instanceof EventEmitter, Old.super_ === EventEmitter, typeof o._events, o._eventsCount];

  // EventEmitter.init directly
  const plain = {};
  EventEmitter.init.call(plain);
  out.initKeys = Object.keys(plain);
  out.initProto = Object.getPrototypeOf(plain._events);
  // using prototype methods on an object without init
  const bare = Object.create(EventEmitter.prototype);
  out.bareBefore = [bare._events, bare._eventsCount, bare.listenerCount('x'), bare.eventNames(), bare.emit('x'), bare.listeners('x')];
  bare.on('x', (v) => log.push(['bare', v]));
  out.bareAfter = [Object.keys(bare), bare.emit('x', 1), bare.getMaxListeners()];

  // class syntax
  class Modern extends EventEmitter {
    constructor() { super({ captureRejections: false }); this.extra = 1; }
    emit(type, ...args) { log.push(['override', type]); return super.emit(type, ...args); }
  }
  const m = new Modern();
  m.on('z', (v) => log.push(['z', v]));
  out.modernEmit = m.emit('z', 3);
  out.modernKeys = Object.keys(m);
  // once uses the subclass's removeListener
  class Tracking extends EventEmitter {
    removeListener(type, fn) { log.push(['tracked-remove', type]); return super.removeListener(type, fn); }
  }
  const t = new Tracking();
  t.once('q', () => log.push('q'));
  t.emit('q');
  t.emit('q');

  // libraries that read _events directly
  const lib = new EventEmitter();
  function f1() {} function f2() {}
  lib.on('data', f1);
  out.libSingle = lib._events.data === f1;
  lib.on('data', f2);
  out.libArray = Array.isArray(lib._events.data) && lib._events.data[0] === f1 && lib._events.data[1] === f2;
  // prepend the way readable-stream's old prependListener fallback does
  function f0() { log.push('f0'); }
  if (Array.isArray(lib._events.data)) lib._events.data.unshift(f0);
  lib._events.data[1] = () => log.push('f1');
  lib._events.data[2] = () => log.push('f2');
  lib.emit('data');
  // replacing _events wholesale
  lib._events = {};
  lib._eventsCount = 0;
  lib.on('fresh', () => log.push('fresh'));
  lib.emit('fresh');
  out.freshProto = Object.getPrototypeOf(lib._events) === Object.prototype;
  // _events with undefined (shape mode style) entries
  const sm = new EventEmitter();
  sm._events.ghost = undefined;
  out.ghost = [sm.emit('ghost'), sm.listenerCount('ghost'), sm.listeners('ghost')];

  // prototype with preset _events (shape mode)
  function Shaped() { EventEmitter.call(this); }
  Shaped.prototype = Object.create(EventEmitter.prototype);
  const shaped = new Shaped();
  out.shapedKeys = Object.keys(shaped);
  function Preset() { this._events = { x: undefined }; EventEmitter.call(this); }
  util.inherits(Preset, EventEmitter);
  const p = new Preset();
  p.on('y', f1);
  p.removeListener('y', f1);
  out.presetAfterRemove = [Object.keys(p._events), p._eventsCount, 'y' in p._events, p._events.y];
  p.on('y', f1); p.on('w', f2);
  p.removeAllListeners();
  out.presetAfterRemoveAll = [Object.keys(p._events), p._eventsCount];

  // Object.setPrototypeOf style
  const viaProto = Object.setPrototypeOf({}, EventEmitter.prototype);
  viaProto.once('one', (a, b) => log.push(['one', a, b]));
  viaProto.emit('one', 'x', 'y');
  out.log = log;
  return out;
};
