const { z } = require('zod');
exports.probe = () => {
  const User = z.object({ id: z.number().int().positive(), email: z.string().email(), role: z.enum(['admin', 'user']).default('user') });
  const ok = User.safeParse({ id: 1, email: 'a@b.co' });
  const bad = User.safeParse({ id: -2, email: 'nope', role: 'root' });
  return { ok: ok.success && ok.data, issues: bad.error.issues.map((i) => [i.path.join('.'), i.code]) };
};
