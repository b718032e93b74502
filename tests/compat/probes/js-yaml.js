const yaml = require('js-yaml');
exports.probe = () => {
  const doc = yaml.load('a: 1\nb:\n  - x\n  - {y: true}\nc: |\n  multi\n  line\n');
  return { doc, dumped: yaml.dump({ list: [1, 'two', { three: 3 }], s: 'a: b' }) };
};
