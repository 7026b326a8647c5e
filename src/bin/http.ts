import { createHttp } from '../app.js';
import { CatalogueError } from '../catalogue/catalogue.js';
import { ServeEnvSchema } from '../config/env.js';
import { createLogger } from '../log.js';
import { Program } from './program.js';
import { DatabaseStartError } from '../store/postgres-store.js';

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
try {
  await http.app.verifyStore();
} catch (error) {
  if (error instanceof DatabaseStartError) program.fail(`cannot use the database in DATABASE_URL: ${error.message}`);
  throw error;
}
const { server } = http.endpoint;
const where = env.HTTP_HOST === undefined ? `port ${String(env.HTTP_PORT)}` : `${env.HTTP_HOST} port ${String(env.HTTP_PORT)}`;
server.on('error', (error: NodeJS.ErrnoException) => program.fail(`cannot listen on ${where}: ${error.code ?? error.message}`));
// Without HTTP_HOST, every interface; with it, only that address (127.0.0.1 behind a proxy on the same host).
server.listen({ port: env.HTTP_PORT, host: env.HTTP_HOST }, () => {
  const bound = server.address();
  const address = typeof bound === 'object' && bound ? bound.address : undefined;
  logger.info({ address, port: env.HTTP_PORT, path: '/interactions' }, 'listening for Discord interactions');
});
// Metrics and health on their own port (METRICS_PORT), kept off the public one; a busy port stops the program.
const { health } = http;
if (health) {
  health.on('error', (error: NodeJS.ErrnoException) =>
    program.fail(`cannot serve /livez, /readyz and /metrics on METRICS_PORT ${String(env.METRICS_PORT)}: ${error.code ?? error.message}`),
  );
  health.listen(env.METRICS_PORT, () => logger.info({ port: env.METRICS_PORT }, 'serving /livez, /readyz and /metrics'));
}
program.stopOnSignal('requests', () => http.stop());
