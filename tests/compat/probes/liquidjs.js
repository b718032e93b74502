const { Liquid } = require('liquidjs');
exports.probe = async () => {
  const engine = new Liquid({ timezoneOffset: 0 });
  engine.registerFilter('twice', (v) => v * 2);
  return {
    basic: await engine.parseAndRender('{{ name | capitalize }}: {% for x in xs %}{{ x | twice }}{% unless forloop.last %},{% endunless %}{% endfor %}', { name: 'alice', xs: [1, 2, 3] }),
    filters: await engine.parseAndRender('{{ "a,b,c" | split: "," | reverse | join: "-" }} {{ 3.14159 | round: 2 }} {{ "<p>" | escape }} {{ d | date: "%Y-%m-%d %H:%M" }}', { d: new Date(Date.UTC(2024, 1, 28, 13, 45)) }),
    sync: engine.parseAndRenderSync('{% assign n = 5 %}{% if n > 3 %}big{% else %}small{% endif %} {% case n %}{% when 5 %}five{% endcase %}'),
    capture: await engine.parseAndRender('{% capture c %}{{ 1 | plus: 2 }}{% endcapture %}[{{ c }}]{% raw %}{{ x }}{% endraw %}'),
  };
};
