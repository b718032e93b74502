const Decimal = require('decimal.js');
exports.probe = () => ({
  sum: new Decimal('0.1').plus('0.2').toString(),
  pow: new Decimal(2).pow(100).toFixed(),
  sqrt: new Decimal(2).sqrt().toSignificantDigits(30).toString(),
  div: new Decimal(1).div(7).toFixed(25),
});
