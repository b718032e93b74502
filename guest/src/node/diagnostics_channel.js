// node:diagnostics_channel: named channels with subscribers, stores bound
// to channels (runStores), and tracing channels (traceSync, tracePromise,
// traceCallback) publishing start/end/asyncStart/asyncEnd/error.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateFunction,
} = require('internal/errors');

const setTimeoutFn = setTimeout;
const PromiseCtor = Promise;

// An exception in a subscriber does not stop the publisher: as in Node it
// surfaces later, uncaught.
function reportError(err) {
  setTimeoutFn(() => { throw err; }, 0);
}

const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    // As Node: a channel made with `new` becomes the one channel(name) returns.
    channels.set(name, this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps its own list.
    this._subscribers = this._subscribers ? this._subscribers.concat([subscription]) : [subscription];
  }

  unsubscribe(subscription) {
    const list = this._subscribers;
    const index = list ? list.indexOf(subscription) : -1;
    if (index === -1) return false;
    const next = list.slice();
    next.splice(index, 1);
    this._subscribers = next.length ? next : undefined;
    return true;
  }

  bindStore(store, transform) {
    if (!this._stores) this._stores = new Map();
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores || !this._stores.has(store)) return false;
    this._stores.delete(store);
    if (this._stores.size === 0) this._stores = undefined;
    return true;
  }

  get hasSubscribers() {
    return (this._subscribers !== undefined && this._subscribers.length > 0) || (this._stores !== undefined && this._stores.size > 0);
  }

  publish(data) {
    const list = this._subscribers;
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      try {
        const onMessage = list[i];
        onMessage(data, this.name);
      } catch (err) {
        reportError(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores || []) {
      const next = run;
      run = () => {
        let context;
        try {
          context = transform === undefined ? data : transform(data);
        } catch (err) {
          reportError(err);
          return next();
        }
        return store.run(context, next);
      };
    }
    return run();
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.hasSubscribers;
}

// ------------------------------------------------------------------ tracing
const TRACE_EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of TRACE_EVENTS) {
        Object.defineProperty(this, event, { value: channel(`tracing:${nameOrChannels}:${event}`) });
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of TRACE_EVENTS) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        Object.defineProperty(this, event, { value: ch });
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return TRACE_EVENTS.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of TRACE_EVENTS) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of TRACE_EVENTS) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { end, error } = this;
    return this.start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { end, asyncStart, asyncEnd, error } = this;
    const onResolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const onReject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return PromiseCtor.reject(err);
    };
    return this.start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof PromiseCtor)) promise = PromiseCtor.resolve(promise);
        return promise.then(onResolve, onReject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      const cbThis = this, cbArgs = arguments;
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, cbThis, cbArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return this.start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
