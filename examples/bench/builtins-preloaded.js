// The same work as builtins.js's `hash`, with `crypto` required at the top
// level: the per-file snapshot holds the evaluated built-in.
const crypto = require('crypto');
exports.hash = () => crypto.createHash('sha256').update('hello').digest('hex');
