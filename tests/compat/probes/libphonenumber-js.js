const { parsePhoneNumber, parsePhoneNumberFromString, isValidPhoneNumber, AsYouType, getCountryCallingCode } = require('libphonenumber-js');
exports.probe = () => {
  const p = parsePhoneNumber('+12133734253');
  const ru = parsePhoneNumberFromString('8 (800) 555-35-35', 'RU');
  return {
    us: [p.country, p.countryCallingCode, p.nationalNumber, p.formatInternational(), p.formatNational(), p.getURI(), p.isValid(), p.getType() || null],
    ru: [ru.number, ru.format('E.164'), ru.isPossible()],
    valid: [isValidPhoneNumber('+44 20 7946 0958'), isValidPhoneNumber('123', 'US')],
    asYouType: [new AsYouType('US').input('2133734'), new AsYouType().input('+4915123456789')],
    code: getCountryCallingCode('FR'),
    error: (() => { try { parsePhoneNumber('x'); } catch (e) { return [e.name, e.message]; } })(),
  };
};
