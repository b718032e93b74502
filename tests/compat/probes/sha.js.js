const shajs = require('sha.js');
exports.probe = () => ({
  sha256: shajs('sha256').update('42').digest('hex'),
  sha1: new shajs.sha1().update('abc').digest('hex'),
  sha512: shajs('sha512').update('a').update('b', 'utf8').digest('base64'),
  sha224: shajs('sha224').update(Buffer.from([1, 2, 3])).digest('hex'),
});
