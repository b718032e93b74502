const { Map, List, fromJS, is, Seq, Record, Set: ISet, OrderedMap } = require('immutable');
exports.probe = () => {
  const m1 = Map({ a: 1, b: 2 });
  const m2 = m1.set('b', 50);
  const nested = fromJS({ a: { b: [1, 2, { c: 3 }] } });
  const Point = Record({ x: 0, y: 0 });
  return {
    maps: [m1.get('b'), m2.get('b'), m1 === m1.set('a', 1), is(Map({ a: 1 }), Map({ a: 1 }))],
    list: List([1, 2, 3]).push(4).map((x) => x * 2).filter((x) => x > 2).toArray(),
    nested: [nested.getIn(['a', 'b', 2, 'c']), nested.setIn(['a', 'b', 0], 9).toJS(), nested.updateIn(['a', 'b'], (l) => l.size).toJS()],
    seq: Seq([1, 2, 3, 4, 5, 6]).filter((x) => x % 2).map((x) => x * x).take(2).toArray(),
    record: [new Point({ x: 3 }).toJSON(), new Point().set('y', 2).y],
    set: ISet([3, 1, 3, 2]).sort().toArray(),
    ordered: OrderedMap([['z', 1], ['a', 2]]).keySeq().toArray(),
    str: String(Map({ k: List([1]) })),
  };
};
