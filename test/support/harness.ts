import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientOptions } from 'discord.js';
import type { BotEnv } from '../../src/config/env.js';
import type { SlashCommand } from '../../src/interactions/command.js';
import { createLogger } from '../../src/log.js';
import { startBot } from '../../src/start.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

export const TEST_TOKEN = 'MTMwMDAwMDAwMDAwMDAwMDAwMQ.fake-token.for-loopback-tests-only';

export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** The real bot (same start function as `npm start`) connected to a fresh loopback Discord, with its logs captured. */
export async function startBotOnFakeDiscord(
  options: { fake?: Partial<FakeDiscordOptions>; commands?: SlashCommand[]; client?: Partial<ClientOptions>; env?: Partial<BotEnv>; shards?: number } = {},
) {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, ...options.fake });
  const rawLines: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'cramp-'));
  const env: BotEnv = {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'debug',
    CRAMP_DB_PATH: join(scratch, 'cramp.sqlite'),
    ...options.env,
  };
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], write: (line) => rawLines.push(line) });
  const bot = await startBot({
    env,
    logger,
    ...(options.commands ? { commands: options.commands } : {}),
    ...(options.client ? { client: options.client } : {}),
  });
  await fake.waitForSessions(options.shards ?? options.fake?.shards ?? 1);
  const logs = () => rawLines.map((line) => JSON.parse(line) as LogLine);
  return {
    fake,
    bot,
    rawLines,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
