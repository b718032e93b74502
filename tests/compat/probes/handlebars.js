const Handlebars = require('handlebars');
exports.probe = () => {
  Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
  const t = Handlebars.compile('{{#each people}}{{upper name}}{{#if @last}}.{{else}}, {{/if}}{{/each}} {{title}}');
  return { out: t({ people: [{ name: 'a' }, { name: 'b' }], title: '<x>' }) };
};
