import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import * as notices from '../../src/replies/notices.js';
import { createSafetyPass } from '../../src/safety/safety.js';
import { loadLanguageFiles } from '../../src/catalogue/languages.js';
import { testApp } from '../support/app.js';

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

/**
 * Each translated catalogue's plain text, measured with a formula made for its language (named in its language file):
 * Szigriszt-Pazos for Spanish (INFLESZ: 55 and over is "normal"), Martins et al.'s Flesch for Brazilian Portuguese
 * (50 and over: up to 8th grade), Kandel and Moles for French (60 and over: standard), and the first Wiener
 * Sachtextformel for German (a school grade). Syllables are vowel groups, with French's silent final e.
 */
const vowelGroups: Record<string, RegExp> = {
  es: /[aeiouáéíóúüy]+/giu,
  pt: /[aeiouáéíóúâêôãõàüy]+/giu,
  fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/giu,
  de: /[aeiouyäöü]+/giu,
};
function counts(text: string, language: string) {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length);
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}'’-]/gu, ''))
    .filter(Boolean);
  const syllables = words.map((word) => {
    const lower = word.toLowerCase();
    const spoken = language === 'fr' && lower.length > 3 ? lower.replace(/(es|ent|e)$/u, '') : lower;
    return Math.max(1, (spoken.match(vowelGroups[language] ?? /[aeiouy]+/giu) ?? []).length);
  });
  const total = syllables.reduce((sum, count) => sum + count, 0);
  return { words, syllables, perWord: total / words.length, perSentence: words.length / sentences };
}
const formulas: Record<string, { score(text: string, language: string): number; easier: 'higher' | 'lower' }> = {
  'szigriszt-pazos': { score: (t, l) => ((c) => 206.835 - 62.3 * c.perWord - c.perSentence)(counts(t, l)), easier: 'higher' },
  martins: { score: (t, l) => ((c) => 248.835 - 1.015 * c.perSentence - 84.6 * c.perWord)(counts(t, l)), easier: 'higher' },
  'kandel-moles': { score: (t, l) => ((c) => 207 - 1.015 * c.perSentence - 73.6 * c.perWord)(counts(t, l)), easier: 'higher' },
  'wiener-sachtextformel': {
    score: (t, l) => {
      const c = counts(t, l);
      const share = (matches: number) => (100 * matches) / c.words.length;
      const ms = share(c.syllables.filter((count) => count >= 3).length);
      const iw = share(c.words.filter((word) => word.length > 6).length);
      const es = share(c.syllables.filter((count) => count === 1).length);
      return 0.1935 * ms + 0.1672 * c.perSentence + 0.1297 * iw - 0.0327 * es - 0.875;
    },
    easier: 'lower',
  },
};

describe.each(
  testApp()
    .languages.all.slice(1)
    .map(({ catalogue }) => ({ code: catalogue.locale.code, catalogue })),
)('plain text in $code, by its own readability formula', ({ code, catalogue }) => {
  const setting = loadLanguageFiles().find((file) => file.code === code)?.readability;
  const formula = setting ? formulas[setting.formula] : undefined;
  const texts: [string, string][] = [
    ['meta.disclaimer', catalogue.meta.disclaimer],
    ['meta.shortDisclaimer.general', catalogue.meta.shortDisclaimer.general],
    ['notice: no match', noticeText(notices.noMatchNotice(catalogue, 'xyz'))],
    ...catalogue.causes.flatMap((cause): [string, string][] => [
      [`${cause.id}: plain explanation`, cause.explanation.general],
      ...Object.entries(cause.seekCare).map(([level, text]): [string, string] => [`${cause.id}: seekCare.${level}`, text]),
    ]),
    ...catalogue.redFlags.map((flag): [string, string] => [`red flag ${flag.id}: advice`, flag.advice]),
    ...catalogue.notCovered.map((entry): [string, string] => [`not covered ${entry.id}: note`, entry.note]),
  ];

  it('names a formula made for the language', () => {
    expect(formula).toBeDefined();
  });

  it.each(texts)('%s', (_where, text) => {
    if (!setting || !formula) throw new Error(`${code} has no readability formula`);
    const score = formula.score(text, code.slice(0, 2));
    if (formula.easier === 'higher') expect(score).toBeGreaterThanOrEqual(setting.limit);
    else expect(score).toBeLessThanOrEqual(setting.limit);
  });
});
