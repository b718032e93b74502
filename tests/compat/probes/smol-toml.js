const { parse, stringify } = require('smol-toml');
exports.probe = () => {
  const doc = parse('title = "TOML"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n[database]\nports = [ 8000, 8001 ]\nenabled = true\ntemp = { cpu = 79.5, case = 72.0 }\n[[products]]\nname = "Hammer"\nsku = 738594937\n[[products]]\nname = "Nail"\n');
  return {
    doc,
    dob: doc.owner.dob.toISOString(),
    stringified: stringify({ a: 1, b: 'x', c: [1, 2], t: { d: 1.5, e: false }, arr: [{ n: 1 }, { n: 2 }] }),
    error: (() => { try { parse('a = '); } catch (e) { return [e.name, e.line, e.column]; } })(),
  };
};
