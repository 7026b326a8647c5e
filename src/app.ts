import type { ClientOptions } from 'discord.js';
import { commands as shippedCommands } from '../commands/index.js';
import manifest from '../package.json' with { type: 'json' };
import { loadCatalogue, type Catalogue } from './catalogue/catalogue.js';
import type { BotEnv, ServeEnv } from './config/env.js';
import type { CommandDefinition, SlashCommand } from './interactions/command.js';
import type { Logger } from './log.js';
import { openSqliteStore } from './preferences/sqlite-store.js';
import { noPreferences, type PreferenceStore } from './preferences/store.js';
import { createRouter, type Router } from './router/router.js';
import { createSearch, type CauseSearch } from './search/search.js';
import { startGatewayBot, type GatewayBot } from './transports/gateway.js';
import { createInteractionsEndpoint, type InteractionsEndpoint } from './transports/http.js';

export interface AppOptions {
  readonly logger: Logger;
  /** Default: data/catalogue.json, validated (throws CatalogueError). */
  readonly catalogue?: Catalogue;
  /** Default: every command in commands/; tests swap in one that fails on purpose. */
  readonly commands?: readonly SlashCommand[];
  /** Where members' reading choices are kept (SQLite); without it nothing is remembered (the preview). */
  readonly preferencesPath?: string;
  /** A store built elsewhere, instead of `preferencesPath`: tests use it to inject faults. */
  readonly preferences?: PreferenceStore;
}

export interface App {
  readonly catalogue: Catalogue;
  readonly search: CauseSearch;
  /** What `npm run deploy` registers, computed once. */
  readonly definitions: readonly CommandDefinition[];
  readonly router: Router;
  readonly preferences: PreferenceStore;
}

/**
 * The composition root: the one place that wires catalogue → search → commands → router and the store.
 * Every program (gateway bot, HTTP endpoint, preview, deploy) starts from here.
 */
export function createApp(options: AppOptions): App {
  const { logger } = options;
  const catalogue = options.catalogue ?? loadCatalogue();
  const search = createSearch(catalogue);
  const registered = (options.commands ?? shippedCommands).map((command) => ({ command, definition: command.definition(catalogue) }));
  const preferences =
    options.preferences ??
    (options.preferencesPath === undefined ? noPreferences : openSqliteStore({ path: options.preferencesPath, logger }));
  const router = createRouter({
    catalogue,
    search,
    commands: registered,
    preferences,
    about: { version: manifest.version },
    onHandlerError: (error, interaction) =>
      logger.error({ interactionId: interaction.id, err: error }, 'handler failed; the member got an apology'),
  });
  return { catalogue, search, definitions: registered.map((entry) => entry.definition), router, preferences };
}

/** discord.js's internal sharding: every shard in this process, each answering its own servers' interactions. */
function shardingOptions(count: BotEnv['SHARD_COUNT']): Partial<ClientOptions> {
  if (count === undefined) return {};
  if (count === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: count }, (_, id) => id), shardCount: count };
}

export interface RunningGateway {
  readonly app: App;
  readonly bot: GatewayBot;
  /** Finishes the interactions in flight, closes the connection and the store. */
  stop(): Promise<void>;
}

/** Everything `npm start` does once the environment is valid; end-to-end tests start the bot through it too. */
export async function startGateway(options: {
  env: BotEnv;
  logger: Logger;
  commands?: readonly SlashCommand[];
  /** Extra discord.js options, for tests. */
  client?: Partial<ClientOptions>;
}): Promise<RunningGateway> {
  const { env, logger } = options;
  const app = createApp({ logger, preferencesPath: env.CRAMP_DB_PATH, ...(options.commands ? { commands: options.commands } : {}) });
  try {
    const bot = await startGatewayBot({
      token: env.DISCORD_TOKEN,
      apiUrl: env.DISCORD_API_URL,
      router: app.router,
      logger,
      client: { ...shardingOptions(env.SHARD_COUNT), ...options.client },
    });
    return {
      app,
      bot,
      async stop() {
        await bot.stop();
        await app.preferences.close();
      },
    };
  } catch (error) {
    await app.preferences.close();
    throw error;
  }
}

export interface RunningHttp {
  readonly app: App;
  readonly endpoint: InteractionsEndpoint;
  stop(): Promise<void>;
}

/** Everything `npm run serve` does once the environment is valid, short of listening. */
export function createHttp(options: { env: ServeEnv; logger: Logger }): RunningHttp {
  const { env, logger } = options;
  const app = createApp({ logger, preferencesPath: env.CRAMP_DB_PATH });
  const endpoint = createInteractionsEndpoint({ publicKey: env.DISCORD_PUBLIC_KEY, router: app.router, logger });
  return {
    app,
    endpoint,
    async stop() {
      await endpoint.close();
      await app.preferences.close();
    },
  };
}
