// StringDecoder: construction, encodings, write/end/text, state getters, errors.
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function clean(v) {
  if (typeof v === 'string') return v.replace(/[\ud800-\udfff]/g, (c) => '<' + c.charCodeAt(0).toString(16) + '>');
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') { const o = {}; for (const k of Object.keys(v)) o[clean(k)] = clean(v[k]); return o; }
  return v;
}
function rec(f) {
  try { return f(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}
function state(d) {
  return [Array.from(d.lastChar), d.lastNeed, d.lastTotal, Buffer.isBuffer(d.lastChar)];
}

exports.probe = function probe() {
  const r = {};
  const encs = [undefined, null, '', 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY', 'ascii', 'base64', 'base64url', 'hex', 'Hex'];
  r.encodings = encs.map((e) => rec(() => new StringDecoder(e).encoding));
  r.badEncodings = ['nope', 5, {}, [], 'utf16', true, 'utf8 '].map((e) => rec(() => new StringDecoder(e)));
  r.keys = Object.keys(new StringDecoder('hex'));
  r.shape = [StringDecoder.name, StringDecoder.length, typeof StringDecoder,
    Object.getOwnPropertyNames(StringDecoder.prototype).map((k) => { const d = Object.getOwnPropertyDescriptor(StringDecoder.prototype, k); return [k, d.enumerable, d.configurable, 'value' in d ? [d.writable, typeof d.value === 'function' ? [d.value.name, d.value.length] : null] : 'accessor']; }),
    Object.keys(require('string_decoder')), rec(() => StringDecoder('utf8'))];
  r.protoKeys = Object.keys(StringDecoder.prototype);
  const d = new StringDecoder('utf8');
  r.writeString = d.write('already a string');
  r.writeErrors = [rec(() => d.write(5)), rec(() => d.write(null)), rec(() => d.write([1, 2])), rec(() => d.write({})), rec(() => d.end(5)),
    rec(() => StringDecoder.prototype.write.call({}, Buffer.from('a'))), rec(() => StringDecoder.prototype.end.call({})), rec(() => StringDecoder.prototype.text.call({}, Buffer.from('a'))),
    rec(() => new StringDecoder().text('abc', 1)), rec(() => new StringDecoder().text(Buffer.from('abc'))), rec(() => new StringDecoder().text(new Uint8Array([104, 105]), 1))];
  r.undefinedWrite = rec(() => d.write(undefined));
  // A walk through state.
  const w = new StringDecoder('utf8');
  r.walk = [
    [w.write(Buffer.from([0xe2])), state(w)],
    [w.write(Buffer.from([0x82])), state(w)],
    [w.write(Buffer.from([0xac, 0x61])), state(w)],
    [w.write(Buffer.from([0xf0, 0x9f])), state(w)],
    [w.end(), state(w)],
    [w.write(Buffer.from('ok')), state(w)],
    [w.end(Buffer.from([0xc3])), state(w)],
    [w.end(), state(w)],
  ];
  // Views of other kinds.
  const v = new StringDecoder('utf8');
  r.views = [v.write(new Uint16Array([0x6968])), v.write(new DataView(new Uint8Array([0xc3]).buffer)), v.write(new Uint8Array([0xa9])), v.end(new Int8Array([-61, -87]))];
  // text()
  const t = new StringDecoder('utf8');
  t.write(Buffer.from([0xe2, 0x82]));
  r.text = [t.text(Buffer.from('héllo'), 2), state(t), t.text(Buffer.from([0x61, 0xe2]), 0), state(t), t.end()];
  // Each encoding: writes, partial writes and end.
  const chunks = [[0x68, 0x69], [0xe2, 0x82], [0xac], [0xff], [0xd8, 0x3d], [0xde, 0x00, 0x41], [], [0x00]];
  for (const e of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
    const dec = new StringDecoder(e);
    r['enc_' + e] = chunks.map((c) => [dec.write(Buffer.from(c)), state(dec)]).concat([[dec.end(), state(dec)], [dec.end(Buffer.from([1, 2, 3, 4])), state(dec)]]);
  }
  // base64 in 1-byte steps and flush with remainder.
  const b64 = new StringDecoder('base64');
  r.b64Steps = Array.from(Buffer.from('hello world!!')).map((x) => b64.write(Buffer.from([x]))).concat([b64.end()]);
  const b64u = new StringDecoder('base64url');
  r.b64uSteps = [b64u.write(Buffer.from([0xfb, 0xff])), b64u.write(Buffer.from([0xfe, 0x01])), b64u.end()];
  // utf16le surrogates split in every way.
  const pair = Buffer.from('a😀b', 'utf16le');
  r.u16splits = [];
  for (let i = 0; i <= pair.length; i++) {
    const dec = new StringDecoder('utf16le');
    r.u16splits.push([dec.write(pair.subarray(0, i)), dec.write(pair.subarray(i)), dec.end()]);
  }
  const lone = new StringDecoder('utf16le');
  r.u16lone = [lone.write(Buffer.from([0x3d, 0xd8])), lone.write(Buffer.from([0x41, 0x00])), lone.write(Buffer.from([0x3d, 0xd8, 0x3d])), lone.write(Buffer.from([0xd8])), lone.end(), state(lone)];
  return clean(r);
};
