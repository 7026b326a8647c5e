/**
 * Size budgets for catalogue text. They are chosen so that the largest reply built from a valid catalogue
 * (an urgent-advice embed followed by a full card) stays inside Discord's limits:
 * test/unit/reply-limits.test.ts builds every reply from a catalogue filled to each budget and checks it.
 */
export const CatalogueLimits = {
  idLength: 40,
  symptom: 60,
  causeName: 76,
  tierLabel: 20,
  tierMeaning: 120,
  summary: 100,
  explanation: 1200,
  seekCare: 400,
  lexiconTerms: 40,
  lexiconTerm: 60,
  /** Ways of saying one idea (every sport is exercise): never shown, so only a bound on what is read. */
  synonymGroup: 60,
  /** An urgent sign's phrases in a translation: its own and the English ones its glossary reads. */
  signPhrases: 100,
  related: 4,
  references: 3,
  referenceTitle: 60,
  referenceUrl: 200,
  disclaimer: 500,
  shortDisclaimer: 160,
  source: 300,
  question: 100,
  causes: 25,
  tiers: 4,
  redFlags: 30,
  redFlagSign: 100,
  advice: 400,
  medicineClasses: 30,
  medicineClass: 60,
  medicineNote: 120,
  /** One medicine group's names, with the brands and spellings of every language's countries: never shown whole. */
  medicineNames: 80,
  notCovered: 60,
  notCoveredNote: 400,
  synonymGroups: 120,
  languageWords: 400,
} as const;
