/** Longest query Discord lets a member type into a string option we declare; longer input is cut here. */
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

/** A member's query, folded and cut to the length Discord allows (a huge paste costs no more than that). */
export function normalizeQuery(text: string): string {
  return foldText(text.slice(0, QUERY_MAX_LENGTH * 2)).slice(0, QUERY_MAX_LENGTH);
}
