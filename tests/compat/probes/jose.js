// jose is ESM-only (since v6) and runs on WebCrypto (crypto.subtle).
exports.probe = async () => {
  const { SignJWT, jwtVerify, decodeJwt, decodeProtectedHeader, base64url, CompactEncrypt, compactDecrypt } = await import('jose');
  const secret = new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2');
  const jwt = await new SignJWT({ 'urn:example:claim': true }).setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(1700000000).setIssuer('urn:example:issuer').setAudience('urn:example:audience').setExpirationTime(1700007200).sign(secret);
  const { payload, protectedHeader } = await jwtVerify(jwt, secret, { issuer: 'urn:example:issuer', audience: 'urn:example:audience', currentDate: new Date(1700000100000) });
  const key = new Uint8Array(32).fill(7);
  const jwe = await new CompactEncrypt(new TextEncoder().encode('hi there')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);
  const { plaintext } = await compactDecrypt(jwe, key);
  return {
    jwt,
    payload,
    protectedHeader,
    decoded: [decodeJwt(jwt), decodeProtectedHeader(jwt)],
    b64: [base64url.encode('hello?>'), new TextDecoder().decode(base64url.decode('aGVsbG8_Pg'))],
    jwe: [jwe.split('.').length, new TextDecoder().decode(plaintext)],
  };
};
