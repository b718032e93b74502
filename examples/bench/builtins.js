// What the first use of a Node built-in costs in a call: each function
// touches one built-in for the first time in its (fresh) sandbox; `none`
// touches none. The module's own top level is snapshotted, the built-ins
// are not (they are first used inside the call).
exports.none = (a, b) => a + b;
exports.buffer = () => Buffer.from('hello').toString('base64');
exports.hash = () => require('crypto').createHash('sha256').update('hello').digest('hex');
exports.events = () => {
  const EventEmitter = require('events');
  const e = new EventEmitter();
  let n = 0;
  e.on('x', () => n++);
  e.emit('x');
  return n;
};
