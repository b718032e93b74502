const hljs = require('highlight.js/lib/core');
hljs.registerLanguage('javascript', require('highlight.js/lib/languages/javascript'));
hljs.registerLanguage('json', require('highlight.js/lib/languages/json'));
exports.probe = () => {
  const r = hljs.highlight('const x = 1; // hi\nfunction f(a) { return `t${a}`; }', { language: 'javascript' });
  const auto = hljs.highlightAuto('{"a": [1, true, null]}', ['javascript', 'json']);
  return { js: r.value, relevance: r.relevance, auto: [auto.language, auto.value], languages: hljs.listLanguages(), missing: hljs.getLanguage('python') === undefined };
};
