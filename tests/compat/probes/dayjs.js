const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
dayjs.extend(utc);
exports.probe = () => {
  const d = dayjs.utc('2024-02-28T13:45:00Z');
  return {
    plus: d.add(2, 'day').format('YYYY-MM-DD dddd'),
    startOfMonth: d.startOf('month').toISOString(),
    diff: dayjs.utc('2024-12-25').diff(d, 'day'),
    leap: d.add(1, 'day').date(),
    valid: dayjs('not a date').isValid(),
  };
};
