const { DateTime, Duration, Interval, Settings } = require('luxon');
Settings.defaultZone = 'utc';
exports.probe = () => {
  const d = DateTime.fromISO('2024-02-28T13:45:00Z', { zone: 'utc' });
  return {
    plus: d.plus({ days: 2, hours: 3 }).toISO(),
    formatted: d.toFormat('cccc, LLLL d yyyy HH:mm'),
    full: d.toLocaleString(DateTime.DATE_FULL),
    startOf: d.startOf('month').toISODate(),
    diff: DateTime.fromISO('2024-12-25T00:00:00Z').diff(d, ['days', 'hours']).toObject(),
    duration: Duration.fromObject({ hours: 1, minutes: 90 }).shiftTo('hours', 'minutes').toISO(),
    interval: Interval.fromDateTimes(d, d.plus({ weeks: 1 })).length('days'),
    ny: d.setZone('America/New_York').toISO(),
    invalid: DateTime.fromISO('2024-13-01').invalidReason,
  };
};
