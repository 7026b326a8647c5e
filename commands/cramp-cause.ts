import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { DiscordLimits } from '../src/discord/limits.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, privateOption } from '../src/interactions/common-options.js';
import { cardMessage } from '../src/replies/card.js';
import { noSuggestions, suggestionsResponse } from '../src/replies/message.js';
import { causeGoneNotice, emptyQueryNotice, noMatchNotice, preferenceErasedNotice } from '../src/replies/notices.js';
import { QUERY_MAX_LENGTH, foldText } from '../src/search/normalize.js';
import { closeRunnersUp } from '../src/search/search.js';

/** `/cramp-cause query:<text>`: the best-matching cause's full card, with autocomplete while typing. */
export const crampCause = defineCommand({
  definition: () =>
    ({
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
    }) as const satisfies CommandDefinition,

  execute({ options, audience }, { catalogue, search }) {
    const query = options.string('query') ?? '';
    if (!foldText(query)) return { response: emptyQueryNotice(catalogue) };
    const matches = search.lookup(query);
    const best = matches[0];
    if (!best) return { response: noMatchNotice(catalogue, query) };
    return { response: cardMessage(catalogue, best.cause, audience, options.boolean('private') ?? false, closeRunnersUp(matches)) };
  },

  autocomplete({ options }, { catalogue, search }) {
    if (options.focused !== 'query') return noSuggestions;
    const choices = search.suggest(options.string('query') ?? '', DiscordLimits.autocompleteChoices).map((cause) => ({
      // The catalogue schema keeps name + tier label under Discord's 100-character limit for a choice.
      name: `${cause.name} · ${catalogue.tier(cause.tier).label}`,
      value: cause.id,
    }));
    return suggestionsResponse(choices);
  },

  // The card's buttons answer only the member who pressed them, so a card others are reading never changes.
  components: {
    view: ({ action, audience }, { catalogue }) => {
      const cause = catalogue.cause(action.causeId);
      return { response: cause ? cardMessage(catalogue, cause, audience, true) : causeGoneNotice(catalogue) };
    },
    forget: (_input, { catalogue }) => ({ response: preferenceErasedNotice(catalogue), forgetMember: true }),
  },
});
