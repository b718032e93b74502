// nanoid is ESM-only (since v4).
exports.probe = async () => {
  const { nanoid, customAlphabet, urlAlphabet } = await import('nanoid');
  const id = nanoid();
  const hex = customAlphabet('0123456789abcdef', 12)();
  return {
    id: [id.length, /^[A-Za-z0-9_-]+$/.test(id)],
    sized: nanoid(8).length,
    custom: [hex.length, /^[0-9a-f]{12}$/.test(hex)],
    alphabet: urlAlphabet.split('').sort().join(''),
  };
};
