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
    stemmed = older.get(word) ?? stemmer.stem(word);
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

/** One per language, shared by every vocabulary and safety pass: a word's stem never changes. */
const byLanguage = new Map<string, (word: string) => string>();
