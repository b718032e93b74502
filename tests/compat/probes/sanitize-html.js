const sanitizeHtml = require('sanitize-html');
exports.probe = () => ({
  default: sanitizeHtml('<p onclick="x()">Hi <b>there</b><script>alert(1)</script><a href="javascript:alert(1)">l</a><a href="https://x.y/?a=1&b=2">ok</a><img src="x.png"></p>'),
  custom: sanitizeHtml('<div class="a b" style="color: red; position: fixed"><span>t</span><iframe src="x"></iframe></div>', {
    allowedTags: ['div', 'span'], allowedAttributes: { div: ['class', 'style'] }, allowedClasses: { div: ['a'] }, allowedStyles: { div: { color: [/^red$/] } },
  }),
  text: sanitizeHtml('<h1>T&amp;le</h1><ul><li>x</li></ul>', { allowedTags: [], allowedAttributes: {} }),
  transform: sanitizeHtml('<ol><li>1</li></ol>', { transformTags: { ol: 'ul' } }),
});
