import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { AudienceSchema } from '../catalogue/schema.js';
import { audienceLabel } from '../replies/audience.js';

/** The reader the source page asks about: "Which best describes you?" The router reads and remembers it. */
export const audienceOption = {
  type: ApplicationCommandOptionType.String,
  name: 'audience' as const,
  description: 'Who the explanation is written for (default: clinician)',
  required: false,
  choices: AudienceSchema.options.map((audience) => ({ name: `${audience} (${audienceLabel[audience].toLowerCase()})`, value: audience })),
} satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private' as const,
  description: 'Show the answer only to you',
  required: false,
} satisfies APIApplicationCommandBasicOption;
