import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, GatewayIntentBits, InteractionResponseType } from 'discord-api-types/v10';
import { chatInputInteraction } from '../src/interactions/synthetic.js';
import { startBotOnFakeDiscord, TEST_TOKEN } from './support/harness.js';

let harness: Awaited<ReturnType<typeof startBotOnFakeDiscord>>;

beforeAll(async () => {
  harness = await startBotOnFakeDiscord();
});
afterAll(async () => {
  await harness.stop();
});

describe('the real discord.js client on the loopback Discord', () => {
  it('identifies with the Guilds intent only', () => {
    const identify = harness.fake.readySessions()[0]?.identify;
    expect(identify?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('answers /cramp-cause with the DVT card', async () => {
    const callback = await harness.fake.interact(chatInputInteraction('cramp-cause', [{ type: ApplicationCommandOptionType.String, name: 'query', value: 'blood clot' }]));
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { embeds: [{ title: 'Deep vein thrombosis (DVT)' }], allowed_mentions: { parse: [] } },
    });
  });

  it('sends its token on REST calls and never logs it', () => {
    const gateway = harness.fake.requestsTo('GET', /^\/gateway\/bot$/);
    expect(gateway[0]?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(harness.rawLines.length).toBeGreaterThan(0);
    expect(harness.rawLines.join('\n')).not.toContain(TEST_TOKEN);
  });
});
