import { describe, expect, it } from 'vitest';
import raw from '../../data/catalogue.json' with { type: 'json' };
import { parseCatalogue } from '../../src/catalogue/catalogue.js';
import { CatalogueLimits as L } from '../../src/catalogue/limits.js';
import { DiscordLimits } from '../../src/discord/limits.js';
import { testApp } from '../support/app.js';
import { assertValidCallback, embedsTextLength } from '../support/discord-spec.js';
import { pick, slash, typing } from '../support/interactions.js';

/** A catalogue filled to every budget the schema allows: the worst case any edit could produce. */
function largestCatalogue() {
  const fill = (max: number, seed: string) => seed.repeat(Math.ceil(max / seed.length)).slice(0, max);
  const tiers = raw.tiers.map((tier, i) => ({
    ...tier,
    id: `tier-${i}`,
    label: fill(L.tierLabel, `T${i}`),
    meaning: fill(L.tierMeaning, 'meaning '),
  }));
  const lexicon = Array.from({ length: L.lexiconTerms }, (_, i) => fill(L.lexiconTerm, `term${i} `));
  const causes = Array.from({ length: L.causes }, (_, i) => ({
    id: `cause-${i}`,
    name: fill(L.causeName, `Cause ${i} `),
    tier: `tier-${i % tiers.length}`,
    summary: fill(L.summary, 'summary '),
    explanation: { clinician: fill(L.explanation, 'clinical words '), general: fill(L.explanation, 'plain words ') },
    layTerms: lexicon,
    abbreviations: lexicon,
    misspellings: lexicon,
    seekCare: fill(L.seekCare, 'Call your emergency number. '),
    related: Array.from({ length: L.related }, (_, j) => `cause-${(i + j + 1) % L.causes}`),
    references: Array.from({ length: L.references }, (_, j) => ({
      title: fill(L.referenceTitle, 'Reference '),
      url: `https://example.org/${fill(L.referenceUrl - 21, `r${j}`)}`,
    })),
  }));
  return parseCatalogue({
    ...raw,
    question: fill(L.question, 'question '),
    meta: { ...raw.meta, disclaimer: fill(L.disclaimer, 'disclaimer '), source: fill(L.source, 'source ') },
    tiers,
    causes,
  });
}

describe('no reply built from a valid catalogue can break Discord limits', () => {
  const catalogue = largestCatalogue();
  const router = testApp({ catalogue }).router;

  it('the largest catalogue the schema accepts really is at every budget', () => {
    expect(catalogue.causes).toHaveLength(L.causes);
    expect(catalogue.causes[0]?.name).toHaveLength(L.causeName);
  });

  it('every cause card, with runners-up, fits', async () => {
    for (const cause of catalogue.causes) {
      const response = await router.answer(slash('cramp-cause', { query: cause.id }));
      assertValidCallback(response);
      const embed = 'data' in response && response.data && 'embeds' in response.data ? response.data.embeds?.[0] : undefined;
      expect(embed?.fields?.length).toBeLessThanOrEqual(DiscordLimits.embedFields);
      for (const field of embed?.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(DiscordLimits.embedFieldValue);
    }
    const broad = await router.answer(slash('cramp-cause', { query: 'term1' }));
    assertValidCallback(broad);
  });

  it('the full list and each tier fit, with a select menu of every cause', async () => {
    for (const tier of [undefined, ...catalogue.tiers.map((t) => t.id)]) {
      const response = await router.answer(slash('cramp-causes', tier ? { tier } : {}));
      assertValidCallback(response);
      const embeds = 'data' in response && response.data && 'embeds' in response.data ? (response.data.embeds ?? []) : [];
      expect(embedsTextLength(embeds)).toBeLessThanOrEqual(DiscordLimits.embedsTotalText);
    }
  });

  it('cards opened from the menu and autocomplete choices fit', async () => {
    assertValidCallback(await router.answer(pick('cramp-causes:open:general', ['cause-3'])));
    for (const query of ['', 'cause', 'term']) assertValidCallback(await router.answer(typing('cramp-cause', { query }, 'query')));
  });
});
