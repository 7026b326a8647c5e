import { escapeMarkdown } from '@discordjs/formatters';

const QUOTE_MAX_LENGTH = 100;

/**
 * Makes a member's text safe to show back to them: no control characters or line breaks, no markdown,
 * no rendered mentions, channel links or timestamps, and short enough to read.
 */
export function quoteUserText(text: string): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const short = [...flat].length > QUOTE_MAX_LENGTH ? `${[...flat].slice(0, QUOTE_MAX_LENGTH - 1).join('')}…` : flat;
  return escapeMarkdown(short)
    .replace(/[<>]/g, (bracket) => `\\${bracket}`)
    .replace(/@/g, '@\u200b');
}
