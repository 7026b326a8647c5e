import { Client, GatewayDispatchEvents, type APIInteraction } from '@discordjs/core';
import { DiscordAPIError, RateLimitError, REST, type RESTOptions } from '@discordjs/rest';
import { WebSocketManager, WebSocketShardEvents, type OptionalWebSocketManagerOptions } from '@discordjs/ws';
import { GatewayCloseCodes, GatewayIntentBits, RESTJSONErrorCodes, Routes } from 'discord-api-types/v10';
import type { Gauge } from 'prom-client';
import type { UndeliveredReason } from '../metrics.js';
import { INTERACTION_DEADLINE_MS } from '../discord/limits.js';
import { describeRestError } from '../discord/rest-error.js';
import type { Logger } from '../log.js';
import type { Router } from '../router/router.js';

/** Failed tries to open a shard's first gateway connection before the bot gives up and says why. */
const FIRST_CONNECT_TRIES = 5;

/** Which shards this process runs: a count with ids, or `null` for Discord's recommended count (all of them). */
export interface Sharding {
  shardCount: number | null;
  shardIds: number[] | null;
}

export interface GatewayBotOptions {
  token: string;
  /** REST base, e.g. https://discord.com/api (the REST client appends the version). */
  apiUrl: string;
  router: Router;
  logger: Logger;
  sharding?: Sharding;
  /** Extra REST client options, for tests (a shorter timeout). */
  rest?: Partial<RESTOptions>;
  /** Extra gateway options, for tests (no wait between IDENTIFYs on the loopback Discord). */
  gateway?: Partial<OptionalWebSocketManagerOptions>;
  /** Where the number of ready shards is reported. */
  shardsReady?: Gauge;
  /** Told of each answer that did not reach Discord, with the reason (counted for metrics). */
  onUndelivered?: (reason: UndeliveredReason) => void;
  /**
   * Told when Discord closes the gateway for good (a reset token, sharding required…): the gateway client does
   * not reconnect then, so the bot would stay connected to nothing. The message names the cause and the fix.
   */
  onFatalClose?: (message: string) => void;
}

/** Close codes after which a shard is not reconnected, each with what the operator should do. */
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
  /** Every shard this process runs is connected and ready. */
  healthy(): boolean;
  /** The servers this process's shards are in, as Discord last said. */
  servers(): number;
  /** The last heartbeat's round trip to the gateway, in ms (undefined before the first). */
  latencyMs(): number | undefined;
  /** Finishes answering the interactions in flight, then closes the gateway connection. */
  stop(): Promise<void>;
}

/**
 * Connects to the gateway and answers every INTERACTION_CREATE exactly once through the shared router.
 *
 * Built on discord.js's own lower layers through their public APIs: `@discordjs/ws` keeps the connection
 * (heartbeats, resume, sharding), `@discordjs/rest` carries the answers (rate-limit buckets, retries) and
 * `@discordjs/core` hands over each event as Discord's raw payload. The bot reads nothing from a cache, so
 * there is none: no Interaction, Guild or Channel objects are built for payloads it only forwards.
 */
