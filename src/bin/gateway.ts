import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import { MetricsPortError, startGateway, type RunningGateway } from '../app.js';
import { CatalogueError } from '../catalogue/catalogue.js';
import { BotEnvSchema } from '../config/env.js';
import { describeRestError, redactUrl } from '../discord/rest-error.js';
import { createLogger } from '../log.js';
import { Program } from './program.js';
import { DatabaseStartError } from '../store/postgres-store.js';

/** `npm start`: the gateway bot. */
const program = new Program('cramp-bot');
const env = program.environment(BotEnvSchema);
const logger = program.useLogger(createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] }));

/** Network failures carry a system error code (ECONNREFUSED, ENOTFOUND, UND_ERR_…); a bug does not. */
const isNetworkError = (error: unknown) => error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';

let gateway: RunningGateway | undefined;
// Listening before the login, so a SIGTERM while connecting also ends cleanly.
program.stopOnSignal('interactions', async () => {
  await gateway?.stop();
});
try {
  // A gateway closed for good leaves a bot that hears nothing: exit non-zero so a supervisor restarts it or says why.
  gateway = await startGateway({ env, logger, onFatalClose: (message) => program.fail(message) });
} catch (error) {
  if (error instanceof CatalogueError) program.fail(`invalid catalogue: ${error.message}`);
  if (error instanceof MetricsPortError) program.fail(error.message);
  if (error instanceof DatabaseStartError) program.fail(`cannot use the database in DATABASE_URL: ${error.message}`);
  if (error instanceof DiscordAPIError && error.status === 401) {
    program.fail('Discord rejected DISCORD_TOKEN (401). Reset the token in the Developer Portal and update .env.');
  }
  const api = redactUrl(env.DISCORD_API_URL);
  if (error instanceof RateLimitError)
    program.fail(`Discord is rate limiting the login at ${api}: try again in ${String(Math.round(error.retryAfter / 1000))} s`);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    program.fail(`Discord answered ${String(error.status)} at ${api}: ${describeRestError(error).message}`);
  }
  if (isNetworkError(error)) program.fail(`could not connect to Discord at ${api}: ${describeRestError(error).message}`);
  if (error instanceof Error && error.name === 'AbortError') {
    program.fail(`Discord's API at ${api} did not answer the login in time: check DISCORD_API_URL and the network`);
  }
  // Anything else the gateway client refuses with (no gateway sessions left for today, say) is said in one line; the
  // stack goes to the debug log.
  logger.debug({ err: error }, 'start-up failed');
  program.fail(`could not log in to Discord at ${api}: ${error instanceof Error ? error.message : String(error)}`);
}
