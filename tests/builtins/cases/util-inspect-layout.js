'use strict';
// util.inspect multi-line layout: compact levels, breakLength, grouping of
// realistic nested data, depth markers of every kind, showHidden extras.
const util = require('util');

exports.probe = () => {
  const out = [];
  const show = (v, o) => out.push(o === undefined ? util.inspect(v) : util.inspect(v, o));
  const users = Array.from({ length: 4 }, (_, i) => ({
    id: i + 1,
    name: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra'][i],
    email: `user${i}@example.com`,
    roles: i % 2 ? ['admin', 'editor'] : ['viewer'],
    settings: { theme: i % 2 ? 'dark' : 'light', notifications: { email: true, sms: i === 2 } },
    scores: Array.from({ length: 8 + i * 5 }, (_, j) => (j * 37 + i) % 101),
  }));
  const response = { status: 200, ok: true, headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' }, data: { users, total: 4, page: 1 } };
  show(response);
  show(response, { depth: 4 });
  show(response, { depth: Infinity, breakLength: 120 });
  show(users[3]);
  show(users, { compact: 1, depth: 1 });
  show(users.map((u) => u.scores));
  show({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
  show(Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)));
  show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 10, compact: 2 });
  show({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 10, compact: 4 });
  show({ a: { b: 1 }, c: { d: { e: { f: 1 } } } }, { depth: 10 });
  show({ x: 1, y: { z: [1, 2, { w: 3 }] } });
  show({ list: ['short', 'strings', 'that', 'are', 'many', 'and', 'more', 'and', 'even', 'more', 'of', 'them'] });
  show({ text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore' });
  show(['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore', 1]);
  show({ nested: { text: 'first line\nsecond line\nthird line with more words to push it past the limit of the line' } });
  show({ k: 'v'.repeat(70) });
  show({ k: 'v'.repeat(74) });
  show({ k: 'v'.repeat(75) });
  show({ k1: 'v'.repeat(30), k2: 'w'.repeat(30) });
  show({ k1: 'v'.repeat(31), k2: 'w'.repeat(31) });
  show({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20 });
  show([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }, { a: 13, b: 14 }]);
  show(new Map(users.map((u) => [u.id, u])), { depth: 1 });
  show(new Map([['config', { deep: { deeper: { deepest: 1 } } }]]));
  show(new Set(users.map((u) => u.name)));
  show({ depth: { map: new Map([[1, new Map([[2, new Map([[3, 4]])]])]]), set: new Set([new Set([new Set([1])])]) } });
  show({ d: { d: { d: { arr: [1], map: new Map([[1, 2]]), set: new Set([1]), obj: { a: 1 }, np: Object.create(null), fn: function f() {}, cls: class K {}, date: new Date(0), re: /x/, err: Object.assign(new Error('e'), { stack: 'Error: e' }), ta: new Uint8Array(1), ab: new ArrayBuffer(1), num: new Number(1), tagged: { [Symbol.toStringTag]: 'T' } } } } });
  show({ d: { d: { d: { emptyArr: [], emptyMap: new Map(), emptySet: new Set(), emptyObj: {}, emptyNp: Object.create(null) } } } });
  class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return Math.hypot(this.x, this.y); } toString() { return `(${this.x}, ${this.y})`; } }
  class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } get volume() { return 0; } }
  Point3.prototype.protoData = 'shared';
  show(new Point3(1, 2, 3));
  show(new Point3(1, 2, 3), { showHidden: true });
  show(new Point3(1, 2, 3), { showHidden: true, getters: true });
  show({ p: new Point(3, 4) }, { showHidden: true });
  show([new Point(0, 0)], { showHidden: true, depth: 0 });
  show(Object.create(Point.prototype), { showHidden: true });
  show(new Map([[1, 2]]), { showHidden: true });
  show(new Set([1]), { showHidden: true });
  show(/re/g, { showHidden: true });
  show(new Date(0), { showHidden: true });
  show({ a: 1 }, { showHidden: true });
  show(Object.assign(() => {}, { p: 1 }), { showHidden: true });
  show([1, [2, [3, [4, [5, [6]]]]]], { depth: 3 });
  show({ long: Array.from({ length: 120 }, (_, i) => `item-${i}`) });
  show(Array.from({ length: 101 }, (_, i) => ({ i })).slice(0, 3));
  show(Array.from({ length: 27 }, (_, i) => (i % 7 === 0 ? 'seven' : i)));
  show(Array.from({ length: 16 }, (_, i) => -i * 1.5));
  show(Array.from({ length: 16 }, (_, i) => [i]));
  show(Array.from({ length: 16 }, (_, i) => (i % 2 ? null : undefined)));
  show(Array.from({ length: 9 }, (_, i) => '日本語'.repeat(i % 3 + 1)));
  show(Array.from({ length: 9 }, (_, i) => 'é'.repeat(i + 1)));
  show(Array.from({ length: 9 }, (_, i) => '😀'.repeat(i + 1)));
  show({ '日本': '語', 'ключ': 'значение', 'emoji😀': 1 });
  show(Array.from({ length: 30 }, (_, i) => i), { breakLength: 30, compact: 2 });
  show(Array.from({ length: 30 }, (_, i) => i), { compact: 0 });
  show({ a: [1, 2, 3] }, { compact: 0 });
  return out;
};
