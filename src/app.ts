import type { Server } from 'node:http';
import { commands as shippedCommands } from '../commands/index.js';
import manifest from '../package.json' with { type: 'json' };
import { indexCatalogues, loadCatalogues, type Catalogue, type Catalogues } from './catalogue/catalogue.js';
import { loadLanguageFiles, type LanguageFile } from './catalogue/languages.js';
import type { BotEnv, ServeEnv } from './config/env.js';
import type { CommandDefinition, SlashCommand } from './interactions/command.js';
import type { Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { openPostgresStore } from './store/postgres-store.js';
import { memoryReplayGuard, type ReplayGuard } from './store/replay-guard.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { noPreferences, type PreferenceStore } from './store/store.js';
import { createRouter, type Router } from './router/router.js';
import { createLanguages, type Languages } from './search/languages.js';
import type { CauseSearch } from './search/search.js';
import { localizeDefinition } from './interactions/localize.js';
import type { GatewayBot, GatewayBotOptions, Sharding } from './transports/gateway.js';
import { createHealthServer, metricsRoute } from './transports/health.js';
import { createInteractionsEndpoint, type InteractionsEndpoint } from './transports/http.js';

export interface AppOptions {
  readonly logger: Logger;
  /**
   * Default: data/catalogue.json and every language in data/languages, validated (throws CatalogueError,
   * LanguageFileError or SafetyDataError). Given, the bot answers in English only, from this catalogue.
   */
  readonly catalogue?: Catalogue;
  /** Default: every command in commands/; tests swap in one that fails on purpose. */
  readonly commands?: readonly SlashCommand[];
  /** Where members' reading choices are kept (SQLite); without it nothing is remembered (the preview). */
  readonly preferencesPath?: string;
  /** PostgreSQL instead of SQLite, shared by every instance (DATABASE_URL). */
  readonly databaseUrl?: string;
  /** A store built elsewhere, instead of `preferencesPath`: tests use it to inject faults. */
  readonly preferences?: PreferenceStore;
  /** OPERATOR_CONTACT: whom members ask about their data, shown in /cramp-about. */
  readonly operatorContact?: string;
}

export interface App {
  /** The English catalogue. */
  readonly catalogue: Catalogue;
  /** The English search (which reads every language). */
  readonly search: CauseSearch;
  readonly languages: Languages;
  /** What `npm run deploy` registers, computed once. */
  readonly definitions: readonly CommandDefinition[];
  readonly router: Router;
  readonly preferences: PreferenceStore;
  /** For the HTTP endpoint: shared through PostgreSQL when there is one, else this instance's memory. */
  readonly replayGuard: ReplayGuard;
  readonly metrics: Metrics;
  /** At start, with PostgreSQL: rejects with a DatabaseStartError when the database cannot be used. */
  verifyStore(): Promise<void>;
}

/**
 * The composition root: the one place that wires catalogue → search → commands → router and the store.
 * Every program (gateway bot, HTTP endpoint, preview, deploy) starts from here.
 */
export function createApp(options: AppOptions): App {
  const { logger } = options;
  const { files, catalogues, languages } = options.catalogue ? withCatalogue(options.catalogue) : shipped();
  const [english] = languages.all;
  if (!english) throw new Error('no languages');
  const registered = (options.commands ?? shippedCommands).map((command) => ({
    command,
    definition: localizeDefinition(command.definition(catalogues, english.safety), files, catalogues),
  }));
  const metrics = createMetrics();
  const onFailure = () => metrics.storeFailures.inc();
  const postgres =
    options.databaseUrl === undefined ? undefined : openPostgresStore({ connectionString: options.databaseUrl, logger, onFailure });
  const preferences =
    options.preferences ??
    postgres ??
    (options.preferencesPath === undefined ? noPreferences : openSqliteStore({ path: options.preferencesPath, logger, onFailure }));
  const router = createRouter({
    languages,
    commands: registered,
    preferences,
    about: {
      version: manifest.version,
      languages: catalogues.all.map((catalogue) => catalogue.locale.name),
      ...(options.operatorContact ? { contact: options.operatorContact } : {}),
    },
    metrics,
    onHandlerError: (error, interaction) =>
      logger.error({ interactionId: interaction.id, err: error }, 'handler failed; the member got an apology'),
  });
  return {
    catalogue: english.catalogue,
    search: english.search,
    languages,
    definitions: registered.map((entry) => entry.definition),
    router,
    preferences,
    replayGuard: postgres?.replayGuard ?? memoryReplayGuard(),
    metrics,
    verifyStore: () => postgres?.verify() ?? Promise.resolve(),
  };
}

/**
 * The shipped languages, read, validated and indexed once per process: they never change while it runs, and every
 * program (and every test app) answers from the same frozen data.
 */
let shippedLanguages: { files: LanguageFile[]; catalogues: Catalogues; languages: Languages } | undefined;
let shippedFiles: LanguageFile[] | undefined;
function shipped() {
  if (!shippedLanguages) {
    const files = languageFiles();
    const catalogues = loadCatalogues(files);
    shippedLanguages = { files, catalogues, languages: createLanguages(catalogues, files) };
  }
  return shippedLanguages;
}

/**
 * The shipped language files alone, read once: a catalogue given in place of the shipped ones needs their texts,
 * not their indexes.
 */
function languageFiles() {
  shippedFiles ??= loadLanguageFiles();
  return shippedFiles;
}

/**
 * A catalogue given in place of the shipped ones (tests of sign-off): English only, with the shipped command texts.
 * Indexed once per catalogue object, as the shipped ones are: the indexes hold nothing that changes.
 */
const byCatalogue = new WeakMap<Catalogue, ReturnType<typeof shipped>>();
function withCatalogue(catalogue: Catalogue) {
  let built = byCatalogue.get(catalogue);
  if (!built) {
    const files = languageFiles();
    const catalogues = indexCatalogues([catalogue]);
    byCatalogue.set(catalogue, (built = { files, catalogues, languages: createLanguages(catalogues, files) }));
  }
  return built;
}

/** What both programs take from the environment for the app: where choices are kept, and whom members ask. */
function fromEnv(env: BotEnv | ServeEnv): Pick<AppOptions, 'preferencesPath' | 'databaseUrl' | 'operatorContact'> {
  return {
    preferencesPath: env.CRAMP_DB_PATH,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.OPERATOR_CONTACT ? { operatorContact: env.OPERATOR_CONTACT } : {}),
  };
}

