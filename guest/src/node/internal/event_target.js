// internal/event_target: the web event classes the sandbox installs as
// globals: DOMException, Event, CustomEvent, EventTarget, AbortController,
// AbortSignal, with Node 20's observable behaviour (names, codes, messages,
// property shapes, listener options once/capture/passive/signal,
// handleEvent objects, `on<event>` handler attributes, AbortSignal.abort /
// timeout / any).
//
// Internal state lives in module-private WeakMaps, so instances carry no own
// properties and user code cannot reach or forge it.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_EVENT_RECURSION,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
  validateObject,
  validateAbortSignal,
  validateArray,
  validateUint32,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/errors');

const ErrorCtor = Error;
const ErrorPrototype = Error.prototype;
const WeakMapCtor = WeakMap;
const setTimeoutFn = setTimeout;
const perf = performance;
const defineProperty = Object.defineProperty;
const defineProperties = Object.defineProperties;
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Report an exception thrown by a listener as Node does: uncaught, after the
// dispatch (in the sandbox a throwing timer callback fails the call).
function reportError(err) {
  setTimeoutFn(() => { throw err; }, 0);
}

function inspectAs(name, self, fields, depth, options, inspect) {
  if (depth < 0) return name;
  if (typeof inspect !== 'function') return name + ' ' + JSON.stringify(fields);
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return name + ' ' + inspect(fields, opts);
}

// ------------------------------------------------------------- DOMException
const DOM_NAMES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
const DOM_CONSTANTS = [
  ['INDEX_SIZE_ERR', 1], ['DOMSTRING_SIZE_ERR', 2], ['HIERARCHY_REQUEST_ERR', 3], ['WRONG_DOCUMENT_ERR', 4],
  ['INVALID_CHARACTER_ERR', 5], ['NO_DATA_ALLOWED_ERR', 6], ['NO_MODIFICATION_ALLOWED_ERR', 7], ['NOT_FOUND_ERR', 8],
  ['NOT_SUPPORTED_ERR', 9], ['INUSE_ATTRIBUTE_ERR', 10], ['INVALID_STATE_ERR', 11], ['SYNTAX_ERR', 12],
  ['INVALID_MODIFICATION_ERR', 13], ['NAMESPACE_ERR', 14], ['INVALID_ACCESS_ERR', 15], ['VALIDATION_ERR', 16],
  ['TYPE_MISMATCH_ERR', 17], ['SECURITY_ERR', 18], ['NETWORK_ERR', 19], ['ABORT_ERR', 20], ['URL_MISMATCH_ERR', 21],
  ['QUOTA_EXCEEDED_ERR', 22], ['TIMEOUT_ERR', 23], ['INVALID_NODE_TYPE_ERR', 24], ['DATA_CLONE_ERR', 25],
];

const domState = new WeakMapCtor();

