const mime = require('mime-types');
exports.probe = () => ({
  lookup: [mime.lookup('json'), mime.lookup('.md'), mime.lookup('file.html'), mime.lookup('folder/file.js'), mime.lookup('cats')],
  contentType: [mime.contentType('markdown'), mime.contentType('file.json'), mime.contentType('text/html')],
  extension: [mime.extension('application/octet-stream'), mime.extension('image/svg+xml')],
  charset: [mime.charset('text/markdown'), mime.charset('image/png')],
  extensions: mime.extensions['video/mp4'],
});
