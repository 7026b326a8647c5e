import { daleChall } from 'dale-chall';

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
