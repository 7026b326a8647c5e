import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, privateOption } from '../src/interactions/common-options.js';
import { privateCardMessage } from '../src/replies/card.js';
import { causeListEmbeds, causeSelectMenu } from '../src/replies/cause-list.js';
import { messageResponse } from '../src/replies/message.js';
import { unknownTierNotice } from '../src/replies/notices.js';

/** `/cramp-causes [tier]`: every cause grouped by tier, with a menu that opens any cause's card. */
export const crampCauses = defineCommand({
  definition: (catalogue: Catalogue) =>
    ({
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
    }) as const satisfies CommandDefinition,

  execute({ options, audience }, { catalogue }) {
    const tierId = options.string('tier');
    const tiers = tierId === undefined ? catalogue.tiers : catalogue.tiers.filter((tier) => tier.id === tierId);
    if (tiers.length === 0) return { response: unknownTierNotice(catalogue, tierId ?? '') };
    const count = tiers.reduce((sum, tier) => sum + catalogue.causesIn(tier.id).length, 0);
    const scope = tierId === undefined ? `${count} causes in ${tiers.length} tiers, most likely first` : `${count} causes in this tier`;
    const response = messageResponse(
      {
        content: `**${catalogue.question}**\n${scope}. Choose one in the menu below to read its full card.`,
        embeds: causeListEmbeds(catalogue, tiers),
        components: [causeSelectMenu(catalogue, tiers, audience)],
      },
      { ephemeral: options.boolean('private') ?? false },
    );
    return { response };
  },

  components: {
    // Only the member who picked sees the card, so the list others are reading stays as it is.
    open: ({ values, audience }, { catalogue }) => ({ response: privateCardMessage(catalogue, values[0], audience) }),
  },
});
