const { parse } = require('csv-parse/sync');
exports.probe = () => ({
  records: parse('name,age,note\n"Smith, J",42,"say ""hi"""\nDoe,7,\n\n', { columns: true, skip_empty_lines: true, cast: true }),
  arrays: parse('a;b\n1;2\n', { delimiter: ';', from_line: 2 }),
  trimmed: parse(' x , y \n', { trim: true }),
  error: (() => { try { parse('a,b\n1,2,3\n'); } catch (e) { return [e.code, e.message]; } })(),
});
