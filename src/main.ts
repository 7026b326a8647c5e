import dotenv from 'dotenv';
import { CatalogueError } from './catalogue/catalogue.js';
import { BotEnvSchema, EnvError, parseEnv } from './config/env.js';
import { createLogger, flushLogger } from './log.js';
import { describeRestError } from './transports/discord-error.js';
import { startBot } from './start.js';

/** A problem the person starting the bot can fix: one line, no stack trace. */
function fail(message: string): never {
  process.stderr.write(`cramp-bot: ${message}\n`);
  process.exit(1);
}

dotenv.config({ quiet: true });

let env;
try {
  env = parseEnv(BotEnvSchema, process.env);
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}
const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });

process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

let bot;
try {
  bot = await startBot({ env, logger });
} catch (error) {
  if (error instanceof CatalogueError) fail(`invalid catalogue: ${error.message}`);
  const detail = describeRestError(error);
  if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') fail('Discord rejected DISCORD_TOKEN (401). Reset the token in the Developer Portal and update .env.');
  fail(`could not connect to Discord at ${env.DISCORD_API_URL}: ${detail.message}`);
}

async function shutDown(stopped: Promise<void>): Promise<never> {
  let code = 0;
  try {
    await stopped;
  } catch (error) {
    logger.error({ err: error }, 'error while shutting down');
    code = 1;
  }
  await flushLogger(logger);
  process.exit(code);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down after answering interactions in flight');
    void shutDown(bot.stop());
  });
}
