import Fuse from 'fuse.js';

/** One way of naming a cause, normalized; `penalty` ranks lay words and typos below names and abbreviations. */
export interface Term {
  readonly text: string;
  readonly owner: number;
  readonly penalty: number;
}

export interface TermHit {
  readonly owner: number;
  /** The term that matched, folded. */
  readonly text: string;
  /** Fuse's scale: 0 is exact, higher is worse. */
  readonly score: number;
}

/** A prefix hit that starts inside a term ("thromb" in "deep vein thrombosis") ranks after one at its start. */
const INNER_WORD_PENALTY = 0.05;
const PREFIX_SCORE = 0.001;
/** How many of the closest terms (by shared trigrams) Fuse scores for a fuzzy query. */
const FUZZY_CANDIDATES = 24;

const fuzzyOptions = { includeScore: true, ignoreLocation: true, threshold: 0.34 } as const;

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * Finds terms for a query in time that grows with the matches, not the catalogue: exact terms through a map,
 * prefixes through a sorted list, and typos by scoring with Fuse.js only the few terms that share the most
 * trigrams with the query (Fuse's bitap on every term costs ~1 µs a term per keystroke).
 */
export class TermIndex {
  readonly #terms: readonly Term[];
  readonly #exact = new Map<string, number[]>();
  /** Each term and each of its inner word starts, sorted, for binary search by prefix. */
  readonly #prefixKeys: { key: string; term: number; inner: boolean }[] = [];
  readonly #grams = new Map<string, number[]>();
  readonly #counts: Uint16Array;

  constructor(terms: readonly Term[]) {
    this.#terms = terms;
    terms.forEach((term, index) => {
      const same = this.#exact.get(term.text);
      if (same) same.push(index);
      else this.#exact.set(term.text, [index]);
      this.#prefixKeys.push({ key: term.text, term: index, inner: false });
      for (let i = term.text.indexOf(' '); i >= 0; i = term.text.indexOf(' ', i + 1)) {
        this.#prefixKeys.push({ key: term.text.slice(i + 1), term: index, inner: true });
      }
      for (const gram of new Set(trigrams(term.text))) {
        const postings = this.#grams.get(gram);
        if (postings) postings.push(index);
        else this.#grams.set(gram, [index]);
      }
    });
    this.#prefixKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#counts = new Uint16Array(terms.length);
  }

  exact(query: string): TermHit[] {
    return (this.#exact.get(query) ?? []).flatMap((index) => this.#hit(index, 0));
  }

  /** The hit for term `index` with `extra` added to its penalty; empty for an index out of range. */
  #hit(index: number, extra: number): TermHit[] {
    const term = this.#terms[index];
    return term ? [{ owner: term.owner, text: term.text, score: term.penalty + extra }] : [];
  }

  /** Terms that start with the query, or have a word that does; at most `limit` of them. */
  prefix(query: string, limit: number): TermHit[] {
    const keys = this.#prefixKeys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((keys[middle]?.key ?? '') < query) low = middle + 1;
      else high = middle;
    }
    const hits: TermHit[] = [];
    for (const entry of keys.slice(low, low + limit)) {
      if (!entry.key.startsWith(query)) break;
      hits.push(...this.#hit(entry.term, PREFIX_SCORE + (entry.inner ? INNER_WORD_PENALTY : 0)));
    }
    return hits;
  }

  /** Terms within Fuse's threshold of the query, typos included, scored by Fuse. */
  fuzzy(query: string): TermHit[] {
    if (query.length < 3) return [];
    const counts = this.#counts;
    const touched: number[] = [];
    for (const gram of new Set(trigrams(query))) {
      for (const index of this.#grams.get(gram) ?? []) {
        if (counts[index] === 0) touched.push(index);
        counts[index] = (counts[index] ?? 0) + 1;
      }
    }
    // Bucket by shared-trigram count instead of sorting: common trigrams touch thousands of terms.
    const buckets: number[][] = [];
    for (const index of touched) {
      const shared = counts[index] ?? 0;
      (buckets[shared] ??= []).push(index);
      counts[index] = 0;
    }
    const candidates: number[] = [];
    for (let shared = buckets.length - 1; shared > 0 && candidates.length < FUZZY_CANDIDATES; shared -= 1) {
      for (const index of buckets[shared] ?? []) {
        if (candidates.length === FUZZY_CANDIDATES) break;
        candidates.push(index);
      }
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map((index) => this.#terms[index]?.text ?? ''),
      fuzzyOptions,
    );
    return fuse.search(query).flatMap((result) => this.#hit(candidates[result.refIndex] ?? -1, result.score ?? 1));
  }
}
