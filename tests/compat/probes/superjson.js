// superjson is ESM-only (since v2).
exports.probe = async () => {
  const { default: superjson } = await import('superjson');
  const value = { date: new Date(Date.UTC(2020, 0, 1)), map: new Map([['a', 1]]), set: new Set([1, 2]), big: 10n, undef: undefined, re: /ab+c/gi, nan: NaN, url: new URL('https://x.y/z'), err: new Error('boom') };
  const { json, meta } = superjson.serialize(value);
  const back = superjson.parse(superjson.stringify(value));
  return {
    json,
    meta,
    back: [back.date instanceof Date && back.date.toISOString(), back.map instanceof Map && [...back.map], [...back.set], typeof back.big, String(back.big), 'undef' in back, back.re.flags, Number.isNaN(back.nan), back.url.href, back.err.message],
  };
};
