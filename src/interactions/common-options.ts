import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
} from 'discord-api-types/v10';
import { englishMessages } from '../catalogue/messages.js';
import { AudienceSchema } from '../catalogue/schema.js';
import type { ServerSettings, Visibility } from '../store/store.js';
import type { SafetyData } from '../safety/schema.js';

/** The reader the source page asks about: "Which best describes you?" The router reads and remembers it. */
export const audienceOption = {
  type: ApplicationCommandOptionType.String,
  name: 'audience' as const,
  description: 'Who the explanation is written for (default: plain language, or the server’s choice)',
  required: false,
  choices: AudienceSchema.options.map((audience) => ({
    name: `${audience} (${(audience === 'clinician' ? englishMessages.audienceClinician : englishMessages.audienceGeneral).toLowerCase()})`,
    value: audience,
  })),
} satisfies APIApplicationCommandBasicOption;

/** One switch, one name, on every command that can post: `private:false` posts, unless the server keeps answers private. */
export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private' as const,
  description: 'true: only you see it; false: post it in the channel (unless the server keeps answers private)',
  required: false,
} satisfies APIApplicationCommandBasicOption;

/** Installable by a server or by a member, and usable in servers, DMs with the bot and group DMs. */
export const everywhere = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/**
 * Whether the reply is private: always on a server whose moderators keep answers private, else this command's
 * option if given, else the server's default, else the command's own.
 */
export function isPrivate(explicit: boolean | undefined, server: ServerSettings, commandDefault: Visibility): boolean {
  if (server.privateOnly) return true;
  return explicit ?? (server.visibility ?? commandDefault) === 'private';
}

/** The member's country, for emergency numbers and crisis lines: one choice per country the safety data lists. */
export function countryOption(safety: SafetyData) {
  return {
    type: ApplicationCommandOptionType.String,
    name: 'country' as const,
    description: 'Your country, for local emergency numbers and crisis lines (default: from your Discord language)',
    required: false,
    choices: safety.countries.map((country) => ({ name: country.name.replace(/^the /, ''), value: country.code })),
  } satisfies APIApplicationCommandBasicOption;
}
