import type { ClientOptions } from 'discord.js';
import { commands as defaultCommands } from '../commands/index.js';
import { loadCatalogue, type Catalogue } from './catalogue/catalogue.js';
import type { BotEnv } from './config/env.js';
import type { SlashCommand } from './interactions/command.js';
import { createRouter } from './interactions/router.js';
import { createLogger, type Logger } from './log.js';
import { openSqliteStore } from './preferences/sqlite-store.js';
import { startGatewayBot, type GatewayBot } from './transports/gateway.js';

export interface StartOptions {
  env: BotEnv;
  logger?: Logger;
  catalogue?: Catalogue;
  /** The commands to answer; tests swap in one that fails on purpose. */
  commands?: readonly SlashCommand[];
  client?: Partial<ClientOptions>;
}

/** discord.js's internal sharding: every shard in this process, each answering its own servers' interactions. */
function shardingOptions(count: BotEnv['SHARD_COUNT']): Partial<ClientOptions> {
  if (count === undefined) return {};
  if (count === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: count }, (_, id) => id), shardCount: count };
}

/** Everything `npm start` does once the environment is valid: the one entry point tests also drive. */
export async function startBot(options: StartOptions): Promise<GatewayBot & { logger: Logger }> {
  const { env } = options;
  const logger = options.logger ?? createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
  const preferences = openSqliteStore({ path: env.CRAMP_DB_PATH, logger });
  const router = createRouter(options.catalogue ?? loadCatalogue(), options.commands ?? defaultCommands, preferences);
  const bot = await startGatewayBot({
    token: env.DISCORD_TOKEN,
    apiUrl: env.DISCORD_API_URL,
    router,
    logger,
    client: { ...shardingOptions(env.SHARD_COUNT), ...options.client },
  });
  return {
    ...bot,
    logger,
    async stop() {
      await bot.stop();
      preferences.close();
    },
  };
}
