import damerauLevenshtein from 'damerau-levenshtein';

/** How many letters a word of this length may have wrong and still be a plain misspelling of another. */
function allowance(length: number, alone: boolean): number {
  if (length <= 2) return 0;
  // Three letters alone ("RLS") are too easily another word ("ALS"); inside a phrase ("dep vein") one slip is fine.
  if (length === 3) return alone ? 0 : 1;
  return length < 8 ? 1 : 2;
}

/** Prefix pairs that turn a word into its opposite ("hyper", "hypo"): the catalogue's `language.opposites`. */
export type Opposites = readonly (readonly [string, string])[];

const opposite = (a: string, b: string, opposites: Opposites) =>
  opposites.some(([x, y]) => (a.startsWith(x) && b.startsWith(y)) || (a.startsWith(y) && b.startsWith(x)));

/**
 * The number of edits (a letter added, dropped, changed, or two swapped) that turn the query's words into
 * a term's, when every word is within its allowance; undefined when the query is no plain misspelling of
 * the term. Words are compared in order, one to one. "hypercalcaemia" is no misspelling of "hypocalcaemia".
 */
export function typoDistance(queryWords: readonly string[], termWords: readonly string[], opposites: Opposites): number | undefined {
  if (queryWords.length !== termWords.length || queryWords.length === 0) return undefined;
  let total = 0;
  for (const [i, word] of queryWords.entries()) {
    const target = termWords[i] ?? '';
    const limit = allowance(Math.max(word.length, target.length), queryWords.length === 1);
    if (opposite(word, target, opposites)) return undefined;
    if (Math.abs(word.length - target.length) > limit) return undefined;
    const { steps } = damerauLevenshtein(word, target);
    if (steps > limit) return undefined;
    total += steps;
  }
  return total;
}

/** Whether one word of a phrase is a plain slip for another ("vien" for "vein"), as inside a longer phrase. */
export function slip(word: string, target: string, opposites: Opposites): boolean {
  return typoDistance([word, ''], [target, ''], opposites) !== undefined;
}
