import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayOpcodes } from 'discord-api-types/v10';
import { FakeDiscord } from '../../tools/fake-discord/fake-discord.js';
import { makeGuild, guildId } from '../../tools/fake-discord/guilds.js';
import { startBotOnFakeDiscord, TEST_TOKEN } from '../support/harness.js';
import { slash } from '../support/interactions.js';
import { nodeFlagsOfNpmStart, repoRoot } from '../support/run-script.js';

const guilds = Array.from({ length: 10 }, (_, i) => makeGuild(i, { channels: 3, roles: 2, emojis: 1 }));
const shardOf = (id: string, count: number) => Number((BigInt(id) >> 22n) % BigInt(count));
const guildsFor = (shard: number, count: number) => guilds.filter((guild) => shardOf(guild.id, count) === shard);

let harness: Awaited<ReturnType<typeof startBotOnFakeDiscord>> | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** `npm start` as its own process on the loopback Discord, with these shard variables. */
function startBotProcess(fake: FakeDiscord, folder: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...nodeFlagsOfNpmStart(), '--import', 'tsx', `${repoRoot}src/bin/gateway.ts`], {
    cwd: `${repoRoot}test`,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      CRAMP_DB_PATH: join(folder, 'cramp.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The [shard, count] pairs of the sessions the loopback Discord has made ready, in order. */
const shardsRunning = (fake: FakeDiscord) =>
  fake
    .readySessions()
    .map((session) => session.shard)
    .sort();

async function answersOnEveryShard(h: NonNullable<typeof harness>, count: number) {
  const sessions = h.fake.readySessions();
  expect(sessions.map((s) => s.shard).sort()).toEqual(Array.from({ length: count }, (_, id) => [id, count]));
  for (let i = 0; i < guilds.length; i += 1) {
    const interaction = { ...slash('cramp-cause', { query: 'dvt' }), guild_id: guildId(i) };
    const callback = await h.fake.interact(interaction);
    expect(callback.body).toMatchObject({ data: { embeds: [{ title: 'Deep vein thrombosis (DVT)' }] } });
    // Discord delivers a server's interactions on the shard that owns it; that shard answered.
    await expect
      .poll(() => h.logs().find((l) => l.msg === 'answered' && l.interactionId === interaction.id)?.shardId)
      .toBe(shardOf(guildId(i), count));
  }
}

describe('sharding the gateway bot', () => {
  it('SHARD_COUNT=2: two shards in one process, each identifying for its half and answering its own servers', async () => {
    harness = await startBotOnFakeDiscord({ env: { SHARD_COUNT: 2 }, fake: { shards: 2, guilds: guildsFor }, shards: 2 });
    expect(harness.bot.servers()).toBe(guilds.length);
    await answersOnEveryShard(harness, 2);
  });

  it('SHARD_COUNT=auto: asks Discord for the recommended count', async () => {
    harness = await startBotOnFakeDiscord({ env: { SHARD_COUNT: 'auto' }, fake: { shards: 2, guilds: guildsFor }, shards: 2 });
    expect(harness.fake.requestsTo('GET', /^\/gateway\/bot$/).length).toBeGreaterThanOrEqual(1);
    await answersOnEveryShard(harness, 2);
  });
});

describe('SHARD_COUNT=auto set in the environment, as operators set it', () => {
  it('asks Discord for the recommended count and runs every shard', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN, shards: 2, guilds: guildsFor });
    const folder = mkdtempSync(join(tmpdir(), 'cramp-shards-'));
    const child = startBotProcess(fake, folder, { SHARD_COUNT: 'auto' });
    try {
      await fake.waitForSessions(2, 20_000);
      expect(fake.requestsTo('GET', /^\/gateway\/bot$/).length).toBeGreaterThanOrEqual(1);
      expect(shardsRunning(fake)).toEqual([
        [0, 2],
        [1, 2],
      ]);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      await fake.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('shard ranges across processes', () => {
  it('two processes with one shard each: every shard identifies once, every interaction is answered once', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN, shards: 2, guilds: guildsFor });
    const folder = mkdtempSync(join(tmpdir(), 'cramp-shards-'));
    // One process is told its shard by SHARD_IDS, the other as discord.js's ShardingManager tells its children.
    const which: Record<string, string>[] = [{ SHARD_IDS: '0' }, { SHARDS: '[1]' }];
    const children = which.map((shards) => startBotProcess(fake, folder, { SHARD_COUNT: '2', ...shards }));
    try {
      await fake.waitForSessions(2, 20_000);
      expect(shardsRunning(fake)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(fake.gatewayReceived.filter((payload) => payload.op === GatewayOpcodes.Identify)).toHaveLength(2);
      const interactions = guilds.map((_, i) => ({ ...slash('cramp-cause', { query: 'dvt' }), guild_id: guildId(i) }));
      for (const interaction of interactions) await fake.interact(interaction);
      // Both processes hear every dispatch only if they share a shard; a second answer would arrive as quickly as the first.
      await fake.interact({ ...slash('cramp-causes'), guild_id: guildId(0) });
      for (const interaction of interactions)
        expect(fake.requestsTo('POST', new RegExp(`^/interactions/${interaction.id}/`))).toHaveLength(1);
    } finally {
      for (const child of children) {
        child.kill('SIGTERM');
        if (child.exitCode === null) await once(child, 'exit');
      }
      await fake.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
