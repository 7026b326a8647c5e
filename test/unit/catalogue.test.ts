import { describe, expect, it } from 'vitest';
import raw from '../../data/catalogue.json' with { type: 'json' };
import { CatalogueError, loadCatalogue, parseCatalogue } from '../../src/catalogue/catalogue.js';

const catalogue = loadCatalogue();
const copy = (): typeof raw => structuredClone(raw);

describe('the shipped catalogue', () => {
  it('holds the 11 causes of the source page in its four tiers, in clinical order', () => {
    expect(catalogue.tiers.map((tier) => tier.label)).toEqual(['Single most likely', 'Other likely', 'Do not miss', 'Rare']);
    const byTier = Object.fromEntries(catalogue.tiers.map((tier) => [tier.id, catalogue.causesIn(tier.id).map((cause) => cause.name)]));
    expect(byTier).toEqual({
      'most-likely': ['Muscle strain or overuse'],
      'other-likely': ['Dehydration or electrolyte imbalance', 'Medication side effects', 'Poor circulation', 'Nutritional deficiencies'],
      'do-not-miss': ['Deep vein thrombosis (DVT)', 'Peripheral artery disease (PAD)', 'Neurological disorders'],
      rare: ['Hypothyroidism', 'Sarcoidosis', 'Amyloidosis'],
    });
  });

  it('carries the date the source was updated and a disclaimer, and no sign-off: nobody has reviewed it', () => {
    expect(catalogue.meta.sourceUpdated).toBe('2025-02-25');
    expect(catalogue.meta.disclaimer).toMatch(/not a diagnosis/i);
    expect(catalogue.reviews.records).toEqual([]);
    expect([...catalogue.reviews.items.values()].every((item) => item.status.state === 'unreviewed')).toBe(true);
  });

  it('tells the reader of every do-not-miss cause when to call emergency services', () => {
    for (const cause of catalogue.causesIn('do-not-miss')) expect(cause.seekCare.emergency).toMatch(/^Call an emergency number/);
  });

  it('has a plain-language and a clinical explanation for every cause', () => {
    for (const cause of catalogue.causes) {
      expect(cause.explanation.general).not.toBe(cause.explanation.clinician);
    }
  });
});

describe('an invalid catalogue is refused with the JSON path and the rule broken', () => {
  const refuse = (mutate: (data: ReturnType<typeof copy>) => void) => {
    const data = copy();
    mutate(data);
    return () => parseCatalogue(data);
  };

  it('a missing "when to seek care"', () => {
    expect(
      refuse((d) => {
        delete (d.causes[5] as Partial<(typeof d.causes)[5]>).seekCare;
      }),
    ).toThrow(/^data\/catalogue\.json: causes\[5\]\.seekCare: /);
  });

  it('a name too long for an autocomplete choice', () => {
    expect(refuse((d) => void (d.causes[0]!.name = 'x'.repeat(90)))).toThrow(/causes\[0\]\.name: Too big/);
  });

  it('a do-not-miss cause that does not say when to call emergency services', () => {
    // "This is not an emergency" once passed a check for the word; the field itself is what counts now.
    expect(refuse((d) => void (d.causes[6]!.seekCare = { routine: 'This is not an emergency. See your doctor.' }))).toThrow(
      /causes\[6\]\.seekCare\.emergency: a "Do not miss" cause must say when to call emergency services/,
    );
  });

  it('a cause in a tier that does not exist', () => {
    expect(refuse((d) => void (d.causes[1]!.tier = 'likely'))).toThrow(/causes\[1\]\.tier: unknown tier "likely"/);
  });

  it('a related id that is no cause', () => {
    expect(refuse((d) => void (d.causes[2]!.related = ['gout']))).toThrow(/causes\[2\]\.related\[0\]: "gout" is not another cause's id/);
  });

  it('a sign phrase naming a sign that does not exist, or one that itself names a sign', () => {
    expect(refuse((d) => void d.redFlags[0]!.phrases.push('@nowhere faint'))).toThrow(
      /redFlags\[0\]\.phrases\[\d+\]: "@nowhere" must name another sign/,
    );
    // palpitations-faint is itself made of "@palpitations …" phrases
    expect(refuse((d) => void d.redFlags[0]!.phrases.push('@palpitations-faint now'))).toThrow(
      /"@palpitations-faint" must name another sign/,
    );
  });

  it('a sign raised by a sign that does not exist, or to a level no more urgent than its own', () => {
    expect(
      refuse((d) => Object.assign(d.redFlags[0]!, { raisedBy: { signs: ['nowhere'], level: 'emergency', advice: 'Call now.' } })),
    ).toThrow(/redFlags\[0\]\.raisedBy\.signs\[0\]: "nowhere" is not another sign's id/);
    const sameDay = (d: { redFlags: { level: string }[] }) => d.redFlags.findIndex((flag) => flag.level === 'same-day');
    expect(
      refuse((d) =>
        Object.assign(d.redFlags[sameDay(d)]!, { raisedBy: { signs: [d.redFlags[0]!.id], level: 'soon', advice: 'See a doctor.' } }),
      ),
    ).toThrow(/raisedBy\.level: must be more urgent than the sign's own level, same-day/);
  });

  it('a synonym group whose first entry, the one that stands for all, is several words', () => {
    expect(refuse((d) => void d.synonyms.push(['let go', 'release']))).toThrow(/synonyms\[\d+\]: the first word of a synonym group/);
  });

  it('two causes with one id', () => {
    expect(refuse((d) => void (d.causes[3]!.id = d.causes[2]!.id))).toThrow(/causes\[3\]\.id: duplicate cause id/);
  });

  it('a reference that is not https', () => {
    expect(refuse((d) => void (d.causes[0]!.references[0]!.url = 'javascript:alert(1)'))).toThrow(/causes\[0\]\.references\[0\]\.url/);
  });

  it('an unknown field (a typo) is named, and further problems are counted', () => {
    expect(refuse((d) => Object.assign(d.causes[0]!, { sumary: 'typo' }))).toThrow(/causes\[0\]: Unrecognized key: "sumary"$/);
    const twoProblems = refuse((d) => {
      Object.assign(d.causes[0]!, { sumary: 'typo' });
      d.meta.sourceUpdated = 'last week';
    });
    expect(twoProblems).toThrow(CatalogueError);
    expect(twoProblems).toThrow(/: meta\.sourceUpdated: .* \(and 1 more problem\)$/);
  });

  it('something that is not a catalogue at all', () => {
    expect(() => parseCatalogue('[]')).toThrow(/^data\/catalogue\.json: \(root\): /);
  });
});
