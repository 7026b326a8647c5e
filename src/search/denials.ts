import { foldText } from '../catalogue/fold.js';
import type { Vocabulary } from './words.js';

/** Words that say the member does not have what follows ("no swelling", "calf is not red", "without fever"). */
const DENIALS = new Set(['no', 'not', 'without', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'havent', 'hasnt']);
/** Words that end what a denial covers: "no swelling but it cramps" still cramps. */
const SCOPE_ENDS = new Set([
  'but',
  'and',
  'just',
  'only',
  'though',
  'although',
  'however',
  'yet',
  'so',
  'because',
  'except',
  'apart',
  'then',
  'plus',
  'also',
  'while',
  'whereas',
  'which',
  'now',
]);
/**
 * The findings members deny, with the forms that do not stem to the same word. Only these: a denial of anything else is often itself a symptom ("no feeling in
 * my leg", "no pulse in my foot", "not sweating", "not breathing properly") and must stay in the query.
 */
const DENIABLE = [
  'swollen',
  'red',
  'redness',
  'warm',
  'warmth',
  'hot',
  'cold',
  'numb',
  'chest',
  'fever',
  'temperature',
  'temperatures',
  'short',
  'breathless',
  'bruise',
  'bruising',
  'lump',
  'injury',
  'injuries',
  'tender',
  'tenderness',
  'pain',
  'headache',
  'headaches',
  'history',
];
/** Before a denial, these turn it round: "can't walk without pain" is pain. */
const TURNS_ROUND = new Set(['cant', 'cannot', 'couldnt', 'unable']);
/** The longest denial, in words; a longer one is more likely to run on into something else. */
const MAX_SCOPE = 6;

/**
 * Reads what a member says they do not have, so it cannot raise an alarm or choose a card: "cramps but no
 * swelling or redness" is about cramps, not a clot, and "no chest pain, just cramps" is not an emergency.
 */
export class DenialReader {
  readonly #deniable: ReadonlySet<string>;

  constructor(private readonly vocabulary: Vocabulary) {
    this.#deniable = new Set(DENIABLE.flatMap((word) => vocabulary.words(word)));
  }

  /** `text` folded, less each denial and what it covers (up to the end of the clause or a word like "but"). */
  keep(text: string): string {
    return text
      .split(/[.,;:!?()\n]+/)
      .map((clause) => this.#keepInClause(foldText(clause).split(' ')))
      .filter(Boolean)
      .join(' ');
  }

  #keepInClause(words: readonly string[]): string {
    const kept: string[] = [];
    for (let at = 0; at < words.length; at += 1) {
      const word = words[at] ?? '';
      if (!DENIALS.has(word) || kept.some((before) => TURNS_ROUND.has(before)) || !this.#deniesAFinding(words, at + 1)) {
        kept.push(word);
        continue;
      }
      let end = at + 1;
      while (end < words.length && end - at <= MAX_SCOPE && !SCOPE_ENDS.has(words[end] ?? '')) end += 1;
      at = end - 1;
    }
    return kept.join(' ');
  }

  /** Whether the first meaningful word from `from` on is a finding members deny. */
  #deniesAFinding(words: readonly string[], from: number): boolean {
    for (const word of words.slice(from)) {
      const canonical = this.vocabulary.words(word);
      if (canonical.length > 0) return canonical.some((meaning) => this.#deniable.has(meaning));
    }
    return false;
  }
}
