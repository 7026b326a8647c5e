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
import type { Visibility } from '../src/store/store.js';
import { settingsMessage } from '../src/replies/about.js';

const visibilities: readonly Visibility[] = ['private', 'public'];

/**
 * `/cramp-settings`: a server's defaults, for moderators. Discord shows it only to members with Manage Server
 * (`default_member_permissions`); the router refuses anyone else too, since servers can widen that.
 */
export const crampSettings = defineCommand({
  definition: (_catalogue, safety) =>
    ({
      name: 'cramp-settings',
      description: 'Moderators: the reading view, visibility and country for help numbers this server uses by default',
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
            { name: 'private (only the member)', value: 'private' },
            { name: 'public (the channel)', value: 'public' },
          ],
        },
        {
          ...countryOption(safety),
          description: 'The country whose emergency numbers and crisis lines members get, unless they choose their own',
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: 'reset',
          description: 'Erase this server’s settings',
          required: false,
        },
      ],
    }) as const satisfies CommandDefinition,

  execute({ options, server }, { safety }) {
    if (options.boolean('reset')) return { response: settingsMessage({}, true, safety), forgetServer: true };
    const audience = parseAudience(options.string('reading'));
    const visibility = visibilities.find((value) => value === options.string('visibility'));
    const country = parseCountry(safety, options.string('country'));
    if (!audience && !visibility && !country) return { response: settingsMessage(server, false, safety) };
    const saved = { ...server, ...(audience ? { audience } : {}), ...(visibility ? { visibility } : {}), ...(country ? { country } : {}) };
    return { response: settingsMessage(saved, true, safety), saveServer: saved };
  },
});
