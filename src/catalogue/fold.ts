/**
 * Folds text into one comparable form: full-width and accented letters to plain ones, case and
 * apostrophes away ("Hashimoto's" and "can't" become "hashimotos" and "cant"), other punctuation and runs of
 * space to a single space. Catalogue terms and members' queries go through the same fold.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
