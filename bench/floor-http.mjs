// The HTTP floor: the smallest interactions endpoint on node:http that does what Discord requires (read the
// body, check the Ed25519 signature, answer with JSON) and nothing else. It replies with a fixed copy of our
// card (FLOOR_REPLY), so both servers send the same bytes and the ratio measures our router, store and checks.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const key = createPublicKey({
  key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(process.env.DISCORD_PUBLIC_KEY, 'hex').toString('base64url') },
  format: 'jwk',
});
const reply = process.env.FLOOR_REPLY;

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const signature = Buffer.from(String(request.headers['x-signature-ed25519']), 'hex');
    const signed = Buffer.concat([Buffer.from(String(request.headers['x-signature-timestamp'])), body]);
    if (!verify(null, signed, key, signature)) {
      response.writeHead(401).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(reply);
  });
}).listen(Number(process.env.HTTP_PORT), '127.0.0.1', () => console.log('listening for Discord interactions'));
