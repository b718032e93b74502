const YAML = require('yaml');
exports.probe = () => {
  const doc = YAML.parseDocument('# settings\nname: app # trailing\nports: [80, 443]\nnested:\n  on: yes\n  when: 2024-01-02\n');
  doc.set('added', true);
  return {
    parsed: YAML.parse('a: 1\nb: [x, {y: null}]\nc: !!str 42\nd: |\n  two\n  lines\n'),
    stringified: YAML.stringify({ list: [1, 'two', { three: [3] }], s: 'a: b', n: null, multi: 'l1\nl2\n' }),
    edited: doc.toString(),
    anchors: YAML.parse('base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n', { merge: true }),
    error: (() => { try { YAML.parse('a: [1, 2'); } catch (e) { return [e.name, e.code]; } })(),
  };
};
