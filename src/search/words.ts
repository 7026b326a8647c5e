import { foldText } from '../catalogue/fold.js';
import type { Language } from '../catalogue/schema.js';
import { memoStemmer } from '../spelling/stemmer.js';

/**
 * Turns text into the words that matter, each in one canonical form: folded, stop words dropped, a word
 * in a synonym group replaced by the group's first word ("hurts", "aching" → "pain"), other words stemmed
 * ("walking" → "walk", by the Snowball stemmer for the catalogue's language). Catalogue phrases and queries go through the same steps, so they meet in the middle.
 */
export class Vocabulary {
  readonly #canonical = new Map<string, string>();
  /** Multi-word synonyms by their first word, so a text is only searched for those it could hold. */
  readonly #multiWord = new Map<string, [phrase: string, canonical: string][]>();
  readonly #ignored: ReadonlySet<string>;
  readonly #stem: (word: string) => string;

  constructor(synonyms: readonly (readonly string[])[], language: Pick<Language, 'stopWords' | 'linkWords' | 'stemmer'>) {
    this.#ignored = new Set([...language.stopWords, ...language.linkWords]);
    // The Snowball stemmer for the catalogue's language: "racing" and "races" are one word, "walking" is "walk".
    this.#stem = memoStemmer(language.stemmer);
    const stem = this.#stem;
    for (const group of synonyms) {
      const [first = '', ...others] = group.map(foldText);
      for (const word of [first, ...others]) {
        if (word.includes(' ')) {
          const [lead = ''] = word.split(' ');
          this.#multiWord.set(lead, [...(this.#multiWord.get(lead) ?? []), [` ${word} `, ` ${first} `]]);
        } else {
          this.#canonical.set(word, first);
          this.#canonical.set(stem(word), first);
        }
      }
    }
  }

  /** Folded text with each multi-word synonym ("throwing up") replaced by its group's word, before it is split. */
  joinPhrases(folded: string): string {
    let out = ` ${folded} `;
    for (const word of new Set(folded.split(' '))) {
      for (const [phrase, canonical] of this.#multiWord.get(word) ?? []) out = out.replaceAll(phrase, canonical);
    }
    return out.trim();
  }

  /** The canonical form of one folded word, or '' for a word read past ("my", "went"). */
  canonical(word: string): string {
    if (!word || this.#ignored.has(word)) return '';
    return this.#canonical.get(word) ?? this.#stem(word);
  }

  /** Canonical words of `text`, in order, repeats kept. */
  words(text: string): string[] {
    return this.joinPhrases(foldText(text))
      .split(' ')
      .map((word) => this.canonical(word))
      .filter(Boolean);
  }
}
