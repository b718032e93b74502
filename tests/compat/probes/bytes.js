const bytes = require('bytes');
exports.probe = () => ({ fmt: [bytes(1024), bytes(1536000, { decimalPlaces: 1 }), bytes(0)], parse: [bytes('1KB'), bytes('2.5mb')] });