/**
 * Which shards this process runs: SHARD_IDS (or SHARDS, which discord.js's ShardingManager sets for its
 * children) out of SHARD_COUNT, else all of them in this process, else one.
 */
function shardingOptions(env: BotEnv): Sharding {
  const count = env.SHARD_COUNT;
  if (count === undefined) return { shardCount: 1, shardIds: [0] };
  if (count === 'auto') return { shardCount: null, shardIds: null };
  return { shardCount: count, shardIds: env.SHARD_IDS ?? env.SHARDS ?? null };
}

/** METRICS_PORT could not be listened on (in use, or not allowed). */
export class MetricsPortError extends Error {
  override readonly name = 'MetricsPortError';
  constructor(
    readonly port: number,
    readonly reason: string,
  ) {
    super(`cannot serve /healthz and /metrics on METRICS_PORT ${String(port)}: ${reason}`);
  }
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
  /** Extra REST and gateway client options, for tests. */
  clients?: Pick<GatewayBotOptions, 'rest' | 'gateway'>;
  /** Told when Discord closes the gateway for good, with what to do (`npm start` exits with it). */
  onFatalClose?: (message: string) => void;
}): Promise<RunningGateway> {
  const { env, logger } = options;
  const app = createApp({ logger, ...fromEnv(env), ...(options.commands ? { commands: options.commands } : {}) });
  try {
    await app.verifyStore();
  } catch (error) {
    await app.preferences.close();
    throw error;
  }
  // The health port first: alive while connecting, so a supervisor can tell a slow login from a dead process,
  // and a busy port stops the program before it logs in.
  let bot: GatewayBot | undefined;
  const health = env.METRICS_PORT === undefined ? undefined : createHealthServer(app.metrics, () => bot?.healthy() ?? false);
  try {
    if (health) {
      await new Promise<void>((resolve, reject) => {
        // Named for what failed: a busy port is the operator's to fix, not a connection to Discord.
        health.once('error', (error: NodeJS.ErrnoException) =>
          reject(new MetricsPortError(env.METRICS_PORT ?? 0, error.code ?? error.message)),
        );
        health.listen(env.METRICS_PORT, () => resolve());
      });
      logger.info({ port: env.METRICS_PORT }, 'serving /livez, /readyz and /metrics');
    }
    // Loaded here, not at the top: the Discord clients are the heaviest import, and only the gateway program needs them.
    const { startGatewayBot } = await import('./transports/gateway.js');
    const started = await startGatewayBot({
      token: env.DISCORD_TOKEN,
      apiUrl: env.DISCORD_API_URL,
      router: app.router,
      logger,
      sharding: shardingOptions(env),
      ...options.clients,
      shardsReady: app.metrics.shardsReady,
      onUndelivered: (reason) => app.metrics.undelivered.inc({ reason }),
      ...(options.onFatalClose ? { onFatalClose: options.onFatalClose } : {}),
    });
    bot = started;
    return {
      app,
      bot: started,
      async stop() {
        await new Promise((resolve) => (health ? health.close(resolve) : resolve(undefined)));
        await started.stop();
        await app.preferences.close();
      },
    };
  } catch (error) {
    await new Promise((resolve) => (health?.listening ? health.close(resolve) : resolve(undefined)));
    await app.preferences.close();
    throw error;
  }
}

/** How long `npm run serve` keeps idle keep-alive connections open on SIGTERM, for requests already on their way. */
const SHUTDOWN_DRAIN_MS = 1_000;

export interface RunningHttp {
  readonly app: App;
  readonly endpoint: InteractionsEndpoint;
  /** With METRICS_PORT: /livez, /readyz and /metrics on a port of their own, kept off the public one. */
  readonly health: Server | undefined;
  stop(): Promise<void>;
}

/** Everything `npm run serve` does once the environment is valid, short of listening. */
export function createHttp(options: { env: ServeEnv; logger: Logger }): RunningHttp {
  const { env, logger } = options;
  const app = createApp({ logger, ...fromEnv(env) });
  let closing = false;
  const endpoint = createInteractionsEndpoint({
    publicKey: env.DISCORD_PUBLIC_KEY,
    router: app.router,
    logger,
    replayGuard: app.replayGuard,
    shutdownDrainMs: SHUTDOWN_DRAIN_MS,
    onUndelivered: (reason) => app.metrics.undelivered.inc({ reason }),
    extraRoutes: env.METRICS_PORT === undefined ? { '/metrics': metricsRoute(app.metrics) } : {},
  });
  const health = env.METRICS_PORT === undefined ? undefined : createHealthServer(app.metrics, () => endpoint.server.listening && !closing);
  return {
    app,
    endpoint,
    health,
    async stop() {
      closing = true;
      await new Promise((resolve) => (health?.listening ? health.close(resolve) : resolve(undefined)));
      await endpoint.close();
      await app.preferences.close();
    },
  };
}
