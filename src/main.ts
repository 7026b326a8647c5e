import { CatalogueError } from './catalogue/catalogue.js';
import { BotEnvSchema } from './config/env.js';
import { environmentOrExit, exitCleanlyOnSignal, exitWithMessage } from './entry.js';
import { createLogger } from './log.js';
import { describeRestError } from './transports/discord-error.js';
import { startBot } from './start.js';

const program = 'cramp-bot';
const env = environmentOrExit(program, BotEnvSchema);
const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

let bot;
try {
  bot = await startBot({ env, logger });
} catch (error) {
  if (error instanceof CatalogueError) exitWithMessage(program, `invalid catalogue: ${error.message}`);
  if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
    exitWithMessage(program, 'Discord rejected DISCORD_TOKEN (401). Reset the token in the Developer Portal and update .env.');
  }
  exitWithMessage(program, `could not connect to Discord at ${env.DISCORD_API_URL}: ${describeRestError(error).message}`);
}
exitCleanlyOnSignal(logger, 'interactions', () => bot.stop());
