// util.inspect / format of Buffers, Blobs, Files and StringDecoders (custom inspect hooks).
const util = require('util');
const { Buffer, Blob, File } = require('buffer');
const { StringDecoder } = require('string_decoder');

exports.probe = function probe() {
  const b = Buffer.from('abc');
  b.extra = 1;
  b.s = 'x';
  const e = Buffer.alloc(0);
  e.x = 1;
  const d = new StringDecoder('utf8');
  d.write(Buffer.from([0xe2]));
  return [
    util.inspect(Buffer.from('hello')),
    util.inspect(b),
    util.inspect(e),
    util.inspect({ a: Buffer.from('hi'), n: [Buffer.alloc(0)] }),
    util.inspect(Buffer.alloc(60)),
    util.inspect(Buffer.alloc(51, 1)),
    util.inspect(new Blob(['abc'], { type: 'text/plain' })),
    util.inspect(new File(['abc'], 'f.txt', { lastModified: 5 })),
    util.inspect(new StringDecoder('hex')),
    ['base64url', 'latin1', 'ascii', 'utf16le', 'base64', 'utf8'].map((e) => util.inspect(new StringDecoder(e))),
    util.inspect(d),
    util.format('%s|%o|%j', Buffer.from('ab'), Buffer.from('c'), Buffer.from('d')),
    String(Buffer.from('ab')),
    `${Buffer.from('cd')}`,
    Buffer.from('xyz') + '',
    util.inspect(Buffer.from('abc').subarray(1)),
    util.inspect([Buffer.from('a'), Buffer.from('b')], { compact: false }),
  ];
};
