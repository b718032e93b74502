const { of, from, Subject, BehaviorSubject, lastValueFrom, firstValueFrom, combineLatest, zip, defer, map, filter, scan, reduce, take, toArray, mergeMap, distinctUntilChanged, catchError, startWith } = require('rxjs');
exports.probe = async () => {
  const sync = [];
  of(1, 2, 3, 4, 5).pipe(filter((x) => x % 2 === 1), map((x) => x * 10)).subscribe((v) => sync.push(v));
  const subject = new Subject();
  const seen = [];
  subject.pipe(scan((acc, v) => acc + v, 0), distinctUntilChanged()).subscribe((v) => seen.push(v));
  [1, 0, 2, 0].forEach((v) => subject.next(v));
  subject.complete();
  const bs = new BehaviorSubject('init');
  const combined = [];
  combineLatest([bs, of('x')]).subscribe((v) => combined.push(v.join('+')));
  bs.next('next');
  return {
    sync,
    seen,
    combined,
    reduced: await lastValueFrom(from([1, 2, 3]).pipe(reduce((a, b) => a * b, 1))),
    merged: await lastValueFrom(from([1, 2]).pipe(mergeMap((x) => from(Promise.resolve(x * 2))), toArray())),
    zipped: await lastValueFrom(zip(of('a', 'b'), of(1, 2, 3)).pipe(toArray())),
    first: await firstValueFrom(defer(() => of(7, 8)).pipe(startWith(6), take(1))),
    caught: await lastValueFrom(defer(() => { throw new Error('bad'); }).pipe(catchError((e) => of(e.message)))),
  };
};
