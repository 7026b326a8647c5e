import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { foldText } from '../../src/catalogue/fold.js';
import { DenialReader } from '../../src/search/denials.js';
import { Vocabulary } from '../../src/search/words.js';

const catalogue = loadCatalogue();
const denials = new DenialReader(new Vocabulary(catalogue.synonyms));

describe('reading what a member says they do not have', () => {
  it.each([
    ['cramps but no swelling or redness', 'cramps but'],
    ['my calf is not swollen, it just cramps', 'my calf is it just cramps'],
    ['no fever and my leg hurts', 'and my leg hurts'],
    ['calf isn’t red but it aches', 'calf but it aches'],
    ['no bruising, no headaches and no warmth', 'and'],
  ])('%s → %s', (query, kept) => {
    expect(denials.keep(query)).toBe(kept);
  });

  it.each(['no pulse in my foot', 'no feeling in my leg', 'not sweating and confused', 'cant walk without pain', 'Cramp, NOT going away!'])(
    '%s is kept whole: the denial is itself a symptom, or is turned round',
    (query) => {
      expect(denials.keep(query)).toBe(foldText(query));
    },
  );

  it('no phrase in the catalogue loses a word to it, so every phrase can still be matched', () => {
    const phrases = [
      ...catalogue.causes.flatMap((cause) => [...cause.layTerms, ...cause.symptoms, ...cause.conditions, ...cause.misspellings]),
      ...catalogue.redFlags.flatMap((flag) => [...flag.phrases, ...flag.unless]),
      ...catalogue.notCovered.flatMap((entry) => entry.names),
    ];
    expect(phrases.filter((phrase) => denials.keep(phrase) !== foldText(phrase))).toEqual([]);
  });
});
