import { parseCatalogue, type Catalogue } from '../../src/catalogue/catalogue.js';

const reference = [{ title: 'A reference', url: 'https://example.org/reference' }];
const explanation = { clinician: 'Text for clinicians.', general: 'Text for everyone.' };

/**
 * A tiny catalogue for testing the search's rules apart from the shipped data: two tiers, three causes (one of
 * them the medicine cause), three urgent signs, a medicine group, one thing not covered and its own language
 * section. Nothing here is clinical content; it only has the shape the rules read.
 */
export const fixtureCatalogue = (edit: (data: FixtureData) => void = () => undefined): Catalogue => {
  const data = fixtureData();
  edit(data);
  return parseCatalogue(data, 'the fixture catalogue');
};

/** The fixture's raw data, as a test may edit it before it is parsed (a sign added, a field changed). */
interface FixtureData {
  redFlags: Record<string, unknown>[];
  [field: string]: unknown;
}

const fixtureData = (): FixtureData => ({
  symptom: 'Leg cramps',
  question: 'What causes leg cramps?',
  meta: {
    sourceUpdated: '2026-01-01',
    source: 'A test fixture.',
    disclaimer: 'Test text only.',
    shortDisclaimer: { clinician: 'Test text only.', general: 'Test text only.' },
  },
  tiers: [
    { id: 'common', label: 'Common', meaning: 'Common causes.', color: 1 },
    { id: 'serious', label: 'Serious', meaning: 'Do not miss these.', color: 2, urgent: true },
  ],
  causes: [
    {
      id: 'tired-muscles',
      name: 'Tired muscles',
      tier: 'common',
      summary: 'Muscles that worked hard.',
      explanation,
      abbreviations: [],
      layTerms: ['overdid it'],
      misspellings: [],
      symptoms: ['leg cramp', 'cramp after running', 'tired legs', 'leg at night'],
      conditions: ['pregnant'],
      seekCare: { routine: 'See a doctor if it keeps happening.', sameDay: 'Get help today if a cramp will not stop.' },
      related: [],
      references: reference,
    },
    {
      id: 'pills',
      name: 'Medicine side effects',
      tier: 'common',
      summary: 'Some medicines.',
      explanation,
      abbreviations: [],
      layTerms: ['side effects'],
      misspellings: [],
      symptoms: ['medicine cramp'],
      conditions: [],
      seekCare: { routine: 'Ask your pharmacist.', sameDay: 'Get help today if a cramp will not stop.' },
      related: [],
      references: reference,
    },
    {
      id: 'clot',
      name: 'Blood clot (DVT)',
      tier: 'serious',
      summary: 'A clot in a vein.',
      explanation,
      abbreviations: ['DVT'],
      layTerms: ['blood clot'],
      misspellings: [],
      symptoms: ['swollen calf', 'hot swollen calf'],
      conditions: ['long flight'],
      seekCare: { sameDay: 'Get help today for a swollen leg.', emergency: 'Call an emergency number if you are breathless.' },
      related: [],
      references: reference,
    },
  ],
  redFlags: [
    {
      id: 'breathless',
      level: 'emergency',
      sign: 'Breathlessness',
      phrases: ['short of breath', 'blue leg', 'leg tight after fall', 'cant move leg'],
      advice: 'Call an emergency number now.',
      causes: ['clot'],
      unless: ['cramp cant move'],
    },
    {
      id: 'long-cramp',
      level: 'same-day',
      sign: 'A long cramp',
      phrases: ['cramp lasted all night', 'prolonged cramp'],
      advice: 'Get help today.',
      causes: ['pills', 'tired-muscles'],
    },
    {
      id: 'infection',
      level: 'emergency',
      sign: 'Redness with a fever',
      phrases: ['red leg fever'],
      advice: 'Call an emergency number now.',
      causes: ['clot'],
    },
  ],
  medicines: {
    cause: 'pills',
    classes: [{ name: 'Water tablet', note: 'a water tablet that can leave muscles tired', names: ['furosemide'] }],
    nameEndings: ['pril'],
  },
  notCovered: [
    { id: 'period-pain', kind: 'look-alike', names: ['period pain'], note: 'Period pain is not covered.' },
    { id: 'pets', kind: 'other-subject', names: ['dog'], note: 'Animals are not covered: ask a vet.' },
    { id: 'elsewhere', kind: 'other-place', names: ['side stitch'], note: 'Only the legs are covered.' },
  ],
  synonyms: [
    ['cramp', 'cramps', 'cramping'],
    ['leg', 'legs'],
    ['breathless', 'short of breath', 'out of breath'],
    ['fall', 'fell'],
    ['medicine', 'tablets', 'meds'],
  ],
  language: {
    stemmer: 'english',
    stopWords: ['a', 'the', 'my', 'i', 'is', 'and', 'of', 'in', 'at', 'after', 'it', 'has', 'had', 'on', 'with', 'makes', 'no', 'or'],
    linkWords: ['went', 'looks'],
    clauseBreaks: ['but'],
    modifiers: ['blue'],
    pastTime: ['#any years ago'],
    asking: ['sign of'],
    likening: ['like i|im'],
    relief: ['stops when'],
    purpose: ['for'],
    numbers: { two: 2, twelve: 12 },
    durations: [{ patterns: ['for #count hours|minutes'], atLeast: 10, as: 'prolonged' }],
    lasting: ['lasted'],
    timeBreaks: ['now'],
    timeWords: ['night'],
    denials: { words: ['no', 'not'], turnsRound: ['cant'], deniable: ['swollen', 'fever'], carriers: [], joiners: ['or'] },
    opposites: [],
    ordinaryShortWords: [],
    medicineCues: ['on'],
    bothSides: ['both', 'legs'],
    partOf: { calf: 'leg' },
    places: { covered: ['leg', 'calf'], elsewhere: ['side', 'eye'], symptoms: ['cramp', 'twitching'] },
    pastEvents: ['since'],
    incidents: ['fall'],
    wholeBody: ['fever'],
  },
});
