import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';

/** Flesch–Kincaid grade of a text: sentences end at . ! or ?; syllables are counted by the `syllable` package. */
function grade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length;
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter(Boolean);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: words.reduce((sum, word) => sum + syllable(word), 0) });
}

const catalogue = loadCatalogue();
const plainTexts: [where: string, text: string][] = [
  ...catalogue.causes.flatMap((cause): [string, string][] => [
    [`${cause.id}: plain explanation`, cause.explanation.general],
    ...Object.entries(cause.seekCare).map(([level, text]): [string, string] => [`${cause.id}: seekCare.${level}`, text]),
  ]),
  ...catalogue.redFlags.map((flag): [string, string] => [`red flag ${flag.id}: advice`, flag.advice]),
  ...catalogue.notCovered.map((entry): [string, string] => [`not covered ${entry.id}: note`, entry.note]),
];

describe('plain-language text is written for lay readers (Flesch–Kincaid grade 8 or below)', () => {
  it('measures as expected on known text', () => {
    expect(grade('The cat sat on the mat.')).toBeLessThan(2);
    expect(grade('Atherosclerotic narrowing of the lower-limb arteries causes intermittent claudication.')).toBeGreaterThan(12);
  });

  it.each(plainTexts)('%s', (_where, text) => {
    expect(grade(text)).toBeLessThanOrEqual(8);
  });
});
