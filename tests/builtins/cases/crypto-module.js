// crypto: the module's shape (export names and kinds), and the small helpers
// both Node and the sandbox agree on. (What the sandbox cannot do, e.g.
// createSign, throws ERR_FEATURE_UNAVAILABLE_IN_SANDBOX there and is not compared.)
const crypto = require('crypto');

exports.probe = () => {
  const keys = Object.keys(crypto).sort();
  const kinds = {};
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(crypto, k);
    kinds[k] = [d.get ? 'getter' : typeof d.value, d.enumerable, d.configurable];
  }
  const hidden = ['createCipher', 'createDecipher', 'prng', 'pseudoRandomBytes', 'rng', 'fips'].map((k) => [k, k in crypto, Object.keys(crypto).includes(k)]);
  return {
    keys,
    kinds,
    hidden,
    requireNode: require('node:crypto') === crypto,
    getFips: crypto.getFips(),
    secureHeapUsed: crypto.secureHeapUsed(),
    constants: [typeof crypto.constants, crypto.constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_OAEP_PADDING,
      crypto.constants.POINT_CONVERSION_UNCOMPRESSED, Object.getPrototypeOf(crypto.constants)],
    ctorNames: ['Hash', 'Hmac', 'Cipheriv', 'Decipheriv', 'KeyObject'].map((n) => crypto[n].name),
    prng: crypto.prng === crypto.randomBytes || typeof crypto.prng === 'function',
    getRandomValuesStable: crypto.getRandomValues === crypto.getRandomValues,
    webcryptoStable: crypto.webcrypto === crypto.webcrypto,
  };
};
