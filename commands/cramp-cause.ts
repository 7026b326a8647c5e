import { ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import { causeCard } from '../src/replies/cause-card.js';
import { messageResponse } from '../src/replies/message.js';
import { emptyQueryNotice, noMatchNotice } from '../src/replies/notices.js';
import { audienceOption, privateOption, readAudience, readPrivate } from '../src/interactions/common-options.js';
import type { SlashCommand } from '../src/interactions/command.js';
import { QUERY_MAX_LENGTH, normalizeQuery } from '../src/search/normalize.js';
import { closeRunnersUp } from '../src/search/search.js';
import { DiscordLimits } from '../src/discord-limits.js';

/** `/cramp-cause query:<text>`: the best-matching cause's full card, with autocomplete while typing. */
export const crampCause: SlashCommand = {
  name: 'cramp-cause',

  definition: () => ({
    name: 'cramp-cause',
    description: 'Look up one cause of leg cramps: what it is and when to seek care',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        description: 'A cause, symptom, abbreviation or medicine, e.g. "blood clot" or "DVT"',
        required: true,
        autocomplete: true,
        max_length: QUERY_MAX_LENGTH,
      },
      audienceOption,
      privateOption,
    ],
  }),

  execute({ options }, { catalogue, search }) {
    // Discord enforces max_length on its side; the HTTP endpoint and the preview get no such help.
    const query = (options.string('query') ?? '').slice(0, QUERY_MAX_LENGTH);
    if (!normalizeQuery(query)) return emptyQueryNotice(catalogue);
    const matches = search.lookup(query);
    const best = matches[0];
    if (!best) return noMatchNotice(catalogue, query);
    const card = causeCard(catalogue, best.cause, readAudience(options), closeRunnersUp(matches));
    return messageResponse({ embeds: [card] }, { ephemeral: readPrivate(options) });
  },

  autocomplete({ options }, { catalogue, search }) {
    if (options.focused !== 'query') return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
    const choices = search.suggest(options.string('query') ?? '', DiscordLimits.autocompleteChoices).map((cause) => ({
      // The catalogue schema keeps name + tier label under Discord's 100-character limit for a choice.
      name: `${cause.name} · ${catalogue.tier(cause.tier).label}`,
      value: cause.id,
    }));
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
  },
};
