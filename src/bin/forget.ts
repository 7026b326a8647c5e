import { parseArgs } from 'node:util';
import { StoreEnvSchema } from '../config/env.js';
import { createLogger } from '../log.js';
import { openPostgresStore } from '../store/postgres-store.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { Program } from './program.js';

/**
 * `npm run forget -- --user <id>` or `--server <id>`: erases what is stored about one member (their reading
 * view and country) or one server (its defaults), in SQLite or PostgreSQL, whichever the bot uses. For operators
 * answering an erasure request without writing SQL.
 */
const program = new Program('forget');
const env = program.environment(StoreEnvSchema);
function readArgs() {
  try {
    return parseArgs({ options: { user: { type: 'string' }, server: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    return program.fail(`${error instanceof Error ? error.message : String(error)}; use --user <id> or --server <id>`);
  }
}
const { user, server } = readArgs();
if ((user === undefined) === (server === undefined)) program.fail('give exactly one of --user <id> or --server <id>');
const id = user ?? server ?? '';
if (!/^\d{1,20}$/.test(id)) program.fail(`"${id}" is not a Discord id (digits only, as Discord's "Copy ID" gives it)`);

const logger = createLogger({ level: 'silent' });
const store = env.DATABASE_URL
  ? openPostgresStore({ connectionString: env.DATABASE_URL, logger })
  : openSqliteStore({ path: env.CRAMP_DB_PATH, logger });
const erased = user === undefined ? await store.forgetServer(id) : await store.forget(id);
await store.close();
if (!erased) program.fail(`could not erase: the database ${env.DATABASE_URL ? '(DATABASE_URL)' : env.CRAMP_DB_PATH} cannot be written`);
process.stdout.write(`erased everything stored about ${user === undefined ? 'server' : 'member'} ${id}\n`);
