const { produce, produceWithPatches, enablePatches, enableMapSet, applyPatches, isDraft, original } = require('immer');
enablePatches();
enableMapSet();
exports.probe = () => {
  const base = { todos: [{ id: 1, done: false, text: 'a' }, { id: 2, done: false, text: 'b' }], meta: { count: 2 } };
  let seenDraft = null;
  const next = produce(base, (draft) => {
    draft.todos[0].done = true;
    draft.todos.push({ id: 3, done: false, text: 'c' });
    draft.meta.count = draft.todos.length;
    seenDraft = [isDraft(draft), original(draft.todos[1]) === base.todos[1]];
  });
  const [state, patches, inverse] = produceWithPatches({ m: new Map([['k', 1]]), s: new Set([1]) }, (d) => { d.m.set('k', 2); d.s.add(2); });
  return {
    next,
    shared: next.todos[1] === base.todos[1],
    frozen: Object.isFrozen(next) && Object.isFrozen(next.todos[2]),
    unchanged: produce(base, () => {}) === base,
    seenDraft,
    mapSet: [[...state.m], [...state.s]],
    patches,
    undone: (() => { const u = applyPatches(state, inverse); return [[...u.m], [...u.s]]; })(),
  };
};
