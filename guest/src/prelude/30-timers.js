// Prelude part: timers. setTimeout, setInterval, setImmediate (and their
// clear* functions) and queueMicrotask, plus the hooks the Rust side uses to
// run due timers (`timerDelay`, `runTimer`).

  // setTimeout & co. in the sandbox. The Rust side (invoke.rs) drives them:
  // whenever no microtask is left it runs the next due timer, or waits on
  // the host (no CPU, no thread) until one is due or a host call finishes.
  // Ordering follows Node: by due time, then by creation; microtasks run
  // after each callback.
  const timers_ = new Map(); // id -> { due, seq, fn, args, interval }
  let timerSeq = 0;
  let nextTimerId = 1;
  const now = () => Date.now();

  function addTimer(fn, ms, args, repeat) {
    taint();
    if (typeof fn !== 'function') {
      const e = new TypeErrorCtor('The "callback" argument must be of type function. Received ' + typeof fn);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    let delay = Number(ms);
    if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
    const id = nextTimerId++;
    timers_.set(id, { due: now() + delay, seq: timerSeq++, fn, args, interval: repeat ? delay : 0 });
    return id;
  }
  function clearTimer(id) {
    if (id !== null && typeof id === 'object' && typeof id[Symbol.toPrimitive] === 'function') id = +id;
    timers_.delete(id);
  }
  defineProperty(G, 'setTimeout', { value: (fn, ms, ...args) => addTimer(fn, ms, args, false), writable: true, configurable: true });
  defineProperty(G, 'setInterval', { value: (fn, ms, ...args) => addTimer(fn, ms, args, true), writable: true, configurable: true });
  defineProperty(G, 'clearTimeout', { value: clearTimer, writable: true, configurable: true });
  defineProperty(G, 'clearInterval', { value: clearTimer, writable: true, configurable: true });
  defineProperty(G, 'setImmediate', { value: (fn, ...args) => addTimer(fn, 0, args, false), writable: true, configurable: true });
  defineProperty(G, 'clearImmediate', { value: clearTimer, writable: true, configurable: true });
  if (typeof G.queueMicrotask !== 'function') {
    defineProperty(G, 'queueMicrotask', {
      value: (fn) => { promiseResolve().then(() => fn()); },
      writable: true,
      configurable: true,
    });
  }

  function nextTimer() {
    let best;
    for (const [id, t] of timers_) {
      if (best === undefined || t.due < best[1].due || (t.due === best[1].due && t.seq < best[1].seq)) best = [id, t];
    }
    return best;
  }

  // Milliseconds until the next timer is due (0: now), or -1 if none.
  function timerDelay() {
    const next = nextTimer();
    if (next === undefined) return -1;
    return Math.max(0, next[1].due - now());
  }

  // Run the next due timer's callback (its exceptions propagate: an uncaught
  // exception in a timer fails the call, as it would crash a Node process).
  function runTimer() {
    const next = nextTimer();
    if (next === undefined) return;
    const [id, t] = next;
    if (t.interval > 0) {
      t.due = now() + t.interval;
      t.seq = timerSeq++;
    } else {
      timers_.delete(id);
    }
    apply(t.fn, undefined, t.args);
  }
