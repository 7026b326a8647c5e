import { inlineCode } from '@discordjs/formatters';
import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import { format } from '../catalogue/messages.js';
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
  /** The names of the languages the bot answers in ("English, Español, …"). */
  readonly languages?: readonly string[];
}

/** `/cramp-about`: where the content comes from, how current it is, the full disclaimer, and privacy. */
export function aboutMessage(catalogue: Catalogue, bot: AboutBot, server: ServerSettings = {}) {
  const { text } = catalogue;
  const languages = new Intl.ListFormat(catalogue.locale.code, { type: 'conjunction' }).format(bot.languages ?? [catalogue.locale.name]);
  const embed: APIEmbed = {
    title: format(text.aboutTitle, { version: bot.version }),
    description: format(text.aboutDescription, { question: catalogue.question, count: catalogue.causes.length }),
    fields: [
      { name: text.aboutSource, value: catalogue.meta.source },
      {
        name: text.aboutCurrent,
        value: `${format(text.sourceUpdated, { date: catalogue.meta.sourceUpdated })} · ${catalogueReviewSummary(catalogue)}`,
      },
      { name: text.aboutDisclaimer, value: catalogue.meta.disclaimer },
      { name: text.aboutLanguage, value: format(text.aboutLanguageText, { languages }) },
      ...(server.privateOnly ? [{ name: text.onThisServer, value: text.privateOnlyServer }] : []),
      { name: text.storedTitle, value: text.storedText },
      {
        name: text.eraseTitle,
        value:
          text.eraseText + (bot.contact ? ` ${format(text.contactText, { contact: inlineCode(bot.contact.replaceAll('`', "'")) })}` : ''),
      },
    ],
  };
  const forget = button(text.forgetMyChoices, encodeCustomId({ kind: 'forget' }));
  return messageResponse({ embeds: [embed], components: [{ type: ComponentType.ActionRow, components: [forget] }] }, { ephemeral: true });
}

/** `/cramp-settings`: the server's defaults as they now stand, in the moderator's language. */
export function settingsMessage(
  catalogue: Catalogue,
  settings: ServerSettings,
  changed: boolean,
  safety: SafetyData,
  languageName?: string,
) {
  const { text } = catalogue;
  const country = safety.countries.find((candidate) => candidate.code === settings.country);
  const embed: APIEmbed = {
    title: changed ? text.settingsSavedTitle : text.settingsTitle,
    description: text.settingsDescription,
    fields: [
      { name: text.settingsReading, value: settings.audience ? audienceLabel(catalogue, settings.audience) : text.settingsReadingUnset },
      ...(settings.privateOnly
        ? [{ name: text.settingsAnswers, value: text.settingsPrivateOnly }]
        : [
            {
              name: text.settingsCauseReplies,
              value: settings.visibility === 'private' ? text.settingsCausePrivate : text.settingsCausePublic,
            },
            { name: text.settingsList, value: settings.visibility === 'public' ? text.settingsListPublic : text.settingsListPrivate },
          ]),
      {
        name: text.settingsHelpNumbers,
        value: country
          ? format(text.settingsHelpNumbersValue, {
              country: country.name.replace(/^the /, ''),
              emergency: country.emergency,
              crisis: country.crisis,
            })
          : text.settingsHelpNumbersUnset,
      },
      { name: text.settingsLanguage, value: languageName ?? text.settingsLanguageUnset },
    ],
  };
  return messageResponse({ embeds: [embed] }, { ephemeral: true });
}