// DOMException's own wording for a wrong `this` ("must be of DOMException").
function domInvalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function domInternals(self) {
  const s = domState.get(self);
  if (s === undefined) throw domInvalidThis();
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const state = { message: `${message}`, name: 'Error' };
    if (options !== null && typeof options === 'object') {
      state.name = `${options.name}`;
      if ('cause' in options) {
        defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else {
      state.name = `${options}`;
    }
    domState.set(this, state);
    if (typeof ErrorCtor.captureStackTrace === 'function') ErrorCtor.captureStackTrace(this);
    // (QuickJS leaves `stack` undefined on non-Error objects: take an Error's.)
    if (typeof this.stack !== 'string') {
      const stack = new ErrorCtor(state.message).stack;
      defineProperty(this, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    }
  }

  get name() { return domInternals(this).name; }
  get message() { return domInternals(this).message; }
  get code() {
    const name = domInternals(this).name;
    return Object.prototype.hasOwnProperty.call(DOM_NAMES, name) ? DOM_NAMES[name] : 0;
  }
}
Object.setPrototypeOf(DOMException.prototype, ErrorPrototype);
defineProperties(DOMException.prototype, {
  name: { enumerable: true },
  message: { enumerable: true },
  code: { enumerable: true },
  [Symbol.toStringTag]: { value: 'DOMException', writable: false, enumerable: false, configurable: true },
});
for (const [key, value] of DOM_CONSTANTS) {
  const desc = { value, writable: false, enumerable: true, configurable: false };
  defineProperty(DOMException, key, desc);
  defineProperty(DOMException.prototype, key, desc);
}

// -------------------------------------------------------------------- Event
const eventState = new WeakMapCtor();
const kTrusted = Symbol('trusted');

function eventInternals(self, className = 'Event') {
  const s = eventState.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS(className);
  return s;
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    eventState.set(this, {
      type: `${type}`,
      bubbles: !!(options && options.bubbles),
      cancelable: !!(options && options.cancelable),
      composed: !!(options && options.composed),
      trusted: !!(options && options[kTrusted] === true),
      defaultPrevented: false,
      propagationStopped: false,
      stop: false,
      target: null,
      dispatching: false,
      timeStamp: perf.now(),
    });
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const s = eventInternals(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    const s = eventInternals(this);
    s.stop = true;
    s.propagationStopped = true;
  }

  preventDefault() {
    eventInternals(this).defaultPrevented = true;
  }

  get target() { return eventInternals(this).target; }
  get currentTarget() {
    const s = eventInternals(this);
    return s.dispatching ? s.target : null;
  }
  get srcElement() { return eventInternals(this).target; }
  get type() { return eventInternals(this).type; }
  get cancelable() { return eventInternals(this).cancelable; }
  get defaultPrevented() {
    const s = eventInternals(this);
    return s.cancelable && s.defaultPrevented;
  }
  get timeStamp() { return eventInternals(this).timeStamp; }

  composedPath() {
    const s = eventInternals(this);
    return s.dispatching ? [s.target] : [];
  }

  get returnValue() {
    const s = eventInternals(this);
    return !(s.cancelable && s.defaultPrevented);
  }
  get bubbles() { return eventInternals(this).bubbles; }
  get composed() { return eventInternals(this).composed; }
  get eventPhase() { return eventInternals(this).dispatching ? 2 : 0; }
  get cancelBubble() { return eventInternals(this).propagationStopped; }
  set cancelBubble(value) {
    if (value) eventInternals(this).propagationStopped = true;
  }

  stopPropagation() {
    eventInternals(this).propagationStopped = true;
  }

  get isTrusted() {
    const s = eventState.get(this);
    return s !== undefined && s.trusted;
  }

  [inspectSymbol](depth, options, inspect) {
    const s = eventState.get(this);
    const name = this.constructor && this.constructor.name ? this.constructor.name : 'Event';
    if (s === undefined) return name;
    return inspectAs(name, this, { type: s.type, defaultPrevented: s.cancelable && s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp }, depth, options, inspect);
  }
}

const enumerable = { enumerable: true };
defineProperties(Event.prototype, {
  initEvent: enumerable, stopImmediatePropagation: enumerable, preventDefault: enumerable, target: enumerable,
  currentTarget: enumerable, srcElement: enumerable, type: enumerable, cancelable: enumerable,
  defaultPrevented: enumerable, timeStamp: enumerable, composedPath: enumerable, returnValue: enumerable,
  bubbles: enumerable, composed: enumerable, eventPhase: enumerable, cancelBubble: enumerable,
  stopPropagation: enumerable, isTrusted: { enumerable: true, configurable: false },
  [Symbol.toStringTag]: { value: 'Event', writable: false, enumerable: false, configurable: true },
});
for (const [key, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  defineProperty(Event, key, { value, writable: false, enumerable: true, configurable: false });
}

const customDetail = new WeakMapCtor();

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    customDetail.set(this, options && options.detail !== undefined ? options.detail : null);
  }

  get detail() {
    if (!customDetail.has(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return customDetail.get(this);
  }
}
defineProperties(CustomEvent.prototype, {
  detail: enumerable,
  [Symbol.toStringTag]: { value: 'CustomEvent', writable: false, enumerable: false, configurable: true },
});

// -------------------------------------------------------------- EventTarget
// Per target: type -> list of listener records, a doubly linked list so a
// dispatch walks it as Node does (the next record is taken before calling
// the current one; removed records are skipped).
const targetState = new WeakMapCtor();

function targetInternals(self) {
  const s = targetState.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return s;
}

function initTarget(self) {
  targetState.set(self, { lists: new Map(), handlers: new Map() });
}

function validateListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObject(options, 'options', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

// Whether the listener is usable (null/undefined: silently ignored).
function validateListener(listener) {
  if (typeof listener === 'function' || (listener != null && typeof listener.handleEvent === 'function')) return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function removeRecord(list, record) {
  if (record.removed) return;
  record.removed = true;
  if (record.prev) record.prev.next = record.next;
  if (record.next) record.next.prev = record.prev;
  if (list.tail === record) list.tail = record.prev;
}

class EventTarget {
  constructor() {
    initTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    const state = targetInternals(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once = false, capture = false, passive = false, signal } = validateListenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateListener(listener)) return;
    type = toDOMString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => { this.removeEventListener(type, listener, options); }, { once: true });
    }
    let list = state.lists.get(type);
    if (list === undefined) {
      list = { head: { next: undefined }, tail: undefined };
      list.tail = list.head;
      state.lists.set(type, list);
    }
    for (let r = list.head.next; r !== undefined; r = r.next) {
      if (r.listener === listener && r.capture === capture) return;
    }
    const record = { listener, capture, once, passive, removed: false, prev: list.tail, next: undefined };
    list.tail.next = record;
    list.tail = record;
  }

  removeEventListener(type, listener, options = undefined) {
    const state = targetInternals(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = toDOMString(type);
    const capture = options != null && options.capture === true;
    const list = state.lists.get(type);
    if (list === undefined) return;
    for (let r = list.head.next; r !== undefined; r = r.next) {
      if (r.listener === listener && r.capture === capture) {
        removeRecord(list, r);
        return;
      }
    }
  }

  dispatchEvent(event) {
    const state = targetInternals(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    const ev = eventState.get(event);
    if (ev === undefined) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (ev.dispatching) throw new ERR_EVENT_RECURSION(ev.type);
    ev.target = this;
    ev.dispatching = true;
    const list = state.lists.get(ev.type);
    let record = list === undefined ? undefined : list.head.next;
    while (record !== undefined && !ev.stop) {
      const next = record.next;
      if (record.removed) {
        record = next;
        continue;
      }
      if (record.once) removeRecord(list, record);
      const listener = record.listener;
      try {
        let result;
        if (typeof listener === 'function') {
          result = listener.call(this, event);
        } else {
          const handleEvent = listener.handleEvent;
          if (typeof handleEvent === 'function') result = handleEvent.call(listener, event);
        }
        // As Node: once a listener has run, the event no longer reads as
        // being dispatched (eventPhase 0, currentTarget null).
        ev.dispatching = false;
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, reportError);
        }
      } catch (err) {
        ev.dispatching = false;
        reportError(err);
      }
      record = next;
    }
    ev.dispatching = false;
    return !(ev.cancelable && ev.defaultPrevented);
  }

  [inspectSymbol](depth, options, inspect) {
    const name = this.constructor && this.constructor.name ? this.constructor.name : 'EventTarget';
    return inspectAs(name, this, {}, depth, options, inspect);
  }
}
defineProperties(EventTarget.prototype, {
  addEventListener: enumerable,
  removeEventListener: enumerable,
  dispatchEvent: enumerable,
  [Symbol.toStringTag]: { value: 'EventTarget', writable: false, enumerable: false, configurable: true },
});

// An `on<type>` attribute: one listener, registered on first assignment,
// calling whatever function the attribute holds.
function defineEventHandler(proto, type) {
  defineProperty(proto, 'on' + type, {
    get() {
      const state = targetInternals(this);
      const wrapper = state.handlers.get(type);
      return wrapper === undefined || wrapper.handler === undefined ? null : wrapper.handler;
    },
    set(value) {
      const state = targetInternals(this);
      let wrapper = state.handlers.get(type);
      if (wrapper === undefined) {
        wrapper = function (event) {
          if (typeof wrapper.handler === 'function') return wrapper.handler.call(this, event);
          return undefined;
        };
        wrapper.handler = value;
        state.handlers.set(type, wrapper);
        this.addEventListener(type, wrapper);
      } else {
        wrapper.handler = value;
      }
    },
    enumerable: true,
    configurable: true,
  });
}

// The listeners registered on an EventTarget for `type` (for node:events).
function getEventListeners(target, type) {
  const state = targetState.get(target);
  if (state === undefined) return [];
  const list = state.lists.get(`${type}`);
  const out = [];
  if (list !== undefined) {
    for (let r = list.head.next; r !== undefined; r = r.next) if (!r.removed) out.push(r.listener);
  }
  return out;
}

// ---------------------------------------------------------- AbortSignal
const kCreate = Symbol('create');
const signalState = new WeakMapCtor();

function signalInternals(self) {
  const s = signalState.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return s;
}

function newSignal(aborted = false, reason = undefined) {
  const signal = new AbortSignal(kCreate);
  signalState.set(signal, { aborted, reason, dependents: [], sources: null });
  return signal;
}

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function abortSignal(signal, reason) {
  const s = signalState.get(signal);
  if (s === undefined || s.aborted) return;
  s.aborted = true;
  s.reason = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
  const dependents = s.dependents;
  s.dependents = [];
  for (const dep of dependents) abortSignal(dep, reason);
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get aborted() { return signalInternals(this).aborted; }
  get reason() { return signalInternals(this).reason; }

  throwIfAborted() {
    const s = signalInternals(this);
    if (s.aborted) throw s.reason;
  }

  static abort(reason = defaultAbortReason()) {
    return newSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = newSignal();
    setTimeoutFn(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
    const result = newSignal();
    for (const signal of signals) {
      if (signal.aborted) {
        const s = signalState.get(result);
        s.aborted = true;
        s.reason = signal.reason;
        return result;
      }
    }
    const sources = [];
    for (const signal of signals) {
      const s = signalState.get(signal);
      if (s === undefined) {
        // A signal-like object: follow its abort event.
        if (typeof signal.addEventListener === 'function') {
          signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
        }
        continue;
      }
      // A composite signal: depend on its sources directly.
      for (const source of s.sources || [signal]) if (!sources.includes(source)) sources.push(source);
    }
    signalState.get(result).sources = sources;
    for (const source of sources) signalState.get(source).dependents.push(result);
    return result;
  }

  [inspectSymbol](depth, options, inspect) {
    const s = signalState.get(this);
    return inspectAs('AbortSignal', this, { aborted: s !== undefined && s.aborted }, depth, options, inspect);
  }
}
defineProperties(AbortSignal.prototype, {
  aborted: enumerable,
  throwIfAborted: { enumerable: false },
  [Symbol.toStringTag]: { value: 'AbortSignal', writable: false, enumerable: false, configurable: true },
});
defineEventHandler(AbortSignal.prototype, 'abort');

const controllerSignal = new WeakMapCtor();

function controllerInternals(self) {
  const signal = controllerSignal.get(self);
  if (signal === undefined) throw new ERR_INVALID_THIS('AbortController');
  return signal;
}

class AbortController {
  constructor() {
    controllerSignal.set(this, newSignal());
  }

  get signal() { return controllerInternals(this); }

  abort(reason = defaultAbortReason()) {
    abortSignal(controllerInternals(this), reason);
  }

  [inspectSymbol](depth, options, inspect) {
    const signal = controllerSignal.get(this);
    const s = signal && signalState.get(signal);
    if (depth < 0) return 'AbortController';
    const inner = inspectAs('AbortSignal', signal, { aborted: !!(s && s.aborted) }, depth - 1, options, inspect);
    return 'AbortController { signal: ' + inner + ' }';
  }
}
defineProperties(AbortController.prototype, {
  signal: enumerable,
  abort: enumerable,
  [Symbol.toStringTag]: { value: 'AbortController', writable: false, enumerable: false, configurable: true },
});

module.exports = {
  DOMException,
  Event,
  CustomEvent,
  EventTarget,
  AbortController,
  AbortSignal,
  // For other built-ins (node:events, timers/promises):
  defineEventHandler,
  getEventListeners,
  abortSignal,
};
