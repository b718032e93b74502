const { deflate, inflate, gzip, ungzip, deflateRaw, inflateRaw } = require('pako');
exports.probe = () => {
  const text = 'hello hello hello hello pako '.repeat(20);
  const deflated = deflate(text);
  const gz = gzip(new TextEncoder().encode('gzip me'));
  return {
    deflated: [deflated.length, Array.from(deflated.slice(0, 2)), Array.from(deflated.slice(-4))],
    roundTrip: inflate(deflated, { toText: true }) === text,
    raw: inflateRaw(deflateRaw(new Uint8Array([1, 2, 3, 3, 3, 3]), { level: 9 })).join(','),
    gzip: [Array.from(gz.slice(0, 3)), new TextDecoder().decode(ungzip(gz))],
    level1: Array.from(deflate('aaaaaaaaaa', { level: 1 })),
    broken: (() => { try { inflate(new Uint8Array([1, 2, 3])); return 'no throw'; } catch (e) { return String(e); } })(),
  };
};
