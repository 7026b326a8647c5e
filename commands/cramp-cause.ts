import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { foldText } from '../src/catalogue/fold.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, countryOption, everywhere, isPrivate, privateOption } from '../src/interactions/common-options.js';
import { answerMessage } from '../src/replies/answer.js';
import { cardMessage, privateCardMessage } from '../src/replies/card.js';
import { noSuggestions, suggestionsResponse } from '../src/replies/message.js';
import { helpSuggestion, safetyMessage } from '../src/replies/safety.js';
import type { Result } from '../src/search/search.js';
import { causeGoneNotice, emptyQueryNotice, keptPrivateNotice, preferenceErasedNotice } from '../src/replies/notices.js';
import { QUERY_MAX_LENGTH } from '../src/search/query.js';

/** `/cramp-cause query:<text>`: the answer to what a member typed, with autocomplete while typing. */
export const crampCause = defineCommand({
  definition: (_catalogue, safety) =>
    ({
      name: 'cramp-cause',
      description: 'Look up a cause, symptom or medicine (posted in the channel unless you or the server choose private)',
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
        countryOption(safety),
      ],
      ...everywhere,
    }) as const satisfies CommandDefinition,

  execute({ options, audience, server, helplines }, { catalogue, search, safety }) {
    const query = options.string('query') ?? '';
    if (!foldText(query)) return { response: emptyQueryNotice(catalogue) };
    const answer = search.lookup(query);
    if (answer.safety) return { response: safetyMessage(catalogue, safety, answer.safety, helplines, audience, causesIn(answer.result)) };
    const ephemeral = isPrivate(options.boolean('private'), server, 'public');
    return { response: answerMessage(catalogue, answer, query, audience, ephemeral, !server.privateOnly, helplines) };
  },

  membersCountry: true,

  autocomplete({ options }, { catalogue, search, safety }) {
    if (options.focused !== 'query') return noSuggestions;
    const typed = options.string('query') ?? '';
    // Someone typing a crisis is offered help only: a tapped cause would replace what they wrote and skip the safety pass.
    const finding = search.screen(typed);
    if (finding) {
      const help = finding.kind === 'unsure' ? safety.advice.crisis : safety.advice[finding.kind];
      return suggestionsResponse([{ name: helpSuggestion(catalogue, help.title), value: helpQuery[finding.kind] }]);
    }
    const choices = search.suggest(typed, DiscordLimits.autocompleteChoices).map((cause) => ({
      // The catalogue schema keeps name + tier label under Discord's 100-character limit for a choice.
      name: `${cause.name} · ${catalogue.tier(cause.tier).label}`,
      value: cause.id,
    }));
    return suggestionsResponse(choices);
  },

  // Buttons under a card answer only the member who pressed them, so a card others are reading never changes.
  components: {
    view: ({ action, audience, server }, { catalogue }) => ({
      response: privateCardMessage(catalogue, action.causeId, audience, !server.privateOnly),
    }),
    card: ({ action, audience, server }, { catalogue }) => ({
      response: privateCardMessage(catalogue, action.causeId, audience, !server.privateOnly),
    }),
    // The same card, posted for everyone in the channel: so no buttons that only make sense for one member. A
    // card made before the moderators kept answers private may still carry the button: it posts nothing then.
    share: ({ action, server }, { catalogue }) => {
      if (server.privateOnly) return { response: keptPrivateNotice(catalogue) };
      const cause = catalogue.cause(action.causeId);
      return { response: cause ? cardMessage(catalogue, cause, action.audience, { ephemeral: false }) : causeGoneNotice(catalogue) };
    },
    forget: (_input, { catalogue }) => ({ response: preferenceErasedNotice(catalogue), forgetMember: true }),
  },
});

/** What a tapped help suggestion submits: words the safety pass reads as the same finding, so the reply is the help. */
const helpQuery = {
  crisis: 'I need help: thoughts of suicide',
  unsure: 'I need help: thoughts of suicide',
  overdose: 'I need help: overdose',
  poisoning: 'I need help: poisoned',
} as const;

/** The causes a result points to, offered as buttons under help rather than as a card. */
function causesIn(result: Result) {
  if (result.kind === 'card') return [result.cause, ...result.others];
  return result.kind === 'did-you-mean' ? result.candidates : [];
}
