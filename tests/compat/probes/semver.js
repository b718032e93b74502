const semver = require('semver');
exports.probe = () => ({
  sat: semver.satisfies('1.2.3', '^1.0.0 || >=2.5.0'),
  max: semver.maxSatisfying(['1.2.3', '1.3.0-beta.1', '1.2.9', '2.0.0'], '~1.2.0'),
  inc: semver.inc('1.2.3-rc.1', 'prerelease', 'rc'),
  sorted: semver.sort(['1.10.0', '1.2.0', '1.2.0-alpha', '0.9.9']),
  coerce: semver.coerce('v3.4 release').version,
});
