// The soak run's workload: one normal function and one per way a call can fail.
exports.add = (a, b) => a + b;
exports.work = (n) => {
  const items = [];
  for (let i = 0; i < n; i++) items.push({ i, s: 'x'.repeat(i % 16) });
  return JSON.parse(JSON.stringify(items)).length;
};
exports.throws = () => { throw new RangeError('soak'); };
exports.spin = () => { for (;;) {} };
exports.hog = () => { const keep = []; for (;;) keep.push(new Uint8Array(1 << 20)); };
exports.recurse = () => { const f = (n) => f(n + 1) + 1; return f(0); };
exports.huge = () => 'y'.repeat(3 << 19);
exports.never = () => new Promise(() => {});
exports.escape = () => require('../secret.js');
exports.builtin = () => require('child_process');
exports.pollute = () => { Object.prototype.polluted = true; globalThis.leak = 'x'.repeat(1 << 20); return 1; };
exports.check = () => ({}).polluted === undefined && typeof leak === 'undefined';
