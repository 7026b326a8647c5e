import { z } from 'zod';
import english from '../../data/languages/en.json' with { type: 'json' };

/** Every fixed text a reply is made of, by key; English (data/languages/en.json) decides the keys. */
export type MessageKey = keyof typeof english.messages;
export type Messages = Readonly<Record<MessageKey, string>>;

export const englishMessages: Messages = english.messages;

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/**
 * A language's texts: every English key, none other, each with the same {placeholders} as the English text, so a
 * translation can neither lose a value (a number, the member's words) nor ask for one the code does not give.
 */
/**
 * Texts that share one of Discord's limits with other data: a help suggestion is an autocomplete choice (at most 100
 * characters) around a safety advice title (at most 60), so its own words stay within 40.
 */
const ownWordsLimit: Partial<Record<MessageKey, number>> = { helpSuggestion: 40 };

export const MessagesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(englishMessages).map(([key, template]) => [
      key,
      z
        .string()
        .trim()
        .min(1)
        .max(400)
        .refine((text) => text.replace(/\{\w+\}/g, '').length <= (ownWordsLimit[key as MessageKey] ?? Infinity), {
          error: `must be at most ${String(ownWordsLimit[key as MessageKey] ?? '')} characters besides its placeholders (Discord's limit for the choice it is part of)`,
        })
        .refine((text) => placeholders(text).join() === placeholders(template).join(), {
          error: `must use exactly the placeholders of the English text: ${
            placeholders(template)
              .map((name) => `{${name}}`)
              .join(' ') || 'none'
          }`,
        }),
    ]),
  ) as Record<MessageKey, z.ZodString>,
);

/** A text with its {placeholders} filled in. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
