const deepmerge = require('deepmerge');
exports.probe = () => ({
  merged: deepmerge({ a: [1], b: { c: 1, d: [1] } }, { a: [2], b: { d: [2], e: 3 } }),
  overwrite: deepmerge.all([{ x: [1] }, { x: [2] }, { y: 1 }], { arrayMerge: (_d, s) => s }),
});
