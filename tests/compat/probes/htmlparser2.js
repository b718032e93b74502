// htmlparser2 is ESM-only (since v10).
exports.probe = async () => {
  const { Parser, parseDocument, DomUtils } = await import('htmlparser2');
  const events = [];
  const parser = new Parser({
    onopentag: (name, attrs) => events.push(['open', name, attrs]),
    ontext: (t) => events.push(['text', t]),
    onclosetag: (name, implied) => events.push(['close', name, implied]),
    oncomment: (c) => events.push(['comment', c]),
  }, { decodeEntities: true });
  parser.write('<div class="a">Hi &amp; <b>bye');
  parser.write('</b><!-- note --><br><p>x</div>');
  parser.end();
  const doc = parseDocument('<ul><li id="1">one</li><li>two<em>!</em></li></ul><script>var a = "<b>";</script>');
  return {
    events,
    items: DomUtils.getElementsByTagName('li', doc).map((el) => [el.attribs, DomUtils.textContent(el)]),
    byId: DomUtils.getOuterHTML(DomUtils.getElementById('1', doc)),
    script: DomUtils.textContent(DomUtils.findOne((el) => el.name === 'script', doc.children)),
    xml: DomUtils.getOuterHTML(parseDocument('<a><B x="1"/></a>', { xmlMode: true })),
  };
};
