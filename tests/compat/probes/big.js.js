const Big = require('big.js');
exports.probe = () => ({ mul: new Big('123.456').times('789.1011').toString(), div: new Big(1).div(3).toFixed(20), cmp: new Big('1e-7').cmp('0.0000001') });
