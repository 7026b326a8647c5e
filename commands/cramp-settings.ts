import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { parseAudience } from '../src/catalogue/schema.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { countryOption } from '../src/interactions/common-options.js';
import { parseCountry } from '../src/safety/helplines.js';
import type { ServerSettings } from '../src/store/store.js';
import { settingsMessage } from '../src/replies/about.js';

/** The visibility choices, as stored: "private only" is private with members unable to post or share. */
const visibilities: Record<string, Pick<ServerSettings, 'visibility' | 'privateOnly'>> = {
  private: { visibility: 'private' },
  public: { visibility: 'public' },
  'private-only': { visibility: 'private', privateOnly: true },
};

/**
 * `/cramp-settings`: a server's defaults, for moderators. Discord shows it only to members with Manage Server
 * (`default_member_permissions`); the router refuses anyone else too, since servers can widen that.
 */
export const crampSettings = defineCommand({
  definition: (catalogues, safety) =>
    ({
      name: 'cramp-settings',
      description: 'Moderators: this server’s default reading view, visibility, country for help numbers and language',
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      integration_types: [ApplicationIntegrationType.GuildInstall],
      contexts: [InteractionContextType.Guild],
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'reading',
          description: 'The reading view for members who have not chosen one',
          required: false,
          choices: [
            { name: 'plain language', value: 'general' },
            { name: 'clinical', value: 'clinician' },
          ],
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'visibility',
          description: 'Whether answers are posted in the channel or shown only to the member, by default',
          required: false,
          choices: [
            { name: 'private by default (members may post)', value: 'private' },
            { name: 'public by default (members may choose private)', value: 'public' },
            { name: 'private only (members cannot post or share)', value: 'private-only' },
          ],
        },
        {
          ...countryOption(safety),
          description: 'The country whose emergency numbers and crisis lines members get, unless they choose their own',
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'language',
          description: 'The language of replies for members whose Discord language the bot does not have',
          required: false,
          choices: catalogues.all.map((catalogue) => ({ name: catalogue.locale.name, value: catalogue.locale.code })),
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: 'reset',
          description: 'Erase this server’s settings',
          required: false,
        },
      ],
    }) as const satisfies CommandDefinition,

  execute({ options, server }, { catalogue, catalogues, safety }) {
    const shown = (settings: ServerSettings, changed: boolean) =>
      settingsMessage(catalogue, settings, changed, safety, catalogues.byCode(settings.language)?.locale.name);
    if (options.boolean('reset')) return { response: shown({}, true), forgetServer: true };
    const audience = parseAudience(options.string('reading'));
    const chosen = options.string('visibility');
    const visibility = chosen === undefined ? undefined : visibilities[chosen];
    const country = parseCountry(safety, options.string('country'));
    const language = catalogues.byCode(options.string('language'))?.locale.code;
    if (!audience && !visibility && !country && !language) return { response: shown(server, false) };
    // A new visibility replaces the old one whole, private-only included.
    const { privateOnly, ...rest } = server;
    const saved: ServerSettings = {
      ...rest,
      ...(audience ? { audience } : {}),
      ...(country ? { country } : {}),
      ...(language ? { language } : {}),
      ...(visibility ?? (privateOnly ? { privateOnly } : {})),
    };
    return { response: shown(saved, true), saveServer: saved };
  },
});
