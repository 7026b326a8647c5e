import { typoDistance } from './typos.js';

/** Shorter words are too easily another real word ("pale" and "male"): they are never mended. */
const MIN_MENDED = 5;

/**
 * Whether `word` could be a slip in typing `target`: the same first letter (a slip there is rare, and
 * "painting" is not "fainting"), and not the target with letters added at the end ("blues" is a word of its
 * own, not "blue"), though letters dropped at the end are ("coughin").
 */
function plausibleSlip(word: string, target: string): boolean {
  return word[0] === target[0] && Math.abs(target.length - word.length) <= 2 && !(word.length > target.length && word.startsWith(target));
}

/**
 * Mends plain misspellings towards a small set of words that must not be missed (the urgent signs' words):
 * "short of breth" → "short of breath", "coughin up blood" → "coughing up blood", "chestpain" → "chest pain".
 * A word the catalogue knows is never changed, and a word near two different targets is left alone.
 */
export class Mender {
  readonly #targets: readonly string[];
  readonly #targetSet: ReadonlySet<string>;

  constructor(
    targets: Iterable<string>,
    /** Whether a folded word already means something to the catalogue. */
    private readonly known: (word: string) => boolean,
    /** Two targets that are the same word in the end ("breath", "breathe") are not a tie. */
    private readonly canonical: (word: string) => string,
  ) {
    this.#targetSet = new Set(targets);
    this.#targets = [...this.#targetSet];
  }

  /** `folded` (words separated by single spaces) with each mendable word mended. */
  mend(folded: string): string {
    return folded
      .split(' ')
      .map((word) => this.#mendWord(word))
      .join(' ');
  }

  #mendWord(word: string): string {
    if (word.length < MIN_MENDED || this.known(word)) return word;
    const near = this.#targets.filter((target) => plausibleSlip(word, target) && typoDistance([word], [target]) !== undefined);
    const meanings = new Set(near.map((target) => this.canonical(target)));
    const [first] = near;
    if (first !== undefined && meanings.size === 1) return first;
    // Two target words run together.
    for (let cut = 3; cut <= word.length - 3; cut += 1) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if (this.#targetSet.has(left) && this.#targetSet.has(right)) return `${left} ${right}`;
    }
    return word;
  }
}
