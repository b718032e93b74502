const xml2js = require('xml2js');
exports.probe = async () => {
  const xml = '<?xml version="1.0"?><root id="1"><item n="a">one</item><item n="b">two &amp; more</item><empty/></root>';
  const parsed = await xml2js.parseStringPromise(xml);
  const simple = await xml2js.parseStringPromise(xml, { explicitArray: false, mergeAttrs: true });
  const built = new xml2js.Builder({ headless: true }).buildObject({ note: { $: { lang: 'en' }, to: 'Tove', body: ['a < b', 'c'] } });
  let error;
  try { await xml2js.parseStringPromise('<a><b></a>'); } catch (e) { error = e.message.split('\n')[0]; }
  return { parsed, simple, built, error };
};
