const iconv = require('iconv-lite');
exports.probe = () => ({
  win1251: Array.from(iconv.encode('Привет', 'win1251')),
  latin1: iconv.decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'latin1'),
  sjis: [Array.from(iconv.encode('日本', 'Shift_JIS')), iconv.decode(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), 'sjis')],
  utf16: Array.from(iconv.encode('hé', 'utf16-le')),
  bom: iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'utf8'),
  exists: [iconv.encodingExists('cp1252'), iconv.encodingExists('nope')],
  gbk: iconv.decode(iconv.encode('中文', 'gbk'), 'gbk'),
});
