import { describe, expect, it } from 'vitest';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import type { Audience } from '../../src/catalogue/schema.js';
import type { PreferenceStore, ServerSettings } from '../../src/store/store.js';
import type { SlashCommand } from '../../src/interactions/command.js';
import { createLogger } from '../../src/log.js';
import { testApp } from '../support/app.js';
import { pick, slash, typing } from '../support/interactions.js';

const catalogue = loadCatalogue();

const exploding: SlashCommand = {
  definition: () => ({ name: 'cramp-cause', description: 'fails on purpose' }),
  execute: () => {
    throw new Error('handler bug');
  },
  autocomplete: () => {
    throw new Error('autocomplete bug');
  },
};

describe('the interaction router', () => {
  const router = testApp({ catalogue }).router;

  it('answers PING with PONG, as the HTTP endpoint must', async () => {
    const ping = { ...slash('cramp-cause'), type: InteractionType.Ping } as unknown as APIInteraction;
    expect(await router.answer(ping)).toEqual({ type: InteractionResponseType.Pong });
  });

  it('answers a command it does not know with a private note', async () => {
    const response = await router.answer(slash('cramp-remedies'));
    expect(response).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });
  });

  it('answers a component it does not know, and a modal, with a private note', async () => {
    expect(await router.answer(pick('other-bot:thing', ['x']))).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    const modal = {
      ...slash('cramp-cause'),
      type: InteractionType.ModalSubmit,
      data: { custom_id: 'x', components: [] },
    } as unknown as APIInteraction;
    expect(await router.answer(modal)).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
  });

  it('gives no suggestions for autocomplete on an unknown command', async () => {
    expect(await router.answer(typing('cramp-remedies', { query: 'x' }, 'query'))).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe('a handler that throws', () => {
  const logged: { msg: string; interactionId?: string; err?: { message: string } }[] = [];
  const logger = createLogger({ level: 'error', write: (line) => logged.push(JSON.parse(line) as (typeof logged)[number]) });
  const router = testApp({ catalogue, commands: [exploding], logger }).router;

  it('gets the member a private apology, and the error is logged once with the interaction id', async () => {
    const interaction = slash('cramp-cause', { query: 'dvt' });
    expect(await router.answer(interaction)).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: expect.stringMatching(/^Sorry, something went wrong/) as unknown, flags: MessageFlags.Ephemeral },
    });
    expect(logged.filter((line) => line.interactionId === interaction.id)).toEqual([
      expect.objectContaining({
        msg: 'handler failed; the member got an apology',
        err: expect.objectContaining({ message: 'handler bug' }) as unknown,
      }),
    ]);
  });

  it('answers autocomplete with no suggestions, the only valid autocomplete answer', async () => {
    const interaction = typing('cramp-cause', { query: 'dvt' }, 'query');
    expect(await router.answer(interaction)).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
    expect(logged.find((line) => line.interactionId === interaction.id)?.err?.message).toBe('autocomplete bug');
  });
});

/** A store in memory that says what was asked of it. */
function memoryStore(servers: Record<string, ServerSettings> = {}) {
  const members = new Map<string, Audience>();
  const store: PreferenceStore = {
    audienceOf: (userId) => Promise.resolve(members.get(userId)),
    remember: (userId, audience) => Promise.resolve(Boolean(members.set(userId, audience))),
    countryOf: () => Promise.resolve(undefined),
    rememberCountry: () => Promise.resolve(false),
    forget: (userId) => Promise.resolve(members.delete(userId) || true),
    serverSettings: (guildId) => Promise.resolve(servers[guildId] ?? {}),
    saveServerSettings: () => Promise.resolve(false),
    forgetServer: () => Promise.resolve(true),
    close: () => Promise.resolve(),
  };
  return { store, members };
}

const MEMBER = '1300000000000000071';
const authorOf = (response: unknown) =>
  (response as { data?: { embeds?: { author?: { name?: string } }[] } }).data?.embeds?.[0]?.author?.name;

describe('an interaction whose replay check is still running (the HTTP endpoint)', () => {
  it('a choice is stored only once the check passes, and never for a refused request', async () => {
    const { store, members } = memoryStore();
    const router = testApp({ catalogue, preferences: store }).router;
    await router.answer(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: MEMBER }), Promise.resolve(false));
    expect(members.has(MEMBER)).toBe(false);
    await router.answer(slash('cramp-cause', { query: 'dvt', audience: 'clinician' }, { userId: MEMBER }), Promise.resolve(true));
    expect(members.get(MEMBER)).toBe('clinician');
  });

  it('a refused "Forget my choices" erases nothing', async () => {
    const { store, members } = memoryStore();
    members.set(MEMBER, 'clinician');
    await testApp({ catalogue, preferences: store }).router.answer(pick('forget', [], { userId: MEMBER }), Promise.resolve(false));
    expect(members.get(MEMBER)).toBe('clinician');
  });

  it('a lookup that stores nothing is answered before the check finishes', async () => {
    const { store, members } = memoryStore();
    members.set(MEMBER, 'clinician');
    const never = new Promise<boolean>(() => undefined);
    const response = await testApp({ catalogue, preferences: store }).router.answer(
      slash('cramp-cause', { query: 'dvt' }, { userId: MEMBER }),
      never,
    );
    expect(authorOf(response)).toContain('Clinical view');
  });
});

describe('replies reused for the same question', () => {
  it('members of two servers with different defaults each get their own server’s view, however often they ask', async () => {
    const servers = {
      '1200000000000000001': { audience: 'clinician', visibility: 'private' },
      '1200000000000000003': { visibility: 'private' },
    } as const;
    const router = testApp({ catalogue, preferences: memoryStore(servers).store }).router;
    const ask = async (guildId: string) => {
      const response = (await router.answer(slash('cramp-cause', { query: 'dvt' }, { guildId }))) as { data: { flags?: number } };
      return [authorOf(response), (response.data.flags ?? 0) & MessageFlags.Ephemeral ? 'private' : 'public'];
    };
    for (let round = 0; round < 2; round += 1) {
      expect(await ask('1200000000000000001')).toEqual([expect.stringContaining('Clinical view'), 'private']);
      expect(await ask('1200000000000000002')).toEqual([expect.stringContaining('Plain language'), 'public']);
      expect(await ask('1200000000000000003')).toEqual([expect.stringContaining('Plain language'), 'private']);
    }
  });

  it('a reply handed to several members is frozen, so no transport can change what the next one receives', async () => {
    const router = testApp({ catalogue }).router;
    const first = await router.answer(slash('cramp-cause', { query: 'dvt' }));
    expect(await router.answer(slash('cramp-cause', { query: 'dvt' }, { userId: MEMBER }))).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen((first as { data: object }).data)).toBe(true);
  });
});
