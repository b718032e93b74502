// Blob and File: construction, size/type, slice, text/arrayBuffer/bytes, errors.
const { Buffer, Blob, File } = require('buffer');

function rec(f) {
  try { return f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}
async function arec(f) {
  try { return await f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = async function probe() {
  const r = {};
  const blobs = {
    empty: () => new Blob(),
    emptyArr: () => new Blob([]),
    strs: () => new Blob(['abc', 'déf', '€']),
    mixed: () => new Blob(['a', Buffer.from('b'), new Uint16Array([0x6463]), new ArrayBuffer(2), new DataView(new Uint8Array([0x65]).buffer)]),
    nested: () => new Blob([new Blob(['in']), 'out']),
    typed: () => new Blob(['x'], { type: 'Text/Plain' }),
    badType: () => new Blob(['x'], { type: 'text/plain\u00e9' }),
    ctrlType: () => new Blob(['x'], { type: 'a\nb' }),
    numType: () => new Blob(['x'], { type: 5 }),
    endingsNative: () => new Blob(['a\r\nb\nc\rd'], { endings: 'native' }),
    endingsTransparent: () => new Blob(['a\r\nb\n'], { endings: 'transparent' }),
    numbers: () => new Blob([1, 2.5, null, undefined, true, {}]),
    set: () => new Blob(new Set(['a', 'b'])),
    lone: () => new Blob(['\ud800x']),
  };
  for (const [k, make] of Object.entries(blobs)) {
    const b = rec(make);
    if (!(b instanceof Blob)) { r[k] = b; continue; }
    r[k] = {
      size: b.size,
      type: b.type,
      text: await b.text(),
      ab: Array.from(new Uint8Array(await b.arrayBuffer())),
      bytes: Array.from(await b.bytes()),
      tag: Object.prototype.toString.call(b),
      slices: await Promise.all([[], [1], [1, 3], [-2], [0, -1], [5, 2], [2, 100], [-100, 2], [1, 3, 'X/Y'], [0, 1, 'bad\u00ff']].map(async (a) => {
        const s = b.slice(...a);
        return [s.size, s.type, await s.text(), s instanceof Blob];
      })),
    };
  }
  r.errors = [
    rec(() => new Blob('abc')), rec(() => new Blob(5)), rec(() => new Blob(null)), rec(() => new Blob({})),
    rec(() => new Blob([], { endings: 'bogus' })), rec(() => new Blob([], 5)), rec(() => new Blob([], null)),
  ];
  r.proto = [typeof Blob.prototype.stream, typeof Blob.prototype.text, Object.keys(Blob.prototype), Blob.name, File.name,
    Object.getPrototypeOf(File.prototype) === Blob.prototype];
  r.bom = await new Blob([Buffer.from('efbbbf6869', 'hex')]).text();
  r.invalid = await new Blob([Buffer.from('61ff62', 'hex')]).text();
  const f = new File(['ab', 'c'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  r.file = [f.name, f.size, f.type, f.lastModified, await f.text(), f instanceof Blob, f instanceof File, Object.prototype.toString.call(f)];
  r.fileNaN = new File([], 'x', { lastModified: 'abc' }).lastModified;
  r.fileStr = new File([], 5, { lastModified: '7' }).name;
  r.fileNow = typeof new File([], 'x').lastModified;
  r.fileErrors = [rec(() => new File(['a'])), rec(() => new File())];
  r.fileSlice = (() => { const s = f.slice(1); return [s instanceof File, s instanceof Blob, s.size]; })();
  r.thisErrors = [
    rec(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({})),
    rec(() => Blob.prototype.slice.call({})),
    await arec(() => Blob.prototype.text.call({})),
    await arec(() => Blob.prototype.arrayBuffer.call({})),
  ];
  return r;
};
