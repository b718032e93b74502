// Formats `make bench`'s combined table: one group of lines per benchmark,
// ours first, then each peer with its ratio to ours.
'use strict';

const OURS = 'isolated-runtime (ours)';
const HEADER = ['benchmark', 'runtime', 'median', 'p99', 'ratio', 'note'];
const RIGHT_ALIGNED = new Set(['median', 'p99', 'ratio']);

/**
 * The ratio that reads "how many times better ours is": peer ÷ ours for costs
 * (µs, MiB), ours ÷ peer for rates (calls/s). Empty when either is missing.
 */
function ratio(group, ours, peer) {
  if (typeof ours !== 'number' || typeof peer !== 'number' || ours <= 0 || peer <= 0) return '';
  return `${(group.higherIsBetter ? ours / peer : peer / ours).toFixed(2)}×`;
}

/** A figure with the precision its unit deserves; '–' when there is none. */
function figure(group, value) {
  if (typeof value !== 'number') return '–';
  return value.toFixed(group.decimals);
}

/**
 * The table as text. `groups` is a list of
 * `{ title, decimals, higherIsBetter, ours: Figures, peers: [{ name, ...Figures }] }`
 * where `Figures` is `{ median?, p99?, note? }` (`median` holds the single
 * value of a throughput or memory row; `ours` may be null when the Rust side
 * has no figure for the row).
 */
function formatTable(groups) {
  const lines = [];
  for (const group of groups) {
    const ours = group.ours || { note: 'no figure' };
    const entries = [{ name: OURS, ...ours }, ...group.peers];
    entries.forEach((entry, i) => {
      lines.push({
        benchmark: i === 0 ? group.title : '',
        runtime: entry.name,
        median: figure(group, entry.median),
        p99: figure(group, entry.p99),
        ratio: i === 0 ? '' : ratio(group, ours.median, entry.median),
        note: entry.note || '',
      });
    });
  }
  const width = Object.fromEntries(
    HEADER.map((h) => [h, Math.max(h.length, ...lines.map((l) => l[h].length))]),
  );
  const cell = (h, text) => (RIGHT_ALIGNED.has(h) ? text.padStart(width[h]) : text.padEnd(width[h]));
  const row = (values) => `| ${HEADER.map((h) => cell(h, values[h])).join(' | ')} |`;
  const rule = `|${HEADER.map((h) => (RIGHT_ALIGNED.has(h) ? `${'-'.repeat(width[h] + 1)}:` : '-'.repeat(width[h] + 2))).join('|')}|`;
  return [row(Object.fromEntries(HEADER.map((h) => [h, h]))), rule, ...lines.map(row)].join('\n');
}

module.exports = { formatTable, OURS };
