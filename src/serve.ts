import dotenv from 'dotenv';
import { commands } from '../commands/index.js';
import { CatalogueError, loadCatalogue } from './catalogue/catalogue.js';
import { EnvError, parseEnv, ServeEnvSchema } from './config/env.js';
import { createRouter } from './interactions/router.js';
import { createLogger, flushLogger } from './log.js';
import { createInteractionsEndpoint } from './transports/http.js';

function fail(message: string): never {
  process.stderr.write(`cramp-bot serve: ${message}\n`);
  process.exit(1);
}

dotenv.config({ quiet: true });

let env;
try {
  env = parseEnv(ServeEnvSchema, process.env);
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}
const logger = createLogger({ level: env.LOG_LEVEL });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

let router;
try {
  router = createRouter(loadCatalogue(), commands);
} catch (error) {
  if (error instanceof CatalogueError) fail(`invalid catalogue: ${error.message}`);
  throw error;
}

const endpoint = createInteractionsEndpoint({ publicKey: env.DISCORD_PUBLIC_KEY, router, logger });
endpoint.server.on('error', (error: NodeJS.ErrnoException) => fail(`cannot listen on port ${String(env.HTTP_PORT)}: ${error.code ?? error.message}`));
endpoint.server.listen(env.HTTP_PORT, () => {
  logger.info({ port: env.HTTP_PORT, path: '/interactions' }, 'listening for Discord interactions');
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down after answering requests in flight');
    void endpoint
      .close()
      .then(() => flushLogger(logger))
      .then(() => process.exit(0));
  });
}
