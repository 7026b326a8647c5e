import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { createTriage } from '../../src/search/triage.js';
import { readQueries, tally } from '../../tools/eval/evaluate.js';

const rows = readQueries(fileURLToPath(new URL('../../tools/eval/queries.tsv', import.meta.url)));
const triage = createTriage(loadCatalogue());

describe.each([
  ['tuning set', rows.filter((row) => !row.holdout)],
  ['holdout', rows.filter((row) => row.holdout)],
])('npm run eval: %s', (_name, subset) => {
  const { all, failures } = tally(subset, (query) => triage.lookup(query));

  it('gives no confident card for the wrong cause', () => {
    expect(failures.filter((line) => line.startsWith('wrong'))).toEqual([]);
  });

  it('answers every urgent query with its advice first', () => {
    expect(all.urgentAnswered).toBe(all.urgent);
    expect(all.urgent).toBeGreaterThan(0);
  });

  it('gets at least 95% right', () => {
    expect(all.outcomes.right / all.total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the query file', () => {
  it('holds at least 250 queries of every kind, a fifth of them held out', () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(new Set(rows.map((row) => row.kind)).size).toBe(8);
    expect(rows.filter((row) => row.holdout).length).toBe(Math.floor(rows.length / 5));
  });
});
