const moment = require('moment');
exports.probe = () => {
  const m = moment.utc('2021-03-14T01:59:26.535Z');
  return {
    fmt: m.format('dddd, MMMM Do YYYY, h:mm:ss a'),
    added: m.clone().add(1, 'month').subtract(3, 'hours').toISOString(),
    relative: moment.duration(90, 'minutes').humanize(),
    week: m.isoWeek(),
    parsed: moment.utc('12-25-1995', 'MM-DD-YYYY').format('YYYY/MM/DD'),
  };
};
