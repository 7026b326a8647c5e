import { describe, expect, it } from 'vitest';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
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
