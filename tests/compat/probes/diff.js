const Diff = require('diff');
exports.probe = () => {
  const a = 'line1\nline2\nline3\n';
  const b = 'line1\nline two\nline3\nline4\n';
  const patch = Diff.createPatch('file.txt', a, b, 'old', 'new');
  return {
    chars: Diff.diffChars('beep boop', 'beep boob blah').map((p) => [p.added, p.removed, p.value]),
    words: Diff.diffWords('The quick brown fox', 'The slow brown dog').map((p) => [p.added, p.removed, p.value]),
    lines: Diff.diffLines(a, b).map((p) => [p.count, p.added, p.removed]),
    patch,
    applied: Diff.applyPatch(a, patch) === b,
    json: Diff.diffJson({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }).map((p) => [p.added, p.removed, p.value]),
  };
};
