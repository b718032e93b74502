const CryptoJS = require('crypto-js');
exports.probe = () => ({
  md5: CryptoJS.MD5('hello').toString(),
  sha256: CryptoJS.SHA256('hello world').toString(),
  hmac: CryptoJS.HmacSHA512('msg', 'key').toString(CryptoJS.enc.Base64),
  aes: CryptoJS.AES.decrypt(CryptoJS.AES.encrypt('secret text', CryptoJS.enc.Utf8.parse('0123456789abcdef'), { iv: CryptoJS.enc.Utf8.parse('fedcba9876543210') }), CryptoJS.enc.Utf8.parse('0123456789abcdef'), { iv: CryptoJS.enc.Utf8.parse('fedcba9876543210') }).toString(CryptoJS.enc.Utf8),
});
