const Papa = require('papaparse');
exports.probe = () => {
  const parsed = Papa.parse('name,age\n"Smith, J",42\nDoe,7\n', { header: true, dynamicTyping: true, skipEmptyLines: true });
  return { data: parsed.data, fields: parsed.meta.fields, csv: Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'z' }]) };
};
