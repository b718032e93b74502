const contentType = require('content-type');
exports.probe = () => ({
  parsed: contentType.parse('text/HTML; charset="UTF-8"; foo=bar'),
  accept: contentType.parse('text/plain;q=0.5, text/html', { comma: true }),
  formatted: contentType.format({ type: 'image/svg+xml', parameters: { charset: 'utf-8', q: 'a b' } }),
  invalid: (() => { try { return contentType.format({ type: 'bad type' }); } catch (e) { return [e.name, e.message]; } })(),
});
