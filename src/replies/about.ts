import { inlineCode } from '@discordjs/formatters';
import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ServerSettings } from '../store/store.js';
import type { SafetyData } from '../safety/schema.js';
import { audienceLabel } from './audience.js';
import { button } from './card.js';
import { encodeCustomId } from './custom-id.js';
import { catalogueReviewSummary } from './footer.js';
import { messageResponse } from './message.js';

export interface AboutBot {
  /** package.json's version. */
  readonly version: string;
  /** Whom members ask about their data (OPERATOR_CONTACT), when the operator set it. */
  readonly contact?: string;
}

/** `/cramp-about`: where the content comes from, how current it is, the full disclaimer, and privacy. */
export function aboutMessage(catalogue: Catalogue, bot: AboutBot, server: ServerSettings = {}) {
  const embed: APIEmbed = {
    title: `About cramp-bot ${bot.version}`,
    description: `Answers “${catalogue.question}” from a differential-diagnosis catalogue of ${String(catalogue.causes.length)} causes.`,
    fields: [
      { name: 'Source', value: catalogue.meta.source },
      { name: 'How current', value: `Source updated ${catalogue.meta.sourceUpdated} · ${catalogueReviewSummary(catalogue)}` },
      { name: 'Disclaimer', value: catalogue.meta.disclaimer },
      ...(server.privateOnly
        ? [{ name: 'On this server', value: 'Answers are private only: its moderators chose that nothing is posted to the channel.' }]
        : []),
      {
        name: 'What is stored about you',
        value:
          'Only if you choose a reading view or a country for help numbers: your Discord user id, the choice and when you ' +
          'made it. Nothing you type is kept. ' +
          'A server’s moderators can store defaults for their server.',
      },
      {
        name: 'How to erase it',
        value:
          'Press **Forget my choices** below, or under any private card. Moderators: `/cramp-settings reset:true` erases the ' +
          'server’s defaults, which are also erased when the bot leaves the server.' +
          (bot.contact ? ` Questions about your data: ${inlineCode(bot.contact.replaceAll('`', "'"))}, who runs this bot.` : ''),
      },
    ],
  };
  const forget = button('Forget my choices', encodeCustomId({ kind: 'forget' }));
  return messageResponse({ embeds: [embed], components: [{ type: ComponentType.ActionRow, components: [forget] }] }, { ephemeral: true });
}

/** `/cramp-settings`: the server's defaults as they now stand. */
export function settingsMessage(settings: ServerSettings, changed: boolean, safety: SafetyData) {
  const country = safety.countries.find((candidate) => candidate.code === settings.country);
  const embed: APIEmbed = {
    title: changed ? 'Server settings saved' : 'Server settings',
    description: 'These apply to members who have not chosen for themselves. A member’s own choice always wins.',
    fields: [
      { name: 'Reading view', value: settings.audience ? audienceLabel[settings.audience] : 'Plain language (not set)' },
      ...(settings.privateOnly
        ? [{ name: 'Answers', value: 'Private only: only the member sees them, and members cannot post or share them' }]
        : [
            {
              name: 'Replies to /cramp-cause',
              value: settings.visibility === 'private' ? 'Private: only the member sees them' : 'Public: posted in the channel (default)',
            },
            {
              name: '/cramp-causes list',
              value: settings.visibility === 'public' ? 'Public: posted in the channel' : 'Private: only the member sees it (default)',
            },
          ]),
      {
        name: 'Help numbers',
        value: country
          ? `${country.name.replace(/^the /, '')}: emergency ${country.emergency}, crisis line ${country.crisis}`
          : 'From each member’s Discord language (not set)',
      },
    ],
  };
  return messageResponse({ embeds: [embed] }, { ephemeral: true });
}
