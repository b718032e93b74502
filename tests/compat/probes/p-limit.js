// p-limit is ESM-only (since v4).
exports.probe = async () => {
  const { default: pLimit } = await import('p-limit');
  const limit = pLimit(2);
  let active = 0;
  let maxActive = 0;
  const order = [];
  const task = async (i) => {
    active++;
    maxActive = Math.max(maxActive, active);
    order.push(`start${i}`);
    for (let k = 0; k < i % 3 + 1; k++) await Promise.resolve();
    order.push(`end${i}`);
    active--;
    return i * i;
  };
  const pending = [1, 2, 3, 4, 5].map((i) => limit(task, i));
  const counts = [limit.activeCount, limit.pendingCount, limit.concurrency];
  const results = await Promise.all(pending);
  return { results, maxActive, counts, order, mapped: await limit.map([1, 2, 3], async (x) => x + 1) };
};
