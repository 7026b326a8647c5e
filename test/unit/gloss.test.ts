import { describe, expect, it } from 'vitest';
import { createGlosser } from '../../src/catalogue/gloss.js';

const english = {
  synonyms: [
    ['breathless', 'short of breath', 'out of breath'],
    ['swollen', 'swelling', 'puffy'],
  ],
  language: { stopWords: ['my', 'the', 'after', 'a'], linkWords: ['went'] },
};
const german = createGlosser(english, { stiff: 'steif', jaw: 'Kiefer', breathless: 'Atemnot', swollen: 'geschwollen', calf: 'Wade' });

describe('an English phrase read through a glossary', () => {
  it('is its words in the other language, with the words the English search reads past dropped', () => {
    expect(german('stiff jaw')).toBe('steif Kiefer');
    expect(german('my calf went puffy')).toBe('Wade geschwollen');
  });

  it('joins a multi-word synonym before glossing it, so "short of breath" is never "breath" alone', () => {
    expect(german('short of breath')).toBe('Atemnot');
  });

  it('is left out when one of its words has no gloss: half a phrase would name less than the sign', () => {
    expect(german('stiff jaw after a rusty nail')).toBeUndefined();
    expect(german('the')).toBeUndefined();
  });
});
