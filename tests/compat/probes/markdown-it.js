const MarkdownIt = require('markdown-it');
exports.probe = () => {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  return {
    basic: md.render('# Title\n\nSome *emphasis*, __strong__ and `code` -- "quotes" (c)\n\n- a\n- b\n\n1. one\n\n> quote\n'),
    table: md.render('| a | b |\n|---|:-:|\n| 1 | 2 |\n'),
    linkify: md.renderInline('see www.example.com and <b>raw</b>'),
    fence: md.render('```js\nlet x = 1 < 2;\n```\n'),
    tokens: md.parse('*x*', {}).map((t) => t.type),
    xss: md.render('[a](javascript:alert(1))'),
  };
};
