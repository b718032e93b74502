// intl-messageformat is ESM-only (since v11) and formats with Intl.
exports.probe = async () => {
  const { IntlMessageFormat } = await import('intl-messageformat');
  const plural = new IntlMessageFormat('You have {n, plural, =0 {no messages} one {# message} other {# messages}}.', 'en-US');
  return {
    plural: [0, 1, 1234].map((n) => plural.format({ n })),
    select: new IntlMessageFormat('{g, select, female {She} male {He} other {They}} replied', 'en').format({ g: 'female' }),
    number: new IntlMessageFormat('Price: {p, number, ::currency/EUR}', 'de-DE').format({ p: 1234.5 }),
    date: new IntlMessageFormat('On {d, date, medium}', 'en-US').format({ d: Date.UTC(2024, 1, 28, 12) }),
    rich: new IntlMessageFormat('Hello <b>{name}</b>', 'en').format({ name: 'Ann', b: (c) => `[${c.join('')}]` }),
  };
};
