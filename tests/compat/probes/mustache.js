const Mustache = require('mustache');
exports.probe = () => ({
  out: Mustache.render('Hi {{name}}! {{#items}}<{{.}}>{{/items}}{{^none}} nothing{{/none}} {{{raw}}} {{esc}}', { name: 'Ann', items: [1, 2], raw: '<b>', esc: '<i>' }),
});
