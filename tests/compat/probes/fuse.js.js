const Fuse = require('fuse.js');
exports.probe = () => {
  const books = [
    { title: "Old Man's War", author: { name: 'John Scalzi' }, tags: ['scifi'] },
    { title: 'The Lock Artist', author: { name: 'Steve Hamilton' }, tags: ['thriller'] },
    { title: 'HTML5', author: { name: 'Remy Sharp' }, tags: ['web'] },
    { title: 'The Silmarillion', author: { name: 'J.R.R. Tolkien' }, tags: ['fantasy'] },
  ];
  const fuse = new Fuse(books, { keys: ['title', 'author.name'], includeScore: true, includeMatches: true, threshold: 0.4 });
  const round = (n) => Math.round(n * 1e6) / 1e6;
  return {
    fuzzy: fuse.search('jon').map((r) => [r.item.title, r.refIndex, round(r.score), r.matches.map((m) => [m.key, m.indices])]),
    extended: new Fuse(books, { keys: ['title'], useExtendedSearch: true }).search("'Lock | ^HTML").map((r) => r.item.title),
    logical: new Fuse(books, { keys: ['tags'] }).search({ $or: [{ tags: 'scifi' }, { tags: 'fantasy' }] }).map((r) => r.refIndex),
    strings: new Fuse(['apple', 'banana', 'grape']).search('aple', { limit: 1 }).map((r) => r.item),
  };
};
