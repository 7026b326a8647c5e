import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { parseAudience } from '../src/catalogue/schema.js';
import type { Reply, SlashCommand } from '../src/interactions/command.js';
import { audienceOption, DEFAULT_AUDIENCE, privateOption, readAudience, readPrivate, rememberChoice } from '../src/interactions/common-options.js';
import { causeListEmbeds, causeSelectMenu } from '../src/replies/cause-list.js';
import { messageResponse } from '../src/replies/message.js';
import { causeGoneNotice, unknownTierNotice } from '../src/replies/notices.js';
import { cardMessage } from './cramp-cause.js';

const OPEN_CARD = 'open';

/** `/cramp-causes [tier]`: every cause grouped by tier, with a menu that opens any cause's card. */
export const crampCauses: SlashCommand = {
  name: 'cramp-causes',

  definition: (catalogue) => ({
    name: 'cramp-causes',
    description: 'List every cause of leg cramps, from most likely to rare',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'tier',
        description: 'Show only one tier',
        required: false,
        choices: catalogue.tiers.map((tier) => ({ name: tier.label, value: tier.id })),
      },
      audienceOption,
      privateOption,
    ],
  }),

  execute({ options, savedAudience }, { catalogue }): Reply {
    const remembered = rememberChoice(options);
    const tierId = options.string('tier');
    const tiers = tierId === undefined ? catalogue.tiers : catalogue.tiers.filter((tier) => tier.id === tierId);
    if (tiers.length === 0) return { response: unknownTierNotice(catalogue, tierId ?? ''), ...remembered };
    const count = tiers.reduce((sum, tier) => sum + catalogue.causesIn(tier.id).length, 0);
    const scope = tierId === undefined ? `${count} causes in ${tiers.length} tiers, most likely first` : `${count} causes in this tier`;
    const menu = causeSelectMenu(catalogue, tiers, `${crampCauses.name}:${OPEN_CARD}:${readAudience(options, savedAudience)}`);
    const response = messageResponse(
      {
        content: `**${catalogue.question}**\n${scope}. Choose one in the menu below to read its full card.`,
        embeds: causeListEmbeds(catalogue, tiers),
        components: [menu],
      },
      { ephemeral: readPrivate(options) },
    );
    return { response, ...remembered };
  },

  component({ args, values, savedAudience }, { catalogue }): Reply {
    const [action, listAudience] = args;
    const cause = action === OPEN_CARD && values[0] !== undefined ? catalogue.cause(values[0]) : undefined;
    if (!cause) return { response: causeGoneNotice(catalogue) };
    // The member's own saved choice wins over the language the list was posted in.
    const audience = savedAudience ?? parseAudience(listAudience) ?? DEFAULT_AUDIENCE;
    // Only the member who picked sees the card, so the list others are reading stays as it is.
    return { response: cardMessage(catalogue, cause, audience, true) };
  },
};
