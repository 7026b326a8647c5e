import { escapeMarkdown } from '@discordjs/formatters';

const QUOTE_MAX_LENGTH = 100;
/** Discord counts UTF-16 code units; a hundred "characters" of stacked combining marks can be thousands of them. */
const QUOTE_MAX_UNITS = 200;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Cuts to at most `max` user-perceived characters and `maxUnits` UTF-16 code units, between characters, so an
 * emoji or accented letter is never split.
 */
export function truncate(text: string, max: number, maxUnits = Infinity): string {
  const parts = Array.from(graphemes.segment(text), (part) => part.segment);
  if (parts.length <= max && text.length <= maxUnits) return text;
  let out = '';
  for (const part of parts.slice(0, max - 1)) {
    // One unit is kept for the ellipsis; a single character longer than the budget is dropped whole.
    if (out.length + part.length > maxUnits - 1) break;
    out += part;
  }
  return `${out}…`;
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
  return escapeMarkdown(truncate(flat, QUOTE_MAX_LENGTH, QUOTE_MAX_UNITS), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  })
    .replace(/[<>]/g, (bracket) => `\\${bracket}`)
    .replace(/@/g, '@\u200b');
}
