// The npm package (feross/buffer), not Node's built-in: its README says require('buffer/').
const { Buffer } = require('buffer/');
exports.probe = () => {
  const b = Buffer.alloc(12);
  b.writeUInt32BE(0xdeadbeef, 0);
  b.writeInt16LE(-2, 4);
  b.writeDoubleBE(1.5, 4);
  return {
    hex: b.toString('hex'),
    strings: [Buffer.from('héllo').toString('base64'), Buffer.from('aGk=', 'base64').toString(), Buffer.from('ffee', 'hex').toJSON()],
    concat: Buffer.concat([Buffer.from('ab'), Buffer.from([0x63])]).toString('latin1'),
    compare: [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('abc').equals(Buffer.from('abc')), Buffer.from('hello').indexOf('ll')],
    read: [b.readUInt32BE(0), b.readDoubleBE(4)],
    isBuffer: [Buffer.isBuffer(b), Buffer.byteLength('€'), Buffer.isEncoding('ucs2')],
    slice: Buffer.from('hello world').subarray(6).toString('utf8'),
  };
};
