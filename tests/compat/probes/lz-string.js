const LZString = require('lz-string');
exports.probe = () => {
  const s = 'This is a test string for lz-string: aaaaaaaaaaaaaaaa ééé 😀';
  return {
    base64: LZString.compressToBase64(s),
    back: LZString.decompressFromBase64(LZString.compressToBase64(s)) === s,
    uri: LZString.compressToEncodedURIComponent('{"a":1,"b":[1,2,3]}'),
    uriBack: LZString.decompressFromEncodedURIComponent('N4IghiBcCMA0ICMoG04CZYGYC6BfIA'),
    utf16: LZString.decompressFromUTF16(LZString.compressToUTF16(s)) === s,
    bytes: Array.from(LZString.compressToUint8Array('abcabcabc')),
    raw: LZString.decompress(LZString.compress(s)) === s,
  };
};
