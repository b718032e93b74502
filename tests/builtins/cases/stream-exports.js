// Shape of node:stream and node:stream/promises: exports, constructor
// names/lengths, prototype chains, EventEmitter inheritance, default
// highWaterMarks, promisify hooks, state objects.
const stream = require('stream');
const sp = require('stream/promises');
const EventEmitter = require('events');
const util = require('util');

exports.probe = async () => {
  const out = {};
  const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
  out.keys = Object.keys(stream).sort();
  out.promiseKeys = Object.keys(sp).sort();
  out.types = Object.fromEntries(Object.keys(stream).sort().map((k) => [k, typeof stream[k]]));
  out.defaultIsStream = stream === Stream && stream.Stream === Stream;
  out.promisesSame = stream.promises === sp;
  out.names = [Stream, Readable, Writable, Duplex, Transform, PassThrough].map((c) => c.name + '/' + c.length);
  out.chains = {
    readableIsEE: new Readable() instanceof EventEmitter,
    readableIsStream: new Readable() instanceof Stream,
    writableIsStream: new Writable() instanceof Stream,
    duplexIsReadable: new Duplex() instanceof Readable,
    transformIsDuplex: new Transform() instanceof Duplex,
    ptIsTransform: new PassThrough() instanceof Transform,
    readableNotWritable: new Readable() instanceof Writable,
    duplexProto: Object.getPrototypeOf(Duplex.prototype) === Readable.prototype,
    staticInherit: Object.getPrototypeOf(Readable) === Stream && Object.getPrototypeOf(Stream) === EventEmitter,
  };
  out.hwm = [stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true)];
  stream.setDefaultHighWaterMark(false, 1024);
  out.hwmChanged = [new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark];
  stream.setDefaultHighWaterMark(false, 16384);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { out.hwmError = `${e.name}|${e.code}|${e.message}`; }
  out.promisify = {
    pipeline: util.promisify(stream.pipeline) === sp.pipeline,
    finished: util.promisify(stream.finished) === sp.finished,
  };
  out.stateTypes = [typeof Readable.ReadableState, typeof Writable.WritableState,
    new Readable()._readableState instanceof Readable.ReadableState,
    new Writable()._writableState instanceof Writable.WritableState];
  const r = new Readable({ objectMode: true, highWaterMark: 3 });
  const rs = r._readableState;
  out.readableState = [rs.objectMode, rs.highWaterMark, rs.length, rs.flowing, rs.ended, rs.endEmitted, rs.reading,
    rs.pipes.length, rs.destroyed, rs.defaultEncoding, rs.decoder, rs.encoding, rs.emitClose, rs.autoDestroy];
  const w = new Writable({ decodeStrings: false, highWaterMark: 5 });
  const ws = w._writableState;
  out.writableState = [ws.objectMode, ws.highWaterMark, ws.length, ws.ending, ws.ended, ws.finished, ws.decodeStrings,
    ws.defaultEncoding, ws.corked, ws.writing, ws.pendingcb, ws.errored, typeof ws.getBuffer, ws.bufferedRequestCount];
  out.misc = [stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array(Buffer.alloc(1)), stream._isUint8Array([]),
    Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1, 2]))), stream._isArrayBufferView(new DataView(new ArrayBuffer(1)))];
  out.protoMethods = ['pipe', 'unpipe', 'read', 'push', 'unshift', 'pause', 'resume', 'isPaused', 'setEncoding', 'wrap', 'destroy', 'iterator']
    .map((k) => k + ':' + typeof Readable.prototype[k]);
  out.writableMethods = ['write', 'end', 'cork', 'uncork', 'setDefaultEncoding', 'destroy', '_write', '_writev']
    .map((k) => k + ':' + typeof Writable.prototype[k] + ':' + typeof Duplex.prototype[k]);
  out.asyncIter = typeof Readable.prototype[Symbol.asyncIterator];
  out.readableFromIsStatic = typeof Readable.from + ' ' + typeof Duplex.from + ' ' + typeof Readable.wrap;
  out.noNew = [Readable() instanceof Readable, Writable() instanceof Writable, Duplex() instanceof Duplex,
    Transform() instanceof Transform, PassThrough() instanceof PassThrough];
  const legacy = new Stream();
  out.legacy = [typeof legacy.pipe, legacy instanceof EventEmitter, typeof legacy.read];
  return out;
};
