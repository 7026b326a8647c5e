/** A query word also matches the forms of its stem: "walk" finds "walking", "sweating" finds "sweat". */
function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(4, word.length - 3)) : word;
}

/** Longest ending a stem may grow by: "walk" → "walking" is a form of the word, "here" → "hereditary" is not. */
const MAX_ENDING = 3;

export interface ProseHit {
  readonly owner: number;
  /** Share of the query's information (by inverse document frequency) found in this document, 0 to 1. */
  readonly relevance: number;
  /** How many of the query's words it holds. */
  readonly matched: number;
}

/**
 * Word-by-word search over explanations, for free-text questions ("calf pain when I walk"): an inverted index
 * from word to documents, weighted so rare words count more than common ones.
 */
export class ProseIndex {
  readonly #postings = new Map<string, Set<number>>();
  readonly #vocabulary: string[];
  readonly #documents: number;

  /** `words` splits text into the words that matter, the same way for documents and queries. */
  constructor(
    documents: readonly string[],
    readonly words: (text: string) => string[],
  ) {
    documents.forEach((text, owner) => {
      for (const word of words(text)) {
        const owners = this.#postings.get(word);
        if (owners) owners.add(owner);
        else this.#postings.set(word, new Set([owner]));
      }
    });
    this.#vocabulary = [...this.#postings.keys()].sort();
    this.#documents = documents.length;
  }

  search(query: string): ProseHit[] {
    const words = [...new Set(this.words(query))];
    if (words.length === 0) return [];
    const gained = new Map<number, { weight: number; matched: number }>();
    let total = 0;
    for (const word of words) {
      const owners = this.#owners(stem(word), word.length + MAX_ENDING);
      const weight = Math.log(1 + this.#documents / Math.max(1, owners.size));
      total += weight;
      for (const owner of owners) {
        const sum = gained.get(owner) ?? { weight: 0, matched: 0 };
        gained.set(owner, { weight: sum.weight + weight, matched: sum.matched + 1 });
      }
    }
    return [...gained]
      .map(([owner, { weight, matched }]) => ({ owner, relevance: weight / total, matched }))
      .sort((a, b) => b.relevance - a.relevance);
  }

  /** Documents holding a word that starts with `prefix` and is at most `maxLength` long. */
  #owners(prefix: string, maxLength: number): Set<number> {
    const vocabulary = this.#vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((vocabulary[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const owners = new Set<number>();
    for (let i = low; i < vocabulary.length; i += 1) {
      const word = vocabulary[i] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word.length > maxLength) continue;
      for (const owner of this.#postings.get(word) ?? []) owners.add(owner);
    }
    return owners;
  }
}
