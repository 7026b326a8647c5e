import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import { parseAudience, type Audience, type Cause } from '../src/catalogue/schema.js';
import { DiscordLimits } from '../src/discord-limits.js';
import type { Reply, SlashCommand } from '../src/interactions/command.js';
import { audienceOption, privateOption, readAudience, readPrivate, rememberChoice } from '../src/interactions/common-options.js';
import { cardActions, cardButtons } from '../src/replies/card-buttons.js';
import { causeCard } from '../src/replies/cause-card.js';
import { messageResponse, noSuggestions, suggestionsResponse } from '../src/replies/message.js';
import { causeGoneNotice, emptyQueryNotice, noMatchNotice, preferenceErasedNotice, unknownCommandNotice } from '../src/replies/notices.js';
import { QUERY_MAX_LENGTH, normalizeQuery } from '../src/search/normalize.js';
import { closeRunnersUp } from '../src/search/search.js';

const NAME = 'cramp-cause';

/** A cause's card with its buttons; `others` are close matches named under it. */
export function cardMessage(catalogue: Catalogue, cause: Cause, audience: Audience, ephemeral: boolean, others: readonly Cause[] = []) {
  return messageResponse({ embeds: [causeCard(catalogue, cause, audience, others)], components: [cardButtons(NAME, cause, audience)] }, { ephemeral });
}

/** `/cramp-cause query:<text>`: the best-matching cause's full card, with autocomplete while typing. */
export const crampCause: SlashCommand = {
  name: NAME,

  definition: () => ({
    name: NAME,
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

  execute({ options, savedAudience }, { catalogue, search }): Reply {
    const remembered = rememberChoice(options);
    // Discord enforces max_length on its side; the HTTP endpoint and the preview get no such help.
    const query = (options.string('query') ?? '').slice(0, QUERY_MAX_LENGTH);
    if (!normalizeQuery(query)) return { response: emptyQueryNotice(catalogue), ...remembered };
    const matches = search.lookup(query);
    const best = matches[0];
    if (!best) return { response: noMatchNotice(catalogue, query), ...remembered };
    const audience = readAudience(options, savedAudience);
    return { response: cardMessage(catalogue, best.cause, audience, readPrivate(options), closeRunnersUp(matches)), ...remembered };
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
  component({ args }, { catalogue }): Reply {
    const [action, audienceArg, causeId] = args;
    if (action === cardActions.forget) return { response: preferenceErasedNotice(catalogue), preference: { forget: true } };
    const audience = parseAudience(audienceArg);
    if (action !== cardActions.view || !audience) return { response: unknownCommandNotice(catalogue) };
    const cause = catalogue.cause(causeId ?? '');
    if (!cause) return { response: causeGoneNotice(catalogue) };
    return { response: cardMessage(catalogue, cause, audience, true), preference: { remember: audience } };
  },
};
