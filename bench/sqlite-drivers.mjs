// Node's built-in node:sqlite against better-sqlite3, with the statements the SQLite store runs: a member's choice
// written (upsert) and read back, WAL, synchronous NORMAL. `node bench/sqlite-drivers.mjs node|better`; results and
// the decision are in docs/performance.md.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
const require = createRequire(import.meta.url);
const which = process.argv[2] === 'node' ? 'node' : 'better';
const dir = mkdtempSync(join(tmpdir(), 'sqlb-'));
let db;
if (which === 'node') {
  const { DatabaseSync } = await import('node:sqlite');
  db = new DatabaseSync(join(dir, 'x.sqlite'));
} else {
  const Database = require('better-sqlite3');
  db = new Database(join(dir, 'x.sqlite'));
}
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL');
db.exec(
  'CREATE TABLE audience_preferences (user_id TEXT PRIMARY KEY, audience TEXT NOT NULL, chosen_at TEXT NOT NULL) STRICT, WITHOUT ROWID',
);
const upsert = db.prepare(
  'INSERT INTO audience_preferences (user_id, audience, chosen_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET audience = excluded.audience, chosen_at = excluded.chosen_at',
);
const read = db.prepare('SELECT audience FROM audience_preferences WHERE user_id = ?');
const N = 20000;
let t = performance.now();
for (let i = 0; i < N; i++) upsert.run(String(1300000000000000000n + BigInt(i)), i % 2 ? 'clinician' : 'general', new Date().toISOString());
const w = ((performance.now() - t) / N) * 1000;
t = performance.now();
for (let r = 0; r < 5; r++) for (let i = 0; i < N; i++) read.get(String(1300000000000000000n + BigInt(i)));
const rd = ((performance.now() - t) / (N * 5)) * 1000;
console.log(which, process.version, `write ${w.toFixed(1)} µs, read ${rd.toFixed(2)} µs`);
