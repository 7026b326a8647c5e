// Child process for the concurrency test: writes preferences into one SQLite file as fast as it can.
import { createLogger } from '../../src/log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const [path = '', prefix = '', countText = '0'] = process.argv.slice(2);
const store = openSqliteStore({ path, logger: createLogger({ level: 'error', write: (line) => process.stderr.write(line) }) });
let saved = 0;
for (let i = 0; i < Number(countText); i += 1) {
  // Each writer has its own members, and both fight over a shared few.
  if (await store.remember(`${prefix}${String(i)}`, i % 2 === 0 ? 'general' : 'clinician')) saved += 1;
  if (await store.remember(`shared-${String(i % 10)}`, i % 3 === 0 ? 'general' : 'clinician')) saved += 1;
}
await store.close();
process.stdout.write(String(saved));
