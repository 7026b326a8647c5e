// What both HTTP floors do before anything else: read the body and check its Ed25519 signature, as Discord
// requires, with nothing more. A request signed wrongly gets 401 here; a signed one goes to `answer`.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const key = createPublicKey({
  key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(process.env.DISCORD_PUBLIC_KEY, 'hex').toString('base64url') },
  format: 'jwk',
});

/** Serves signed requests on HTTP_PORT: `answer(signatureHex, response)` for each one whose signature holds. */
export function serveSigned(answer) {
  createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const signature = String(request.headers['x-signature-ed25519']);
      const signed = Buffer.concat([Buffer.from(String(request.headers['x-signature-timestamp'])), body]);
      if (!verify(null, signed, key, Buffer.from(signature, 'hex'))) {
        response.writeHead(401).end();
        return;
      }
      answer(signature, response);
    });
  }).listen(Number(process.env.HTTP_PORT), '127.0.0.1', () => console.log('listening for Discord interactions'));
}
