const protobuf = require('protobufjs');
exports.probe = () => {
  const root = protobuf.Root.fromJSON({ nested: { demo: { nested: {
    Kind: { values: { UNKNOWN: 0, A: 1, B: 2 } },
    Msg: { fields: { id: { type: 'int32', id: 1 }, name: { type: 'string', id: 2 }, tags: { rule: 'repeated', type: 'string', id: 3 }, kind: { type: 'Kind', id: 4 }, big: { type: 'int64', id: 5 }, ratio: { type: 'double', id: 6 } } },
  } } } });
  const Msg = root.lookupType('demo.Msg');
  const payload = { id: 150, name: 'héllo', tags: ['x', 'y'], kind: 2, big: '9007199254740993', ratio: 0.5 };
  const bytes = Msg.encode(Msg.fromObject(payload)).finish();
  const decoded = Msg.decode(bytes);
  const parsed = protobuf.parse('syntax = "proto3"; package p; message P { string s = 1; repeated int32 n = 2 [packed=true]; map<string, int32> m = 3; }').root.lookupType('p.P');
  return {
    bytes: Array.from(bytes),
    decoded: Msg.toObject(decoded, { longs: String, enums: String, defaults: true }),
    verify: [Msg.verify(payload), Msg.verify({ id: 'x' })],
    parsed: Array.from(parsed.encode({ s: 'a', n: [1, 2, 300], m: { k: 7 } }).finish()),
    json: parsed.toJSON(),
  };
};
