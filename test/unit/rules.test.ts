import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/search/triage.js';
import { rules, checks } from '../../src/search/rules.js';
import { fixtureCatalogue } from '../support/fixture-catalogue.js';

/**
 * Each named rule and check of the triage, on a tiny catalogue of its own: the rules read only the catalogue's
 * data (its phrases and its language section), so they hold for any catalogue, not only the shipped one.
 */
const triage = createTriage(fixtureCatalogue());
const answer = (query: string) => {
  const { result, flags, decidedBy } = triage.lookup(query);
  const got =
    result.kind === 'card'
      ? `card:${result.cause.id}`
      : result.kind === 'did-you-mean'
        ? `ask:${result.candidates.map((c) => c.id).join(',')}`
        : result.kind;
  return { got, flags: flags.map((flag) => flag.id), decidedBy };
};

describe('the triage rules, each on a catalogue of its own', () => {
  it('run in a fixed order, each named', () => {
    expect(rules.map((rule) => rule.name)).toEqual([
      'empty',
      'named',
      'urgent-sign',
      'other-place',
      'described',
      'misspelt-term',
      'prefix',
      'prose',
      'resemblance',
    ]);
    expect(checks.map((check) => check.name)).toEqual(['mended-spelling', 'unlisted-medicine', 'unexplained-words']);
  });

  it.each([
    ['no swollen', 'none', 'empty'],
    ['blood clot', 'card:clot', 'named'],
    ['furosemide', 'card:pills', 'named'],
    ['period pain', 'not-covered', 'named'],
    ['tired legs', 'card:tired-muscles', 'described'],
  ])('%s → %s, decided by %s', (query, got, decidedBy) => {
    expect(answer(query)).toMatchObject({ got, decidedBy });
  });

  it('urgent-sign: advice first, then the sign’s cause', () => {
    expect(answer('short of breath')).toEqual({ got: 'card:clot', flags: ['breathless'], decidedBy: 'urgent-sign' });
  });

  it('a phrase matches only where its words stand together, and a colour word only beside its body part', () => {
    expect(answer('my leg went blue')).toMatchObject({ flags: ['breathless'] });
    expect(answer('my blue inhaler makes my legs cramp').flags).toEqual([]);
    expect(answer('cramp lasted all night').flags).toEqual(['long-cramp']);
    expect(answer('cramp last night').flags).toEqual([]);
  });

  it('a word typed right beside a part the catalogue does not cover describes that part, unless joined to the phrase’s part', () => {
    expect(answer('red eye with a fever and my leg aches').flags).toEqual([]);
    expect(answer('red leg with a fever').flags).toEqual(['infection']);
    expect(answer('red eye or leg with a fever').flags).toEqual(['infection']);
  });

  it('a colour word followed by filler describes what its clause is about; followed directly by a word, that word', () => {
    expect(answer('my leg suddenly went blue and it hurts').flags).toEqual(['breathless']);
    expect(answer('leg cramp in blue socks').flags).toEqual([]);
  });

  it('a colour word followed by one of the language’s common words still describes its clause', () => {
    expect(answer('my leg went blue again').flags).toEqual(['breathless']);
    expect(answer('my leg is cold and blue again today').flags).toEqual(['breathless']);
    expect(answer('blue again and my leg cramps').flags).toEqual([]);
  });

  it('a phrase about a body part holds for a part within it: a calf is a leg', () => {
    expect(answer('fell and now my calf is tight').flags).toEqual(['breathless']);
  });

  it('what happened (an incident) may be told first, far from the rest of its sign, but not far after it', () => {
    expect(answer('fell off the ladder onto the stone patio by the old shed and now my calf is tight').flags).toEqual(['breathless']);
    expect(answer('my calf is tight today and the weather is bad and the garden is wet so i fell').flags).toEqual([]);
  });

  it('a finding of the whole body (a fever) joins its sign from anywhere in the message; the rest must stand together', () => {
    expect(answer('my leg is red and spreading up to the knee this evening and i have a fever').flags).toEqual(['infection']);
    expect(answer('a fever. my leg is red').flags).toEqual(['infection']);
    expect(answer('my leg cramps every day at work and the sunset tonight was so red and i have a fever').flags).toEqual([]);
    expect(answer('my leg is red, no fever').flags).toEqual([]);
  });

  it('a sign said of the past raises nothing; one said now, after it, still does', () => {
    expect(answer('short of breath 10 years ago').flags).toEqual([]);
    expect(answer('short of breath 10 years ago now short of breath').flags).toEqual(['breathless']);
  });

  it('a cause’s phrase never straddles an imagined comparison; a sign wholly inside one is still read', () => {
    expect(answer('cramp after running').got).toBe('card:tired-muscles');
    expect(answer('cramp, feels like im running').decidedBy).not.toMatch(/^described|^named/);
    expect(answer('it feels like im short of breath').flags).toEqual(['breathless']);
  });

  it('unexplained-words: what a feeling is likened to is left unexplained, however everyday its words', () => {
    expect(answer('leg cramp, walking on cotton wool').got).toBe('card:tired-muscles');
    expect(answer('leg cramp, feels like im walking on cotton wool')).toMatchObject({
      got: 'ask:tired-muscles',
      decidedBy: 'described > unexplained-words',
    });
    // One word of a comparison the card cannot explain is enough: it is how the member says what they feel.
    expect(answer('tired legs and cramp at night and the legs feel like im on fire')).toMatchObject({
      got: 'ask:tired-muscles',
      decidedBy: 'described > unexplained-words',
    });
  });

  it('a long time however it is counted reads as one word, and in a sign it stands by what lasted', () => {
    expect(answer('leg cramp for 12 hours').flags).toEqual(['long-cramp']);
    expect(answer('cramp in my calf for 45 minutes').flags).toEqual(['long-cramp']);
    expect(answer('cramp lasted for 10 minutes').flags).toEqual(['long-cramp']);
    // too short, or how long something else went on
    expect(answer('leg cramp for 2 minutes').flags).toEqual([]);
    // a number written as one of the language's number words counts as its digits
    expect(answer('leg cramp for twelve hours').flags).toEqual(['long-cramp']);
    expect(answer('leg cramp for two minutes').flags).toEqual([]);
    expect(answer('cramp after running for 12 hours').flags).toEqual([]);
  });

  it('a sign asked about is a topic, not an alarm', () => {
    expect(answer('is cramp a sign of short of breath').flags).toEqual([]);
    expect(answer('cramp and short of breath').flags).toEqual(['breathless']);
  });

  it('a word typed right beside a name is part of it, not left unexplained', () => {
    expect(answer('furosemide zolgensmaxine').got).toBe('card:pills');
    expect(answer('leg cramp with zolgensmaxine').got).toBe('ask:tired-muscles');
  });

  it('what the member denies chooses nothing', () => {
    expect(answer('no swollen calf').got).not.toBe('card:clot');
  });

  it('a generic phrase gives way to a specific name in the same query', () => {
    expect(answer('blood clot and leg cramp').got).toBe('card:clot');
  });

  it('when and where a cramp comes tell no cause apart from one a finding names', () => {
    expect(answer('leg at night').got).toBe('card:tired-muscles');
    expect(answer('leg at night with a swollen calf').got).toBe('card:clot');
  });

  it('urgent-sign: of a sign’s causes, one telling word beside the sign says which; with none, the first', () => {
    expect(answer('cramp lasted all night after running')).toMatchObject({ got: 'card:tired-muscles', flags: ['long-cramp'] });
    expect(answer('cramp lasted all night')).toMatchObject({ got: 'card:pills', flags: ['long-cramp'] });
  });

  it('mended-spelling: a card through a mended word is only the closest match', () => {
    const { result, decidedBy } = triage.lookup('furosemmide');
    expect(result).toMatchObject({ kind: 'card', closest: true });
    expect(decidedBy).toMatch(/mended-spelling/);
  });

  it('unlisted-medicine: a word shaped like a medicine the catalogue does not list gets a question offering medicines', () => {
    expect(answer('ramipril leg cramp')).toMatchObject({ got: 'ask:pills,tired-muscles', decidedBy: 'described > unlisted-medicine' });
  });

  it('unlisted-medicine: when the medication card is named, it stands, as it is about every medicine', () => {
    expect(answer('side effects of ramipril')).toMatchObject({ got: 'card:pills', decidedBy: 'named' });
  });

  it('unlisted-medicine: a brand typed with a capital, or an unknown word after "on", may be a medicine', () => {
    expect(answer('leg cramp from Zolgensa').got).toBe('ask:pills,tired-muscles');
    expect(answer('leg cramp on zolgensa').got).toBe('ask:pills,tired-muscles');
    expect(answer('leg cramp after zumba').got).toBe('card:tired-muscles');
  });

  it('unexplained-words: a card that leaves jargon or half the words unexplained becomes a question', () => {
    expect(answer('leg cramp with zolgensmaxine')).toMatchObject({ got: 'ask:tired-muscles', decidedBy: 'described > unexplained-words' });
    expect(answer('leg cramp after running').got).toBe('card:tired-muscles');
  });

  it('unexplained-words: two telling words of another cause that the card leaves over make it a question', () => {
    expect(answer('cramp after running, hot and swollen')).toMatchObject({
      got: 'ask:clot,tired-muscles',
      decidedBy: 'described > unexplained-words',
    });
    // one such word is not enough
    expect(answer('cramp after running on a flight').got).toBe('card:tired-muscles');
  });

  it('a note for something not covered gives way to a description that says more', () => {
    expect(answer('period pain').got).toBe('not-covered');
    expect(answer('period pain and a swollen calf').got).toBe('card:clot');
    // unless what the note names is the event the rest followed: it explains them
    expect(answer('swollen calf since period pain')).toMatchObject({ got: 'not-covered', decidedBy: 'named' });
  });

  it('a question between a note and a cause’s name is settled by a description of that cause that says more', () => {
    expect(answer('period pain and a blood clot').got).toBe('ask:clot');
    expect(answer('period pain and a blood clot, swollen calf')).toMatchObject({ got: 'card:clot', decidedBy: 'described' });
    // a description of some other cause leaves the question as it was
    expect(answer('period pain with side effects and a cramp after running').got).toBe('ask:pills');
  });

  it('other-place: a symptom beside a part the catalogue is not about gets the note for elsewhere, not a leg card', () => {
    expect(answer('cramp in my side after running')).toMatchObject({ got: 'not-covered', decidedBy: 'other-place' });
    expect(answer('my eye twitching').got).toBe('not-covered');
    // a part it is about anywhere in the query, or another finding joined by "and", keeps the leg card
    expect(answer('cramp in my side and calf after running').got).toBe('card:tired-muscles');
    expect(answer('eye and a leg cramp after running').got).toBe('card:tired-muscles');
  });

  it('a medicine said to bring on a cramp is the medicine cause; one taken for the cramp is no cause', () => {
    expect(answer('my tablets give me a cramp')).toMatchObject({ got: 'card:pills', decidedBy: 'described' });
    // the phrase "medicine cramp" is not read across "for" (only the prose is left to suggest it)
    expect(answer('tablets for a cramp').decidedBy).not.toBe('described');
  });

  it('named: a cause named only in words a named medicine’s note gives as its effect is what the medicine does, not a rival', () => {
    expect(answer('furosemide and tired muscles')).toMatchObject({ got: 'card:pills', decidedBy: 'named' });
    // a cause named in words the note does not hold is still a rival
    expect(answer('furosemide and a blood clot').got).not.toBe('card:pills');
  });

  it('an unless phrase sharing a word with a sign describes something else, unless another finding of the sign stands by', () => {
    expect(answer('cramp so bad i cant move my leg').flags).toEqual([]);
    expect(answer('cramp and i cant move my leg, it is tight').flags).toEqual(['breathless']);
    // sharing only a word of grammar ("cant") cancels nothing
    expect(answer('cramp and i cant breathe, short of breath').flags).toEqual(['breathless']);
  });

  it('other-place and coverage read past words of grammar, and a word in capitals is an abbreviation', () => {
    expect(answer('my eye cant stop twitching')).toMatchObject({ got: 'not-covered', decidedBy: 'other-place' });
    expect(answer('POTS and a leg cramp').got).toMatch(/^ask:/);
    expect(answer('A LEG CRAMP AT NIGHT').got).toBe('card:tired-muscles');
  });

  it('a sign that is only the event something dates from is history; a sign beside it is now', () => {
    expect(answer('cramp since short of breath').flags).toEqual([]);
    expect(answer('leg tight since a fall').flags).toEqual(['breathless']);
  });

  it('a sign raised by another stands at the raised level beside it, even where its unless would cancel it', () => {
    const raising = createTriage(
      fixtureCatalogue((data) => {
        data.redFlags.push(
          {
            id: 'fainted',
            level: 'same-day',
            sign: 'Fainting',
            phrases: ['fainted'],
            advice: 'Get help today.',
            causes: [],
            unless: ['nearly fainted'],
            raisedBy: { signs: ['swollen'], level: 'emergency', advice: 'Call an emergency number now.' },
          },
          {
            id: 'swollen',
            level: 'same-day',
            sign: 'One swollen calf',
            phrases: ['swollen calf'],
            advice: 'Get help today.',
            causes: ['clot'],
          },
        );
      }),
    );
    const levels = (query: string) => raising.lookup(query).flags.map((flag) => `${flag.id}:${flag.level}`);
    expect(levels('i fainted')).toEqual(['fainted:same-day']);
    expect(levels('i nearly fainted')).toEqual([]);
    expect(levels('a swollen calf, and later i nearly fainted')).toEqual(['fainted:emergency', 'swollen:same-day']);
  });

  it('a note about someone the catalogue is not for (a pet) answers the whole query, description and all', () => {
    expect(answer('my dog has a swollen calf')).toMatchObject({ got: 'not-covered', decidedBy: 'named' });
  });
});
