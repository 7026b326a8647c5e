import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The application's public key from the Developer Portal: 64 hexadecimal characters (32 bytes). */
export function ed25519PublicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Discord signs the timestamp header followed by the raw body; anything else is not from Discord. */
export function isSignedByDiscord(key: KeyObject, signatureHex: string, timestamp: string, body: Buffer): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
}
