const { BigNumber } = require('bignumber.js');
exports.probe = () => {
  const B = BigNumber.clone({ DECIMAL_PLACES: 30, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });
  return {
    sum: new BigNumber(0.1).plus(0.2).toString(),
    pow: new BigNumber(2).pow(128).toFixed(),
    div: new B(1).div(7).toString(),
    sqrt: new B(2).sqrt().toString(),
    fmt: new BigNumber('123456789.12345').toFormat(2),
    bases: [new BigNumber('ff', 16).toString(2), new BigNumber(255).toString(36)],
    cmp: [new BigNumber('1e-7').isEqualTo('0.0000001'), new BigNumber(NaN).isNaN(), new BigNumber('-0').isNegative()],
    fraction: new BigNumber('0.75').toFraction(),
  };
};
