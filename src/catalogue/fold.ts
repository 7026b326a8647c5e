/**
 * A French or Italian elision ("l’effort", "j’ai", "qu’il", "d’un"): one letter (or "qu") and an apostrophe before
 * a vowel or h are a word of their own, so "l’effort" reads "l effort". English contractions ("can’t", "I’m",
 * "don’t") do not take this shape and still fold to one word.
 */
const ELISION = /(^|[^\p{L}])(qu|[cdjlmnst])['’](?=[aeiouyh])/gu;

/** Text that folding would leave as it is: lower-case ASCII letters and digits, single spaces between. */
const FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Folds text into one comparable form: full-width and accented letters to plain ones, case and
 * apostrophes away ("Hashimoto's" and "can't" become "hashimotos" and "cant"), ß, œ and æ spelt out, other punctuation and runs of
 * space to a single space. Catalogue terms and members' queries go through the same fold.
 */
export function foldText(text: string): string {
  // Most calls get words already folded (the search folds a query once, then reads its words again and again).
  if (FOLDED.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(ELISION, '$1$2 ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
