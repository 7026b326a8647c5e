/**
 * Size budgets for catalogue text. They are chosen so that the largest card and the largest list
 * built from a valid catalogue stay inside Discord's limits (test/unit/reply-limits.test.ts builds both
 * from a catalogue filled to every budget and checks them).
 */
export const CatalogueLimits = {
  idLength: 40,
  causeName: 76,
  tierLabel: 20,
  tierMeaning: 120,
  summary: 100,
  explanation: 1500,
  seekCare: 600,
  lexiconTerms: 20,
  lexiconTerm: 60,
  related: 4,
  references: 3,
  referenceTitle: 60,
  referenceUrl: 200,
  disclaimer: 500,
  source: 300,
  question: 100,
  causes: 25,
  tiers: 4,
} as const;
