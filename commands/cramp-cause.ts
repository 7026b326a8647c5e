import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { DiscordLimits } from '../src/discord/limits.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, privateOption } from '../src/interactions/common-options.js';
import { answerMessage } from '../src/replies/answer.js';
import { privateCardMessage } from '../src/replies/card.js';
import { noSuggestions, suggestionsResponse } from '../src/replies/message.js';
import { emptyQueryNotice, preferenceErasedNotice } from '../src/replies/notices.js';
import { foldText } from '../src/catalogue/fold.js';
import { QUERY_MAX_LENGTH } from '../src/search/query.js';
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
    return { response: answerMessage(catalogue, search.lookup(query), query, audience, options.boolean('private') ?? false) };
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
    view: ({ action, audience }, { catalogue }) => ({ response: privateCardMessage(catalogue, action.causeId, audience) }),
    card: ({ action, audience }, { catalogue }) => ({ response: privateCardMessage(catalogue, action.causeId, audience) }),
    forget: (_input, { catalogue }) => ({ response: preferenceErasedNotice(catalogue), forgetMember: true }),
  },
});
