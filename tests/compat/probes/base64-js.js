const base64 = require('base64-js');
exports.probe = () => ({
  encoded: [base64.fromByteArray(new Uint8Array([104, 105, 255, 0])), base64.fromByteArray(new Uint8Array(0))],
  decoded: Array.from(base64.toByteArray('aGV5/w==')),
  urlSafe: Array.from(base64.toByteArray('-_8=')),
  length: [base64.byteLength('aGV5/w=='), base64.byteLength('aGVsbG8=')],
  error: (() => { try { base64.toByteArray('abc'); } catch (e) { return e.message; } })(),
});
