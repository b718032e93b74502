// entities is ESM-only (since v7).
exports.probe = async () => {
  const { encode, decode, escapeUTF8, decodeHTML, decodeXML, encodeHTML, encodeNonAsciiHTML, EntityLevel, DecodingMode } = await import('entities');
  return {
    encode: [encode('&#38; <ä>'), encode('<ä>', { level: EntityLevel.HTML }), encodeHTML('< & ∉ 😀'), encodeNonAsciiHTML('café 😀')],
    decode: [decode('&lt;b&gt; &amp;amp; &#x1F600;'), decodeHTML('&notin; &notit; &amp &copy'), decodeXML('&apos;&lt;&copy;'), decode('a &amp b', { mode: DecodingMode.Strict })],
    escape: escapeUTF8('<a href="x">\'&\'</a>'),
  };
};
