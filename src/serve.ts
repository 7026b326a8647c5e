import { commands } from '../commands/index.js';
import { CatalogueError, loadCatalogue } from './catalogue/catalogue.js';
import { ServeEnvSchema } from './config/env.js';
import { environmentOrExit, exitCleanlyOnSignal, exitWithMessage } from './entry.js';
import { createRouter } from './interactions/router.js';
import { createLogger } from './log.js';
import { openSqliteStore } from './preferences/sqlite-store.js';
import { createInteractionsEndpoint } from './transports/http.js';

const program = 'cramp-bot serve';
const env = environmentOrExit(program, ServeEnvSchema);
const logger = createLogger({ level: env.LOG_LEVEL });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

const preferences = openSqliteStore({ path: env.CRAMP_DB_PATH, logger });
let router;
try {
  router = createRouter(loadCatalogue(), commands, preferences);
} catch (error) {
  if (error instanceof CatalogueError) exitWithMessage(program, `invalid catalogue: ${error.message}`);
  throw error;
}

const endpoint = createInteractionsEndpoint({ publicKey: env.DISCORD_PUBLIC_KEY, router, logger });
endpoint.server.on('error', (error: NodeJS.ErrnoException) => exitWithMessage(program, `cannot listen on port ${String(env.HTTP_PORT)}: ${error.code ?? error.message}`));
endpoint.server.listen(env.HTTP_PORT, () => {
  logger.info({ port: env.HTTP_PORT, path: '/interactions' }, 'listening for Discord interactions');
});
exitCleanlyOnSignal(logger, 'requests', async () => {
  await endpoint.close();
  preferences.close();
});
