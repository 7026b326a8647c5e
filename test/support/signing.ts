import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair made for the test: `hex` is what DISCORD_PUBLIC_KEY would hold. */
export function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  return { hex, privateKey };
}

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** The two headers Discord sends: a signature over the timestamp followed by the raw body. */
export function signatureHeaders(body: string, key: KeyObject, timestamp = nowSeconds()) {
  return { 'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'), 'x-signature-timestamp': timestamp };
}
