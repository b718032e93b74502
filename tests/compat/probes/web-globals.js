// Not a package: the web-standard globals packages rely on, against Node's.
exports.probe = () => {
  const bytes = new TextEncoder().encode('héllo €😀');
  const td = new TextDecoder();
  const u = new URL('../a/./b?x=1&y=two words#frag', 'https://User:pw@Example.COM:443/p/q/r');
  u.searchParams.append('z', 'ä&=');
  return {
    bytes: Array.from(bytes),
    streamed: [bytes.slice(0, 3), bytes.slice(3, 9), bytes.slice(9)].map((p, i) => td.decode(p, { stream: i < 2 })).join(''),
    bad: new TextDecoder().decode(new Uint8Array([0xff, 0x61, 0xe2, 0x82])),
    url: [u.href, u.origin, u.host, u.pathname, u.search, u.searchParams.get('y')],
    rel: new URL('//cdn.x.org/lib.js', 'http://a.b/c').href,
    file: new URL('file:///tmp/a b.txt').href,
    params: new URLSearchParams({ a: '1', b: 'x y' }).toString(),
    b64: [btoa('hello\u00ff'), atob('aGVsbG8=')],
    clone: (() => { const c = structuredClone({ d: new Date(0), m: new Map([[1, new Set([2])]]) }); return [c.d.toISOString(), c.m.get(1).has(2)]; })(),
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
    types: [typeof queueMicrotask, typeof performance.now(), typeof globalThis.global, typeof process === 'undefined' || 'process'],
  };
};
