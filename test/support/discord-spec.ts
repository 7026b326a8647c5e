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
import type { APIEmbed, APIInteractionResponse } from 'discord-api-types/v10';
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
export function assertValidCallback(body: unknown): asserts body is APIInteractionResponse {
  const type = (body as { type?: unknown }).type;
  const schema = typeof type === 'number' ? callbackSchemas[type] : undefined;
  if (!schema) throw new Error(`unexpected interaction callback type ${String(type)}`);
  check(schema, body, `callback type ${String(type)}`);
  const embeds = (body as { data?: { embeds?: APIEmbed[] } }).data?.embeds ?? [];
  const total = embedsTextLength(embeds);
  if (total > DiscordLimits.embedsTotalText)
    throw new Error(`embeds hold ${total} characters; Discord allows ${DiscordLimits.embedsTotalText}`);
}

/**
 * Discord documents `default_member_permissions` as a string bit set (and discord-api-types and discord.js send
 * one); its OpenAPI description types the request field as an integer. The check reads the string as the number.
 */
export function assertValidCommandsPut(body: unknown): void {
  const asSpec = Array.isArray(body)
    ? body.map((command: Record<string, unknown>) =>
        typeof command.default_member_permissions === 'string' && /^\d+$/.test(command.default_member_permissions)
          ? { ...command, default_member_permissions: Number(command.default_member_permissions) }
          : command,
      )
    : body;
  check(z.array(ApplicationCommandUpdateRequestSchema).max(100), asSpec, 'bulk command overwrite');
}
