const validator = require('validator');
exports.probe = () => ({
  email: [validator.isEmail('foo@bar.com'), validator.isEmail('foo@bar')],
  url: validator.isURL('https://example.com/path?q=1'),
  uuid: validator.isUUID('123e4567-e89b-12d3-a456-426614174000'),
  ip: [validator.isIP('192.168.1.1'), validator.isIP('::1', 6)],
  escaped: validator.escape('<a href="x">&</a>'),
  slug: validator.isSlug('hello-world'),
});
