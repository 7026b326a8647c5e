import { foldText } from '../catalogue/fold.js';

/** Words that carry no meaning for matching ("my calf hurts when I walk" → calf, pain, walk). */
const stopWords = new Set(
  [
    'a an the my i im ive me mine is are am was were be been being and or of in on at to with have has had got get getting gets',
    'it its this that these those for from after before when whenever while then so but do does did doing very really just some any',
    'up out about also like can could would should will what why how which who where there their they them you your we our he',
    'she his her keep keeps kept still since over more than much bit lot lots quite into onto all',
    // Words that ask about a thing rather than name it: "DVT symptoms" means DVT.
    'symptom symptoms sign signs treatment treatments treat cure causes cause caused causing',
  ]
    .join(' ')
    .split(' '),
);

/** Shortest stem a suffix may be cut down to, so "need" and "bed" stay whole. */
const MIN_STEM = 4;

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Turns text into the words that matter, each in one canonical form: folded, stop words dropped, a word
 * in a synonym group replaced by the group's first word ("hurts", "aching" → "pain"), other words stemmed
 * ("walking" → "walk"). Catalogue phrases and queries go through the same steps, so they meet in the middle.
 */
export class Vocabulary {
  readonly #canonical = new Map<string, string>();
  readonly #multiWord: [phrase: string, canonical: string][] = [];

  constructor(synonyms: readonly (readonly string[])[]) {
    for (const group of synonyms) {
      const [first = '', ...others] = group.map(foldText);
      for (const word of [first, ...others]) {
        if (word.includes(' ')) this.#multiWord.push([` ${word} `, ` ${first} `]);
        else {
          this.#canonical.set(word, first);
          this.#canonical.set(stem(word), first);
        }
      }
    }
  }

  /** Canonical words of `text`, in order, repeats kept. */
  words(text: string): string[] {
    const folded = foldText(text);
    // A multi-word synonym ("throwing up") stands for its group before the text is split into words.
    const joined = this.#multiWord.reduce((out, [phrase, canonical]) => out.replaceAll(phrase, canonical), ` ${folded} `);
    return joined
      .split(' ')
      .filter((word) => word && !stopWords.has(word))
      .map((word) => this.#canonical.get(word) ?? stem(word));
  }
}
