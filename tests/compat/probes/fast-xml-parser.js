const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');
exports.probe = () => {
  const xml = '<catalog><book id="b1" lang="en"><title>A &amp; B</title><price>10.50</price></book><book id="b2"><title>C</title><price>7</price></book></catalog>';
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
  const obj = parser.parse(xml);
  return {
    obj,
    plain: new XMLParser().parse('<a><b>1</b><b>true</b><c>x</c></a>'),
    built: new XMLBuilder({ ignoreAttributes: false, format: true }).build(obj),
    valid: XMLValidator.validate(xml),
    invalid: XMLValidator.validate('<a><b></a>'),
  };
};
