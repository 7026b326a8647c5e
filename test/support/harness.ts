import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GatewayBotOptions } from '../../src/transports/gateway.js';
import { expect } from 'vitest';
import type { BotEnv } from '../../src/config/env.js';
import type { SlashCommand } from '../../src/interactions/command.js';
import { createLogger } from '../../src/log.js';
import { startGateway } from '../../src/app.js';
import { FakeDiscord, LOOPBACK_TOKEN, type FakeDiscordOptions } from '../../tools/fake-discord/fake-discord.js';

export { LOOPBACK_TOKEN as TEST_TOKEN };

export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** The real bot (same start function as `npm start`) connected to a fresh loopback Discord, with its logs captured. */
export async function startBotOnFakeDiscord(
  options: {
    fake?: Partial<FakeDiscordOptions>;
    commands?: SlashCommand[];
    clients?: Pick<GatewayBotOptions, 'rest' | 'gateway'>;
    env?: Partial<BotEnv>;
    shards?: number;
  } = {},
) {
  const fake = await FakeDiscord.start({ token: LOOPBACK_TOKEN, ...options.fake });
  const rawLines: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'cramp-'));
  const env: BotEnv = {
    DISCORD_TOKEN: LOOPBACK_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'debug',
    CRAMP_DB_PATH: join(scratch, 'cramp.sqlite'),
    ...options.env,
  };
  const logger = createLogger({ level: 'debug', secrets: [LOOPBACK_TOKEN], write: (line) => rawLines.push(line) });
  const gateway = await startGateway({
    env,
    logger,
    ...(options.commands ? { commands: options.commands } : {}),
    // Discord spaces IDENTIFYs five seconds apart; the loopback Discord does not need that, so tests skip the wait.
    clients: {
      ...options.clients,
      gateway: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }), ...options.clients?.gateway },
    },
  });
  const { bot } = gateway;
  await fake.waitForSessions(options.shards ?? options.fake?.shards ?? 1);
  const logs = () => rawLines.map((line) => JSON.parse(line) as LogLine);
  /** Resolves once the bot has logged the outcome of this interaction: its delivery is over, retries included. */
  const settled = (interactionId: string) =>
    expect
      .poll(() =>
        logs().some(
          (line) => line.interactionId === interactionId && ['answered', 'could not deliver the answer to Discord'].includes(line.msg),
        ),
      )
      .toBe(true);
  return {
    fake,
    bot,
    app: gateway.app,
    rawLines,
    logs,
    settled,
    async stop() {
      await gateway.stop();
      await fake.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
