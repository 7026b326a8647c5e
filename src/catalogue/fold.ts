/**
 * A French or Italian elision ("l’effort", "j’ai", "qu’il", "d’un"): one letter (or "qu") and an apostrophe before
 * a vowel or h are a word of their own, so "l’effort" reads "l effort". English contractions ("can’t", "I’m",
 * "don’t") do not take this shape and still fold to one word.
 */
const ELISION = /(^|[^\p{L}])(qu|[cdjlmnst])['’](?=[aeiouyh])/gu;

/**
 * Folds text into one comparable form: full-width and accented letters to plain ones, case and
 * apostrophes away ("Hashimoto's" and "can't" become "hashimotos" and "cant"), ß, œ and æ spelt out, other punctuation and runs of
 * space to a single space. Catalogue terms and members' queries go through the same fold.
 */
export function foldText(text: string): string {
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
