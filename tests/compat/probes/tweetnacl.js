const nacl = require('tweetnacl');
const hex = (u8) => Buffer.from(u8).toString('hex');
exports.probe = () => {
  const seed = new Uint8Array(32).map((_, i) => i);
  const kp = nacl.sign.keyPair.fromSeed(seed);
  const msg = new TextEncoder().encode('hello');
  const sig = nacl.sign.detached(msg, kp.secretKey);
  const key = new Uint8Array(32).fill(1);
  const nonce = new Uint8Array(24).fill(2);
  const box = nacl.secretbox(msg, nonce, key);
  const a = nacl.box.keyPair.fromSecretKey(new Uint8Array(32).fill(3));
  const b = nacl.box.keyPair.fromSecretKey(new Uint8Array(32).fill(4));
  return {
    publicKey: hex(kp.publicKey),
    sig: hex(sig),
    verify: [nacl.sign.detached.verify(msg, sig, kp.publicKey), nacl.sign.detached.verify(new Uint8Array([1]), sig, kp.publicKey)],
    secretbox: [hex(box), new TextDecoder().decode(nacl.secretbox.open(box, nonce, key))],
    shared: hex(nacl.box.before(b.publicKey, a.secretKey)) === hex(nacl.box.before(a.publicKey, b.secretKey)),
    hash: hex(nacl.hash(msg)).slice(0, 32),
    random: nacl.randomBytes(16).length,
  };
};
