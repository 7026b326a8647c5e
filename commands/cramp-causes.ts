import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Catalogues } from '../src/catalogue/catalogue.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { audienceOption, everywhere, isPrivate, privateOption } from '../src/interactions/common-options.js';
import { privateCardMessage } from '../src/replies/card.js';
import { causeListEmbed, causeSelectMenu, dangerSignsEmbed } from '../src/replies/cause-list.js';
import { messageResponse } from '../src/replies/message.js';
import { unknownTierNotice } from '../src/replies/notices.js';

/** `/cramp-causes [tier]`: every cause by tier in one compact embed, with a menu that opens any cause's card. */
export const crampCauses = defineCommand({
  definition: ({ english }: Catalogues) =>
    ({
      name: 'cramp-causes',
      description: 'List every cause of leg cramps, most likely first (only you see it unless you set private:false)',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'tier',
          description: 'Show only one tier',
          required: false,
          choices: english.tiers.map((tier) => ({ name: tier.label, value: tier.id })),
        },
        audienceOption,
        privateOption,
      ],
      ...everywhere,
    }) as const satisfies CommandDefinition,

  execute({ options, audience, server }, { catalogue }) {
    const tierId = options.string('tier');
    const tiers = tierId === undefined ? catalogue.tiers : catalogue.tiers.filter((tier) => tier.id === tierId);
    if (tiers.length === 0) return { response: unknownTierNotice(catalogue, tierId ?? '') };
    const signs = dangerSignsEmbed(catalogue);
    const response = messageResponse(
      {
        embeds: [causeListEmbed(catalogue, tiers, audience), ...(signs ? [signs] : [])],
        components: [causeSelectMenu(catalogue, tiers, audience)],
      },
      { ephemeral: isPrivate(options.boolean('private'), server, 'private') },
    );
    return { response };
  },

  components: {
    // Only the member who picked sees the card, so the list others are reading stays as it is.
    open: ({ values, audience, server }, { catalogue }) => ({
      response: privateCardMessage(catalogue, values[0], audience, !server.privateOnly),
    }),
  },
});
