import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { AudienceSchema, parseAudience, type Audience } from '../catalogue/schema.js';
import { audienceLabel } from '../replies/audience.js';
import type { CommandOptions } from './options.js';

/** The reader the source page asks about: "Which best describes you?" */
export const audienceOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'audience',
  description: 'Who the explanation is written for (default: clinician)',
  required: false,
  choices: AudienceSchema.options.map((audience) => ({ name: `${audience} (${audienceLabel[audience].toLowerCase()})`, value: audience })),
};

export const privateOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Show the answer only to you',
  required: false,
};

export const DEFAULT_AUDIENCE: Audience = 'clinician';

/** The audience the member chose in this command, if they chose one. */
export function chosenAudience(options: CommandOptions): Audience | undefined {
  return parseAudience(options.string('audience'));
}

/** This command's choice, else the member's saved one, else the source page's default (clinician). */
export function readAudience(options: CommandOptions, saved: Audience | undefined): Audience {
  return chosenAudience(options) ?? saved ?? DEFAULT_AUDIENCE;
}

/** Remember a choice the member made in this command. */
export function rememberChoice(options: CommandOptions): { preference: { remember: Audience } } | Record<string, never> {
  const chosen = chosenAudience(options);
  return chosen ? { preference: { remember: chosen } } : {};
}

export function readPrivate(options: CommandOptions): boolean {
  return options.boolean('private') ?? false;
}
