/**
 * Checks bodies the bot sends against Discord's published OpenAPI description (zod schemas generated
 * from it by the discord-api-spec package), not only against our own types.
 */
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  PongInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import { z } from 'zod';
import type { APIEmbed } from 'discord-api-types/v10';
import { DiscordLimits } from '../../src/discord/limits.js';

const callbackSchemas: Record<number, z.ZodType> = {
  1: PongInteractionCallbackRequestSchema,
  4: CreateMessageInteractionCallbackRequestSchema,
  8: ApplicationCommandAutocompleteCallbackRequestSchema,
};

function check(schema: z.ZodType, body: unknown, what: string): void {
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`${what} does not match Discord's OpenAPI schema:\n${z.prettifyError(result.error)}`);
}

/** Counts the characters Discord adds up against its 6,000 limit for all embeds of one message. */
export function embedsTextLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((fields, field) => fields + field.name.length + field.value.length, 0),
    0,
  );
}

/** Throws unless the body is an interaction callback Discord accepts, including the limits its schema leaves out. */
export function assertValidCallback(body: unknown): void {
  const type = (body as { type?: unknown }).type;
  const schema = typeof type === 'number' ? callbackSchemas[type] : undefined;
  if (!schema) throw new Error(`unexpected interaction callback type ${String(type)}`);
  check(schema, body, `callback type ${String(type)}`);
  const embeds = (body as { data?: { embeds?: APIEmbed[] } }).data?.embeds ?? [];
  const total = embedsTextLength(embeds);
  if (total > DiscordLimits.embedsTotalText)
    throw new Error(`embeds hold ${total} characters; Discord allows ${DiscordLimits.embedsTotalText}`);
}

export function assertValidCommandsPut(body: unknown): void {
  check(z.array(ApplicationCommandUpdateRequestSchema).max(100), body, 'bulk command overwrite');
}
