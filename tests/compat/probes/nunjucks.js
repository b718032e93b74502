const nunjucks = require('nunjucks');
exports.probe = () => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  env.addFilter('shout', (s) => `${s}!`);
  return {
    basic: nunjucks.renderString('Hello {{ name | upper }}: {% for i in items %}{{ loop.index }}={{ i }}{% if not loop.last %}, {% endif %}{% endfor %}', { name: 'ann', items: ['a', 'b'] }),
    escaped: env.renderString('{{ html }} {{ html | safe }} {{ "x" | shout }}', { html: '<b>' }),
    macros: nunjucks.renderString('{% macro f(a, b=2) %}{{ a + b }}{% endmacro %}{{ f(1) }} {{ f(1, 5) }} {{ [3,1,2] | sort | join("-") }} {{ "%s-%d" | replace("%", "#") }}', {}),
    inherit: (() => {
      const e = new nunjucks.Environment({ getSource: (n) => ({ src: n === 'base' ? '<{% block c %}base{% endblock %}>' : '', path: n, noCache: true }) });
      return e.renderString('{% extends "base" %}{% block c %}child {{ super() }}{% endblock %}', {});
    })(),
  };
};
