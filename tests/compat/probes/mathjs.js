// The single-file bundle (an exported entry of the package): require('mathjs') loads ~1000 modules (1.6 s in Node).
const math = require('mathjs/lib/browser/math.js');
exports.probe = () => ({
  evaluate: [math.evaluate('sqrt(3^2 + 4^2)'), math.evaluate('12.7 cm to inch').toString(), math.evaluate('det([1, 2; 3, 4])')],
  matrix: math.multiply(math.matrix([[1, 2], [3, 4]]), [[5], [6]]).toArray(),
  fraction: math.format(math.add(math.fraction(1, 3), math.fraction(1, 6))),
  bignumber: math.format(math.add(math.bignumber('0.1'), math.bignumber('0.2'))),
  derivative: math.derivative('x^2 + 3x + sin(x)', 'x').toString(),
  complex: math.sqrt(-4).toString(),
  stats: [math.mean([1, 2, 3, 4]), math.median([5, 1, 3]), math.std([2, 4, 4, 4, 5, 5, 7, 9])],
  format: math.format(math.pi, { precision: 10 }),
});
