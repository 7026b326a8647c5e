import { daleChall } from 'dale-chall';
import commonWords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const everyday = new Set(daleChall);

/**
 * A familiar word in any of its everyday forms ("keeps", "started", "freezing"), by the Dale-Chall list of words
 * most fourth-graders know: never a misspelling, never jargon.
 */
export function familiar(word: string): boolean {
  if (everyday.has(word)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'er', 'ly']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (everyday.has(stem) || everyday.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && everyday.has(stem.slice(0, -1)))) return true;
  }
  return false;
}

/** Lower case without accents, as the search folds words ("está" → "esta"). */
const plain = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The everyday-word test for a language: English by the Dale-Chall list; any other by its common words
 * (stopwords-iso, several hundred per language) and the words its catalogue adds (`language.everyday`), in any
 * form that shares their stem. No such list knows a language's everyday nouns as Dale-Chall does, so fewer words
 * count as familiar there and the search asks rather than guesses more often.
 */
export function familiarIn(code: string, extra: readonly string[], stem: (word: string) => string): (word: string) => boolean {
  if (code === 'en') return extra.length === 0 ? familiar : (word) => familiar(word) || extra.includes(word);
  const common: Readonly<Record<string, readonly string[] | undefined>> = commonWords;
  const words = [...(common[code.slice(0, 2)] ?? []), ...extra].map(plain).filter((word) => /^[a-z]+$/.test(word));
  const known = new Set(words);
  const stems = new Set(words.filter((word) => word.length >= 4).map(stem));
  return (word) => known.has(word) || (word.length >= 4 && stems.has(stem(word)));
}

/** A language's common words alone (stopwords-iso), folded: what says a message is written in that language. */
export function commonWordsOf(code: string): ReadonlySet<string> {
  const common: Readonly<Record<string, readonly string[] | undefined>> = commonWords;
  return new Set((common[code.slice(0, 2)] ?? []).map(plain).filter((word) => /^[a-z]+$/.test(word)));
}
