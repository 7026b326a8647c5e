import { LRUCache } from 'lru-cache';
import { typoDistance, type Opposites } from './typos.js';

/** Shorter words are too easily another real word ("pale" and "male"): they are never mended. */
const MIN_MENDED = 5;
/** A long word with a letter added at its end is a slip ("atorvastatine"); a short one is often another word. */
const LONG_WORD = 8;
/** A brand cut from its generic name ("Atorva", "Rosuvas") keeps at least this share of it. */
const COMPLETED_SHARE = 0.5;
/**
 * First letters that spell one sound, the one slip a first letter often takes: "sirculation" is "circulation",
 * "kramp" is "cramp", and Spanish and Portuguese say b and v alike ("barices" is "varices"). Any other first letter is
 * kept ("painting" is not "fainting").
 */
const SOUND_ALIKE: Readonly<Record<string, readonly string[]>> = { c: ['k', 's'], k: ['c'], s: ['c'], b: ['v'], v: ['b'] };
/**
 * How many first letters a word of the language shares with a catalogue word that is another form of it ("operaron",
 * "operación"): no more than the shortest word mended, so a mended word always has them.
 */
const SAME_ROOT = 5;
/**
 * Endings spelt as they sound ("dehydrashun", "circulashon"): read as written first, then as the ending they sound
 * like, so the slip counts as one, not three.
 */
const SOUNDED_ENDINGS: readonly (readonly [RegExp, string])[] = [[/sh[uo]n$/, 'tion']];
/** Mended words kept for the next query: members repeat themselves, and a long message repeats words. */
const MEMO_SIZE = 5_000;

/**
 * Whether `word` could be a slip in typing `target` (the index already keeps to the same first letter, or one that
 * spells its sound: a slip there is rare, and "painting" is not "fainting"): not a short target with letters added
 * at the end ("blues" is a word of its own, not "blue"), though letters dropped at the end are ("coughin").
 */
function plausibleSlip(word: string, target: string): boolean {
  return (
    Math.abs(target.length - word.length) <= 2 && !(target.length < LONG_WORD && word.length > target.length && word.startsWith(target))
  );
}

/**
 * Mends plain misspellings of the catalogue's own words, one word at a time: "muscle strian" → "muscle strain",
 * "short of breth" → "short of breath", "atorvastin" → "atorvastatin", "chestpain" → "chest pain". Guards: a word
 * the catalogue knows is never changed, short words never, only the nearest targets count, and a word as near to
 * two targets of different meaning is left alone.
 */
export class Mender {
  readonly #byFirstLetter = new Map<string, string[]>();
  readonly #targetSet: ReadonlySet<string>;
  readonly #memo = new LRUCache<string, string>({ max: MEMO_SIZE });

  constructor(
    targets: Iterable<string>,
    /** Whether a folded word already means something to the catalogue. */
    private readonly known: (word: string) => boolean,
    /** Two targets that are the same word in the end ("breath", "breathe") are not a tie. */
    private readonly canonical: (word: string) => string,
    private readonly opposites: Opposites,
    /**
     * Whether a target only ever raises an alarm ("privates", a word of the cauda equina sign): a mend to it must be a
     * single slip, as a member's own word two letters away ("pilates") turned into it is an emergency they never said.
     */
    private readonly alarming: (target: string) => boolean = () => false,
    /**
     * Words that are never half of two run together: the catalogue's stop words and denials ("pas", "not"), which
     * would cut a word of the language in two ("passent" is not "pas sent").
     */
    private readonly small: ReadonlySet<string> = new Set(),
    /**
     * Long names a word may be the start of: brands are often a medicine's generic name cut short ("atorva" of
     * "atorvastatin"), so an unknown word that starts exactly one of them, and holds half of it, reads as that name.
     */
    private readonly completions: readonly string[] = [],
    /**
     * Words of the language the catalogue does not use ("hoarse"): never a slip in typing another ("horse"), though
     * one may still be two run together ("toothache").
     */
    private readonly real: (word: string) => boolean = () => false,
  ) {
    this.#targetSet = new Set(targets);
    for (const target of this.#targetSet) {
      const list = this.#byFirstLetter.get(target[0] ?? '') ?? [];
      list.push(target);
      this.#byFirstLetter.set(target[0] ?? '', list);
    }
  }

