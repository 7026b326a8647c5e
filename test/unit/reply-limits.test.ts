import { beforeAll, describe, expect, it } from 'vitest';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import raw from '../../data/catalogue.json' with { type: 'json' };
import { parseCatalogue } from '../../src/catalogue/catalogue.js';
import { CatalogueLimits as L } from '../../src/catalogue/limits.js';
import { DiscordLimits } from '../../src/discord/limits.js';
import { testApp } from '../support/app.js';
import { assertValidCallback, embedsTextLength } from '../support/discord-spec.js';
import { pick, slash, typing } from '../support/interactions.js';

const fill = (max: number, seed: string) => seed.repeat(Math.ceil(max / seed.length)).slice(0, max);
/** A lowercase-hyphenated id of exactly the longest length allowed. */
const longId = (prefix: string) => `${prefix}-${'x'.repeat(L.idLength - prefix.length - 1)}`;
/** `count` distinct terms of the longest length, each of distinct words unique to its owner (one term, one meaning). */
const terms = (owner: string, count = L.lexiconTerms) =>
  Array.from({ length: count }, (_, i) =>
    Array.from({ length: L.lexiconTerm }, (_, k) => `${owner}w${String(i)}n${String(k)}`)
      .join(' ')
      .slice(0, L.lexiconTerm)
      .trim(),
  );

/** A catalogue filled to every budget the schema allows: the worst case any edit could produce. */
function largestCatalogue() {
  const tiers = raw.tiers.map((tier, i) => ({
    ...tier,
    id: longId(`tier${String(i)}`),
    label: fill(L.tierLabel, `T${String(i)}`),
    meaning: fill(L.tierMeaning, 'meaning '),
  }));
  const causes = Array.from({ length: L.causes }, (_, i) => ({
    id: longId(`cause${String(i)}`),
    name: fill(L.causeName, `Cause ${String(i)} `),
    tier: tiers[i % tiers.length]!.id,
    summary: fill(L.summary, 'summary '),
    explanation: { clinician: fill(L.explanation, 'clinical.'), general: fill(L.explanation, 'plain.') },
    abbreviations: terms(`a${String(i)}`),
    layTerms: terms(`l${String(i)}`),
    misspellings: terms(`m${String(i)}`),
    symptoms: terms(`s${String(i)}`),
    conditions: terms(`c${String(i)}`),
    seekCare: {
      emergency: fill(L.seekCare, 'Call an emergency number. '),
      sameDay: fill(L.seekCare, 'Today. '),
      routine: fill(L.seekCare, 'Soon. '),
    },
    related: Array.from({ length: L.related }, (_, j) => longId(`cause${String((i + j + 1) % L.causes)}`)),
    references: Array.from({ length: L.references }, (_, j) => ({
      title: fill(L.referenceTitle, 'Reference '),
      url: `https://example.org/${fill(L.referenceUrl - 20, `r${String(j)}`)}`,
    })),
  }));
  const redFlags = Array.from({ length: L.redFlags }, (_, i) => ({
    id: longId(`flag${String(i)}`),
    level: (['emergency', 'same-day', 'soon'] as const)[i % 3],
    sign: fill(L.redFlagSign, 'Sign.'),
    phrases: terms(`f${String(i)}`),
    advice: fill(L.advice, 'Advice words. '),
    causes: [causes[i % causes.length]!.id],
  }));
  const medicines = {
    cause: causes[0]!.id,
    classes: Array.from({ length: L.medicineClasses }, (_, i) => ({
      name: fill(L.medicineClass, 'Class.'),
      note: fill(L.medicineNote, 'note.'),
      names: terms(`d${String(i)}`),
    })),
  };
  const notCovered = Array.from({ length: L.notCovered }, (_, i) => ({
    id: longId(`nc${String(i)}`),
    // The catalogue's places need one note for elsewhere in the body.
    kind: i === 0 ? ('other-place' as const) : ('look-alike' as const),
    names: terms(`n${String(i)}`),
    note: fill(L.notCoveredNote, 'Not covered. '),
  }));
  return parseCatalogue({
    ...raw,
    symptom: fill(L.symptom, 'Symptom '),
    question: fill(L.question, 'question '),
    meta: { ...raw.meta, disclaimer: fill(L.disclaimer, 'disclaimer '), source: fill(L.source, 'source ') },
    tiers,
    causes,
    redFlags,
    medicines,
    notCovered,
  });
}

function checked(response: APIInteractionResponse | undefined): APIInteractionResponse {
  assertValidCallback(response);
  const embeds = 'data' in response && response.data && 'embeds' in response.data ? (response.data.embeds ?? []) : [];
  expect(embedsTextLength(embeds)).toBeLessThanOrEqual(DiscordLimits.embedsTotalText);
  for (const embed of embeds) {
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedFields);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(DiscordLimits.embedFieldValue);
  }
  return response;
}

