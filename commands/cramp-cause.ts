import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { foldText } from '../src/catalogue/fold.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, everywhere, isPrivate, privateOption } from '../src/interactions/common-options.js';
import { answerMessage } from '../src/replies/answer.js';
import { cardMessage, privateCardMessage } from '../src/replies/card.js';
import { noSuggestions, suggestionsResponse } from '../src/replies/message.js';
import { causeGoneNotice, emptyQueryNotice, preferenceErasedNotice } from '../src/replies/notices.js';
import { QUERY_MAX_LENGTH } from '../src/search/query.js';

/** `/cramp-cause query:<text>`: the answer to what a member typed, with autocomplete while typing. */
export const crampCause = defineCommand({
  definition: () =>
    ({
      name: 'cramp-cause',
      description: 'Look up a cause of leg cramps, a symptom or a medicine: what it is and when to get help',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'query',
          description: 'A cause, symptom, condition or medicine, e.g. "blood clot", "calf pain when walking", "lasix"',
          required: true,
          autocomplete: true,
          max_length: QUERY_MAX_LENGTH,
        },
        audienceOption,
        privateOption,
      ],
      ...everywhere,
    }) as const satisfies CommandDefinition,

  execute({ options, audience, server }, { catalogue, search }) {
    const query = options.string('query') ?? '';
    if (!foldText(query)) return { response: emptyQueryNotice(catalogue) };
    const ephemeral = isPrivate(options.boolean('private'), server, 'public');
    return { response: answerMessage(catalogue, search.lookup(query), query, audience, ephemeral) };
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

  // Buttons under a card answer only the member who pressed them, so a card others are reading never changes.
  components: {
    view: ({ action, audience }, { catalogue }) => ({ response: privateCardMessage(catalogue, action.causeId, audience) }),
    card: ({ action, audience }, { catalogue }) => ({ response: privateCardMessage(catalogue, action.causeId, audience) }),
    // The same card, posted for everyone in the channel: so no buttons that only make sense for one member.
    share: ({ action }, { catalogue }) => {
      const cause = catalogue.cause(action.causeId);
      return { response: cause ? cardMessage(catalogue, cause, action.audience, { ephemeral: false }) : causeGoneNotice(catalogue) };
    },
    forget: (_input, { catalogue }) => ({ response: preferenceErasedNotice(catalogue), forgetMember: true }),
  },
});
