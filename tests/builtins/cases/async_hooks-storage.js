// async_hooks: AsyncLocalStorage (run, exit, getStore, enterWith, disable,
// bind, snapshot; awaits inside one pending run), AsyncResource, hooks.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook, executionAsyncResource, asyncWrapProviders } = require('async_hooks');

function attempt(fn) {
  try { return fn(); } catch (e) { return [e.name, e.code, e.message]; }
}

exports.probe = async function probe() {
  const log = [];
  const als = new AsyncLocalStorage();
  const other = new AsyncLocalStorage();
  log.push(['top', als.getStore()]);
  log.push(['run', als.run({ id: 1 }, (a, b) => [als.getStore(), a, b], 'arg', 'arg2')]);
  log.push(['after run', als.getStore()]);
  log.push(['nested', als.run(1, () => [als.getStore(), als.run(2, () => als.getStore()), als.getStore(), other.getStore(), other.run('o', () => [als.getStore(), other.getStore()])])]);
  log.push(['exit', als.run(1, () => als.exit((x) => [als.getStore(), x], 'x'))]);
  log.push(['exit outside', als.exit((x) => x, 'v')]);
  log.push(['throws restores', attempt(() => als.run('T', () => { throw new Error('in run'); })), als.getStore()]);
  const r = await als.run('A', async () => {
    const s0 = als.getStore();
    await null;
    const s1 = als.getStore();
    await new Promise((res) => setTimeout(res, 2));
    const s2 = als.getStore();
    const inner = await als.run('B', async () => { await null; return als.getStore(); });
    return [s0, s1, s2, inner, als.getStore()];
  });
  log.push(['async run', r, als.getStore()]);
  log.push(['then outside', await als.run('C', () => Promise.resolve(1)).then(() => als.getStore())]);
  const bound = als.run('D', () => AsyncLocalStorage.bind(() => als.getStore()));
  const snap = als.run('E', () => AsyncLocalStorage.snapshot());
  log.push(['bind', bound(), als.run('X', () => bound()), snap(() => als.getStore()), als.run('Y', () => snap((a) => [als.getStore(), a], 'arg'))]);
  log.push(['bound shape', bound.name, bound.length, typeof snap, snap.length]);
  const res = als.run('F', () => new AsyncResource('T'));
  log.push(['resource', res.runInAsyncScope(() => als.getStore()), als.run('G', () => res.runInAsyncScope(function (a) { return [als.getStore(), a, this]; }, 'self', 'a'))]);
  const rb = als.run('H', () => res.bind(function (x) { return [als.getStore(), String(this), x]; }));
  log.push(['resource bind', rb.call('THIS', 1), rb.name, rb.length]);
  const rb2 = res.bind(function (x, y) { return [als.getStore(), this]; }, 'T2');
  log.push(['resource bind thisArg', rb2(), rb2.name, rb2.length]);
  const rb3 = AsyncResource.bind(function f3(a, b, c) { return als.getStore(); });
  log.push(['static bind', rb3(), rb3.name, rb3.length]);
  log.push(['enterWith', als.run('I', () => { als.enterWith('J'); return als.getStore(); }), als.getStore()]);
  als.run('K', () => {
    als.disable();
    log.push(['disabled', als.getStore()]);
    log.push(['run after disable', als.run('L', () => als.getStore())]);
    log.push(['after inner', als.getStore()]);
  });
  const ids = new AsyncResource('ID', { triggerAsyncId: 7 });
  log.push(['ids', typeof executionAsyncId(), typeof triggerAsyncId(), typeof res.asyncId(), ids.triggerAsyncId(), res.emitDestroy() === res,
    typeof executionAsyncResource(), Object.keys(asyncWrapProviders).length, asyncWrapProviders.PROMISE, Object.isFrozen(asyncWrapProviders)]);
  const hook = createHook({ init() {} });
  log.push(['hook', hook.enable() === hook, hook.disable() === hook, Object.getOwnPropertyNames(Object.getPrototypeOf(hook)).sort()]);
  log.push(['errors', attempt(() => new AsyncResource(5)), attempt(() => new AsyncResource('x', { triggerAsyncId: -2 })),
    attempt(() => new AsyncResource('x', { triggerAsyncId: 'a' })), attempt(() => res.bind(5)), attempt(() => AsyncLocalStorage.bind(5)),
    attempt(() => createHook({ init: 5 })), attempt(() => createHook({ promiseResolve: 'x' }))]);
  log.push(['shape', Object.getOwnPropertyNames(AsyncResource.prototype).sort(), Object.getOwnPropertyNames(AsyncLocalStorage).sort(),
    ['run', 'exit', 'getStore', 'enterWith', 'disable'].map((k) => typeof AsyncLocalStorage.prototype[k])]);
  return log;
};