  /**
   * Two typed words that are one catalogue word with a space in it ("post partum", "hamst ring"), when a half is no
   * word at all: two words that each mean something ("in side") stay two.
   */
  join(left: string, right: string): string | undefined {
    const whole = left + right;
    if (whole.length < MIN_MENDED || !this.#targetSet.has(whole)) return undefined;
    const nonsense = (half: string) => !this.known(half) && !this.real(half);
    return nonsense(left) || nonsense(right) ? whole : undefined;
  }

  /** One folded word, mended; it may become two ("chestpain" → "chest pain"). */
  mend(word: string): string {
    if (word.length < MIN_MENDED) return word;
    const memo = this.#memo.get(word);
    if (memo !== undefined) return memo;
    const mended = this.known(word) ? word : this.real(word) ? this.#mendReal(word) : this.#mendSounded(word);
    this.#memo.set(word, mended);
    return mended;
  }

  /**
   * A word of the language is no slip in typing another ("Bauch" is not "Bruch", "escapa" not "escada"), but it may be
   * another form of a catalogue word, with the same root ("hinchó" of "hinchada", "formigam" of "formigas"), or two run
   * together.
   */
  #mendReal(word: string): string {
    const mended = this.#mendUnknown(word);
    if (mended.includes(' ')) return mended;
    return mended.slice(0, SAME_ROOT) === word.slice(0, SAME_ROOT) ? mended : this.#splitRunTogether(word);
  }

  /** Two meaningful catalogue words run together ("chestpain"), not filler ("without" is not "with out"). */
  #splitRunTogether(word: string): string {
    for (let cut = 3; cut <= word.length - 3; cut += 1) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if ([left, right].every((part) => this.#targetSet.has(part) && this.canonical(part) && !this.small.has(part)))
        return `${left} ${right}`;
    }
    return word;
  }

  /** An unknown word mended as typed, or else with its ending spelt as it sounds ("dehydrashun" → "dehydration"). */
  #mendSounded(word: string): string {
    const mended = this.#mendUnknown(word);
    if (mended !== word) return mended;
    for (const [ending, spelt] of SOUNDED_ENDINGS) {
      const respelt = word.replace(ending, spelt);
      if (respelt === word) continue;
      if (this.known(respelt)) return respelt;
      const again = this.#mendUnknown(respelt);
      if (again !== respelt) return again;
    }
    return word;
  }

  #mendUnknown(word: string): string {
    let nearest = Infinity;
    let near: string[] = [];
    const first = word[0] ?? '';
    const targets = [first, ...(SOUND_ALIKE[first] ?? [])].flatMap((letter) => this.#byFirstLetter.get(letter) ?? []);
    for (const target of targets) {
      if (!plausibleSlip(word, target)) continue;
      const distance = typoDistance([word], [target], this.opposites);
      if (distance === undefined || distance > nearest || (distance > 1 && this.alarming(target))) continue;
      if (distance < nearest) near = [];
      nearest = distance;
      near.push(target);
    }
    const meanings = new Set(near.map((target) => this.canonical(target)));
    const [closest] = near;
    if (closest !== undefined && meanings.size === 1) return closest;
    const split = this.#splitRunTogether(word);
    if (split !== word) return split;
    // One name, however spelt at its end ("atorvastatin", "atorvastatine"): the shortest, when all start with it.
    const [shortest, ...others] = this.completions
      .filter((name) => name.startsWith(word) && word.length >= name.length * COMPLETED_SHARE)
      .sort((a, b) => a.length - b.length);
    return shortest !== undefined && others.every((name) => name.startsWith(shortest)) ? shortest : word;
  }
}
