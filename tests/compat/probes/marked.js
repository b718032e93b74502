const { marked } = require('marked');
exports.probe = () => ({ html: marked.parse('# Title\n\nSome *emphasis* and `code`.\n\n- a\n- b\n\n[link](http://x.y)', { mangle: false, headerIds: false }) });
