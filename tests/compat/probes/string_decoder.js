// The npm package (readable-stream's string_decoder), not Node's built-in: require('string_decoder/').
const { StringDecoder } = require('string_decoder/');
exports.probe = () => {
  const euro = Buffer.from('€');
  const d = new StringDecoder('utf8');
  const parts = [d.write(euro.subarray(0, 1)), d.write(euro.subarray(1)), d.write(Buffer.from([0xf0, 0x9f])), d.end()];
  const b64 = new StringDecoder('base64');
  const hex = new StringDecoder('hex');
  return {
    parts,
    base64: [b64.write(Buffer.from('ab')), b64.write(Buffer.from('c')), b64.end()],
    hex: hex.write(Buffer.from([1, 255])),
    utf16: new StringDecoder('utf16le').write(Buffer.from([0x61, 0x00, 0x62])),
    encoding: new StringDecoder('UTF-8').encoding,
  };
};
