import { escapeMarkdown } from '@discordjs/formatters';

const QUOTE_MAX_LENGTH = 100;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Cuts between user-perceived characters, so an emoji or accented letter is never split. */
export function truncate(text: string, max: number): string {
  const parts = Array.from(graphemes.segment(text), (part) => part.segment);
  return parts.length > max ? `${parts.slice(0, max - 1).join('')}…` : text;
}

/**
 * Makes a member's text safe to show back to them: no control characters or line breaks, no markdown,
 * no rendered mentions, channel links or timestamps, and short enough to read.
 */
export function quoteUserText(text: string): string {
  const flat = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return escapeMarkdown(truncate(flat, QUOTE_MAX_LENGTH), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/[<>]/g, (bracket) => `\\${bracket}`)
    .replace(/@/g, '@\u200b');
}
