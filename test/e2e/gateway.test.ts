import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits, GatewayOpcodes, type APIInteraction } from 'discord-api-types/v10';
import { testApp } from '../support/app.js';
import { assertValidCallback } from '../support/discord-spec.js';
import { startBotOnFakeDiscord, TEST_TOKEN } from '../support/harness.js';
import { pick, slash, typing } from '../support/interactions.js';

/** What the unit tests expect for an interaction: the router's answer, computed in this process. */
const expected = (interaction: APIInteraction) => testApp().router.answer(interaction);

let harness: Awaited<ReturnType<typeof startBotOnFakeDiscord>>;

const processWarnings: string[] = [];

beforeAll(async () => {
  process.on('warning', (warning) => processWarnings.push(warning.name));
  harness = await startBotOnFakeDiscord({ fake: { heartbeatInterval: 200 } });
});
afterAll(async () => {
  // Every body the bot sent in this file must be one Discord's own schema accepts.
  for (const request of harness.fake.requestsTo('POST', /\/callback$/)) assertValidCallback(request.body);
  await harness.stop();
});

/** Sends the interaction, waits for its callback, then checks no second callback follows. */
async function answeredOnce(interaction: APIInteraction) {
  const callback = await harness.fake.interact(interaction);
  await harness.settled(interaction.id);
  expect(harness.fake.requestsTo('POST', new RegExp(`^/interactions/${interaction.id}/`))).toHaveLength(1);
  return callback;
}

describe("the gateway bot (discord.js's gateway and REST clients) on the loopback Discord", () => {
  it('identifies with the Guilds intent only, and its token', () => {
    const identify = harness.fake.readySessions()[0]?.identify;
    expect(identify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(identify?.token).toBe(TEST_TOKEN);
  });

  it('keeps the connection alive with heartbeats', async () => {
    const heartbeats = () => harness.fake.gatewayReceived.filter((p) => p.op === GatewayOpcodes.Heartbeat).length;
    const before = heartbeats();
    await expect.poll(heartbeats).toBeGreaterThan(before + 1);
    expect(harness.bot.latencyMs()).toBeGreaterThanOrEqual(0);
  });

  it('answers /cramp-cause with a typed query exactly once, with the payload the unit tests expect', async () => {
    const interaction = slash('cramp-cause', { query: 'blood clot' });
    const callback = await answeredOnce(interaction);
    expect(callback.body).toEqual(await expected(interaction));
    expect(callback.body).toMatchObject({ data: { embeds: [{ title: 'Deep vein thrombosis (DVT)' }], allowed_mentions: { parse: [] } } });
  });

  it('answers /cramp-cause with an id chosen from autocomplete', async () => {
    // Another member: choosing an audience is remembered for whoever chose it.
    const interaction = slash(
      'cramp-cause',
      { query: 'peripheral-artery-disease', audience: 'general' },
      { userId: '1300000000000000099' },
    );
    expect((await answeredOnce(interaction)).body).toEqual(await expected(interaction));
  });

  it('answers autocomplete with suggestions', async () => {
    const interaction = typing('cramp-cause', { query: 'thromb' }, 'query');
    const callback = await answeredOnce(interaction);
    expect(callback.body).toEqual(await expected(interaction));
    expect(callback.body).toMatchObject({ type: 8, data: { choices: [{ value: 'deep-vein-thrombosis' }] } });
  });

  it('answers /cramp-causes and the select menu under it', async () => {
    const list = slash('cramp-causes');
    expect((await answeredOnce(list)).body).toEqual(await expected(list));
    const picked = pick('cramp-causes:open:clinician', ['amyloidosis']);
    const callback = await answeredOnce(picked);
    expect(callback.body).toEqual(await expected(picked));
    expect(callback.body).toMatchObject({ data: { flags: 64, embeds: [{ title: 'Amyloidosis' }] } });
  });

  it('posts callbacks without the bot token (Discord does not want it there) and REST calls with it', async () => {
    const callback = await answeredOnce(slash('cramp-cause', { query: 'statins' }));
    expect(callback.headers.authorization).toBeUndefined();
    expect(harness.fake.requestsTo('GET', /^\/gateway\/bot$/)[0]?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
  });

  it('logs every answer as structured JSON and never its token, even at debug level', async () => {
    const interaction = slash('cramp-cause', { query: 'sarcoid' });
    await answeredOnce(interaction);
    expect(harness.logs().filter((line) => line.interactionId === interaction.id && line.msg === 'answered')).toEqual([
      expect.objectContaining({ level: 'info', command: 'cramp-cause', ms: expect.any(Number) as unknown }),
    ]);
    expect(harness.logs().some((line) => line.level === 'debug')).toBe(true);
    expect(harness.rawLines.join('\n')).not.toContain(TEST_TOKEN);
  });

  it('erases a server’s settings when Discord says the bot left it, but not when the server is only unavailable', async () => {
    const moderator = { userId: '1300000000000000077', permissions: '32' };
    await answeredOnce(slash('cramp-settings', { reading: 'clinician' }, moderator));
    const settings = () => harness.app.preferences.serverSettings('1300000000000000002');
    expect(await settings()).toEqual({ audience: 'clinician' });
    harness.fake.dispatch('GUILD_DELETE', { id: '1300000000000000002', unavailable: true });
    // Dispatches arrive in order, so once this is answered the outage has been seen, and ignored.
    await answeredOnce(slash('cramp-causes'));
    expect(await settings()).toEqual({ audience: 'clinician' });
    harness.fake.dispatch('GUILD_DELETE', { id: '1300000000000000002' });
    await expect.poll(settings).toEqual({});
  });

  it('logs no warning or error in normal work, with the caches it never reads turned off', async () => {
    await answeredOnce(slash('cramp-causes'));
    expect(harness.logs().filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([]);
    // Node's own warnings too: there is no cache left to warn about, and `npm start` turns no warning off.
    expect(processWarnings).toEqual([]);
  });
});
