import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/catalogue/fold.js';
import { buildLexicon } from '../../src/search/lexicon.js';
import { spokenOftenIn } from '../../src/spelling/familiar.js';
import { testApp } from '../support/app.js';

/**
 * A word most causes share ("cramp", "leg", "calambre") names none of them: a name made only of such words (or of
 * one, once its filler is read past: "me dio un calambre") would open one cause's card for every question that
 * uses it. Checked for every language's catalogue, so a translation cannot bring one back.
 */
describe.each(testApp().languages.all.map(({ catalogue }) => ({ code: catalogue.locale.code, catalogue })))(
  'the $code catalogue',
  ({ catalogue }) => {
    const lexicon = buildLexicon(catalogue);
    const names = catalogue.causes.flatMap((cause) =>
      (['abbreviations', 'layTerms', 'misspellings', 'conditions'] as const).flatMap((list) =>
        cause[list].map((term) => ({ where: `${cause.id}.${list}`, term })),
      ),
    );

    it('names no cause with generic words alone', () => {
      const generic = names.filter(({ term }) => {
        const words = lexicon.reader.read(term).words;
        return words.length > 0 && words.every((word) => lexicon.generic(word));
      });
      expect(generic).toEqual([]);
    });

    // "câimbra que não para" lost "para" (also "for", a stop word) and became {câimbra, não}: every "não … câimbra"
    // ("não consigo dormir com câimbra") raised the long-cramp alarm.
    it('raises no urgent sign from a denial and a generic word alone', () => {
      const denials = new Set(catalogue.language.denials.words.map((word) => lexicon.reader.read(word).words[0] ?? word));
      // A phrase that opens with a denial of a finding it covers ("not breathing") holds only where that denial
      // denies that finding ("he isn't breathing"), never beside a denial of something else.
      const absence = (phrase: string) => {
        const [lead = '', next = ''] = foldText(phrase).split(' ');
        return (
          lexicon.reader.namesAbsence(lead, lexicon.reader.read(next).words[0] ?? '') &&
          lexicon.reader.read(`${lead} ${next}`).tokens.every((token) => token.denied)
        );
      };
      const weak = catalogue.redFlags.flatMap((flag) =>
        flag.phrases.filter((phrase) => {
          if (absence(phrase)) return false;
          const rest = lexicon.reader.read(phrase).words.filter((word) => !denials.has(word));
          return rest.length < 2 && rest.every((word) => lexicon.generic(word));
        }),
      );
      expect(weak).toEqual([]);
    });
  },
);

describe('multi-word synonyms, read by what their words mean', () => {
  const lexicon = buildLexicon(testApp().catalogue);
  const words = (query: string) => lexicon.reader.read(query).words;

  it('join however each word is said: "lost all feeling" is numb as "lost feeling" is', () => {
    expect(words('lost all feeling in my foot')).toEqual(['numb', 'foot']);
  });

  it('never when the phrase holds a denial: "doesn’t walk" and "don’t drink" keep their words', () => {
    expect(words('my kid doesn’t walk to school')).not.toContain('limp');
    expect(words('i don’t drink alcohol')).not.toContain('dehydrated');
    // As typed, it still joins.
    expect(words('my son is refusing to walk')).toContain('limp');
  });

  it('pass over a word of how much between their words: "felt a bit faint" is "felt faint", but not one before them', () => {
    expect(words('i felt a bit faint')).toEqual(words('i felt faint'));
    expect(words('feeling slightly faint')).toEqual(['lightheaded']);
    // "a bit" before the phrase is the member's own word, kept
    expect(words('a bit lost all feeling in my foot')).toEqual(['slightly', 'numb', 'foot']);
  });
});

describe('how often a word is spoken', () => {
  it('makes the most spoken English words everyday talk, never jargon, and no medicine name among them', () => {
    const spoken = spokenOftenIn('en');
    expect(['basically', 'horrible', 'festival'].filter(spoken)).toEqual(['basically', 'horrible', 'festival']);
    expect(['aspirin', 'amlodipine', 'sarcoidosis', 'vincristine'].filter(spoken)).toEqual([]);
    // no such list ships for another language: there every long unknown word may be jargon
    expect(spokenOftenIn('fr')('basically')).toBe(false);
  });
});