describe('no reply built from a valid catalogue can break Discord limits', () => {
  // Built before the tests rather than while the file is collected, so Vitest counts it and starts this file early.
  let catalogue: ReturnType<typeof largestCatalogue>;
  let router: ReturnType<typeof testApp>['router'];
  beforeAll(() => {
    catalogue = largestCatalogue();
    router = testApp({ catalogue }).router;
  });
  const first = (list: readonly string[]) => list[0] ?? '';

  it('the largest catalogue the schema accepts really is at every budget', () => {
    expect(catalogue.causes).toHaveLength(L.causes);
    expect(catalogue.tiers).toHaveLength(L.tiers);
    expect(catalogue.redFlags).toHaveLength(L.redFlags);
    expect(catalogue.medicines.classes).toHaveLength(L.medicineClasses);
    expect(catalogue.notCovered).toHaveLength(L.notCovered);
    const cause = catalogue.causes[0]!;
    expect([cause.id.length, cause.name.length, cause.summary.length, cause.explanation.general.length]).toEqual([
      L.idLength,
      L.causeName,
      L.summary,
      L.explanation,
    ]);
    expect([
      cause.seekCare.emergency?.length,
      cause.related.length,
      cause.references.length,
      cause.layTerms.length,
      first(cause.layTerms).length,
    ]).toEqual([L.seekCare, L.related, L.references, L.lexiconTerms, L.lexiconTerm]);
    const [flag, medicineClass] = [catalogue.redFlags[0]!, catalogue.medicines.classes[0]!];
    expect([flag.sign.length, flag.advice.length, medicineClass.name.length, medicineClass.note.length]).toEqual([
      L.redFlagSign,
      L.advice,
      L.medicineClass,
      L.medicineNote,
    ]);
    expect(catalogue.notCovered[0]!.note).toHaveLength(L.notCoveredNote);
    expect(catalogue.meta.disclaimer).toHaveLength(L.disclaimer);
  });

  it('every cause card fits, the largest with urgent advice, a medicine and other matches above and below it', async () => {
    for (const cause of catalogue.causes) checked(await router.answer(slash('cramp-cause', { query: cause.id })));
    // Eight urgent signs (the others quoted back, privately), a medicine and two other causes' names in one query.
    // A phrase needs each of its words, so the whole term is typed.
    const word = (term: string) => term;
    const medication = catalogue.causes[0]!;
    const query = catalogue.redFlags.slice(0, 8).map((f) => word(first(f.phrases)));
    query.push(
      word(first(catalogue.medicines.classes[0]!.names)),
      word(first(medication.abbreviations)),
      word(first(catalogue.causes[1]!.abbreviations)),
    );
    const worst = checked(await router.answer(slash('cramp-cause', { query: query.join(', '), private: true })));
    const embeds = 'data' in worst && worst.data && 'embeds' in worst.data ? (worst.data.embeds ?? []) : [];
    expect(embeds.map((embed) => embed.title)).toEqual([expect.stringMatching(/^🚨/) as unknown, medication.name]);
    expect(embeds[0]?.fields?.[0]?.name).toBe('You also described');
    expect(embeds[0]?.fields?.[0]?.value).toMatch(/\(you wrote “.+”\)\n.*\nand \d+ more$/s);
    expect(embeds[1]?.fields?.[0]?.name).toMatch(/^About /);
    // The other cause named, and the related ones, as a second row of buttons.
    const rows = 'data' in worst && worst.data && 'components' in worst.data ? (worst.data.components ?? []) : [];
    expect(rows).toHaveLength(2);
  });

  it('notes, questions and advice on its own fit', async () => {
    checked(await router.answer(slash('cramp-cause', { query: first(catalogue.notCovered[0]!.names) })));
    checked(await router.answer(slash('cramp-cause', { query: 'cause' })));
    checked(await router.answer(slash('cramp-cause', { query: `${'\u0301'.repeat(50)}${'@'.repeat(50)}` })));
  });

  it('the full list and each tier fit, with a select menu of every cause', async () => {
    for (const tier of [undefined, ...catalogue.tiers.map((t) => t.id)])
      checked(await router.answer(slash('cramp-causes', tier ? { tier } : {})));
  });

  it('cards opened from the menu and buttons, and autocomplete choices, fit', async () => {
    checked(await router.answer(pick(`open:general`, [catalogue.causes[3]!.id])));
    checked(await router.answer(pick(`card:${catalogue.causes[4]!.id}`, [])));
    for (const query of ['', 'cause', 'a1w', 'zzz']) checked(await router.answer(typing('cramp-cause', { query }, 'query')));
  });
});
