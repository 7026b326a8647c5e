import {
  Client,
  DiscordAPIError,
  LimitedCollection,
  Events,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Options,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type APIInteraction,
  type CacheFactory,
  type ClientOptions,
} from 'discord.js';
import type { Gauge } from 'prom-client';
import type { UndeliveredReason } from '../metrics.js';
import { INTERACTION_DEADLINE_MS } from '../discord/limits.js';
import { describeRestError } from '../discord/rest-error.js';
import type { Logger } from '../log.js';
import type { Router } from '../router/router.js';

/** Failed tries to open a shard's first gateway connection before the bot gives up and says why. */
const FIRST_CONNECT_TRIES = 5;

export interface GatewayBotOptions {
  token: string;
  /** REST base, e.g. https://discord.com/api (discord.js appends the version). */
  apiUrl: string;
  router: Router;
  logger: Logger;
  /** Extra discord.js options, for sharding and tests. */
  client?: Partial<ClientOptions>;
  /** Where the number of ready shards is reported. */
  shardsReady?: Gauge;
  /** Told of each answer that did not reach Discord, with the reason (counted for metrics). */
  onUndelivered?: (reason: UndeliveredReason) => void;
  /**
   * Told when Discord closes the gateway for good (a reset token, sharding required…): discord.js does not
   * reconnect then, so the bot would stay connected to nothing. The message names the cause and the fix.
   */
  onFatalClose?: (message: string) => void;
}

/** Close codes after which discord.js gives up on a shard, each with what the operator should do. */
const fatalCloses: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'Discord closed the gateway: the token is no longer valid (4004). Reset the token in the Developer Portal and update DISCORD_TOKEN.',
  [GatewayCloseCodes.InvalidShard]: 'Discord closed the gateway: invalid shard (4010). Check SHARD_IDS against SHARD_COUNT.',
  [GatewayCloseCodes.ShardingRequired]:
    'Discord closed the gateway: the bot is in too many servers for its shards (4011). Set SHARD_COUNT=auto, or a larger count.',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord closed the gateway: this API version is no longer served (4012). Update cramp-bot.',
  [GatewayCloseCodes.InvalidIntents]: 'Discord closed the gateway: invalid intents (4013). Update cramp-bot.',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord closed the gateway: an intent is not enabled for this application (4014). cramp-bot needs no privileged intent: update it.',
};

export interface GatewayBot {
  readonly client: Client;
  /** Every shard this process runs is connected and ready. */
  healthy(): boolean;
  /** Finishes answering the interactions in flight, then closes the gateway connection. */
  stop(): Promise<void>;
}

/**
 * This bot reads nothing from discord.js's caches: it answers from the raw INTERACTION_CREATE payload.
 * So every cache is off but the guilds themselves and the bot's own user and member. discord.js calls
 * turning off channels, roles and permission overwrites "unsupported" because its own helpers
 * (`interaction.channel`, permission checks) then return nothing; nothing here uses them, and a full shard
 * of 2,500 servers takes half the memory without them (see Performance in the README).
 * `npm start` silences the one-time UnsupportedCacheOverwriteWarning that says so.
 */
const supportedLimits = Options.cacheWithLimits({
  ApplicationCommandManager: 0,
  ApplicationEmojiManager: 0,
  AutoModerationRuleManager: 0,
  BaseGuildEmojiManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
  GuildBanManager: 0,
  GuildEmojiManager: 0,
  GuildForumThreadManager: 0,
  GuildInviteManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  GuildMessageManager: 0,
  GuildScheduledEventManager: 0,
  GuildStickerManager: 0,
  GuildTextThreadManager: 0,
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  StageInstanceManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  VoiceStateManager: 0,
});
const unsupportedOff = new Set(['ChannelManager', 'GuildChannelManager', 'PermissionOverwriteManager', 'RoleManager']);

export const slashOnlyCaches: CacheFactory = (managerType, holds, manager) =>
  unsupportedOff.has(manager.name) ? new LimitedCollection({ maxSize: 0 }) : supportedLimits(managerType, holds, manager);

