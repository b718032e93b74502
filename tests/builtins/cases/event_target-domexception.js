// DOMException (global): names, codes, messages, constants, shape.
function attempt(fn) {
  try { return fn(); } catch (e) { return { name: e.name, code: e.code, message: e.message }; }
}

exports.probe = function probe() {
  const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError', 'NoDataAllowedError',
    'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError', 'InvalidModificationError',
    'NamespaceError', 'InvalidAccessError', 'ValidationError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
    'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError', 'DataError', 'OperationError',
    'NotAllowedError', 'Error', 'Whatever', 'constructor', 'toString', '__proto__'];
  const codes = names.map((n) => [n, new DOMException('m', n).code]);
  const d = new DOMException('msg', 'AbortError');
  const shapes = {
    basic: [d.name, d.message, d.code, String(d), d instanceof Error, d instanceof DOMException, Object.prototype.toString.call(d),
      Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.keys(d), typeof d.stack],
    defaults: [new DOMException().name, new DOMException().message, new DOMException().code],
    coerced: [new DOMException(5, null).name, new DOMException(5, null).message, new DOMException(undefined, undefined).name, new DOMException('a', 5).name,
      new DOMException({ toString() { return 'ts'; } }).message, new DOMException('x', { name: 'NotFoundError' }).code, new DOMException('x', {}).name,
      new DOMException('x', { name: undefined }).name],
    cause: (() => { const e = new DOMException('x', { name: 'DataError', cause: 5 }); const c = Object.getOwnPropertyDescriptor(e, 'cause'); return [e.cause, c.enumerable, c.writable, 'cause' in new DOMException('x', { name: 'y' })]; })(),
    constants: Object.getOwnPropertyNames(DOMException).filter((k) => /^[A-Z_]+$/.test(k)).map((k) => [k, DOMException[k], DOMException.prototype[k]]),
    constDesc: Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'),
    protoKeys: Object.getOwnPropertyNames(DOMException.prototype),
    enumerableKeys: (() => { const out = []; for (const k in d) out.push(k); return out; })(),
    nameDesc: (() => { const g = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name'); return [typeof g.get, g.set, g.enumerable, g.configurable]; })(),
    tag: Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
    lengths: [DOMException.length, DOMException.name],
    thisErrors: [attempt(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({})),
      attempt(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call(new Error('x'))),
      attempt(() => DOMException.prototype.message)],
    noNew: attempt(() => { DOMException(); return 'no throw'; }).name,
    subclass: (() => { class MyErr extends DOMException { constructor() { super('sub', 'NotFoundError'); } } const e = new MyErr(); return [e.name, e.code, e.message, e instanceof DOMException, e instanceof MyErr]; })(),
  };
  return { codes, shapes };
};
