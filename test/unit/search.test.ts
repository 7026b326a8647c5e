import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { createSearch } from '../../src/search/search.js';

const catalogue = loadCatalogue();
const search = createSearch(catalogue);

/**
 * What members actually type, and the cause each query must return first.
 * Written before the weights were tuned; a failing row means the search got worse, not that the row is wrong.
 */
const table: [query: string, expected: string][] = [
  // abbreviations
  ['DVT', 'deep-vein-thrombosis'],
  ['dvt', 'deep-vein-thrombosis'],
  ['PAD', 'peripheral-artery-disease'],
  ['PVD', 'peripheral-artery-disease'],
  ['MS', 'neurological-disorders'],
  ['ms', 'neurological-disorders'],
  ['ALS', 'neurological-disorders'],
  ['VTE', 'deep-vein-thrombosis'],
  // clinical names and words
  ['Deep vein thrombosis', 'deep-vein-thrombosis'],
  ['DEEP VEIN THROMBOSIS', 'deep-vein-thrombosis'],
  ['thrombosis', 'deep-vein-thrombosis'],
  ['peripheral artery disease', 'peripheral-artery-disease'],
  ['peripheral arterial disease', 'peripheral-artery-disease'],
  ['claudication', 'peripheral-artery-disease'],
  ['multiple sclerosis', 'neurological-disorders'],
  ['peripheral neuropathy', 'neurological-disorders'],
  ['hypokalemia', 'dehydration-electrolytes'],
  ['diuretics', 'medication-side-effects'],
  ['statins', 'medication-side-effects'],
  ['hypothyroidism', 'hypothyroidism'],
  ['sarcoidosis', 'sarcoidosis'],
  ['amyloidosis', 'amyloidosis'],
  ['muscle strain', 'muscle-overuse'],
  ['overuse', 'muscle-overuse'],
  ['deep-vein-thrombosis', 'deep-vein-thrombosis'],
  // lay words
  ['blood clot', 'deep-vein-thrombosis'],
  ['swollen calf', 'deep-vein-thrombosis'],
  ['charley horse', 'muscle-overuse'],
  ['night cramps', 'muscle-overuse'],
  ['cramp after running', 'muscle-overuse'],
  ['water pills', 'medication-side-effects'],
  ['low potassium', 'dehydration-electrolytes'],
  ['heat cramps', 'dehydration-electrolytes'],
  ['pain when walking', 'peripheral-artery-disease'],
  ['underactive thyroid', 'hypothyroidism'],
  ['thyroid', 'hypothyroidism'],
  ['sarcoid', 'sarcoidosis'],
  ['amyloid', 'amyloidosis'],
  ['pins and needles', 'neurological-disorders'],
  ['numbness', 'neurological-disorders'],
  ['vitamin d', 'nutritional-deficiency'],
  ['varicose veins', 'poor-circulation'],
  ['bad circulation', 'poor-circulation'],
  ['circulation', 'poor-circulation'],
  // misspellings
  ['charlie horse', 'muscle-overuse'],
  ['dehidration', 'dehydration-electrolytes'],
  ['trombosis', 'deep-vein-thrombosis'],
  ['hypothyriodism', 'hypothyroidism'],
  ['sarkoidosis', 'sarcoidosis'],
  ['amiloidosis', 'amyloidosis'],
  ['claudacation', 'peripheral-artery-disease'],
  ['nuropathy', 'neurological-disorders'],
  ['dehydation', 'dehydration-electrolytes'],
  ['thrombossis', 'deep-vein-thrombosis'],
  // free text
  ['calf pain when I walk', 'peripheral-artery-disease'],
  ['sweating a lot in the heat', 'dehydration-electrolytes'],
  ['side effect of my medicine', 'medication-side-effects'],
  ['clot in my leg after a long flight', 'deep-vein-thrombosis'],
  ['tingling and weak legs', 'neurological-disorders'],
  // unicode and accents
  ['ＤＶＴ', 'deep-vein-thrombosis'],
  ['électrolytes', 'dehydration-electrolytes'],
  ['  blood   clot  ', 'deep-vein-thrombosis'],
];

describe('search: the cause each realistic query returns first', () => {
  it.each(table)('%s → %s', (query, expected) => {
    expect(search.lookup(query)[0]?.cause.id).toBe(expected);
  });
});

describe('search: queries that match nothing', () => {
  it.each(['xyzzy qwerty', '🦵🦵🦵', 'pizza', '!!!', '<@123456789012345678>'])('%s finds no cause', (query) => {
    expect(search.lookup(query)).toEqual([]);
  });

  it('an empty or whitespace query finds nothing and does not throw', () => {
    expect(search.lookup('')).toEqual([]);
    expect(search.lookup('   \n\t ')).toEqual([]);
  });
});

describe('autocomplete suggestions', () => {
  it('lists the whole catalogue in tier order for an empty input', () => {
    expect(search.suggest('').map((cause) => cause.id)).toEqual(catalogue.causes.map((cause) => cause.id));
  });

  it('suggests by prefix while the member is still typing', () => {
    expect(search.suggest('thromb')[0]?.id).toBe('deep-vein-thrombosis');
    expect(search.suggest('clau')[0]?.id).toBe('peripheral-artery-disease');
    expect(search.suggest('hypoth')[0]?.id).toBe('hypothyroidism');
    // "hypo" also starts hypokalemia and friends, so both causes must be offered.
    expect(search.suggest('hypo').map((cause) => cause.id)).toEqual(expect.arrayContaining(['hypothyroidism', 'dehydration-electrolytes']));
  });

  it('never suggests more than Discord allows', () => {
    expect(search.suggest('e').length).toBeLessThanOrEqual(25);
  });

  it('treats a submitted cause id as an exact hit', () => {
    for (const cause of catalogue.causes) expect(search.lookup(cause.id)[0]?.cause.id).toBe(cause.id);
  });
});
