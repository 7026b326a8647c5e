// discord-api-spec ships its zod schemas as plain JavaScript (its "types" entry points at the .js file),
// so the few schemas the tests use are declared here.
declare module 'discord-api-spec/zod' {
  import type { ZodType } from 'zod';
  export const ApplicationCommandAutocompleteCallbackRequestSchema: ZodType;
  export const ApplicationCommandUpdateRequestSchema: ZodType;
  export const CreateMessageInteractionCallbackRequestSchema: ZodType;
  export const PongInteractionCallbackRequestSchema: ZodType;
}
