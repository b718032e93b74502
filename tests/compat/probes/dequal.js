const { dequal } = require('dequal');
const lite = require('dequal/lite');
exports.probe = () => ({
  objects: dequal({ a: [1, { b: 2 }], d: new Date(0) }, { a: [1, { b: 2 }], d: new Date(0) }),
  maps: dequal(new Map([[{ k: 1 }, new Set([1, 2])]]), new Map([[{ k: 1 }, new Set([1, 2])]])),
  typed: [dequal(new Uint8Array([1, 2]), new Uint8Array([1, 2])), dequal(new Uint8Array([1, 2]), new Uint8Array([1, 3]))],
  regex: [dequal(/a/g, /a/g), dequal(/a/g, /a/i)],
  lite: [lite.dequal({ x: [1] }, { x: [1] }), lite.dequal({ x: 1 }, { x: '1' })],
});
