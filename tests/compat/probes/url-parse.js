const Url = require('url-parse');
exports.probe = () => {
  const u = new Url('https://user:pass@GitHub.com:8080/foo/bar?q=1&r=x%20y#hash', true);
  const rel = new Url('../baz?x=1', 'http://a.com/p/q/r');
  u.set('pathname', '/changed');
  return {
    parts: [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.hash, u.origin],
    query: u.query,
    href: u.href,
    relative: rel.href,
    qs: Url.qs.stringify({ a: 'b c', d: 1 }),
  };
};
