const stringify = require('fast-json-stable-stringify');
exports.probe = () => {
  const circ = { a: 1 }; circ.self = circ;
  return {
    sorted: stringify({ c: 8, b: [{ z: 6, y: 5, x: 4 }, 7], a: 3, u: undefined, d: new Date(0) }),
    cmp: stringify({ a: 3, b: 2, c: 1 }, (a, b) => (a.value < b.value ? 1 : -1)),
    cycles: stringify(circ, { cycles: true }),
    thrown: (() => { try { stringify(circ); } catch (e) { return [e.name, e.message]; } })(),
  };
};
