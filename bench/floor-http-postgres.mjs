// The HTTP floor plus the one thing several instances must share: the smallest server that checks the
// signature, records it in PostgreSQL (refusing one already recorded) and answers with a fixed copy of our card.
// Signatures arriving in one turn of the event loop are recorded by one statement, at most two at a time, as
// ours does; nothing else (no members' views, no logs, no timeouts). It shows what the round trip itself costs.
import { setImmediate } from 'node:timers';
import pg from 'pg';
import { serveSigned } from './floor-signed.mjs';

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

serveSigned((signature, response) => {
  waiting.push({
    signature: signature.slice(0, 32),
    answer: (first) => (first ? response.writeHead(200, { 'content-type': 'application/json' }).end(reply) : response.writeHead(401).end()),
  });
  schedule();
});
