import { describe, expect, it } from 'vitest';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { commands } from '../commands/index.js';
import { loadCatalogue } from '../src/catalogue/catalogue.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { createRouter } from '../src/interactions/router.js';
import { pick, slash, typing } from './support/interactions.js';

const catalogue = loadCatalogue();

const exploding: SlashCommand = {
  name: 'cramp-cause',
  definition: () => ({ name: 'cramp-cause', description: 'fails on purpose' }),
  execute: () => {
    throw new Error('handler bug');
  },
  autocomplete: () => {
    throw new Error('autocomplete bug');
  },
};

describe('the interaction router', () => {
  const router = createRouter(catalogue, commands);

  it('answers PING with PONG, as the HTTP endpoint must', () => {
    const ping = { ...slash('cramp-cause'), type: InteractionType.Ping } as unknown as APIInteraction;
    expect(router.respond(ping)).toEqual({ type: InteractionResponseType.Pong });
  });

  it('answers a command it does not know with a private note', () => {
    const response = router.respond(slash('cramp-remedies'));
    expect(response).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });
  });

  it('answers a component it does not know, and a modal, with a private note', () => {
    expect(router.respond(pick('other-bot:thing', ['x']))).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    const modal = { ...slash('cramp-cause'), type: InteractionType.ModalSubmit, data: { custom_id: 'x', components: [] } } as unknown as APIInteraction;
    expect(router.respond(modal)).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
  });

  it('gives no suggestions for autocomplete on an unknown command', () => {
    expect(router.respond(typing('cramp-remedies', { query: 'x' }, 'query'))).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });
});

describe('a handler that throws', () => {
  const router = createRouter(catalogue, [exploding]);

  it('gets the member a private apology and hands the error back for logging', () => {
    const { response, error } = router.answer(slash('cramp-cause', { query: 'dvt' }));
    expect(error).toBeInstanceOf(Error);
    expect(response).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: expect.stringMatching(/^Sorry, something went wrong/) as unknown, flags: MessageFlags.Ephemeral },
    });
  });

  it('answers autocomplete with no suggestions, the only valid autocomplete answer', () => {
    const { response, error } = router.answer(typing('cramp-cause', { query: 'dvt' }, 'query'));
    expect(error).toBeInstanceOf(Error);
    expect(response).toEqual({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
  });
});
