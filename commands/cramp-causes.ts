import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { AudienceSchema } from '../src/catalogue/schema.js';
import { causeCard } from '../src/replies/cause-card.js';
import { causeListEmbeds, causeSelectMenu } from '../src/replies/cause-list.js';
import { messageResponse } from '../src/replies/message.js';
import { unknownTierNotice } from '../src/replies/notices.js';
import { audienceOption, DEFAULT_AUDIENCE, privateOption, readAudience, readPrivate } from '../src/interactions/common-options.js';
import type { SlashCommand } from '../src/interactions/command.js';

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

  execute({ options }, { catalogue }) {
    const tierId = options.string('tier');
    const tiers = tierId === undefined ? catalogue.tiers : catalogue.tiers.filter((tier) => tier.id === tierId);
    if (tiers.length === 0) return unknownTierNotice(catalogue, tierId ?? '');
    const count = tiers.reduce((sum, tier) => sum + catalogue.causesIn(tier.id).length, 0);
    const scope = tierId === undefined ? `${count} causes in ${tiers.length} tiers, most likely first` : `${count} causes in this tier`;
    const menu = causeSelectMenu(catalogue, tiers, `${crampCauses.name}:${OPEN_CARD}:${readAudience(options)}`);
    return messageResponse(
      {
        content: `**${catalogue.question}**\n${scope}. Choose one in the menu below to read its full card.`,
        embeds: causeListEmbeds(catalogue, tiers),
        components: [menu],
      },
      { ephemeral: readPrivate(options) },
    );
  },

  component({ args, values }, { catalogue }) {
    const [action, audienceArg] = args;
    const cause = action === OPEN_CARD && values[0] !== undefined ? catalogue.cause(values[0]) : undefined;
    if (!cause) {
      return messageResponse({ content: 'That cause is no longer in the catalogue. Run `/cramp-causes` again for the current list.' }, { ephemeral: true });
    }
    const parsedAudience = AudienceSchema.safeParse(audienceArg);
    const audience = parsedAudience.success ? parsedAudience.data : DEFAULT_AUDIENCE;
    // Only the member who picked sees the card, so the list others are reading stays as it is.
    return messageResponse({ embeds: [causeCard(catalogue, cause, audience)] }, { ephemeral: true });
  },
};
