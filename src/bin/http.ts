import { createHttp } from '../app.js';
import { CatalogueError } from '../catalogue/catalogue.js';
import { ServeEnvSchema } from '../config/env.js';
import { createLogger } from '../log.js';
import { Program } from './program.js';

/** `npm run serve`: the HTTP interactions endpoint. */
const program = new Program('cramp-bot serve');
const env = program.environment(ServeEnvSchema);
const logger = program.useLogger(createLogger({ level: env.LOG_LEVEL }));

let http;
try {
  http = createHttp({ env, logger });
} catch (error) {
  if (error instanceof CatalogueError) program.fail(`invalid catalogue: ${error.message}`);
  throw error;
}
const { server } = http.endpoint;
server.on('error', (error: NodeJS.ErrnoException) =>
  program.fail(`cannot listen on port ${String(env.HTTP_PORT)}: ${error.code ?? error.message}`),
);
server.listen(env.HTTP_PORT, () => logger.info({ port: env.HTTP_PORT, path: '/interactions' }, 'listening for Discord interactions'));
program.stopOnSignal('requests', () => http.stop());
