// CPU-heavy workloads for the benchmark, run unchanged by every peer. Inputs
// come from a fixed LCG (no Math.random), so every run and every runtime does
// the same work; results are small checksums, so returning them costs nothing.

/** A deterministic pseudo-random generator: integers in [0, 2^32). */
function lcg(seed) {
  let state = seed >>> 0
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0)
}

/** Build an object of `n` records (about 80 bytes of JSON each), JSON.stringify
 * it and JSON.parse the text back. Returns the text's length. */
exports.json = (n) => {
  const next = lcg(7)
  const records = []
  for (let i = 0; i < n; i++) {
    const r = next()
    records.push({
      id: i,
      name: 'item-' + r.toString(36),
      price: (r % 100000) / 100,
      tags: ['a' + (r & 7), 'b' + (r >>> 29)],
      active: (r & 1) === 1,
    })
  }
  const text = JSON.stringify({ version: 1, records })
  const back = JSON.parse(text)
  if (back.records.length !== n || back.records[n - 1].id !== n - 1) throw new Error('JSON round trip lost records')
  return text.length
}

/** Sort `n` pseudo-random numbers in [0, 1) with a comparator. Returns the
 * median, scaled to an integer. */
exports.sort = (n) => {
  const next = lcg(42)
  const values = new Array(n)
  for (let i = 0; i < n; i++) values[i] = next() / 4294967296
  values.sort((a, b) => a - b)
  for (let i = 1; i < n; i++) if (values[i - 1] > values[i]) throw new Error('not sorted')
  return Math.floor(values[n >> 1] * 1e9)
}
