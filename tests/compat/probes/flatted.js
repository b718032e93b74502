const { parse, stringify, toJSON, fromJSON } = require('flatted');
exports.probe = () => {
  const a = [{}];
  a[0].a = a;
  a.push(a);
  const s = stringify(a);
  const back = parse(s);
  const o = { name: 'o', list: ['x'] }; o.self = o; o.list.push(o);
  return {
    s,
    identity: [back[0].a === back, back[1] === back],
    object: stringify(o),
    json: JSON.stringify(toJSON(o)),
    revived: (() => { const r = fromJSON(toJSON(o)); return r.self === r && r.list[1] === r; })(),
  };
};
