const moment = require('moment-timezone');
exports.probe = () => {
  const m = moment.tz('2024-03-10 01:30', 'America/New_York');
  return {
    dst: [m.format(), m.clone().add(1, 'hour').format('YYYY-MM-DD HH:mm z Z')],
    converted: moment.utc('2024-07-01T12:00:00Z').tz('Asia/Tokyo').format('YYYY-MM-DD HH:mm zZ'),
    offsets: ['Europe/London', 'Australia/Sydney', 'Asia/Kolkata'].map((z) => moment.tz.zone(z).utcOffset(Date.UTC(2024, 0, 15))),
    abbrs: [moment.tz(Date.UTC(2024, 0, 15), 'Europe/Paris').zoneAbbr(), moment.tz(Date.UTC(2024, 6, 15), 'Europe/Paris').zoneAbbr()],
    guessName: typeof moment.tz.guess(),
    names: moment.tz.names().length > 400,
    parsedIn: moment.tz('2024-11-03 01:30', 'YYYY-MM-DD HH:mm', 'America/Chicago').toISOString(),
  };
};
