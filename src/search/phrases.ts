import type { Vocabulary } from './words.js';

export interface PhraseHit<Owner> {
  readonly owner: Owner;
  /** The phrase's canonical words, all of which the query holds. */
  readonly words: readonly string[];
  /** The whole query is this phrase and nothing else. */
  readonly whole: boolean;
}

/** Single words this short ("MS", "PE", "TIA") mean something only when they are the whole query. */
const SHORT_WORD = 3;

/**
 * Finds the catalogue phrases a query contains: a phrase matches when every one of its canonical words is
 * among the query's, in any order ("foot is suddenly cold and numb" holds "foot cold numb"). Phrases are
 * keyed by their first word, so a query only looks at phrases that share a word with it.
 */
export class PhraseIndex<Owner> {
  readonly #byWord = new Map<string, { owner: Owner; words: string[]; key: string }[]>();

  constructor(vocabulary: Vocabulary, entries: Iterable<{ owner: Owner; phrase: string }>) {
    for (const { owner, phrase } of entries) {
      const words = vocabulary.words(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.#byWord.get(first) ?? [];
      list.push({ owner, words, key: words.join(' ') });
      this.#byWord.set(first, list);
    }
  }

  /** Every phrase the query holds; `words` are the query's, from the same vocabulary. */
  match(words: readonly string[]): PhraseHit<Owner>[] {
    const present = new Set(words);
    const whole = words.join(' ');
    const hits: PhraseHit<Owner>[] = [];
    for (const word of present) {
      for (const entry of this.#byWord.get(word) ?? []) {
        const isWhole = entry.key === whole;
        if (!isWhole && entry.words.length === 1 && word.length <= SHORT_WORD) continue;
        if (entry.words.every((w) => present.has(w))) hits.push({ owner: entry.owner, words: entry.words, whole: isWhole });
      }
    }
    return hits;
  }
}
