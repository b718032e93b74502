const ejs = require('ejs');
exports.probe = () => {
  const tpl = '<ul><% items.forEach(function(i){ %><li><%= i %></li><% }) %></ul><%- raw %> <%# comment %>done';
  const fn = ejs.compile('<p><%= user.name.toUpperCase() %></p>', { strict: true, localsName: 'd', _with: false, destructuredLocals: ['user'] });
  return {
    html: ejs.render(tpl, { items: ['a', '<b>'], raw: '<i>x</i>' }),
    compiled: fn({ user: { name: 'ann' } }),
    custom: ejs.render('[?= x ?][?- y ?]', { x: '<1>', y: '<2>' }, { delimiter: '?', openDelimiter: '[', closeDelimiter: ']' }),
    error: (() => { try { ejs.render('<%= missing %>', {}); } catch (e) { return [e.name, e.message.split('\n').pop()]; } })(),
  };
};
