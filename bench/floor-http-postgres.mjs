// The HTTP floor plus the one thing several instances must share: the smallest server that checks the
// signature, records it in PostgreSQL (refusing one already recorded) and answers with a fixed copy of our card.
// Signatures arriving in one turn of the event loop are recorded by one statement, at most two at a time, as
// ours does; nothing else (no members' views, no logs, no timeouts). It shows what the round trip itself costs.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { setImmediate } from 'node:timers';
import pg from 'pg';

const key = createPublicKey({
  key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(process.env.DISCORD_PUBLIC_KEY, 'hex').toString('base64url') },
  format: 'jwk',
});
const reply = process.env.FLOOR_REPLY;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
await pool.query('CREATE UNLOGGED TABLE IF NOT EXISTS floor_seen_signatures (signature TEXT PRIMARY KEY)');

let waiting = [];
let inFlight = 0;
let scheduled = false;
const schedule = () => {
  if (scheduled || waiting.length === 0 || inFlight >= 2) return;
  scheduled = true;
  setImmediate(record);
};
async function record() {
  scheduled = false;
  const batch = waiting;
  waiting = [];
  inFlight += 1;
  const { rows } = await pool.query({
    name: 'record',
    text: 'INSERT INTO floor_seen_signatures SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING signature',
    values: [batch.map((entry) => entry.signature)],
  });
  inFlight -= 1;
  const firstSeen = new Set(rows.map((row) => row.signature));
  for (const entry of batch) entry.answer(firstSeen.has(entry.signature));
  schedule();
}

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const hex = String(request.headers['x-signature-ed25519']);
    const signed = Buffer.concat([Buffer.from(String(request.headers['x-signature-timestamp'])), body]);
    if (!verify(null, signed, key, Buffer.from(hex, 'hex'))) {
      response.writeHead(401).end();
      return;
    }
    waiting.push({
      signature: hex.slice(0, 32),
      answer: (first) =>
        first ? response.writeHead(200, { 'content-type': 'application/json' }).end(reply) : response.writeHead(401).end(),
    });
    schedule();
  });
}).listen(Number(process.env.HTTP_PORT), '127.0.0.1', () => console.log('listening for Discord interactions'));
