import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The field prime of Ed25519, 2^255 − 19, and the curve constant d. */
const P = 2n ** 255n - 19n;
const D = (-121665n * modInverse(121666n)) % P;

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = ((base % P) + P) % P;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

function modInverse(value: bigint): bigint {
  return modPow(value, P - 2n);
}

/** The eight points of small order, by their y coordinate: a key among them lets forged signatures through. */
const smallOrderY = new Set([
  0n,
  1n,
  P - 1n,
  0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n,
  0x7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7n,
]);

/**
 * Why 64 hex characters are not a usable Ed25519 public key, or undefined when they are: the point must be
 * canonically encoded, lie on the curve, and not be one of the small-order points (for which a constant
 * "signature" verifies for every message).
 */
export function ed25519KeyProblem(hex: string): string | undefined {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return 'must be 64 hexadecimal characters';
  const bytes = Buffer.from(hex, 'hex');
  const last = bytes[31] ?? 0;
  const yBytes = Buffer.from(bytes);
  yBytes[31] = last & 0x7f;
  const y = BigInt(`0x${Buffer.from(yBytes).reverse().toString('hex')}`);
  if (y >= P) return 'is not a valid Ed25519 public key (not canonically encoded)';
  if (smallOrderY.has(y)) return 'is not a valid Ed25519 public key (a weak, small-order point)';
  // On the curve when x² = (y² − 1) / (d·y² + 1) has a square root mod p.
  const y2 = (y * y) % P;
  const x2 = (((y2 - 1n + P) % P) * modInverse((D * y2 + 1n) % P)) % P;
  if (x2 !== 0n && modPow(x2, (P - 1n) / 2n) !== 1n) return 'is not a valid Ed25519 public key (not a point on the curve)';
  if (x2 === 0n && (last & 0x80) !== 0) return 'is not a valid Ed25519 public key (not canonically encoded)';
  return undefined;
}

/** The application's public key from the Developer Portal: 64 hexadecimal characters (32 bytes), already checked. */
export function ed25519PublicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/**
 * Discord signs the timestamp header followed by the raw body; anything else is not from Discord. The check
 * runs on libuv's thread pool, so the event loop goes on parsing and answering other requests meanwhile.
 */
export function isSignedByDiscord(key: KeyObject, signatureHex: string, timestamp: string, body: Buffer): Promise<boolean> {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex)) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'), (error, valid) => {
      if (error) reject(error);
      else resolve(valid);
    });
  });
}
