import snowball from 'snowball-stemmers';

/**
 * Stems kept for reuse (about 15 MB when full of distinct words): stemming is the costliest step of reading a word,
 * and members reuse their words. A whole unit-test run (five catalogues, the eval sets, generated catalogues) meets about
 * 80,000 distinct words.
 */
const STEM_MEMO = 100_000;

/**
 * The Snowball stemmer for a language ("english", "spanish", …), remembering what it stemmed. Two plain maps, not a
 * least-recently-used cache (the safety pass stems inside its innermost loop, where keeping an LRU order cost more
 * than the stemming it saved): when the newer one is full it becomes the older and a fresh one starts, so words in
 * use survive a flood of new ones instead of the whole memo starting over (which made every catalogue built after a
 * large one stem all its words again).
 */
export function memoStemmer(language: string): (word: string) => string {
  let memoized = byLanguage.get(language);
  if (memoized) return memoized;
  const stemmer = snowball.newStemmer(language);
  let recent = new Map<string, string>();
  let older = new Map<string, string>();
  memoized = (word) => {
    // A word with a digit ("b12", "20mg", "x2") is a code, a dose or a count: it has no other forms to fold.
    if (DIGIT.test(word)) return word;
    let stemmed = recent.get(word);
    if (stemmed !== undefined) return stemmed;
    stemmed = older.get(word) ?? stemFolded(stemmer, language, word);
    if (recent.size >= STEM_MEMO / 2) {
      older = recent;
      recent = new Map();
    }
    recent.set(word, stemmed);
    return stemmed;
  };
  byLanguage.set(language, memoized);
  return memoized;
}

const DIGIT = /\d/;

/**
 * Endings whose accent the Snowball algorithm needs to see to remove them, lost when a word is folded before it is
 * stemmed: Spanish "tosí" (I coughed) is "tos" like "toso", "dolía" (it hurt) is "dol", but folded to "tosi" and
 * "dolia" they kept their endings. Longest first; a member may type them either way. Not "ió": "-io" is also the
 * ending of many nouns ("sodio", "nervio") whose plural would then stem apart from them.
 */
const ACCENTED_ENDINGS: Readonly<Record<string, readonly (readonly [folded: string, accented: string])[]>> = {
  spanish: [
    ['iamos', 'íamos'],
    ['iais', 'íais'],
    ['ian', 'ían'],
    ['ias', 'ías'],
    ['ia', 'ía'],
    ['i', 'í'],
  ],
};
const UNACCENTED = /^[a-z]+$/;

/** A folded word's stem, as the algorithm would have stemmed it with the accent of its ending put back. */
function stemFolded(stemmer: { stem(word: string): string }, language: string, word: string): string {
  const plain = stemmer.stem(word);
  const ending = ACCENTED_ENDINGS[language]?.find(([folded]) => word.endsWith(folded) && word.length > folded.length);
  if (!ending) return plain;
  const accented = stemmer.stem(word.slice(0, -ending[0].length) + ending[1]);
  return accented.length < plain.length && UNACCENTED.test(accented) ? accented : plain;
}

/** One per language, shared by every vocabulary and safety pass: a word's stem never changes. */
const byLanguage = new Map<string, (word: string) => string>();
