const bcrypt = require('bcryptjs');
exports.probe = async () => {
  const hash = bcrypt.hashSync('x', bcrypt.genSaltSync(4));
  const fixed = bcrypt.hashSync('password', '$2a$04$abcdefghijklmnopqrstuu');
  const asyncHash = await bcrypt.hash('y', 4);
  return {
    hash: [hash.length, hash.slice(0, 7), bcrypt.getRounds(hash)],
    compare: [bcrypt.compareSync('x', hash), bcrypt.compareSync('y', hash)],
    fixed,
    fixedOk: bcrypt.compareSync('password', fixed),
    async: [asyncHash.length, await bcrypt.compare('y', asyncHash)],
    truncates: bcrypt.truncates('a'.repeat(80)),
  };
};
