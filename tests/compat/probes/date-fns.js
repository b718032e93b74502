const { format, addDays, differenceInCalendarDays, parseISO, isValid, formatDistanceStrict, startOfWeek, eachDayOfInterval, parse } = require('date-fns');
const { fr } = require('date-fns/locale/fr');
exports.probe = () => {
  const d = new Date(Date.UTC(2024, 1, 28, 13, 45));
  return {
    formatted: format(addDays(d, 2), 'yyyy-MM-dd EEEE HH:mm'),
    fr: format(d, 'PPPP', { locale: fr }),
    diff: differenceInCalendarDays(parseISO('2024-12-25'), d),
    valid: [isValid(parseISO('2024-02-30')), isValid(d)],
    distance: formatDistanceStrict(d, addDays(d, 45)),
    week: startOfWeek(d, { weekStartsOn: 1 }).toISOString(),
    days: eachDayOfInterval({ start: d, end: addDays(d, 2) }).map((x) => format(x, 'MMM do')),
    parsed: parse('25/12/2023 08:30', 'dd/MM/yyyy HH:mm', new Date(0)).toISOString(),
  };
};
