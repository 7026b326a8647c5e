import snowball from 'snowball-stemmers';

/** Stems kept for reuse (a few MB at most): stemming is the costliest step of reading a word, and members reuse their words. */
const STEM_MEMO = 50_000;

/**
 * The Snowball stemmer for a language ("english", "spanish", …), remembering what it stemmed. A plain map that
 * starts over when full, not a least-recently-used cache: the safety pass stems inside its innermost loop, where
 * keeping an LRU order cost more than the stemming it saved.
 */
export function memoStemmer(language: string): (word: string) => string {
  let memoized = byLanguage.get(language);
  if (memoized) return memoized;
  const stemmer = snowball.newStemmer(language);
  const stems = new Map<string, string>();
  memoized = (word) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      if (stems.size >= STEM_MEMO) stems.clear();
      stems.set(word, (stemmed = stemmer.stem(word)));
    }
    return stemmed;
  };
  byLanguage.set(language, memoized);
  return memoized;
}

/** One per language, shared by every vocabulary and safety pass: a word's stem never changes. */
const byLanguage = new Map<string, (word: string) => string>();
