const ms = require('ms');
exports.probe = () => ({ parse: [ms('2 days'), ms('1.5h'), ms('10s')], fmt: [ms(60000), ms(2 * 60 * 60 * 1000, { long: true })] });