/** Connects to the gateway and answers every INTERACTION_CREATE exactly once through the shared router. */
export async function startGatewayBot(options: GatewayBotOptions): Promise<GatewayBot> {
  const { router, logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    makeCache: slashOnlyCaches,
    ...options.client,
    // A rate limit longer than an interaction's deadline (or a login's patience) is reported, not waited out in silence.
    rest: { rejectOnRateLimit: (limit) => limit.retryAfter > INTERACTION_DEADLINE_MS, ...options.client?.rest, api: options.apiUrl },
  });
  const inFlight = new Set<Promise<void>>();
  // discord.js also builds Interaction objects of its own for every INTERACTION_CREATE. This bot answers from the
  // raw payload and never reads them, and that builder throws (an unhandled error) on a malformed payload, so it
  // is switched off: a private part of discord.js, left alone if a later version moves it.
  const actions = (client as unknown as { actions?: { InteractionCreate?: { handle?: (data: unknown) => void } } }).actions;
  if (typeof actions?.InteractionCreate?.handle === 'function') actions.InteractionCreate.handle = () => undefined;

  async function deliver(interaction: APIInteraction, shardId: number, receivedAt: number): Promise<void> {
    const context = { interactionId: interaction.id, interactionType: interaction.type, command: commandName(interaction), shardId };
    const response = await router.answer(interaction);
    if (!response) {
      logger.warn(context, 'ignored an interaction of a type this bot does not answer');
      return;
    }
    // Discord accepts the first answer for 3 seconds; past that it is refused anyway, so stop trying then.
    const remaining = INTERACTION_DEADLINE_MS - (performance.now() - receivedAt);
    try {
      // The same body the preview prints and the HTTP endpoint returns; discord.js only carries it.
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
        signal: AbortSignal.timeout(Math.max(1, Math.floor(remaining))),
      });
      logger.info({ ...context, responseType: response.type, ms: Math.round(performance.now() - receivedAt) }, 'answered');
    } catch (failure) {
      if (failure instanceof DiscordAPIError && failure.code === RESTJSONErrorCodes.UnknownInteraction) {
        options.onUndelivered?.('expired');
        logger.warn({ ...context, ...describeRestError(failure) }, 'interaction expired before it could be answered');
      } else if (failure instanceof RateLimitError || (failure instanceof Error && failure.name === 'AbortError')) {
        options.onUndelivered?.('deadline');
        logger.warn(
          { ...context, ...describeRestError(failure) },
          'dropped the answer: Discord could not take it before the 3-second deadline',
        );
      } else {
        options.onUndelivered?.('discord_error');
        logger.error({ ...context, ...describeRestError(failure) }, 'could not deliver the answer to Discord');
      }
    }
  }

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction, shardId: number) => {
    const delivery = deliver(interaction, shardId, performance.now()).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  });
  // Leaving a server (or its deletion) erases the settings its moderators stored; an outage is not a leave.
  client.ws.on(GatewayDispatchEvents.GuildDelete, (guild: { id: string; unavailable?: boolean }) => {
    if (guild.unavailable) return;
    router
      .serverLeft(guild.id)
      .catch((error: unknown) => logger.error({ guildId: guild.id, err: error }, 'could not erase a departed server’s settings'));
  });
  client.on(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size }, 'connected to Discord');
  });
  const ready = new Set<number>();
  const setReady = (shardId: number, isReady: boolean) => {
    if (isReady) ready.add(shardId);
    else ready.delete(shardId);
    options.shardsReady?.set(ready.size);
  };
  client.on(Events.ShardReady, (shardId) => setReady(shardId, true));
  client.on(Events.ShardResume, (shardId) => setReady(shardId, true));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    setReady(shardId, false);
    logger.warn({ shardId, code: event.code }, 'gateway connection closed');
    const fatal = fatalCloses[event.code];
    if (fatal) options.onFatalClose?.(fatal);
  });
  let stopping = false;
  // discord.js retries a gateway it cannot reach forever, saying why only in debug lines. A shard that has never
  // connected gives up after a few tries with the reason; one that was connected keeps trying (an outage ends).
  const everReady = new Set<number>();
  const failedTries = new Map<number, number>();
  client.on(Events.ShardReady, (shardId) => {
    everReady.add(shardId);
    failedTries.delete(shardId);
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    setReady(shardId, false);
    // discord.js reports its own shutdown as a reconnect; only a real one is worth a line.
    if (stopping) return;
    const tries = (failedTries.get(shardId) ?? 0) + 1;
    failedTries.set(shardId, tries);
    const gateway = client.ws.gateway ?? 'the gateway';
    logger.warn({ shardId, tries, gateway }, 'gateway connection lost or refused: reconnecting');
    if (!everReady.has(shardId) && tries >= FIRST_CONNECT_TRIES) {
      options.onFatalClose?.(
        `could not open a gateway connection to ${gateway} after ${String(tries)} tries: check that this machine can reach it (wss on port 443) and that DISCORD_API_URL is Discord's API`,
      );
    }
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ shardId, err: error }, 'gateway error'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord.js warning'));
  client.on(Events.Debug, (message) => logger.debug({ detail: message }, 'discord.js'));

  await client.login(options.token);

  return {
    client,
    healthy: () => ready.size > 0 && ready.size === client.ws.shards.size,
    async stop() {
      await Promise.allSettled([...inFlight]);
      stopping = true;
      await client.destroy();
    },
  };
}

function commandName(interaction: APIInteraction): string | undefined {
  if (!interaction.data) return undefined;
  return 'name' in interaction.data ? interaction.data.name : 'custom_id' in interaction.data ? interaction.data.custom_id : undefined;
}
