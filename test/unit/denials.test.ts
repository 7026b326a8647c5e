import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { Reader } from '../../src/search/reading.js';
import { Vocabulary } from '../../src/search/words.js';

const catalogue = loadCatalogue();
const vocabulary = new Vocabulary(catalogue.synonyms, catalogue.language);
const reader = new Reader(vocabulary, catalogue.language, (word) => word);
const kept = (query: string) => reader.read(query).folded;

describe('reading what a member says they do not have', () => {
  it.each([
    ['cramps but no swelling or redness', 'cramps'],
    ['my calf is not swollen, it just cramps', 'my calf is it just cramps'],
    ['no fever and my leg hurts', 'and my leg hurts'],
    ['calf isn’t red but it aches', 'calf it aches'],
    ['no bruising, no headaches and no warmth', 'and'],
    ['no history of clots', ''],
  ])('%s → %s', (query, expected) => {
    expect(kept(query)).toBe(expected);
  });

  it('ends a denial at the next finding it does not name', () => {
    expect(kept('no chest pain coughing up blood')).toBe('coughing up blood');
  });

  it.each(['no pulse in my foot', 'not peeing and confused', 'cant walk without pain', 'Cramp NOT going away'])(
    '%s is kept whole: the denial is itself a symptom, or is turned round',
    (query) => {
      expect(kept(query)).toBe(query.toLowerCase());
    },
  );

  it('no phrase in the catalogue loses a word to it, so every phrase can still be matched', () => {
    const phrases = [
      ...catalogue.causes.flatMap((cause) => [...cause.layTerms, ...cause.symptoms, ...cause.conditions, ...cause.misspellings]),
      ...catalogue.redFlags.flatMap((flag) => [...flag.phrases, ...flag.unless]),
      ...catalogue.notCovered.flatMap((entry) => entry.names),
    ];
    // A phrase that opens with a denial of a finding it covers ("not breathing") names an absence, read on the denial.
    const absence = (phrase: string) => {
      const [lead = '', next = ''] = phrase.split(' ');
      return (
        reader.namesAbsence(lead, reader.read(next).words[0] ?? '') && reader.read(`${lead} ${next}`).tokens.every((token) => token.denied)
      );
    };
    expect(absence('not breathing')).toBe(true);
    expect(phrases.filter((phrase) => !absence(phrase) && reader.read(phrase).tokens.some((token) => token.denied))).toEqual([]);
  });
});
