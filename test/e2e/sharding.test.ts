import { afterEach, describe, expect, it } from 'vitest';
import { makeGuild, guildId } from '../../tools/fake-discord/guilds.js';
import { startBotOnFakeDiscord } from '../support/harness.js';
import { slash } from '../support/interactions.js';

const guilds = Array.from({ length: 10 }, (_, i) => makeGuild(i, { channels: 3, roles: 2, emojis: 1 }));
const shardOf = (id: string, count: number) => Number((BigInt(id) >> 22n) % BigInt(count));
const guildsFor = (shard: number, count: number) => guilds.filter((guild) => shardOf(guild.id, count) === shard);

let harness: Awaited<ReturnType<typeof startBotOnFakeDiscord>> | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

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
    expect(harness.bot.client.guilds.cache.size).toBe(guilds.length);
    await answersOnEveryShard(harness, 2);
  });

  it('SHARD_COUNT=auto: asks Discord for the recommended count', async () => {
    harness = await startBotOnFakeDiscord({ env: { SHARD_COUNT: 'auto' }, fake: { shards: 2, guilds: guildsFor }, shards: 2 });
    expect(harness.fake.requestsTo('GET', /^\/gateway\/bot$/).length).toBeGreaterThanOrEqual(1);
    await answersOnEveryShard(harness, 2);
  });
});