export async function startGatewayBot(options: GatewayBotOptions): Promise<GatewayBot> {
  const { router, logger } = options;
  const rest = new REST({
    // A rate limit longer than an interaction's deadline (or a login's patience) is reported, not waited out in silence.
    rejectOnRateLimit: (limit) => limit.retryAfter > INTERACTION_DEADLINE_MS,
    ...options.rest,
    api: options.apiUrl,
  }).setToken(options.token);
  const gateway = new WebSocketManager({
    token: options.token,
    intents: GatewayIntentBits.Guilds,
    rest,
    shardCount: options.sharding?.shardCount ?? null,
    shardIds: options.sharding?.shardIds ?? null,
    ...options.gateway,
  });
  const client = new Client({ rest, gateway });
  const inFlight = new Set<Promise<void>>();

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
      // The same body the preview prints and the HTTP endpoint returns; the REST client only carries it.
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
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

  client.on(GatewayDispatchEvents.InteractionCreate, ({ data: interaction, shardId }) => {
    const delivery = deliver(interaction, shardId, performance.now()).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  });

  // Only the servers' ids are kept, for the count in the logs: the bot needs nothing else about them.
  const servers = new Set<string>();
  client.on(GatewayDispatchEvents.GuildCreate, ({ data: guild }) => servers.add(guild.id));
  // Leaving a server (or its deletion) erases the settings its moderators stored; an outage is not a leave.
  client.on(GatewayDispatchEvents.GuildDelete, ({ data: guild }) => {
    if (guild.unavailable) return;
    servers.delete(guild.id);
    router
      .serverLeft(guild.id)
      .catch((error: unknown) => logger.error({ guildId: guild.id, err: error }, 'could not erase a departed server’s settings'));
  });

  const ready = new Set<number>();
  const setReady = (shardId: number, isReady: boolean) => {
    if (isReady) ready.add(shardId);
    else ready.delete(shardId);
    options.shardsReady?.set(ready.size);
  };
  let stopping = false;
  let latency: number | undefined;
  let user = '';
  // The gateway client retries a gateway it cannot reach forever, saying why only in debug lines. A shard that has
  // never connected gives up after a few tries with the reason; one that was connected keeps trying (an outage ends).
  const everReady = new Set<number>();
  /** The address Discord gave, for the warnings below; fetched before connecting and cached by the gateway client. */
  let gatewayUrl = 'the gateway';
  const failedTries = new Map<number, number>();
  const lastSocketError = new Map<number, string>();
  gateway.on(WebSocketShardEvents.Ready, (data, shardId) => {
    setReady(shardId, true);
    everReady.add(shardId);
    failedTries.delete(shardId);
    user = data.user.username;
    for (const guild of data.guilds) servers.add(guild.id);
  });
  gateway.on(WebSocketShardEvents.Resumed, (shardId) => {
    setReady(shardId, true);
    logger.info({ shardId }, 'gateway session resumed');
  });
  gateway.on(WebSocketShardEvents.HeartbeatComplete, (stats) => (latency = stats.latency));
  gateway.on(WebSocketShardEvents.SocketError, (error, shardId) => {
    lastSocketError.set(shardId, error.message);
    logger.debug({ shardId, err: error }, 'gateway socket error');
  });
  gateway.on(WebSocketShardEvents.Closed, (code, shardId) => {
    setReady(shardId, false);
    // The bot's own shutdown closes every shard too; only the others are worth a line.
    if (stopping) return;
    const fatal = fatalCloses[code];
    if (fatal) {
      logger.warn({ shardId, code }, 'gateway connection closed');
      options.onFatalClose?.(fatal);
      return;
    }
    const tries = (failedTries.get(shardId) ?? 0) + 1;
    if (!everReady.has(shardId)) failedTries.set(shardId, tries);
    const reason = lastSocketError.get(shardId);
    lastSocketError.delete(shardId);
    logger.warn(
      { shardId, code, tries, gateway: gatewayUrl, ...(reason ? { reason } : {}) },
      'gateway connection lost or refused: reconnecting',
    );
    if (!everReady.has(shardId) && tries >= FIRST_CONNECT_TRIES) {
      options.onFatalClose?.(
        `could not open a gateway connection to ${gatewayUrl} after ${String(tries)} tries: check that this machine can reach it (wss on port 443) and that DISCORD_API_URL is Discord's API`,
      );
    }
  });
  gateway.on(WebSocketShardEvents.Error, (error, shardId) => logger.error({ shardId, err: error }, 'gateway error'));
  gateway.on(WebSocketShardEvents.Debug, (message, shardId) => logger.debug({ shardId, detail: message }, 'gateway'));

  gatewayUrl = new URL((await gateway.fetchGatewayInformation()).url).href;
  await gateway.connect();
  const shardCount = (await gateway.getShardIds()).length;
  logger.info({ user, guilds: servers.size, shards: shardCount }, 'connected to Discord');

  return {
    healthy: () => ready.size > 0 && ready.size === shardCount,
    servers: () => servers.size,
    latencyMs: () => latency,
    async stop() {
      await Promise.allSettled([...inFlight]);
      stopping = true;
      await gateway.destroy();
    },
  };
}

function commandName(interaction: APIInteraction): string | undefined {
  if (!interaction.data) return undefined;
  return 'name' in interaction.data ? interaction.data.name : 'custom_id' in interaction.data ? interaction.data.custom_id : undefined;
}
