const jwt = require('jsonwebtoken');
exports.probe = () => {
  const token = jwt.sign({ sub: 'user-1', admin: true }, 'secret', { noTimestamp: true });
  const withExp = jwt.sign({ a: 1, iat: 1700000000 }, 'secret', { expiresIn: '1h', algorithm: 'HS512', issuer: 'me' });
  return {
    token,
    verified: jwt.verify(token, 'secret'),
    decoded: jwt.decode(withExp, { complete: true }),
    wrongSecret: (() => { try { jwt.verify(token, 'other'); } catch (e) { return [e.name, e.message]; } })(),
    expired: (() => { try { jwt.verify(withExp, 'secret'); } catch (e) { return [e.name, e.message, e.expiredAt.toISOString()]; } })(),
    clock: jwt.verify(withExp, 'secret', { clockTimestamp: 1700000100, issuer: 'me' }).exp,
  };
};
