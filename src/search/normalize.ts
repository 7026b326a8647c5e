/** Longest query a member can type: the `query` option's max_length, which the router enforces. */
export const QUERY_MAX_LENGTH = 100;

/**
 * Folds text into one comparable form: full-width and accented letters to plain ones, case away,
 * punctuation and runs of space to a single space. Catalogue text and queries go through the same fold.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
