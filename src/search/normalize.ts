/** Longest query Discord lets a member type into a string option we declare; longer input is cut here. */
export const QUERY_MAX_LENGTH = 100;

/**
 * Folds what people type into one comparable form: full-width and accented letters to plain ones,
 * case away, punctuation and runs of space to a single space.
 */
export function normalizeQuery(text: string): string {
  return text
    .slice(0, QUERY_MAX_LENGTH * 2)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, QUERY_MAX_LENGTH);
}
