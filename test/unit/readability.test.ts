import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import * as notices from '../../src/replies/notices.js';
import { createSafetyPass } from '../../src/safety/safety.js';

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
const safety = createSafetyPass().data;
/** A notice's words, without the disclaimer line and Discord's markdown. */
const noticeText = (response: ReturnType<typeof notices.notice>) => (response.data.content ?? '').split('\n-#')[0]!.replace(/[*`“”]/g, '');
const plainTexts: [where: string, text: string][] = [
  ['meta.disclaimer', catalogue.meta.disclaimer],
  ['meta.shortDisclaimer.general', catalogue.meta.shortDisclaimer.general],
  ...catalogue.tiers.map((tier): [string, string] => [`tier ${tier.id}: meaning`, tier.meaning]),
  ...catalogue.medicines.classes.map((group): [string, string] => [`medicine ${group.name}: note`, `It is one of the ${group.note}.`]),
  ...Object.entries(safety.advice).map(([kind, advice]): [string, string] => [
    `safety advice ${kind}`,
    advice.text.replaceAll('{emergency}', '999').replaceAll('{crisis}', 'Samaritans').replaceAll('{poison}', 'NHS 111'),
  ]),
  ['notice: empty query', noticeText(notices.emptyQueryNotice(catalogue))],
  ['notice: no match', noticeText(notices.noMatchNotice(catalogue, 'xyz'))],
  ['notice: cause gone', noticeText(notices.causeGoneNotice(catalogue))],
  ['notice: choices erased', noticeText(notices.preferenceErasedNotice(catalogue))],
  ['notice: apology', noticeText(notices.apologyNotice(catalogue))],
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
