const { compareVersions, compare, satisfies, validate, validateStrict } = require('compare-versions');
exports.probe = () => ({
  sorted: ['1.5.19', '1.2.3', '1.5.5', '1.10.0-beta.1', '1.10.0'].sort(compareVersions),
  compare: [compare('10.1.8', '10.0.4', '>'), compare('10.0.1', '10.0.1', '='), compare('10.1.1', '10.2.2', '<=')],
  satisfies: [satisfies('10.0.1', '~10.0.0'), satisfies('10.1.0', '^10.0.0'), satisfies('2.0.0', '<2.0.0')],
  validate: [validate('1.0.0-rc.1'), validate('x.y'), validateStrict('1.0')],
});
