import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { parseAudience } from '../src/catalogue/schema.js';
import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import type { Visibility } from '../src/store/store.js';
import { settingsMessage } from '../src/replies/about.js';

const visibilities: readonly Visibility[] = ['private', 'public'];

/**
 * `/cramp-settings`: a server's defaults, for moderators. Discord shows it only to members with Manage Server
 * (`default_member_permissions`); the router refuses anyone else too, since servers can widen that.
 */
export const crampSettings = defineCommand({
  definition: () =>
    ({
      name: 'cramp-settings',
      description: 'Moderators: the reading view and visibility this server uses by default',
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
          type: ApplicationCommandOptionType.Boolean,
          name: 'reset',
          description: 'Erase this server’s settings',
          required: false,
        },
      ],
    }) as const satisfies CommandDefinition,

  execute({ options, server }) {
    if (options.boolean('reset')) return { response: settingsMessage({}, true), forgetServer: true };
    const audience = parseAudience(options.string('reading'));
    const visibility = visibilities.find((value) => value === options.string('visibility'));
    if (!audience && !visibility) return { response: settingsMessage(server, false) };
    const saved = { ...server, ...(audience ? { audience } : {}), ...(visibility ? { visibility } : {}) };
    return { response: settingsMessage(saved, true), saveServer: saved };
  },
});
